// The notice "正在发布标准…" (fragments.html): follows publication's progress and, once it is done, shows the page
// again so the catalog lists what was published. Without script the notice asks the reader to reload.
(function () {
  var notice = document.getElementById('publishing');
  if (!notice || !window.fetch) {
    return;
  }
  var url = notice.getAttribute('data-progress');
  var text = document.getElementById('publishing-text');
  var bar = document.getElementById('publishing-bar');
  function poll() {
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) {
          window.setTimeout(poll, 10000);
          return;
        }
        if (!p.active) {
          // Done: the page again, now with the standards (a form being filled in elsewhere is not reloaded).
          if (!document.querySelector('main form textarea, main form input[type=text]:not([type=search])')) {
            window.location.reload();
          }
          return;
        }
        text.textContent = p.message;
        bar.value = p.percent;
        window.setTimeout(poll, 3000);
      })
      .catch(function () { window.setTimeout(poll, 10000); });
  }
  window.setTimeout(poll, 3000);
})();
