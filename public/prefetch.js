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
