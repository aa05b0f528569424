// The /verify page: sends the chosen PDF to POST /api/v1/documents/verify and shows the report in words.
// Plain JS, no library; every value from the report is inserted as text, never as HTML.
(function () {
  'use strict';

  var VERDICTS = {
    VALID: ['有效：所有簽章完整、可信，簽署後文件未被變更。', 'Valid: every signature is intact and trusted, and nothing changed after signing.'],
    INVALID: ['無效：有簽章損壞，或文件在簽署後被變更，或憑證在簽署時已失效。', 'Invalid: a signature is broken, the document was changed after a signature, or a certificate was not valid when it signed.'],
    INDETERMINATE: ['無法確定：簽章完整，但無法確認簽署人的憑證可信。', 'Indeterminate: nothing is broken, but the signer’s certificate cannot be traced to a trusted root.'],
    NOT_SIGNED: ['未簽署：此文件沒有任何簽章或時戳。', 'Not signed: the document carries no signature or timestamp.']
  };
  var SIGNATURE_VERDICTS = { VALID: '有效 Valid', INVALID: '無效 Invalid', INDETERMINATE: '無法確定 Indeterminate' };
  var CHAIN = {
    VALID: '可信 Trusted',
    UNTRUSTED_CHAIN: '不可信的憑證鏈 Untrusted chain',
    CERTIFICATE_EXPIRED: '憑證已過期 Certificate expired',
    CERTIFICATE_NOT_YET_VALID: '憑證尚未生效 Certificate not yet valid',
    CERTIFICATE_REVOKED: '憑證已廢止 Certificate revoked'
  };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function time(iso) {
    if (!iso) { return '—'; }
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return iso; }
    return d.toLocaleString('zh-TW', { timeZone: 'Asia/Taipei', hour12: false }) + '（臺北 Taipei）';
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function list(node, items) {
    clear(node);
    items.forEach(function (t) { node.appendChild(el('li', t)); });
  }

  function show(report) {
    var v = VERDICTS[report.verdict] || [report.verdict, ''];
    var verdict = document.getElementById('verdict');
    clear(verdict);
    verdict.className = 'verdict ' + report.verdict;
    verdict.appendChild(document.createTextNode(v[0]));
    var en = el('span', v[1], 'en');
    en.lang = 'en';
    verdict.appendChild(en);

    document.getElementById('revisions').textContent =
      '文件共有 ' + report.totalRevisions + ' 個版本（每個簽章新增一個版本）。 The file has ' +
      report.totalRevisions + ' revision(s); each signature adds one.';

    var pending = (report.unsignedFields || []).length;
    if (pending > 0) {
      var note = el('span', '尚有 ' + pending + ' 個簽章欄位未簽署：這份文件還沒有簽署完成。', 'pending');
      verdict.appendChild(note);
      var noteEn = el('span', pending + ' signature field(s) not signed yet: the document is not fully signed.', 'en pending');
      noteEn.lang = 'en';
      verdict.appendChild(noteEn);
    }

    var sigs = report.signatures || [];
    var tbody = document.querySelector('#signatures tbody');
    clear(tbody);
    document.getElementById('no-signatures').hidden = sigs.length > 0;
    document.getElementById('signatures').hidden = sigs.length === 0;
    sigs.forEach(function (s) {
      var tr = el('tr');
      tr.appendChild(el('td', SIGNATURE_VERDICTS[s.verdict] || s.verdict, s.verdict));
      var who = el('td', s.signerName || '（無法讀取 unreadable）');
      who.appendChild(el('div', '欄位 field: ' + s.fieldName, 'help'));
      tr.appendChild(who);
      tr.appendChild(el('td', s.maskedNationalId || '—'));
      tr.appendChild(el('td', time(s.claimedSigningTime)));
      tr.appendChild(el('td', s.timestampTime ? time(s.timestampTime) : '無時戳 none'));
      var chain = el('td', CHAIN[s.chainStatus] || s.chainStatus);
      if (s.chainDetail && s.chainStatus !== 'VALID') { chain.appendChild(el('div', s.chainDetail, 'help')); }
      tr.appendChild(chain);
      tr.appendChild(el('td', '第 ' + s.revision + ' 版，共 ' + s.totalRevisions + ' 版 (revision ' + s.revision + ' of ' + s.totalRevisions + ')'));
      tr.appendChild(el('td', s.intact ? '是 Yes' : '否 No', s.intact ? 'VALID' : 'INVALID'));
      var changes = el('td');
      if (!s.changesAfter || s.changesAfter.length === 0) {
        changes.textContent = '無 None';
      } else {
        var ul = el('ul');
        list(ul, s.changesAfter);
        changes.appendChild(ul);
      }
      tr.appendChild(changes);
      tbody.appendChild(tr);
    });

    var ts = (report.documentTimestamps || []).map(function (t) {
      return time(t.time) + ' — ' + (CHAIN[t.tsaChainStatus] || t.tsaChainStatus) + '，' +
        (t.intact ? '完整 intact' : '損壞 broken') + '，涵蓋第 ' + t.revision + ' 版 / 共 ' + t.totalRevisions +
        ' 版 (revision ' + t.revision + ' of ' + t.totalRevisions + ')' +
        ((t.changesAfter && t.changesAfter.length) ? '；之後的變更 changed afterwards: ' + t.changesAfter.join('; ') : '');
    });
    list(document.getElementById('timestamps'), ts.length ? ts : ['無 None']);

    var unsigned = report.unsignedFields || [];
    document.getElementById('unsigned-block').hidden = unsigned.length === 0;
    list(document.getElementById('unsigned'), unsigned);

    var problems = report.problems || [];
    document.getElementById('problems-block').hidden = problems.length === 0;
    list(document.getElementById('problems'), problems);

    document.getElementById('result').hidden = false;
  }

  function fail(message) {
    var status = document.getElementById('status');
    status.className = 'error';
    status.textContent = message;
    document.getElementById('result').hidden = true;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('verify-form');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var input = document.getElementById('file');
      if (!input.files || input.files.length === 0) {
        fail('請先選擇檔案。 Choose a file first.');
        return;
      }
      var status = document.getElementById('status');
      status.className = '';
      status.textContent = '檢查中… Checking…';
      var data = new FormData();
      data.append('file', input.files[0]);
      fetch(form.getAttribute('action'), { method: 'POST', body: data, headers: { Accept: 'application/json' } })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            if (!response.ok) {
              var why = body.detail || response.statusText;
              if (response.status === 413) { why = '檔案超過 50 MiB。 ' + why; }
              if (response.status === 429) { why = '請求過於頻繁，請稍後再試。 ' + why; }
              if (response.status === 415 || response.status === 422) { why = '這不是可檢查的 PDF 檔。 ' + why; }
              fail(why);
              return;
            }
            status.textContent = '檢查完成。 Done.';
            show(body);
          });
        })
        .catch(function () { fail('無法連線到伺服器。 The server could not be reached.'); });
    });
  });
}());
