// Makes the demo page an offline web app: registers the service worker that build/web/dist/sw.js holds
// (written by web/tools/make-sw.mjs at build time). Only the demo page loads this module; the widget itself
// never registers a service worker on a host page. An external module, so the page works under a strict CSP.
if ('serviceWorker' in navigator) {
  // After the load event, so installing (which downloads every asset once) never competes with the first visit.
  const register = () => navigator.serviceWorker.register(new URL('sw.js', import.meta.url),
    { scope: new URL('./', import.meta.url).pathname })
    .catch((error) => console.warn('[trigger-point-locator demo] offline mode unavailable:', error.message));
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
