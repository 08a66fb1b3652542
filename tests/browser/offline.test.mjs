// The demo page as an offline web app: the service worker (build/web/dist/sw.js, written by web/tools/make-sw.mjs)
// precaches every asset (but the core the browser does not use), the demo works with the network and the server
// gone, a new release replaces the old cache by itself, the manifest and icons make it installable, and the widget
// alone never registers a worker.
// Every test uses a fresh browser context (its own service workers and caches).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, clickBody, panelText, dist, repo } from './harness.mjs';
import { serve } from '../../web/tools/serve.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

const leftCalfOnBackView = [0.38, 0.83];

// The cache name and asset list a dist folder's sw.js was generated with.
function workerOf(root) {
  const source = readFileSync(join(root, 'sw.js'), 'utf8');
  return { cache: /const CACHE = "([^"]+)"/.exec(source)[1], assets: JSON.parse(/const ASSETS = (\[[\s\S]*?\]);/.exec(source)[1]) };
}

async function newPage(context) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  return page;
}

const ready = (page) => page.waitForFunction(() => document.querySelector('trigger-point-locator')?.shadowRoot
  ?.querySelector('.stage.ready, .stage.failed'), null, { timeout: 10000 });

// Resolves to the controlling worker's script URL once a service worker controls the page.
async function controlled(page) {
  const scriptURL = page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return navigator.serviceWorker.controller.scriptURL;
  });
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker took control within 10 s')), 10000).unref());
  return Promise.race([scriptURL, timeout]);
}

const cacheKeys = (page) => page.evaluate(() => caches.keys());

// The paths (relative to `url`) held in the cache `name`, sorted.
const cachedPaths = async (page, name, url) => (await page.evaluate(async (cacheName) =>
  (await (await caches.open(cacheName)).keys()).map((request) => request.url), name)).map((href) => href.slice(url.length)).sort();

async function stopServer(server, url) {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await assert.rejects(fetch(url), 'the server is really gone');
}

async function soleusOnLeftCalf(page) {
  await page.locator('trigger-point-locator button[data-view="back"]').click();
  await clickBody(page, ...leftCalfOnBackView);
  assert.match(await panelText(page), /Soleus \(left\)/);
}

test('offline with the server stopped, the demo reloads from the service worker and still answers a click', async () => {
  const { server, url } = await serve(dist, 0);  // its own server, so that it can be stopped
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await newPage(context);
    await page.goto(url);
    await ready(page);
    assert.equal(await controlled(page), `${url}sw.js`);
    const { cache, assets } = workerOf(dist);
    assert.match(cache, /^tpl-offline-[0-9.]+-[0-9a-f]{16}$/);  // the release's version, then its content hash
    assert.deepEqual(await cacheKeys(page), [cache]);
    for (const required of ['index.html', 'tpl-core.wasm', 'tpl-data.en.json', 'tpl-data.es.json', 'tpl-core.asm.js', 'manifest.webmanifest', 'icons/icon-512.png']) {
      assert.ok(assets.includes(required), required);
    }
    assert.deepEqual(await cachedPaths(page, cache, url), assets.filter((path) => path !== 'tpl-core.asm.js'),
      'every asset is precached but the JavaScript core, which a browser with WebAssembly never loads');

    await context.setOffline(true);
    await stopServer(server, url);
    // Chromium fetches the tab's favicon itself, outside the page's service worker: its failing offline is harmless.
    const favicon = `${url}icons/icon.svg`;
    const fromNetwork = [];
    page.on('response', (response) => { if (!response.fromServiceWorker() && response.url() !== favicon) fromNetwork.push(response.url()); });
    page.on('requestfailed', (request) => { if (request.url() !== favicon) fromNetwork.push(`failed: ${request.url()} ${request.failure()?.errorText}`); });
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('trigger-point-locator .stage.ready').count(), 1, 'the widget started offline');
    // The first answer fetches the long texts: they come from the worker too (and are in before the next page).
    const texts = page.waitForEvent('requestfinished', (request) => request.url().endsWith('/tpl-texts.en.json'));
    await soleusOnLeftCalf(page);
    assert.ok((await (await texts).response()).fromServiceWorker(), 'the long texts came from the service worker');

    // A page URL with a query string (as a home-screen start URL might carry) is the cached page too.
    await page.goto(`${url}?source=homescreen#regions=heel_left`);
    await ready(page);
    await page.locator('trigger-point-locator .result').first().waitFor({ timeout: 5000 });
    assert.match(await panelText(page), /Soleus \(left\)/);
    assert.deepEqual(fromNetwork, [], 'everything came from the service worker');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    server.close();
  }
});

test('without WebAssembly the offline app caches the JavaScript core instead, and answers offline', async () => {
  // V8 without its compilers has no WebAssembly, as in browsers' locked-down modes.
  const noWasm = await start(undefined, ['--js-flags=--jitless']);
  const context = await noWasm.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await newPage(context);
    await page.goto(noWasm.url);
    await ready(page);
    assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined');
    await controlled(page);
    const { cache, assets } = workerOf(dist);
    const cached = await cachedPaths(page, cache, noWasm.url);
    assert.ok(cached.includes('tpl-core.asm.js') && !cached.includes('tpl-core.wasm'), cached.join(' '));
    assert.deepEqual(cached, assets.filter((path) => path !== 'tpl-core.wasm'));
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await soleusOnLeftCalf(page);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await noWasm.stop();
  }
});

