/*
 * The invitation link: whom it is for, then the identity check — a one-time code sent to the registered
 * contact, or the certificate challenge signed with the heir's own key (in this browser, with WebCrypto).
 */
(function () {
  'use strict';
  var P = window.Portal;
  var token = P.data('token');
  var invitation = null;
  var base = '/api/v1/portal/invitations/' + encodeURIComponent(token);

  function next(loggedIn) {
    P.forgetCsrf();
    var done = invitation.onboardingStatus === 'AUTHORISED' || invitation.onboardingStatus === 'RENOUNCED';
    window.location.href = done
      ? '/portal/cases/' + loggedIn.caseId
      : '/portal/cases/' + loggedIn.caseId + '/authorisation?heir=' + loggedIn.heirId;
  }

  function fail(error) {
    P.say('status', '');
    P.say('error', P.problem(error), 'error');
  }

  function sendCode() {
    P.say('error', '');
    P.api('POST', base + '/one-time-code', {}).then(function (sent) {
      P.say('status', P.t('invitation.codeSent', sent.sentTo, P.date(sent.expiresAt)), 'ok');
      P.byId('code-form').hidden = false;
      P.byId('code').focus();
    }).catch(fail);
  }

  function verifyCode(event) {
    event.preventDefault();
    var code = P.byId('code').value.trim();
    if (!/^\d{6}$/.test(code)) {
      P.say('error', P.t('invitation.codeFormat'), 'error');
      P.byId('code').setAttribute('aria-invalid', 'true');
      P.byId('code').focus();
      return;
    }
    P.byId('code').removeAttribute('aria-invalid');
    P.say('error', '');
    P.api('POST', base + '/one-time-code/verification', { code: code }).then(next).catch(fail);
  }

  function pemBytes(pem) {
    var b64 = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
    var raw = atob(b64);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  }

  /** WebCrypto signs ECDSA as r||s (IEEE P1363); the challenge takes the DER SEQUENCE of two INTEGERs. */
  function p1363ToDer(sig) {
    var half = sig.length / 2;
    function integer(bytes) {
      var i = 0;
      while (i < bytes.length - 1 && bytes[i] === 0) { i++; }
      var v = Array.prototype.slice.call(bytes, i);
      if (v[0] & 0x80) { v.unshift(0); }
      return [0x02, v.length].concat(v);
    }
    var r = integer(sig.slice(0, half));
    var s = integer(sig.slice(half));
    var body = r.concat(s);
    return new Uint8Array([0x30, body.length].concat(body));
  }

  function base64(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
    return btoa(s);
  }

  function answerChallenge(event) {
    event.preventDefault();
    P.say('error', '');
    var certificate = P.byId('certificate').value.trim();
    var keyPem = P.byId('private-key').value.trim();
    if (!certificate || !keyPem) {
      P.say('error', P.t('invitation.certificateMissing'), 'error');
      return;
    }
    var key;
    crypto.subtle.importKey('pkcs8', pemBytes(keyPem), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign'])
      .then(function (k) { key = k; return P.api('POST', base + '/certificate-challenges', {}); })
      .then(function (challenge) {
        return crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, new TextEncoder().encode(challenge.nonce))
          .then(function (sig) {
            return P.api('POST', base + '/certificate-challenges/' + challenge.challengeId, {
              certificate: certificate, signature: base64(p1363ToDer(new Uint8Array(sig)))
            });
          });
      })
      .then(next)
      .catch(function (e) { fail(e instanceof Error && !e.status ? { message: e.message } : e); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    P.api('GET', base).then(function (inv) {
      invitation = inv;
      var intro = inv.asGuardianOf
        ? P.t('invitation.forGuardian', inv.name, inv.minorName, inv.decedentName)
        : P.t('invitation.forHeir', inv.name, inv.decedentName);
      P.byId('invitation-intro').textContent = intro;
      if (inv.verificationMethods.indexOf('ONE_TIME_CODE') >= 0) {
        P.byId('code-explain').textContent = P.t('invitation.codeExplain', inv.oneTimeCodeTo);
        P.byId('code-section').hidden = false;
      }
      if (inv.verificationMethods.indexOf('CERTIFICATE') >= 0) {
        P.byId('certificate-section').hidden = false;
      }
    }).catch(function (e) {
      P.say('error', e.status === 404 || e.status === 410 ? P.t('invitation.invalid') : P.problem(e), 'error');
    });
    P.byId('send-code').addEventListener('click', sendCode);
    P.byId('code-form').addEventListener('submit', verifyCode);
    P.byId('certificate-form').addEventListener('submit', answerChallenge);
  });
})();
