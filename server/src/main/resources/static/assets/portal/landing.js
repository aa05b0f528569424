/* The landing page: when someone is logged in, their cases. */
(function () {
  'use strict';
  var P = window.Portal;
  document.addEventListener('DOMContentLoaded', function () {
    P.api('GET', '/api/v1/portal/me').then(function (me) {
      var list = P.clear(P.byId('my-cases-list'));
      me.cases.forEach(function (c) {
        list.appendChild(P.el('li', null,
          P.el('a', { href: '/portal/cases/' + c.caseId, text: P.t('landing.caseOf', c.decedentName) }),
          P.el('p', { text: P.t('landing.caseLine', c.registrationNumber, c.dateOfDeath) })));
      });
      P.byId('my-cases').hidden = me.cases.length === 0;
    }).catch(function () { /* not logged in */ });
  });
})();
