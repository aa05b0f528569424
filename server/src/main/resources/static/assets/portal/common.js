/*
 * The portal's shared script: messages in the page's language, calls to the portal API with the session's
 * CSRF token, and small helpers to build the page. Plain JavaScript, no library, nothing from elsewhere.
 */
(function () {
  'use strict';

  var messagesElement = document.getElementById('messages');
  var MESSAGES = messagesElement ? JSON.parse(messagesElement.textContent) : {};
  var LANG = document.documentElement.lang === 'en' ? 'en' : 'zh-Hant-TW';

  /** The message for key, with {0}, {1} ... replaced; the key itself when missing (a visible mistake). */
  function t(key) {
    var text = Object.prototype.hasOwnProperty.call(MESSAGES, key) ? MESSAGES[key] : key;
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d+)\}/g, function (m, i) { return args[i] === undefined ? m : String(args[i]); });
  }

  /** t(prefix + value), or the value itself where no message exists (e.g. a status added later). */
  function label(prefix, value) {
    if (value === null || value === undefined) { return ''; }
    var key = prefix + value;
    return Object.prototype.hasOwnProperty.call(MESSAGES, key) ? MESSAGES[key] : String(value);
  }

  var csrf = null;

  function csrfToken() {
    if (csrf) { return Promise.resolve(csrf); }
    return fetch('/api/v1/portal/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (body) { csrf = body; return csrf; });
  }

  /** An API error: status, the problem body, and a sentence for the person. */
  function ApiError(status, body) {
    this.status = status;
    this.body = body || {};
    this.message = this.body.detail || this.body.title || ('HTTP ' + status);
  }

  /**
   * Calls the portal API. Every state change carries the session's CSRF token; a 403 for a stale token
   * (after the login changed the session) fetches a fresh one and tries once more.
   */
  function api(method, path, body, retried) {
    var headers = { Accept: 'application/json' };
    var send = method === 'GET' ? Promise.resolve(null) : csrfToken();
    return send.then(function (token) {
      if (token) { headers[token.headerName] = token.token; }
      if (body !== undefined && body !== null) { headers['Content-Type'] = 'application/json'; }
      return fetch(path, {
        method: method, credentials: 'same-origin', headers: headers,
        body: body === undefined || body === null ? undefined : JSON.stringify(body)
      });
    }).then(function (response) {
      if (response.status === 204) { return null; }
      return response.text().then(function (text) {
        var parsed = null;
        try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = { detail: text }; }
        if (response.ok) { return parsed; }
        if (response.status === 403 && method !== 'GET' && !retried && parsed && /CSRF/.test(parsed.detail || '')) {
          csrf = null;
          return api(method, path, body, true);
        }
        throw new ApiError(response.status, parsed);
      });
    });
  }

  /** After a login the session id changes, and so may the token: forget it. */
  function forgetCsrf() { csrf = null; }

  /** el('p', {class: 'x'}, 'text', child, ...): a new element; attributes starting with "on" are listeners. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) { return; }
        if (name.indexOf('on') === 0 && typeof value === 'function') {
          node.addEventListener(name.substring(2), value);
        } else if (name === 'text') {
          node.textContent = value;
        } else {
          node.setAttribute(name, value === true ? '' : value);
        }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      append(node, arguments[i]);
    }
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
    return node;
  }

  function byId(id) { return document.getElementById(id); }

  function money(amount) {
    if (amount === null || amount === undefined) { return ''; }
    return 'NT$ ' + Number(amount).toLocaleString(LANG === 'en' ? 'en-US' : 'zh-TW');
  }

  function date(value) {
    if (!value) { return ''; }
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) { return value; }
    var d = new Date(value);
    if (isNaN(d.getTime())) { return String(value); }
    return d.toLocaleString(LANG === 'en' ? 'en-GB' : 'zh-TW', {
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false
    });
  }

  function day(value) {
    if (!value) { return ''; }
    return String(value).substring(0, 10);
  }

  /** Shows a sentence in a live region (role=status or role=alert), for screen readers too. */
  function say(element, text, kind) {
    if (typeof element === 'string') { element = byId(element); }
    if (!element) { return; }
    element.textContent = text;
    element.className = 'notice' + (kind ? ' ' + kind : '');
    element.hidden = !text;
    // A sighted person who pressed a button far down the page sees the answer too (screen readers hear it).
    if (text && kind && element.getBoundingClientRect) {
      var box = element.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) { element.scrollIntoView({ block: 'center' }); }
    }
  }

  /** The sentence for an API error: the not-logged-in case says what to do. */
  function problem(error) {
    if (error && error.status === 401) { return t('error.login'); }
    if (error && error.status === 403) { return t('error.forbidden') + ' ' + (error.message || ''); }
    if (error && error.status === 404) { return t('error.notFound'); }
    if (error && error.status === 429) { return t('error.tooMany') + ' ' + (error.message || ''); }
    return t('error.generic') + ' ' + (error && error.message ? error.message : '');
  }

  function data(name) {
    var main = byId('main');
    return main ? main.getAttribute('data-' + name) : null;
  }

  /** The logout button in the header, shown when someone is logged in. */
  function setUpLogout() {
    var button = byId('logout');
    if (!button) { return; }
    api('GET', '/api/v1/portal/me').then(function (me) {
      button.hidden = false;
      var who = byId('who');
      if (who) { who.textContent = t('header.loggedInAs', me.name); who.hidden = false; }
    }).catch(function () { /* not logged in: nothing to show */ });
    button.addEventListener('click', function () {
      api('POST', '/api/v1/portal/logout', {}).then(function () { window.location.href = '/'; })
        .catch(function () { window.location.href = '/'; });
    });
  }

  document.addEventListener('DOMContentLoaded', setUpLogout);

  /**
   * The estate-tax computation, line by line with the legal basis of each (the API gives the article of
   * every deduction and credit; the fixed lines' articles are the portal's own messages).
   */
  function taxTable(result) {
    var rows = [];
    function row(text, amount, basis, kind) {
      rows.push(el('tr', { class: kind || null },
        el('th', { scope: 'row', text: text }), el('td', { class: 'amount', text: money(amount) }),
        el('td', { class: 'basis', text: basis || '' })));
    }
    row(t('tax.gross'), result.grossEstate, t('tax.grossBasis'));
    row(t('tax.exemption'), -result.exemption, t('tax.exemptionBasis'));
    result.deductions.forEach(function (d) { row(label('taxLine.', d.code), -d.amount, d.basis); });
    row(t('tax.net'), result.netTaxableEstate, t('tax.netBasis'), 'subtotal');
    row(t('tax.beforeCredits'), result.taxBeforeCredits, t('tax.rateBasis'));
    result.credits.forEach(function (d) { row(label('taxLine.', d.code), -d.amount, d.basis); });
    row(t('tax.payable'), result.taxPayable, t('tax.payableBasis'), 'total');
    var table = el('table', { class: 'tax' },
      el('caption', { text: t('tax.caption', result.parametersEffectiveFrom || '') }),
      el('thead', null, el('tr', null, el('th', { scope: 'col', text: t('tax.item') }),
        el('th', { scope: 'col', text: t('tax.amount') }), el('th', { scope: 'col', text: t('tax.basis') }))),
      el('tbody', null, rows));
    return el('div', { class: 'table-wrap' }, table);
  }

  window.Portal = {
    t: t, label: label, api: api, forgetCsrf: forgetCsrf, el: el, clear: clear, byId: byId, money: money,
    date: date, day: day, say: say, problem: problem, data: data, lang: LANG, taxTable: taxTable
  };
})();
