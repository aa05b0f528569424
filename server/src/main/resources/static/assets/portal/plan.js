/*
 * The proxy's partition plan: each asset with each heir's fraction (a fraction like 1/3, a whole number, or a
 * decimal), the statutory shares by default. Every change is checked at once: each fraction between 0 and 1,
 * and each asset's fractions adding up to exactly 1 (exact fractions, no rounding). The server checks again.
 */
(function () {
  'use strict';
  var P = window.Portal;
  var el = P.el;
  var caseId = P.data('case-id');
  var base = '/api/v1/portal/cases/' + caseId + '/partition-plan';
  var plan = null;

  function gcd(a, b) { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) { var t = b; b = a % b; a = t; } return a; }

  /** [numerator, denominator] as BigInt, reduced; null when the text is no fraction. */
  function parse(text) {
    var s = String(text).trim();
    var m;
    if ((m = /^(\d+)\s*\/\s*(\d+)$/.exec(s))) {
      if (BigInt(m[2]) === 0n) { return null; }
      return reduce(BigInt(m[1]), BigInt(m[2]));
    }
    if ((m = /^(\d+)(?:\.(\d+))?$/.exec(s))) {
      var decimals = m[2] || '';
      return reduce(BigInt(m[1] + decimals), 10n ** BigInt(decimals.length));
    }
    return null;
  }

  function reduce(n, d) { var g = gcd(n, d) || 1n; return [n / g, d / g]; }
  function add(a, b) { return reduce(a[0] * b[1] + b[0] * a[1], a[1] * b[1]); }
  function show(f) { return f[1] === 1n ? String(f[0]) : f[0] + '/' + f[1]; }

  function inputId(a, h) { return 'fraction-' + a + '-' + h; }

  /** Checks one asset; marks its inputs and says what is wrong. @return true when the asset is right */
  function validateAsset(index) {
    var asset = plan.assets[index];
    var sum = [0n, 1n];
    var ok = true;
    plan.heirs.forEach(function (heir, h) {
      var input = P.byId(inputId(index, h));
      var f = parse(input.value);
      var bad = f === null || f[0] > f[1];
      input.setAttribute('aria-invalid', bad ? 'true' : 'false');
      if (bad) { ok = false; } else { sum = add(sum, f); }
    });
    var message = P.byId('sum-' + index);
    if (!ok) {
      message.textContent = P.t('plan.badFraction');
      message.className = 'sum invalid';
    } else if (sum[0] !== sum[1]) {
      ok = false;
      message.textContent = P.t('plan.sumWrong', show(sum));
      message.className = 'sum invalid';
    } else {
      message.textContent = P.t('plan.sumRight');
      message.className = 'sum valid';
    }
    P.byId('asset-' + index).classList.toggle('invalid', !ok);
    return ok && asset !== undefined;
  }

  function validateAll() {
    var ok = true;
    plan.assets.forEach(function (a, i) { if (!validateAsset(i)) { ok = false; } });
    P.byId('save').disabled = !plan.editable;
    P.byId('submit-plan').disabled = !plan.editable || !ok;
    return ok;
  }

  function body() {
    return {
      assets: plan.assets.map(function (asset, a) {
        return {
          assetId: asset.assetId,
          allocations: plan.heirs.map(function (heir, h) {
            return { heirId: heir.heirId, fraction: P.byId(inputId(a, h)).value.trim() };
          })
        };
      })
    };
  }

  function render() {
    P.byId('plan-state').textContent = P.t('plan.state', P.label('planStatus.', plan.status), plan.version)
      + (plan.editable ? '' : ' ' + P.t(plan.proxy ? 'plan.notEditableNow' : 'plan.onlyProxy'));
    var returned = P.byId('returned');
    returned.hidden = !plan.returned;
    if (plan.returned) {
      returned.textContent = P.t('plan.returned', plan.returned.heirName, plan.returned.version, plan.returned.reason);
    }
    var holder = P.clear(P.byId('assets'));
    plan.assets.forEach(function (asset, a) {
      var rows = plan.heirs.map(function (heir, h) {
        var current = (asset.allocations.filter(function (x) { return x.heirId === heir.heirId; })[0] || {}).fraction || '0';
        var id = inputId(a, h);
        return el('tr', null,
          el('th', { scope: 'row' }, el('label', { for: id, text: heir.name })),
          el('td', { class: 'muted', text: heir.statutoryShare }),
          el('td', null, el('input', {
            id: id, type: 'text', inputmode: 'decimal', value: current, size: 8, 'aria-describedby': 'sum-' + a,
            readonly: !plan.editable, 'data-statutory': heir.statutoryShare,
            oninput: function () { validateAsset(a); validateAll(); }
          })));
      });
      holder.appendChild(el('fieldset', { id: 'asset-' + a, class: 'asset' },
        el('legend', { text: P.t('plan.assetLegend', P.label('assetKind.', asset.kind), asset.description) }),
        el('p', { class: 'muted', text: asset.institutionName + (asset.identifier ? ' · ' + asset.identifier : '')
          + ' · ' + P.money(asset.value) }),
        el('table', null,
          el('thead', null, el('tr', null, el('th', { scope: 'col', text: P.t('plan.heir') }),
            el('th', { scope: 'col', text: P.t('plan.statutory') }), el('th', { scope: 'col', text: P.t('plan.fraction') }))),
          el('tbody', null, rows)),
        el('p', { id: 'sum-' + a, class: 'sum', 'aria-live': 'polite' })));
    });
    validateAll();
  }

  function showErrors(error) {
    var errors = (error.body && error.body.errors) || [];
    errors.forEach(function (e) {
      var m = /^assets\[(\d+)\](?:\.allocations\[(\d+)\]\.fraction)?$/.exec(e.field || '');
      if (m && m[2] !== undefined) {
        var input = P.byId(inputId(m[1], m[2]));
        if (input) { input.setAttribute('aria-invalid', 'true'); }
      }
      if (m) {
        var message = P.byId('sum-' + m[1]);
        if (message) { message.textContent = e.message; message.className = 'sum invalid'; }
      }
    });
    P.say('status', '');
    P.say('error', P.problem(error) + (errors.length ? ' ' + P.t('plan.seeMarked') : ''), 'error');
  }

  function save() {
    P.say('error', '');
    if (!validateAll()) {
      P.say('error', P.t('plan.fixFirst'), 'error');
      return Promise.reject(null);
    }
    return P.api('PUT', base, body()).then(function (saved) {
      plan = saved;
      render();
      P.say('status', P.t('plan.saved', saved.version), 'ok');
      return saved;
    }, function (e) { showErrors(e); throw null; });
  }

  function submit() {
    save().then(function () {
      return P.api('POST', base + '/submit', {}).then(function (submitted) {
        plan = submitted;
        render();
        P.say('status', P.t('plan.submitted'), 'ok');
      }, function (e) { showErrors(e); });
    }).catch(function () { /* already said */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    P.api('GET', base).then(function (p) { plan = p; render(); })
      .catch(function (e) { P.say('error', P.problem(e), 'error'); });
    P.byId('plan-form').addEventListener('submit', function (event) { event.preventDefault(); save().catch(function () {}); });
    P.byId('submit-plan').addEventListener('click', submit);
    P.byId('reset').addEventListener('click', function () {
      document.querySelectorAll('#assets input[data-statutory]').forEach(function (input) {
        input.value = input.getAttribute('data-statutory');
      });
      validateAll();
    });
  });
})();
