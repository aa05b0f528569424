/* Consent and the proxy, or renunciation with the court's reference, for one heir the person acts for. */
(function () {
  'use strict';
  var P = window.Portal;
  var caseId = P.data('case-id');
  var heirId = P.data('heir-id');
  var casePage = '/portal/cases/' + caseId;

  function fail(error) {
    P.say('status', '');
    var text = P.problem(error);
    if (error && error.body && error.body.errors) {
      text += ' ' + error.body.errors.map(function (e) { return e.message; }).join(' ');
    }
    P.say('error', text, 'error');
  }

  function proxyChoice() {
    var chosen = document.querySelector('input[name=proxy]:checked');
    if (!chosen) { return null; }
    if (chosen.value === 'agent') {
      return { agent: { name: P.byId('agent-name').value.trim(), nationalId: P.byId('agent-id').value.trim().toUpperCase() } };
    }
    return { heirId: chosen.value };
  }

  function authorise(event) {
    event.preventDefault();
    P.say('error', '');
    if (!P.byId('consent').checked) {
      P.say('error', P.t('authorisation.consentRequired'), 'error');
      P.byId('consent').focus();
      return;
    }
    var proxy = proxyChoice();
    if (!proxy) {
      P.say('error', P.t('authorisation.proxyRequired'), 'error');
      return;
    }
    P.api('POST', '/api/v1/portal/heirs/' + heirId + '/authorisation', { consentToDataSharing: true, proxy: proxy })
      .then(function () { window.location.href = casePage; })
      .catch(fail);
  }

  function renounce(event) {
    event.preventDefault();
    P.say('error', '');
    var reference = P.byId('court-reference').value.trim();
    var when = P.byId('renunciation-date').value;
    if (!reference || !when || !P.byId('renounce-confirm').checked) {
      P.say('error', P.t('authorisation.renounceRequired'), 'error');
      return;
    }
    P.api('POST', '/api/v1/portal/heirs/' + heirId + '/renunciation', { courtReference: reference, renunciationDate: when })
      .then(function () { window.location.href = casePage; })
      .catch(fail);
  }

  document.addEventListener('DOMContentLoaded', function () {
    P.api('GET', '/api/v1/portal/cases/' + caseId).then(function (c) {
      var me = c.heirs.filter(function (h) { return h.heirId === heirId; })[0];
      P.byId('authorisation-intro').textContent = P.t('authorisation.intro', me ? me.name : '', c.decedentName);
      var holder = P.clear(P.byId('proxy-heirs'));
      c.heirs.filter(function (h) {
        return !h.predeceased && h.onboardingStatus !== 'RENOUNCED' && !h.actsThroughGuardian;
      }).forEach(function (h) {
        var id = 'proxy-' + h.heirId;
        holder.appendChild(P.el('label', { class: 'check', for: id },
          P.el('input', { type: 'radio', name: 'proxy', value: h.heirId, id: id }),
          P.el('span', { text: P.t(h.you ? 'authorisation.heirOptionYou' : 'authorisation.heirOption',
            h.name, P.label('relation.', h.relation)) })));
      });
      document.querySelectorAll('input[name=proxy]').forEach(function (r) {
        r.addEventListener('change', function () { P.byId('agent-fields').hidden = !P.byId('proxy-agent').checked; });
      });
    }).catch(fail);
    P.byId('authorisation-form').addEventListener('submit', authorise);
    P.byId('renunciation-form').addEventListener('submit', renounce);
  });
})();
