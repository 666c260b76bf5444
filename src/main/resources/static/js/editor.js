// Progressive enhancement for the draft pages: everything works without it.
(function () {
  'use strict';
  var source = document.getElementById('source');
  var frame = document.getElementById('preview');
  var status = document.getElementById('preview-status');
  var csrf = document.querySelector('#draft-form input[name="_csrf"]');
  // Every fetch that changes state sends the CSRF token as a header too (meta tags in fragments.html).
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  function csrfHeaders() {
    var headers = {};
    if (csrfToken && csrfHeader) { headers[csrfHeader.getAttribute('content')] = csrfToken.getAttribute('content'); }
    return headers;
  }

  // A click on "standard.adoc:12" in the problem list selects line 12 in the source.
  document.querySelectorAll('.goto-line').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      if (!source) { return; }
      var line = parseInt(link.getAttribute('data-line'), 10);
      // The code editor (editor/draft-editor.js), when it runs, takes the source's place and handles this.
      var handled = !source.dispatchEvent(new CustomEvent('goto-line', { detail: { line: line }, cancelable: true }));
      if (handled) { return; }
      var lines = source.value.split('\n');
      var start = 0;
      for (var i = 0; i < line - 1 && i < lines.length; i++) { start += lines[i].length + 1; }
      var end = start + (lines[line - 1] || '').length;
      source.focus();
      source.setSelectionRange(start, end);
      var lineHeight = source.scrollHeight / Math.max(lines.length, 1);
      source.scrollTop = Math.max(0, (line - 5) * lineHeight);
    });
  });

  // Preview of the unsaved text: on demand, and after a pause in typing.
  var timer = null;
  function refresh() {
    if (!source || !frame || source.readOnly) { return; }
    status.textContent = '正在生成预览…';
    var body = new URLSearchParams();
    body.append('text', source.value);
    if (csrf) { body.append('_csrf', csrf.value); }
    fetch(source.getAttribute('data-preview'), { method: 'POST', body: body, headers: csrfHeaders(), credentials: 'same-origin' })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.text(); })
      .then(function (url) { frame.src = url; status.textContent = ''; })
      .catch(function () { status.textContent = '预览暂时无法生成'; });
  }
  var button = document.getElementById('refresh-preview');
  if (button) { button.addEventListener('click', refresh); }
  if (source) {
    source.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 1500);
    });
  }

  // Long checks show that they are under way.
  document.querySelectorAll('form.busy-on-submit').forEach(function (form) {
    form.addEventListener('submit', function () {
      var submit = form.querySelector('button');
      submit.disabled = true;
      submit.textContent = submit.textContent + '（正在进行，请稍候…）';
    });
  });

  // The redline can hide unchanged clauses.
  var only = document.getElementById('only-changed');
  function filter() {
    document.querySelectorAll('.clause.same').forEach(function (c) { c.hidden = only.checked; });
  }
  if (only) { only.addEventListener('change', filter); filter(); }
})();
