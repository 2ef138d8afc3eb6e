// Starts the events file while the app's code loads; the app's fetch (same mode and
// credentials) takes it over. Which addresses: src/state/fetch.ts.
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

// From a folder (file:) no module script runs and the page would stay blank; this
// classic script does: file-page.js, fetched only then, says why and what to do.
if (location.protocol === 'file:') {
  var explain = document.createElement('script');
  explain.src = './file-page.js';
  document.head.appendChild(explain);
}
