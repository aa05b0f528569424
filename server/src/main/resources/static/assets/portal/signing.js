/*
 * Signing the partition agreement in the browser. The person reads the agreement (the PDF, and the plan's
 * assets and shares listed here), then: the browser makes an ECDSA P-256 key that cannot be exported
 * (WebCrypto), the platform certifies its public key for this heir (when the configured assurance allows
 * it), the server prepares the signature (prepare → the bytes to sign), the browser signs them, the server
 * completes the signature (deferred signing). Then the signed PDF is checked by the public verification
 * service and the result shown. Or the person refuses, with a reason for the proxy.
 */
(function () {
  'use strict';
  var P = window.Portal;
  var el = P.el;
  var documentId = P.data('document-id');
  var wantedHeir = P.data('heir-id');
  var view = null;
  var heirId = null;

  function base64(buffer) {
    var bytes = new Uint8Array(buffer);
    var s = '';
    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
    return btoa(s);
  }

  function fromBase64(text) {
    var raw = atob(text);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  }

  function progress(key) { P.say('status', P.t(key), 'ok'); }

  function fail(error) {
    P.say('status', '');
    var text;
    if (error && error.status) {
      text = P.problem(error);
      if (error.body && error.body.reason) { text = P.label('signingRefused.', error.body.reason) + ' ' + text; }
    } else {
      text = P.t('signing.browserFailed') + ' ' + (error && error.message ? error.message : '');
    }
    P.say('error', text, 'error');
    P.byId('sign').disabled = false;
  }

  function load() {
    return P.api('GET', '/api/v1/portal/documents/' + documentId).then(function (v) {
      view = v;
      var mineUnsigned = v.signatures.filter(function (s) { return s.you && !s.signed; });
      var chosen = mineUnsigned.filter(function (s) { return s.heirId === wantedHeir; })[0] || mineUnsigned[0];
      heirId = chosen ? chosen.heirId : null;
      render();
      return v;
    });
  }

  function render() {
    P.clear(P.byId('back')).appendChild(el('a', { href: '/portal/cases/' + view.caseId, text: P.t('common.backToCase') }));
    P.byId('document-line').textContent = P.t('signing.documentLine', P.label('documentType.', view.type), view.version,
      P.label('documentStatus.', view.status), view.latestRevision);
    P.byId('pdf-link').setAttribute('href', '/api/v1/portal/documents/' + documentId + '/content');
    var list = P.clear(P.byId('signers'));
    view.signatures.forEach(function (s) {
      var who = s.asGuardian ? P.t('signing.asGuardian', s.signerName, s.heirName) : s.signerName;
      list.appendChild(el('li', { class: s.signed ? 'signed' : 'unsigned' },
        el('strong', { text: who + (s.you ? '（' + P.t('common.you') + '）' : '') }), ' ',
        s.signed ? P.t('signing.signedAt', P.date(s.signedAt)) : P.t('signing.notYet')));
    });
    var canSign = view.status === 'SIGNING' && heirId !== null;
    P.byId('sign-section').hidden = !canSign;
    P.byId('refuse-section').hidden = !canSign;
    if (!canSign && view.signatures.some(function (s) { return s.you && s.signed; })) {
      verify();
    }
  }

  function planSummary(caseId) {
    P.api('GET', '/api/v1/portal/cases/' + caseId + '/partition-plan').then(function (plan) {
      var names = {};
      plan.heirs.forEach(function (h) { names[h.heirId] = h.name; });
      var items = plan.assets.map(function (a) {
        return el('li', null, el('strong', { text: P.t('plan.assetLegend', P.label('assetKind.', a.kind), a.description) }),
          ' ' + P.money(a.value) + ' — ',
          a.allocations.filter(function (x) { return x.fraction !== '0'; }).map(function (x) {
            return P.t('signing.allocation', names[x.heirId] || '', x.fraction);
          }).join('、'));
      });
      var holder = P.clear(P.byId('plan-summary'));
      holder.appendChild(el('h3', { text: P.t('signing.assets') }));
      holder.appendChild(el('ul', { class: 'allocations' }, items));
    }).catch(function () { /* the PDF says it all */ });
  }

  function sign(event) {
    event.preventDefault();
    P.say('error', '');
    if (!P.byId('read-confirm').checked) {
      P.say('error', P.t('signing.readFirst'), 'error');
      P.byId('read-confirm').focus();
      return;
    }
    P.byId('sign').disabled = true;
    var keys;
    progress('signing.step.key');
    // extractable = false: the private key can sign in this browser, and never leaves it
    crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])
      .then(function (k) { keys = k; return crypto.subtle.exportKey('spki', k.publicKey); })
      .then(function (spki) {
        progress('signing.step.certificate');
        return P.api('POST', '/api/v1/portal/heirs/' + heirId + '/signing-certificate', { publicKey: base64(spki) });
      })
      .then(function () { return P.api('GET', '/api/v1/portal/documents/' + documentId); })
      .then(function (latest) {
        progress('signing.step.prepare');
        return P.api('POST', '/api/v1/portal/documents/' + documentId + '/signing-sessions',
          { heirId: heirId, revision: latest.latestRevision });
      })
      .then(function (session) {
        progress('signing.step.sign');
        return crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, fromBase64(session.dataToSign))
          .then(function (signature) {
            progress('signing.step.complete');
            return P.api('POST', '/api/v1/portal/signing-sessions/' + session.signingSessionId + '/complete',
              { signature: base64(signature) });
          });
      })
      .then(function () {
        P.say('status', P.t('signing.done'), 'ok');
        return load();
      })
      .catch(fail);
  }

  function verify() {
    fetch('/api/v1/portal/documents/' + documentId + '/content', { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw { status: r.status }; } return r.arrayBuffer(); })
      .then(function (pdf) {
        return fetch('/api/v1/documents/verify', {
          method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/pdf', Accept: 'application/json' }, body: pdf
        });
      })
      .then(function (r) { return r.json().then(function (body) { if (!r.ok) { throw { status: r.status, body: body }; } return body; }); })
      .then(showReport)
      .catch(fail);
  }

  function showReport(report) {
    var verdict = P.byId('verdict');
    verdict.textContent = P.label('verdict.', report.verdict)
      + (report.unsignedFields && report.unsignedFields.length ? ' ' + P.t('signing.stillToSign', report.unsignedFields.length) : '');
    verdict.className = 'verdict ' + report.verdict;
    verdict.setAttribute('data-verdict', report.verdict);
    var list = P.clear(P.byId('verified-signatures'));
    (report.signatures || []).forEach(function (s) {
      list.appendChild(el('li', { class: s.verdict },
        el('strong', { text: s.signerName || s.fieldName }), ' ',
        P.label('signatureVerdict.', s.verdict) + ' · ' + P.t('signing.timestamp', P.date(s.timestampTime || s.claimedSigningTime))));
    });
    P.byId('result').hidden = false;
  }

  function refuse(event) {
    event.preventDefault();
    P.say('error', '');
    var reason = P.byId('reason').value.trim();
    if (!reason) {
      P.say('error', P.t('signing.reasonRequired'), 'error');
      P.byId('reason').focus();
      return;
    }
    P.api('POST', '/api/v1/portal/documents/' + documentId + '/refusal', { heirId: heirId, reason: reason })
      .then(function () { P.say('status', P.t('signing.refused'), 'ok'); return load(); })
      .catch(fail);
  }

  document.addEventListener('DOMContentLoaded', function () {
    load().then(function (v) { planSummary(v.caseId); }).catch(fail);
    P.byId('sign-form').addEventListener('submit', sign);
    P.byId('read-confirm').addEventListener('change', function () { P.say('error', ''); });
    P.byId('refuse-form').addEventListener('submit', refuse);
  });
})();
