// "Nothing you select leaves your device": using the demo makes no request to any other origin, sets no
// cookie, and the widget stores nothing (no localStorage, sessionStorage, IndexedDB or Cache Storage of its own).
// The only storage allowed is the demo's service worker cache, and that holds only the site's own assets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, clickBody, panelText } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

// Runs in every page before its scripts: records any use of the page's own storage APIs, so that storage
// written and then cleared again is still caught (the service worker has its own global and is not counted).
function recordStorageUse() {
  const used = [];
  Object.defineProperty(window, '__storageUse', { value: used });
  const wrap = (target, names, label) => {
    for (const name of names) {
      const original = target[name];
      if (typeof original !== 'function') continue;
      target[name] = function (...args) {
        used.push(`${label}.${name}(${String(args[0] ?? '').slice(0, 60)})`);
        return original.apply(this, args);
      };
    }
  };
  wrap(Storage.prototype, ['setItem', 'getItem', 'removeItem', 'clear', 'key'], 'Storage');
  wrap(IDBFactory.prototype, ['open', 'deleteDatabase'], 'indexedDB');
  wrap(CacheStorage.prototype, ['open', 'match', 'has', 'delete', 'keys'], 'caches');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { used.push('document.cookie read'); return cookie.get.call(this); },
    set(value) { used.push(`document.cookie = ${String(value).slice(0, 60)}`); cookie.set.call(this, value); },
  });
}

test('using the demo sends nothing to any other origin and leaves no cookie or stored data behind', async () => {
  const origin = new URL(env.url).origin;
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const elsewhere = [];
    const requests = [];
    // context-wide: the page's requests and, in Chromium, the service worker's too.
    context.on('request', (request) => {
      requests.push(request.url());
      const url = new URL(request.url());
      if (url.origin !== origin) elsewhere.push(`${request.method()} ${request.url()} (${request.resourceType()})`);
    });
    await context.addInitScript(recordStorageUse);
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', (error) => page.errors.push(error.message));
    page.on('websocket', (socket) => elsewhere.push(`websocket ${socket.url()}`));
    await page.goto(env.url);
    await page.waitForFunction(() => document.querySelector('trigger-point-locator')?.shadowRoot?.querySelector('.stage.ready'));

    // A visitor's session: a few points on the front and the back, a result opened, a refinement, a warning sign.
    await clickBody(page, 0.6, 0.58);
    await clickBody(page, 0.4, 0.3);
    await page.locator('trigger-point-locator button[data-view="back"]').click();
    await clickBody(page, 0.38, 0.83);
    await clickBody(page, 0.45, 0.375);
    const panel = page.locator('trigger-point-locator section.panel');
    assert.match(await panelText(page), /Lower calf \(left\)/);
    assert.ok(await panel.locator('.result').count() > 1);
    await panel.locator('.result .row').nth(1).click();
    await panel.locator('.refine input').first().check();
    await panel.locator('.red-flags li').first().getByRole('button', { name: 'No' }).click();
    // Let the demo's service worker install, so its requests are among those checked.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForTimeout(300);

    assert.ok(requests.some((url) => url.endsWith('/tpl-core.wasm')), 'requests were observed');
    assert.deepEqual(elsewhere, [], 'requests to another origin');
    assert.deepEqual(await context.cookies(), [], 'cookies');
    const stored = await page.evaluate(async () => ({
      used: [...window.__storageUse],
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
    }));
    // The recorder's own reads above (document.cookie, storage lengths) come after this snapshot of its log.
    assert.deepEqual(stored, { used: [], cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [] });

    // Cache Storage holds only the offline app's own cache, with only same-origin assets in it.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      return { names, urls: (await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))).flat() };
    });
    assert.ok(cached.names.every((name) => /^tpl-offline-[0-9.]+-[0-9a-f]{16}$/.test(name)), cached.names.join(', '));
    assert.deepEqual(cached.urls.filter((url) => new URL(url).origin !== origin), []);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
