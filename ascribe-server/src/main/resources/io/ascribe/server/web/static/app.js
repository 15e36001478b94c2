// Ascribe web UI: small behaviours that need script. No inline scripts anywhere (the CSP forbids
// them); everything here uses textContent, never innerHTML, for text that came from a response.
(function () {
  'use strict';

  function toast(message) {
    var box = document.getElementById('toast');
    if (!box) {
      box = document.createElement('div');
      box.id = 'toast';
      box.setAttribute('role', 'alert');
      document.body.appendChild(box);
    }
    box.textContent = message;
    box.className = 'show';
    window.clearTimeout(box._timer);
    box._timer = window.setTimeout(function () { box.className = ''; }, 6000);
  }

  function textOf(html) {
    var doc = new DOMParser().parseFromString(html || '', 'text/html');
    return (doc.body.textContent || '').trim();
  }

  document.addEventListener('htmx:responseError', function (e) {
    var xhr = e.detail.xhr;
    toast(textOf(xhr.responseText) || ('Request failed (' + xhr.status + ')'));
  });
  document.addEventListener('htmx:sendError', function () {
    toast('The server cannot be reached.');
  });

  // Buttons show that their form is on its way (attribution can take a second or two).
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.method && form.method.toLowerCase() === 'post' && !form.hasAttribute('hx-post')) {
      var button = e.submitter;
      if (button && button.classList.contains('primary')) {
        button.classList.add('busy');
      }
    }
  });
})();
