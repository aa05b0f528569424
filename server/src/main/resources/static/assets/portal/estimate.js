/*
 * The public estate-tax estimate: anyone may try it; for a case's heir (?case=) it starts from the case
 * (date of death, the institutions' inventory, the heirs) — the case is read through the portal API, so
 * only with that heir's login. Nothing typed here is stored.
 */
(function () {
  'use strict';
  var P = window.Portal;
  var el = P.el;
  var caseId = P.data('case-id');
  var KINDS = ['LAND', 'BUILDING', 'VEHICLE', 'DEPOSIT', 'SECURITIES', 'FUND', 'INSURANCE', 'FUTURES', 'SAFE_DEPOSIT_BOX', 'OTHER'];
  var RELATIONS = ['SPOUSE', 'CHILD', 'GRANDCHILD', 'PARENT', 'SIBLING', 'GRANDPARENT'];
  var rows = 0;

  function select(id, values, prefix, chosen, labelText) {
    return [el('label', { for: id, text: labelText }),
      el('select', { id: id }, values.map(function (v) {
        return el('option', { value: v, selected: v === chosen, text: P.label(prefix, v) });
      }))];
  }

  function addAsset(kind, value, excluded) {
    var n = rows++;
    var row = el('div', { class: 'row asset-row' },
      el('div', null, select('asset-kind-' + n, KINDS, 'assetKind.', kind || 'DEPOSIT', P.t('estimate.kind'))),
      el('div', null, el('label', { for: 'asset-value-' + n, text: P.t('estimate.value') }),
        el('input', { id: 'asset-value-' + n, type: 'number', min: '0', step: '1', inputmode: 'numeric', value: value === undefined ? '' : value })),
      el('div', null, el('label', { class: 'check' }, el('input', { type: 'checkbox', id: 'asset-excluded-' + n, checked: !!excluded }),
        el('span', { text: P.t('estimate.excluded') }))),
      el('button', { type: 'button', class: 'secondary', text: P.t('estimate.remove'), onclick: function () { row.remove(); } }));
    row.setAttribute('data-row', n);
    P.byId('asset-rows').appendChild(row);
  }

  function addHeir(relation, birthDate, renounced) {
    var n = rows++;
    var row = el('div', { class: 'row heir-row' },
      el('div', null, select('heir-relation-' + n, RELATIONS, 'relation.', relation || 'CHILD', P.t('estimate.relation'))),
      el('div', null, el('label', { for: 'heir-birth-' + n, text: P.t('estimate.birthDate') }),
        el('input', { id: 'heir-birth-' + n, type: 'date', value: birthDate || '' })),
      el('div', null, el('label', { class: 'check' }, el('input', { type: 'checkbox', id: 'heir-renounced-' + n, checked: !!renounced }),
        el('span', { text: P.t('estimate.renounced') }))),
      el('button', { type: 'button', class: 'secondary', text: P.t('estimate.remove'), onclick: function () { row.remove(); } }));
    row.setAttribute('data-row', n);
    P.byId('heir-rows').appendChild(row);
  }

  function number(id) {
    var v = P.byId(id).value;
    return v === '' ? null : Number(v);
  }

  function facts() {
    return {
      dateOfDeath: P.byId('date-of-death').value || null,
      residentOfTaiwan: P.byId('resident').checked,
      diedInLineOfDuty: P.byId('line-of-duty').checked,
      debts: number('debts'),
      unpaidTaxes: number('unpaid-taxes'),
      assets: Array.prototype.map.call(document.querySelectorAll('.asset-row'), function (r) {
        var n = r.getAttribute('data-row');
        return { kind: P.byId('asset-kind-' + n).value, value: number('asset-value-' + n),
          excluded: P.byId('asset-excluded-' + n).checked };
      }),
      heirs: Array.prototype.map.call(document.querySelectorAll('.heir-row'), function (r) {
        var n = r.getAttribute('data-row');
        return { relation: P.byId('heir-relation-' + n).value, birthDate: P.byId('heir-birth-' + n).value || null,
          renounced: P.byId('heir-renounced-' + n).checked };
      })
    };
  }

  function compute(event) {
    event.preventDefault();
    P.say('error', '');
    P.api('POST', '/api/v1/estate-tax/estimate', facts()).then(function (result) {
      var holder = P.clear(P.byId('estimate-table'));
      holder.appendChild(el('p', { class: 'verdict-line', id: 'tax-payable', text: P.t('estimate.payable', P.money(result.taxPayable)) }));
      holder.appendChild(P.taxTable(result));
      P.byId('estimate-result').hidden = false;
      P.byId('estimate-result-heading').focus();
    }).catch(function (e) {
      var errors = (e.body && e.body.errors) || [];
      P.say('error', P.problem(e) + ' ' + errors.map(function (x) { return x.field + ': ' + x.message; }).join('；'), 'error');
    });
  }

  /** The decedent's share of an asset, as the tax office counts it: value × share, rounded down. */
  function ownedValue(a) {
    var m = /^(\d+)\/(\d+)$/.exec(a.share || '1');
    return m ? Math.floor(a.value * Number(m[1]) / Number(m[2])) : a.value;
  }

  function prefill() {
    return P.api('GET', '/api/v1/portal/cases/' + caseId).then(function (c) {
      P.byId('date-of-death').value = c.dateOfDeath;
      var debts = 0;
      var taxes = 0;
      c.inventory.forEach(function (inst) {
        inst.assets.forEach(function (a) { addAsset(a.kind, ownedValue(a), false); });
        inst.liabilities.forEach(function (l) { if (l.kind === 'TAX') { taxes += l.amount; } else { debts += l.amount; } });
      });
      P.byId('debts').value = debts || '';
      P.byId('unpaid-taxes').value = taxes || '';
      c.heirs.filter(function (h) { return !h.predeceased; }).forEach(function (h) {
        addHeir(h.relation, h.details ? h.details.birthDate : '', h.onboardingStatus === 'RENOUNCED');
      });
      P.say('status', P.t('estimate.prefilled', c.decedentName), 'ok');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    P.byId('add-asset').addEventListener('click', function () { addAsset(); });
    P.byId('add-heir').addEventListener('click', function () { addHeir(); });
    P.byId('estimate-form').addEventListener('submit', compute);
    P.byId('estimate-result-heading').setAttribute('tabindex', '-1');
    if (caseId) {
      prefill().catch(function (e) { P.say('error', P.problem(e), 'error'); addAsset(); addHeir('SPOUSE'); });
    } else {
      addAsset('DEPOSIT');
      addHeir('SPOUSE');
      addHeir('CHILD');
    }
  });
})();
