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

  // "Udskriv": the printable attendance list (its print styles leave out the page's frame).
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });

  // The network editor: a municipality moves to another network by drag-and-drop or by its select;
  // either way the select says where it is (it is what the form sends) and each network's size is
  // checked against the programme's bounds at once.
  var editor = document.querySelector('.app-network-editor');
  if (editor) {
    var min = parseInt(editor.getAttribute('data-min'), 10);
    var max = parseInt(editor.getAttribute('data-max'), 10);
    var lists = editor.querySelectorAll('.app-network-members');
    var sizeText = function (count) {
      var text = count === 0 ? editor.getAttribute('data-size-none')
        : count === 1 ? editor.getAttribute('data-size-one')
          : editor.getAttribute('data-size-many').replace('#', count);
      return count < min || count > max ? text + editor.getAttribute('data-size-outside') : text;
    };
    var checkSizes = function () {
      lists.forEach(function (list) {
        var network = list.closest('.app-network');
        var count = list.querySelectorAll('.app-member').length;
        var invalid = count < min || count > max;
        network.classList.toggle('app-network-invalid', invalid);
        var size = network.querySelector('.app-network-size');
        var text = sizeText(count);
        if (size.textContent !== text) {
          size.textContent = text;
        }
      });
    };
    var moveTo = function (member, index) {
      var target = editor.querySelector('.app-network-members[data-network="' + index + '"]');
      if (target && member.parentNode !== target) {
        target.appendChild(member);
      }
      var select = member.querySelector('select');
      if (select) {
        select.value = String(index);
      }
      checkSizes();
    };
    editor.addEventListener('change', function (event) {
      var member = event.target.closest('.app-member');
      if (member && event.target.tagName === 'SELECT') {
        moveTo(member, event.target.value);
        event.target.focus();
      }
    });
    editor.addEventListener('dragstart', function (event) {
      var member = event.target.closest('.app-member');
      if (member) {
        event.dataTransfer.setData('text/plain', member.getAttribute('data-municipality'));
        event.dataTransfer.effectAllowed = 'move';
      }
    });
    lists.forEach(function (list) {
      list.addEventListener('dragover', function (event) {
        event.preventDefault();
        list.classList.add('app-drop-target');
      });
      list.addEventListener('dragleave', function () {
        list.classList.remove('app-drop-target');
      });
      list.addEventListener('drop', function (event) {
        event.preventDefault();
        list.classList.remove('app-drop-target');
        var code = event.dataTransfer.getData('text/plain');
        var member = editor.querySelector('.app-member[data-municipality="' + code + '"]');
        if (member) {
          moveTo(member, list.getAttribute('data-network'));
        }
      });
    });
  }

  // A form with errors: focus the summary at its top.
  var summary = document.getElementById('fejlopsummering');
  if (summary) {
    summary.focus();
  }
})();
