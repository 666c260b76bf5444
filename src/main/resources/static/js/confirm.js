// Before an action that cannot be undone, a dialog says what will happen and whom it notifies (the form's, or its
// button's, data-confirm-title / -what / -notifies / -button). Confirmed, the form is sent with confirmed=true and
// the server does it; without script the server asks on a page of its own (web.Confirmations). In the texts,
// {name} stands for the value of the form's field of that name (an approval's number and dates).
(function () {
  if (typeof HTMLDialogElement !== 'function') {
    return; // the server's confirmation page asks instead
  }
  function attr(button, form, name) {
    return (button && button.getAttribute(name)) || form.getAttribute(name);
  }
  function filled(text, form) {
    return (text || '').replace(/\{([A-Za-z]+)\}/g, function (all, name) {
      var field = form.elements[name];
      if (!field || !field.value) {
        return all;
      }
      // A number is written with its dash, as the server will write it (WH/T 203-2026 → WH/T 203—2026).
      return name === 'number' ? field.value.trim().replace(/\s*[-\uFF0D\u2010-\u2015\u2212~]+\s*(?=\d{4}$)/, '\u2014')
        : field.type === 'datetime-local' ? field.value.replace('T', ' ') : field.value;
    });
  }
  var english = (document.documentElement.lang || '').indexOf('en') === 0;
  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var button = event.submitter;
    var title = attr(button, form, 'data-confirm-title');
    if (!title || form.querySelector('input[name=confirmed]') || (button && button.hasAttribute('data-no-confirm'))) {
      return;
    }
    event.preventDefault();
    var dialog = element('dialog', 'confirm-dialog');
    dialog.setAttribute('aria-labelledby', 'confirm-dialog-title');
    var heading = element('h2', null, filled(title, form));
    heading.id = 'confirm-dialog-title';
    dialog.appendChild(heading);
    dialog.appendChild(element('p', 'confirm-what', filled(attr(button, form, 'data-confirm-what'), form)));
    var notifies = attr(button, form, 'data-confirm-notifies');
    if (notifies) {
      var p = element('p', 'confirm-notifies');
      p.appendChild(element('strong', null, english ? 'Notifies: ' : '将通知：'));
      p.appendChild(document.createTextNode(notifies));
      dialog.appendChild(p);
    }
    var buttons = element('div', 'buttons');
    var ok = element('button', 'primary', attr(button, form, 'data-confirm-button') || (english ? 'Confirm' : '确认'));
    ok.type = 'button';
    ok.id = 'confirm-dialog-ok';
    var cancel = element('button', null, english ? 'Cancel' : '取消');
    cancel.type = 'button';
    cancel.id = 'confirm-dialog-cancel';
    buttons.appendChild(ok);
    buttons.appendChild(cancel);
    dialog.appendChild(buttons);
    document.body.appendChild(dialog);
    cancel.addEventListener('click', function () { dialog.close(); });
    dialog.addEventListener('close', function () { dialog.remove(); });
    ok.addEventListener('click', function () {
      var confirmed = element('input');
      confirmed.type = 'hidden';
      confirmed.name = 'confirmed';
      confirmed.value = 'true';
      form.appendChild(confirmed);
      if (button && button.name) { // the decision the button carries (APPROVE, RETURN …)
        var chosen = element('input');
        chosen.type = 'hidden';
        chosen.name = button.name;
        chosen.value = button.value;
        form.appendChild(chosen);
      }
      ok.disabled = true;
      form.submit();
    });
    dialog.showModal();
    cancel.focus();
  });
})();
