// The few scripts the pages use; every page works without them.
(function () {
  'use strict';

  // "Kopiér link": copy the calendar URL and say so in the status line.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    var input = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(input.id + '-status');
    var done = function () {
      if (status) {
        status.textContent = button.getAttribute('data-copied');
      }
    };
    input.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () {
        document.execCommand('copy');
        done();
      });
    } else {
      document.execCommand('copy');
      done();
    }
  });

  // After htmx replaces part of a page, move focus to its message so it is read out and keyboard
  // users stay where they were.
  document.addEventListener('htmx:afterSettle', function (event) {
    var message = event.detail.elt && event.detail.elt.querySelector
      ? event.detail.elt.querySelector('[data-focus]') : null;
    var target = message || document.querySelector('[data-focus]');
    if (target) {
      target.focus();
    }
  });

  // A form with errors: focus the summary at its top.
  var summary = document.getElementById('fejlopsummering');
  if (summary) {
    summary.focus();
  }
})();