test('a new release gets a new cache, replaces the old worker and deletes the old cache by itself', async () => {
  const root = mkdtempSync(join(tmpdir(), 'tpl-release-'));
  cpSync(dist, root, { recursive: true });
  const { server, url } = await serve(root, 0);
  const context = await env.browser.newContext();
  try {
    const page = await newPage(context);
    await page.goto(url);
    await ready(page);
    await controlled(page);
    const first = workerOf(root).cache;
    assert.deepEqual(await cacheKeys(page), [first]);

    // The next release: one asset changes, the build writes a new sw.js.
    appendFileSync(join(root, 'demo.css'), '\n/* release 2 */\n');
    const version = first.split('-')[2];  // the same release number: only the content changed
    execFileSync(process.execPath, [join(repo, 'web', 'tools', 'make-sw.mjs'), root, version]);
    const second = workerOf(root).cache;
    assert.notEqual(second, first, 'a change of content gives a new cache name');

    // A visit checks for the new worker; it installs, takes over and removes the old cache without any help.
    await page.reload();
    const deadline = Date.now() + 10000;
    let keys;
    while (JSON.stringify(keys = await cacheKeys(page)) !== JSON.stringify([second]) && Date.now() < deadline) {
      await page.waitForTimeout(100);
    }
    assert.deepEqual(keys, [second]);
    await stopServer(server, url);
    const css = await page.evaluate(() => fetch('demo.css').then((response) => response.text()));
    assert.match(css, /release 2/, 'the new release is served from the new cache');
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('trigger-point-locator .stage.ready').count(), 1);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('the widget on a host page, and the embed page, never register a service worker', async () => {
  const context = await env.browser.newContext();
  try {
    await context.route('**/host-page.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>A clinic's page</title>
      <script type="module" src="trigger-point-locator.js"></script></head>
      <body><main><trigger-point-locator></trigger-point-locator></main></body></html>` }));
    for (const path of ['host-page.html', 'embed.html']) {
      const page = await newPage(context);
      await page.goto(`${env.url}${path}`, { waitUntil: 'load' });
      await ready(page);
      await soleusOnLeftCalf(page);
      await page.waitForTimeout(500);  // the demo registers after the load event: give a worker time to appear
      const state = await page.evaluate(async () => ({
        registrations: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
        controller: navigator.serviceWorker.controller?.scriptURL ?? null,
        caches: await caches.keys(),
      }));
      assert.deepEqual(state, { registrations: [], controller: null, caches: [] }, path);
      assert.deepEqual(page.errors, [], path);
      await page.close();
    }
  } finally {
    await context.close();
  }
});

test('the demo is an installable web app: manifest, theme colour, icons (maskable within the safe zone)', async () => {
  const context = await env.browser.newContext();
  try {
    const page = await newPage(context);
    await page.goto(env.url);
    await ready(page);
    const head = await page.evaluate(() => ({
      manifest: document.querySelector('link[rel="manifest"]')?.href,
      theme: document.querySelector('meta[name="theme-color"]')?.content,
      apple: document.querySelector('link[rel="apple-touch-icon"]')?.href,
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    }));
    assert.equal(head.manifest, `${env.url}manifest.webmanifest`);
    assert.equal(head.inlineScripts, 0, 'no inline script (strict CSP)');
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.name, 'Trigger Point Locator');
    assert.ok(manifest.short_name && manifest.short_name.length <= 15, 'a short name that fits under an icon');
    assert.equal(manifest.start_url, '.');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.theme_color, head.theme);
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);

    // Chromium itself parses the manifest without complaint and finds nothing missing to install the app
    // (apart from the incognito-like test context, which no page can change).
    const cdp = await context.newCDPSession(page);
    const parsed = await cdp.send('Page.getAppManifest');
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.manifest?.startUrl, env.url);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);

    // Every icon loads at its declared size; "any" icons have transparent corners, maskable ones are full-bleed
    // with the figure inside the safe zone (nothing but background outside the centre circle of 80 % diameter).
    const icons = [...manifest.icons.filter((icon) => icon.type === 'image/png'),
      { src: new URL(head.apple, env.url).pathname.slice(1), sizes: '180x180', purpose: 'maskable' }];
    for (const purpose of ['any', 'maskable']) {
      for (const size of ['192x192', '512x512']) {
        assert.ok(icons.some((icon) => icon.purpose === purpose && icon.sizes === size), `${purpose} ${size}`);
      }
    }
    for (const icon of icons) {
      const found = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const g = canvas.getContext('2d');
        g.drawImage(image, 0, 0);
        const { data, width, height } = g.getImageData(0, 0, canvas.width, canvas.height);
        const at = (x, y) => data.slice(4 * (y * width + x), 4 * (y * width + x) + 4).join(',');
        const background = at(width >> 1, Math.round(height * 0.06));
        let outside = 0;
        for (let y = 0; y < height; ++y) {
          for (let x = 0; x < width; ++x) {
            const r = Math.hypot(x + 0.5 - width / 2, y + 0.5 - height / 2);
            if (r > 0.4 * width && at(x, y) !== background && at(x, y).split(',')[3] === '255') ++outside;
          }
        }
        return { width, height, corner: Number(at(0, 0).split(',')[3]), background, outside };
      }, icon.src);
      assert.equal(`${found.width}x${found.height}`, icon.sizes, icon.src);
      if (icon.purpose === 'maskable') {
        assert.equal(found.corner, 255, `${icon.src} is full-bleed`);
        assert.equal(found.outside, 0, `${icon.src} keeps its figure within the safe zone`);
      } else {
        assert.equal(found.corner, 0, `${icon.src} has transparent corners`);
      }
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
