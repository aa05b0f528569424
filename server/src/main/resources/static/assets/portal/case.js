/*
 * The case page: where the case stands and what, if anything, is expected of the person now; the heirs;
 * the inventory by institution; the tax computation; the documents; who read or received their data.
 */
(function () {
  'use strict';
  var P = window.Portal;
  var el = P.el;
  var caseId = P.data('case-id');

  function optional(promise) {
    return promise.catch(function (e) { if (e && e.status === 401) { throw e; } return null; });
  }

  function load() {
    return P.api('GET', '/api/v1/portal/cases/' + caseId).then(function (c) {
      return Promise.all([
        Promise.resolve(c),
        optional(P.api('GET', '/api/v1/portal/cases/' + caseId + '/documents')),
        optional(P.api('GET', '/api/v1/portal/cases/' + caseId + '/partition-plan'))
      ]);
    }).then(function (all) {
      var c = all[0];
      var documents = all[1] || [];
      var agreement = latest(documents, 'PARTITION_AGREEMENT');
      var agreementView = agreement ? optional(P.api('GET', '/api/v1/portal/documents/' + agreement.documentId))
        : Promise.resolve(null);
      return agreementView.then(function (view) {
        return { c: c, documents: documents, plan: all[2], agreement: agreement, agreementView: view };
      });
    });
  }

  function latest(documents, type) {
    var found = documents.filter(function (d) { return d.type === type; });
    found.sort(function (a, b) { return b.version - a.version; });
    return found.length ? found[0] : null;
  }

  function mine(c) {
    return c.heirs.filter(function (h) { return h.you; });
  }

  function render(state) {
    var c = state.c;
    P.byId('case-heading').textContent = P.t('case.heading', c.decedentName);
    document.title = P.t('case.heading', c.decedentName) + ' — ' + P.t('app.name');
    renderNext(state);
    renderTimeline(state);
    renderHeirs(c);
    renderInventory(c);
    renderTax(c);
    renderDocuments(state);
    mine(c).forEach(function (h) { renderAccess(h); });
  }

  function renderNext(state) {
    var c = state.c;
    var items = [];
    mine(c).forEach(function (h) {
      if (h.onboardingStatus === 'INVITED' || h.onboardingStatus === 'VERIFIED') {
        items.push(el('li', null, el('a', { href: '/portal/cases/' + caseId + '/authorisation?heir=' + h.heirId,
          text: P.t('next.authorise', h.name) })));
      }
    });
    if (state.plan && state.plan.editable) {
      items.push(el('li', null, el('a', { href: '/portal/cases/' + caseId + '/partition-plan', id: 'next-plan',
        text: P.t('next.plan') })));
    }
    var view = state.agreementView;
    if (view && view.status === 'SIGNING') {
      view.signatures.filter(function (s) { return s.you && !s.signed; }).forEach(function (s) {
        items.push(el('li', null, el('a', { href: '/portal/documents/' + view.documentId + '/signing?heir=' + s.heirId,
          class: 'sign-link', text: P.t('next.sign', s.heirName) })));
      });
    }
    if (c.taxPayment && c.taxPayment.status === 'DUE') {
      items.push(el('li', { text: P.t('next.pay', P.money(c.taxPayment.amount), P.day(c.taxPayment.deadline)) }));
    }
    var body = P.clear(P.byId('next-body'));
    if (c.status === 'CLOSED') {
      body.appendChild(el('p', { text: P.t('next.closed') }));
    } else if (items.length) {
      body.appendChild(el('ul', { class: 'next-steps' }, items));
    } else {
      body.appendChild(el('p', { text: P.t('next.nothing') }));
    }
    P.byId('next').hidden = false;
  }

  function step(title, state, when, detail) {
    return { title: title, state: state, when: when, detail: detail };
  }

  /** Where the plan stands; while it is awaited, who drafts it (an outside agent is reached by the tax office). */
  function planDetail(plan) {
    if (plan && plan.awaiting) {
      return plan.outsideAgent ? P.t('timeline.planWithOfficer', plan.proxyName || '')
        : P.label('planStatus.', plan.status) + ' — ' + P.t('timeline.planByProxy', plan.proxyName || '');
    }
    return plan && (plan.saved || plan.status === 'SUBMITTED') ? P.label('planStatus.', plan.status) : P.t('timeline.planPending');
  }

  function renderTimeline(state) {
    var c = state.c;
    var active = c.heirs.filter(function (h) { return !h.predeceased; });
    var finished = active.filter(function (h) {
      return h.onboardingStatus === 'AUTHORISED' || h.onboardingStatus === 'RENOUNCED';
    }).length;
    var answeredOrClosed = c.assetQueries.filter(function (q) {
      return q.status === 'ANSWERED' || q.status === 'CLOSED_WITHOUT_ANSWER';
    });
    var lastAnswer = answeredOrClosed.map(function (q) { return q.answeredAt; }).filter(Boolean).sort().pop();
    var tax = c.taxAssessment;
    var plan = state.plan;
    var view = state.agreementView;
    var signed = view ? view.signatures.filter(function (s) { return s.signed; }).length : 0;
    var clearance = latest(state.documents, 'TAX_CLEARANCE') || latest(state.documents, 'EXEMPTION_CERTIFICATE');
    var closed = c.status === 'CLOSED';
    var transfers = c.transfers || [];
    var confirmed = transfers.filter(function (t) { return t.status === 'CONFIRMED'; }).length;
    var lastConfirmed = transfers.map(function (t) { return t.confirmedAt; }).filter(Boolean).sort().pop();
    var steps = [
      step(P.t('timeline.notice'), 'done', c.openedAt, P.t('timeline.noticeDetail', c.registrationNumber)),
      step(P.t('timeline.heirs'), finished === active.length ? 'done' : 'pending', null,
        P.t('timeline.heirsDetail', finished, active.length)),
      step(P.t('timeline.institutions'),
        c.assetQueriesTotal > 0 && answeredOrClosed.length === c.assetQueriesTotal ? 'done' : 'pending',
        answeredOrClosed.length === c.assetQueriesTotal ? lastAnswer : null,
        P.t('timeline.institutionsDetail', c.assetQueriesAnswered, c.assetQueriesTotal)),
      step(P.t('timeline.proxy'), c.proxy ? 'done' : 'pending', null,
        c.proxy ? P.t('timeline.proxyDetail', c.proxy.name) : P.t('timeline.proxyPending')),
      step(P.t('timeline.tax'), tax && tax.status === 'APPROVED' ? 'done' : 'pending',
        tax ? (tax.approvedAt || tax.createdAt) : null,
        tax ? P.t(tax.status === 'APPROVED' ? 'timeline.taxApproved' : 'timeline.taxProposed', P.money(tax.result.taxPayable))
          : P.t('timeline.taxPending', P.day(c.filingDeadline.inForce))),
      step(P.t('timeline.plan'), plan && plan.status === 'SUBMITTED' || view ? 'done' : 'pending', null,
        planDetail(plan)),
      step(P.t('timeline.signing'), view && view.status === 'SIGNED' ? 'done' : 'pending',
        view && view.status === 'SIGNED' ? lastSigned(view) : null,
        view ? P.t('timeline.signingDetail', signed, view.signatures.length) : P.t('timeline.signingPending')),
      step(P.t('timeline.clearance'), clearance ? 'done' : 'pending', clearance ? clearance.createdAt : null,
        clearance ? P.label('documentType.', clearance.type)
          : (c.taxPayment && c.taxPayment.status === 'DUE'
            ? P.t('timeline.paymentDue', P.money(c.taxPayment.amount), P.day(c.taxPayment.deadline))
            : P.t('timeline.clearancePending'))),
      step(P.t('timeline.transfers'), closed || (transfers.length > 0 && confirmed === transfers.length) ? 'done' : 'pending',
        closed ? lastConfirmed : null,
        transfers.length ? P.t('timeline.transfersDetail', confirmed, transfers.length)
          : (closed ? P.t('timeline.transfersDone') : P.t('timeline.transfersPending'))),
      step(P.t('timeline.closed'), closed ? 'done' : 'pending', null, closed ? P.t('timeline.closedDone') : '')
    ];
    var current = false;
    var list = P.clear(P.byId('timeline'));
    steps.forEach(function (s) {
      var stateName = s.state;
      if (stateName === 'pending' && !current) { stateName = 'current'; current = true; }
      list.appendChild(el('li', { class: 'step ' + stateName, 'aria-current': stateName === 'current' ? 'step' : null },
        el('span', { class: 'step-state', text: P.t('timeline.state.' + stateName) }),
        el('strong', { text: s.title }),
        s.when ? el('time', { datetime: s.when, text: P.date(s.when) }) : null,
        s.detail ? el('span', { class: 'step-detail', text: s.detail }) : null));
    });
  }

  function lastSigned(view) {
    return view.signatures.map(function (s) { return s.signedAt; }).filter(Boolean).sort().pop();
  }

  function renderHeirs(c) {
    var body = P.clear(document.querySelector('#heirs tbody'));
    c.heirs.forEach(function (h) {
      var details;
      if (h.details) {
        var d = h.details;
        details = el('dl', { class: 'details' },
          el('dt', { text: P.t('heir.nationalId') }), el('dd', { text: d.nationalId }),
          d.birthDate ? [el('dt', { text: P.t('heir.birthDate') }), el('dd', { text: d.birthDate })] : null,
          d.email ? [el('dt', { text: P.t('heir.email') }), el('dd', { text: d.email })] : null,
          d.phone ? [el('dt', { text: P.t('heir.phone') }), el('dd', { text: d.phone })] : null,
          d.renunciationCourtReference ? [el('dt', { text: P.t('heir.courtReference') }),
            el('dd', { text: d.renunciationCourtReference + ' ' + P.day(d.renunciationDate) })] : null);
      } else if (h.predeceased) {
        details = el('span', { text: '—' });
      } else {
        details = el('span', { class: 'muted', text: P.t('heir.noConsent') });
      }
      body.appendChild(el('tr', { class: h.you ? 'you' : null },
        el('th', { scope: 'row' }, h.name, h.you ? el('span', { class: 'badge', text: P.t('common.you') }) : null),
        el('td', null, P.label('relation.', h.relation), h.actsThroughGuardian ? el('span', { class: 'muted', text: ' ' + P.t('heir.guardian') }) : null),
        el('td', { text: h.predeceased ? P.t('heir.predeceased') : P.label('onboarding.', h.onboardingStatus || 'NOT_INVITED') }),
        el('td', null, details)));
    });
    P.byId('proxy-line').textContent = c.proxy ? P.t('case.proxy', c.proxy.name) : P.t('case.noProxy');
  }

  function renderInventory(c) {
    var summary = P.byId('inventory-summary');
    var pending = c.assetQueries.filter(function (q) { return q.status !== 'ANSWERED' && q.status !== 'CLOSED_WITHOUT_ANSWER'; });
    summary.textContent = P.t('inventory.summary', c.assetQueriesAnswered, c.assetQueriesTotal)
      + (pending.length ? ' ' + P.t('inventory.waiting', pending.map(function (q) { return q.institutionName; }).join('、')) : '');
    var holder = P.clear(P.byId('inventory'));
    if (!c.inventory.length) {
      holder.appendChild(el('p', { text: P.t('inventory.empty') }));
      return;
    }
    c.inventory.forEach(function (inst) {
      var rows = inst.assets.map(function (a) {
        return el('tr', null, el('td', { text: P.label('assetKind.', a.kind) }), el('td', { text: a.description }),
          el('td', { text: a.identifier || '' }), el('td', { text: a.share === '1' ? '' : a.share }),
          el('td', { class: 'amount', text: P.money(a.value) }));
      }).concat(inst.liabilities.map(function (l) {
        return el('tr', { class: 'liability' }, el('td', { text: P.t('inventory.liability') }), el('td', { text: l.description }),
          el('td', { text: '' }), el('td', { text: '' }), el('td', { class: 'amount', text: P.money(-l.amount) }));
      }));
      holder.appendChild(el('section', { class: 'institution' },
        el('h3', { text: inst.institutionName }),
        el('div', { class: 'table-wrap' }, el('table', null,
          el('thead', null, el('tr', null, el('th', { scope: 'col', text: P.t('inventory.kind') }),
            el('th', { scope: 'col', text: P.t('inventory.description') }), el('th', { scope: 'col', text: P.t('inventory.identifier') }),
            el('th', { scope: 'col', text: P.t('inventory.share') }), el('th', { scope: 'col', text: P.t('inventory.value') }))),
          el('tbody', null, rows)))));
    });
  }

  function renderTax(c) {
    var holder = P.clear(P.byId('tax'));
    if (!c.taxAssessment) {
      holder.appendChild(el('p', { text: P.t('tax.none') }));
      return;
    }
    var a = c.taxAssessment;
    holder.appendChild(el('p', { class: 'tax-status', text: P.t(a.status === 'APPROVED' ? 'tax.approvedOn' : 'tax.proposed',
      a.version, P.date(a.approvedAt || a.createdAt)) }));
    holder.appendChild(P.taxTable(a.result));
  }

  function renderDocuments(state) {
    var list = P.clear(P.byId('documents'));
    if (!state.documents.length) {
      list.appendChild(el('li', { text: P.t('documents.none') }));
      return;
    }
    state.documents.forEach(function (d) {
      var signLink = null;
      if (state.agreementView && d.documentId === state.agreementView.documentId && d.status === 'SIGNING') {
        signLink = el('a', { href: '/portal/documents/' + d.documentId + '/signing', text: P.t('documents.read') });
      }
      list.appendChild(el('li', { class: 'document' },
        el('strong', { text: P.label('documentType.', d.type) + (d.version > 1 ? ' ' + P.t('documents.version', d.version) : '') }),
        el('span', { class: 'muted', text: ' ' + P.label('documentStatus.', d.status) + ' · ' + P.date(d.createdAt) }),
        el('span', { class: 'links' },
          el('a', { href: d.downloadUrl, class: 'download', text: P.t('documents.download') }), signLink ? ' · ' : null, signLink)));
    });
  }

  function renderAccess(heir) {
    P.api('GET', '/api/v1/portal/heirs/' + heir.heirId + '/data-access').then(function (events) {
      var rows = events.slice().reverse().map(function (e) {
        return el('tr', null, el('td', null, el('time', { datetime: e.occurredAt, text: P.date(e.occurredAt) })),
          el('td', { text: P.label('actor.', e.actorKind) }), el('td', { text: P.label('action.', e.action) }),
          el('td', { class: 'muted', text: e.detail || '' }));
      });
      P.byId('access').appendChild(el('section', null,
        el('h3', { text: P.t('access.of', heir.name) }),
        el('div', { class: 'table-wrap' }, el('table', { class: 'access' },
          el('thead', null, el('tr', null, el('th', { scope: 'col', text: P.t('access.when') }),
            el('th', { scope: 'col', text: P.t('access.who') }), el('th', { scope: 'col', text: P.t('access.what') }),
            el('th', { scope: 'col', text: P.t('access.detail') }))),
          el('tbody', null, rows)))));
    }).catch(function () { /* shown as empty */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    load().then(render).catch(function (e) { P.say('error', P.problem(e), 'error'); });
  });
})();
