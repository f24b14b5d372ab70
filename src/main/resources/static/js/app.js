// Mentorordning's small amount of script. No inline script anywhere (CSP, WS2).
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // WS1: htmx requests that change something carry the CSRF token as a header.
  document.body.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c && event.detail.verb !== 'get') {
      event.detail.headers[c.header] = c.token;
    }
  });

  // AS6: warn two minutes before the idle timeout and offer to stay signed in.
  var warning = document.getElementById('session-warning');
  if (warning && warning.dataset.idleSeconds) {
    var idleMs = parseInt(warning.dataset.idleSeconds, 10) * 1000;
    var warnBeforeMs = Math.min(120000, idleMs / 2);
    var timer;
    var schedule = function () {
      clearTimeout(timer);
      warning.hidden = true;
      timer = setTimeout(function () {
        warning.hidden = false;
        document.getElementById('session-extend').focus();
      }, idleMs - warnBeforeMs);
    };
    document.getElementById('session-extend').addEventListener('click', function (event) {
      var c = csrf();
      var headers = {};
      if (c) { headers[c.header] = c.token; }
      fetch(event.target.dataset.url, { method: 'POST', headers: headers, credentials: 'same-origin' })
        .then(function (response) {
          if (response.ok) { schedule(); } else { window.location.reload(); }
        });
    });
    schedule();
  }

  // WCAG 1.4.10: below 992 px the menu and "Log af" live in DKFDS's mobile drawer, opened by the Menu button.
  if (window.DKFDS && document.querySelector('.js-menu-open')) {
    new window.DKFDS.Navigation().init();
  }

  // IN1: after a failed submit, move focus to the error summary so screen readers announce it.
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }

  // Confirmation for buttons that need it (data-confirm), without inline handlers.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
    });
  });
})();
