/* "Leave this site": replace the current page with a neutral site, so the Back button does not
   return here. Works with the button, or by pressing Escape twice within a second.
   Without JavaScript the plain link in the same box still leaves the site. */
(function () {
  'use strict';

  var box = document.querySelector('[data-leave-site-url]');
  if (!box) { return; }
  var url = box.getAttribute('data-leave-site-url');
  var button = box.querySelector('button');
  var link = box.querySelector('a');
  if (!url || !button) { return; }

  function leave(event) {
    if (event) { event.preventDefault(); }
    // Hide the page at once, in case the next site is slow to load.
    document.documentElement.style.visibility = 'hidden';
    document.title = 'Loading';
    window.location.replace(url);
  }

  button.hidden = false;
  if (link) { link.hidden = true; }
  button.addEventListener('click', leave);

  var lastEscape = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') { return; }
    var now = Date.now();
    if (now - lastEscape < 1000) {
      leave(event);
    } else {
      lastEscape = now;
    }
  });

  // If the browser brings this page back from its cache (Back button), show it again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) { document.documentElement.style.visibility = ''; }
  });
})();
