// Starts reading the events file while the app's code loads: the app's own fetch of the
// same address (same mode, same credentials) takes this response over. Only the
// addresses the app would read are started (see src/state/fetch.ts).
(function () {
  var address = (new URLSearchParams(location.search).get('data') || '').trim();
  var url = new URL(address || 'data/events.json', location.href);
  if (!/^https?:$/.test(url.protocol)) return;
  var link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url.href;
  document.head.appendChild(link);
})();

// Opened from a folder (file:), the browser runs no module script, so the app never
// starts and the page would stay blank. A classic script still runs: file-page.js says
// why and what to do. Fetched only then, so that every other load stays this small.
if (location.protocol === 'file:') {
  var explain = document.createElement('script');
  explain.src = './file-page.js';
  document.head.appendChild(explain);
}
