// The comment page with script: "提意见" under a clause opens the comment form right there (the page does not
// reload or jump), the comment is sent through the JSON API, and the list of comments beside the draft follows.
// Without script the same links load the page with the form under the clause (ReviewPageController).
(function () {
  var draft = document.getElementById('draft');
  var template = document.getElementById('comment-form-template');
  if (!draft || !window.fetch) {
    return;
  }
  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }
  var spare = null; // the form once sent, to open again under another clause
  function theForm() {
    var form = document.getElementById('comment-form') || spare;
    if (!form && template) {
      form = template.content.querySelector('form').cloneNode(true);
    }
    return form;
  }
  function clearErrors(form) {
    form.querySelectorAll('.field-error').forEach(function (p) { p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (f) { f.setAttribute('aria-invalid', 'false'); });
    var general = form.querySelector('.form-error');
    general.textContent = '';
    general.hidden = true;
  }
  function open(link) {
    var form = theForm();
    if (!form) {
      return;
    }
    var clause = link.getAttribute('data-clause');
    var label = link.getAttribute('data-label');
    form.elements.clause.value = clause + '::' + label;
    form.querySelector('.clause-label').textContent = label;
    form.querySelector('a.cancel').setAttribute('href', '#' + clause);
    clearErrors(form);
    link.closest('.clause-tools').after(form);
    form.elements.body.focus();
  }
  draft.addEventListener('click', function (event) {
    var link = event.target.closest('a.comment-on');
    if (link) {
      event.preventDefault();
      open(link);
      return;
    }
    var cancel = event.target.closest('#comment-form a.cancel');
    if (cancel) {
      event.preventDefault();
      var form = document.getElementById('comment-form');
      var tools = form.previousElementSibling;
      spare = form;
      form.remove();
      var back = tools && tools.querySelector('a.comment-on');
      if (back) {
        back.focus();
      }
    }
  });
  function showProblem(form, problem) {
    var field = problem && problem.field;
    var target = field ? form.querySelector('#' + field + '-error') : null;
    var text = (problem && problem.detail) || form.getAttribute('data-failed') || '提交失败，请稍后再试。';
    if (target) {
      target.textContent = text;
      var input = form.elements[field];
      if (input && input.setAttribute) {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      }
    } else {
      var general = form.querySelector('.form-error');
      general.textContent = text;
      general.hidden = false;
    }
  }
  function refreshList(form) {
    return fetch(form.getAttribute('data-list'), {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('comments');
        var old = document.getElementById('comments');
        if (fresh && old) {
          old.replaceWith(fresh);
        }
      });
  }
  function counted(tools, form) {
    var count = tools.querySelector('a.comment-count');
    var clause = form.elements.clause.value.split('::')[0];
    if (!count) {
      count = document.createElement('a');
      count.className = 'comment-count';
      count.setAttribute('href', '#comments-' + clause);
      count.setAttribute('data-n', '0');
      tools.appendChild(count);
    }
    var n = parseInt(count.getAttribute('data-n') || (count.textContent.match(/\d+/) || ['0'])[0], 10) + 1;
    count.setAttribute('data-n', String(n));
    count.textContent = form.getAttribute('data-count').replace('{0}', String(n));
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.id !== 'comment-form') {
      return;
    }
    event.preventDefault();
    clearErrors(form);
    var clause = form.elements.clause.value;
    var at = clause.indexOf('::');
    var checked = form.querySelector('input[name=type]:checked');
    var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (meta('_csrf_header')) {
      headers[meta('_csrf_header')] = meta('_csrf');
    }
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    fetch(form.getAttribute('data-api'), {
      method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify({
        clauseId: clause.substring(0, at), clauseLabel: clause.substring(at + 2), type: checked ? checked.value : null,
        body: form.elements.body.value, proposedChange: form.elements.proposedChange.value,
        revision: form.elements.revision.value
      })
    }).then(function (r) {
      return r.json().catch(function () { return null; }).then(function (json) { return {ok: r.ok, json: json}; });
    }).then(function (result) {
      button.disabled = false;
      if (!result.ok) {
        showProblem(form, result.json);
        return;
      }
      var tools = form.previousElementSibling;
      var done = document.createElement('p');
      done.className = 'flash ok';
      done.setAttribute('role', 'status');
      done.textContent = form.getAttribute('data-done');
      form.elements.body.value = '';
      form.elements.proposedChange.value = '';
      spare = form;
      form.replaceWith(done);
      if (tools && tools.classList.contains('clause-tools')) {
        counted(tools, form);
        var link = tools.querySelector('a.comment-on');
        if (link) {
          link.focus();
        }
      }
      refreshList(form);
    }).catch(function () {
      button.disabled = false;
      showProblem(form, null);
    });
  });
})();
