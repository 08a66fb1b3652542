// The widget as embedders use it: the JS API and events, attributes (good and bad), the iframe embed page, two
// widgets on one page, the URL hash, and axe-core on the demo and embed pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { start, open, clickBody, panelText, screenshotPath, dist, axeViolations, tickInList } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('API calls made while the widget starts are made once it is ready, the latest winning', async () => {
  const page = await env.browser.newPage();
  // One call as soon as the element exists, another in the step where the map has drawn but the panel has not
  // rendered yet: the later one must not be undone by the earlier.
  await page.addInitScript(() => {
    customElements.whenDefined('trigger-point-locator').then(() => {
      const el = document.querySelector('trigger-point-locator');
      el.select(['heel_left']);
      new MutationObserver((changes, observer) => {
        if (!el.shadowRoot.querySelector('.stage.drawn')) return;
        observer.disconnect();
        window.calledWhileStarting = !el.shadowRoot.querySelector('.result, .panel h2') || 'panel already rendered';
        el.select(['calf_lower_left']);
      }).observe(el.shadowRoot, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
  });
  await page.goto(env.url);
  await page.locator('trigger-point-locator .result').first().waitFor();
  assert.equal(await page.evaluate(() => window.calledWhileStarting), true);
  assert.deepEqual(await page.locator('trigger-point-locator').evaluate((el) => el.selection), ['calf_lower_left']);
  await page.close();
});

test('the JS API selects, clears and switches views; events carry the results', async () => {
  const page = await open(env.browser, env.url);
  const widget = page.locator('trigger-point-locator');
  const detail = await widget.evaluate((el) => new Promise((resolve) => {
    el.addEventListener('tpl-results', (event) => resolve(event.detail), { once: true });
    el.select(['heel_left', 'achilles_left']);
  }));
  assert.deepEqual(detail.selected.map((r) => r.id), ['heel_left', 'achilles_left']);
  assert.equal(detail.results[0].trigger_point_id, 'soleus_lower');
  assert.ok(Array.isArray(detail.red_flags) && detail.red_flags.length > 0);
  assert.deepEqual(await widget.evaluate((el) => el.selection), ['heel_left', 'achilles_left']);
  assert.equal(await widget.evaluate((el) => { el.view = 'back'; return el.view; }), 'back');
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  assert.equal(await widget.evaluate((el) => { el.view = 'upside_down'; return el.view; }), 'back');
  await widget.evaluate((el) => el.select(['heel_left', 'no_such_region']));
  assert.deepEqual(await widget.evaluate((el) => el.selection), ['heel_left']);
  await widget.evaluate((el) => el.clear());
  assert.deepEqual(await widget.evaluate((el) => el.selection), []);
  assert.ok(warnings.some((w) => w.includes('unknown view "upside_down"')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('no_such_region')), warnings.join('\n'));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the region list works with the keyboard alone, a stop per body area until one is opened', async () => {
  const page = await open(env.browser, env.url);
  const list = page.locator('trigger-point-locator .region-list');
  await list.locator(':scope > summary').focus();
  await page.keyboard.press('Enter');
  const focused = () => page.locator('trigger-point-locator').evaluate((el) => {
    const node = el.shadowRoot.activeElement;
    return node?.dataset.region ?? node?.textContent ?? '';
  });
  // Tab to the ankle and foot, open it, tab to the left heel and tick it.
  let stops = 0;
  while ((await focused()) !== 'Ankle and foot' && stops < 40) { await page.keyboard.press('Tab'); stops += 1; }
  const areas = await list.locator('details.area').count();
  assert.ok(areas > 10 && stops <= areas, `one stop per body area (${stops} of ${areas})`);
  await page.keyboard.press('Enter');
  while ((await focused()) !== 'heel_left' && stops < 60) { await page.keyboard.press('Tab'); stops += 1; }
  assert.equal(await focused(), 'heel_left');
  await page.keyboard.press('Space');
  assert.match(await panelText(page), /Soleus \(left\)/);
  assert.equal(await page.locator('trigger-point-locator').evaluate((el) => el.view), 'back');
  // On from the ticked box, the rest of the list is a few stops, not every region of the body.
  const before = stops;
  while (!(await page.locator('trigger-point-locator').evaluate((el) => Boolean(el.shadowRoot.activeElement?.closest('.panel')))) && stops < 200) {
    await page.keyboard.press('Tab');
    stops += 1;
  }
  assert.ok(stops - before < 30, `${stops - before} stops from the ticked box to the results`);
  await page.close();
});

test('clinic attributes, a refused javascript: link and an unknown language', async () => {
  const file = join(dist, 'test-attributes.html');
  writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
    <script type="module" src="trigger-point-locator.js"></script></head><body><main>
    <trigger-point-locator id="good" clinic-name="Calm Hands Massage" booking-url="https://example.org/book" phone="+1 555 0100"></trigger-point-locator>
    <trigger-point-locator id="bad" lang="xx" booking-url="javascript:alert(1)"></trigger-point-locator>
    </main></body></html>`);
  try {
    const page = await env.browser.newPage();
    const warnings = [];
    page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    page.errors = [];
    page.on('pageerror', (error) => page.errors.push(error.message));
    await page.goto(`${env.url}test-attributes.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('trigger-point-locator')].every((el) => el.shadowRoot.querySelector('.stage.ready')));
    const good = page.locator('#good aside.professional');
    assert.match(await good.innerText(), /Calm Hands Massage/);
    assert.equal(await good.locator('a[href="https://example.org/book"]').count(), 1);
    assert.equal(await good.locator('a[href="tel:+15550100"]').count(), 1);
    const bad = page.locator('#bad aside.professional');
    assert.equal(await bad.locator('a').count(), 0);
    assert.match(await bad.innerText(), /Find a qualified therapist/);
    assert.ok(warnings.some((w) => w.includes('javascript:alert(1)') && w.includes('refused')), warnings.join('\n'));
    assert.ok(warnings.some((w) => w.includes('language "xx" is not available')), warnings.join('\n'));
    assert.deepEqual(page.errors, []);
    await page.close();
  } finally {
    rmSync(file);
  }
});

test('two widgets on one page work independently, in their own languages', async () => {
  const file = join(dist, 'test-two.html');
  writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
    <script type="module" src="trigger-point-locator.js"></script></head><body><main>
    <div style="width:600px"><trigger-point-locator id="one"></trigger-point-locator></div>
    <div style="width:600px"><trigger-point-locator id="two" lang="es"></trigger-point-locator></div>
    </main></body></html>`);
  try {
    const page = await env.browser.newPage({ viewport: { width: 700, height: 900 } });
    await page.goto(`${env.url}test-two.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('trigger-point-locator')].every((el) => el.shadowRoot.querySelector('.stage.ready')));
    // Click the second widget's canvas: only the second one selects.
    const second = page.locator('#two');
    await second.locator('button[data-view="back"]').click();
    await second.scrollIntoViewIfNeeded();
    const box = await second.locator('canvas').boundingBox();
    const h = box.height - 16, w = Math.min(box.width - 16, h * 0.5);
    const frameH = w / 0.5;
    await page.mouse.click(box.x + (box.width - w) / 2 + 0.38 * w, box.y + (box.height - frameH) / 2 + 0.83 * frameH);
    assert.match(await second.locator('section.panel').innerText(), /Sóleo/);
    assert.deepEqual(await page.locator('#one').evaluate((el) => el.selection), []);
    assert.equal(await page.locator('#one').evaluate((el) => el.view), 'front');
    await page.close();
  } finally {
    rmSync(file);
  }
});

test('each language loads its own data bundle; switching lang later loads the other and keeps the selection', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const bundles = [];
  page.on('request', (request) => {
    const match = /tpl-data\.(\w+)\.json$/.exec(request.url());
    if (match) bundles.push(match[1]);
  });
  await page.goto(`${env.url}#regions=heel_left`);
  await page.locator('trigger-point-locator .result').first().waitFor();
  assert.deepEqual(bundles, ['en']);
  const widget = page.locator('trigger-point-locator');
  await widget.evaluate((el) => el.setAttribute('lang', 'es'));
  await page.waitForFunction(() => /Sóleo \(lado izquierdo\)/.test(
    document.querySelector('trigger-point-locator').shadowRoot.querySelector('section.panel').innerText));
  assert.deepEqual(bundles, ['en', 'es']);
  assert.deepEqual(await widget.evaluate((el) => el.selection), ['heel_left']);
  await widget.evaluate((el) => el.setAttribute('lang', 'en'));
  await page.waitForFunction(() => /Soleus \(left\)/.test(
    document.querySelector('trigger-point-locator').shadowRoot.querySelector('section.panel').innerText));
  assert.deepEqual(bundles, ['en', 'es', 'en']);
  // Two switches at once, the second while the first's bundle is still loading: the last one asked for is the one
  // that stays.
  const spanishLoaded = page.waitForResponse(/tpl-data\.es\.json$/);
  await widget.evaluate((el) => { el.setAttribute('lang', 'es'); el.setAttribute('lang', 'en'); });
  await spanishLoaded;
  await page.waitForTimeout(1000);
  assert.match(await page.locator('trigger-point-locator section.panel').innerText(), /Soleus \(left\)/);
  await page.close();
});

test('without WebAssembly the same core runs as JavaScript: the map, the region list and the results work', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto(env.url);
  await page.locator('trigger-point-locator .stage.ready').waitFor({ timeout: 30000 });
  assert.equal(await page.locator('trigger-point-locator .stage.no-map').count(), 0);
  await page.locator('trigger-point-locator button[data-view="back"]').click();
  await clickBody(page, 0.38, 0.83);
  assert.match(await panelText(page), /Soleus \(left\)/);
  await tickInList(page, 'heel_right');
  assert.match(await panelText(page), /Soleus \(right\)/);
  // The widget asked for the JavaScript core and never for the wasm it cannot use (the demo page preloads neither).
  assert.ok(requests.includes('/tpl-core.asm.js'), requests.join(' '));
  assert.ok(!requests.includes('/tpl-core.wasm'), requests.join(' '));
  assert.deepEqual(page.errors, []);
  await page.screenshot({ path: screenshotPath('no-webassembly-desktop.png') });
  await page.close();
});

test('the iframe embed page takes its settings from the query and keeps the selection in the hash', async () => {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(`${env.url}embed.html?clinic-name=Calm%20Hands&booking-url=https://example.org/b&lang=es#regions=heel_left`);
  await page.waitForFunction(() => document.querySelector('trigger-point-locator')?.shadowRoot?.querySelector('.stage.ready'));
  const panel = page.locator('trigger-point-locator section.panel');
  await panel.locator('.result').first().waitFor();
  assert.match(await panel.innerText(), /Sóleo/);
  assert.match(await panel.innerText(), /Calm Hands/);
  await page.locator('trigger-point-locator').evaluate((el) => el.select(['heel_left', 'arch_left']));
  assert.equal(new URL(page.url()).hash, '#regions=heel_left,arch_left');
  await page.reload();
  await page.waitForFunction(() => document.querySelector('trigger-point-locator')?.shadowRoot?.querySelector('.result'));
  assert.deepEqual(await page.locator('trigger-point-locator').evaluate((el) => el.selection), ['heel_left', 'arch_left']);
  await page.screenshot({ path: screenshotPath('embed-desktop.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath('embed-phone.png'), fullPage: true });
  await page.close();
});

test('axe-core finds no violations on the demo page and the embed page, with results shown', async () => {
  for (const path of ['', 'embed.html']) {
    const page = await open(env.browser, `${env.url}${path}#regions=calf_lower_left`);
    await page.locator('trigger-point-locator .result').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], `page /${path}`);
    await page.close();
  }
});

// Without WebGL, SDL falls back to its software renderer on a 2D canvas and the map still draws; with no
// drawing context at all the map gives way to a message.
test('without any canvas drawing the map gives way to a clear message; the region list and results still work', async () => {
  const page = await env.browser.newPage();
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.getContext = () => null;
  });
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(env.url);
  const stage = page.locator('trigger-point-locator .stage.no-map');
  await stage.waitFor();
  assert.match(await stage.innerText(), /WebGL/);
  await tickInList(page, 'heel_left');
  assert.match(await panelText(page), /Soleus \(left\)/);
  assert.equal(await page.locator('trigger-point-locator button.show').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("without WebGL the map still draws, with the JavaScript core and SDL's software renderer", async () => {
  const page = await env.browser.newPage();
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return /webgl/i.test(type) ? null : original.call(this, type, ...rest);
    };
  });
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(env.url);
  await page.locator('trigger-point-locator .stage.ready').waitFor();
  // The wasm core draws with WebGL alone; the JavaScript one carries the software renderer. (The wasm core is asked
  // for before the widget knows WebGL is missing, and then called off.)
  assert.ok(requests.includes('/tpl-core.asm.js'), requests.join(' '));
  assert.equal(await page.locator('trigger-point-locator .stage.no-map').count(), 0);
  await page.locator('trigger-point-locator button[data-view="back"]').click();
  await clickBody(page, 0.38, 0.83);
  assert.match(await panelText(page), /Soleus \(left\)/);
  await page.waitForTimeout(100);
  // The body is really drawn: a good share of the canvas differs from its background corner.
  const drawnShare = await page.evaluate(() => {
    const canvas = document.querySelector('trigger-point-locator').shadowRoot.querySelector('canvas');
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let differing = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 30) ++differing;
    }
    return differing / (data.length / 4);
  });
  assert.ok(drawnShare > 0.1, `only ${drawnShare} of the canvas is drawn`);
  // Calling off the wasm download is no error.
  assert.deepEqual(page.errors, []);
  await page.locator('trigger-point-locator .stage').screenshot({ path: screenshotPath('software-renderer-desktop.png') });
  await page.close();
});

test('the print view lists the areas with CHOIR codes and the candidate muscles', async () => {
  const page = await open(env.browser, `${env.url}#regions=calf_lower_left,heel_left`, { width: 900, height: 1100 });
  await page.locator('trigger-point-locator .result').first().waitFor();
  await page.locator('trigger-point-locator button.print').click();
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('trigger-point-locator .print-summary');
  const text = await summary.innerText();
  assert.match(text, /Lower calf \(left\) \(229\)/);
  assert.match(text, /Heel \(left\) \(233\)/);
  assert.match(text, /Soleus \(left\): Lower soleus point/);
  assert.equal(await page.locator('trigger-point-locator .layout').isVisible(), false);
  await page.screenshot({ path: screenshotPath('print-view-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath('print-view-phone.png'), fullPage: true });
  await page.close();
});

test("the widget leaves no listeners on the host page's document or window", async () => {
  const page = await open(env.browser, env.url);
  const cdp = await page.context().newCDPSession(page);
  const listeners = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return found.map((listener) => listener.type);
  };
  // (The window also has the demo page's own `hashchange` and listeners that Playwright itself adds.)
  const onDocument = await listeners('document');
  const onWindow = await listeners('window');
  assert.deepEqual(onDocument, [], `listeners on the document: ${onDocument.join(' ')}`);
  for (const type of ['focus', 'blur', 'resize', 'beforeunload']) {
    assert.ok(!onWindow.includes(type), `window has a ${type} listener: ${onWindow.join(' ')}`);
  }
  // On its own canvas, only the widget's pointer listeners: no second input path through SDL's mouse, touch and
  // key listeners.
  const onCanvas = await listeners("document.querySelector('trigger-point-locator').shadowRoot.querySelector('canvas')");
  assert.deepEqual(onCanvas.sort(), ['pointerdown', 'pointerleave', 'pointermove']);
  // The map still answers the mouse (through the widget's own listeners on its canvas).
  await page.locator('trigger-point-locator button[data-view="back"]').click();
  await clickBody(page, 0.38, 0.83);
  assert.match(await panelText(page), /Soleus \(left\)/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('events mean change: tpl-ready fires once, tpl-results only when the selection or an answer changes', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Counts from before the widget's module runs, so nothing at start-up is missed.
  await page.addInitScript(() => {
    window.counts = { ready: 0, results: 0 };
    document.addEventListener('tpl-ready', () => { window.counts.ready += 1; });
    document.addEventListener('tpl-results', () => { window.counts.results += 1; });
  });
  await page.goto(env.url);
  await page.locator('trigger-point-locator .stage.ready').waitFor();
  await page.waitForTimeout(300);
  const counts = () => page.evaluate(() => ({ ...window.counts }));
  assert.deepEqual(await counts(), { ready: 1, results: 0 }, 'nothing but tpl-ready at start-up');
  const widget = page.locator('trigger-point-locator');
  await widget.evaluate((el) => { el.view = 'back'; });
  assert.equal((await counts()).results, 0, 'a view change is not a result change');
  await clickBody(page, 0.38, 0.83);
  assert.equal((await counts()).results, 1, 'a click on the body');
  await widget.evaluate((el) => el.select(el.selection));
  assert.equal((await counts()).results, 1, 'the same selection again is no change');
  await page.locator('trigger-point-locator .red-flags li').first().getByRole('button', { name: 'No' }).click();
  assert.equal((await counts()).results, 2, 'an answer');
  await widget.evaluate((el) => el.clear());
  assert.equal((await counts()).results, 3, 'clear() from the API');
  assert.equal((await counts()).ready, 1);
  await page.close();
});

test('a language whose bundle fails to load leaves the language and the state as they were, with the error shown', async () => {
  // No service worker: the demo's would answer from its cache, past the failing route.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/tpl-data.es.json', (route) => route.fulfill({ status: 500, body: 'down' }));
  await page.goto(`${env.url}#regions=heel_left`);
  await page.locator('trigger-point-locator .result').first().waitFor();
  const widget = page.locator('trigger-point-locator');
  await widget.evaluate((el) => { el.view = 'back'; });
  await widget.evaluate((el) => el.setAttribute('lang', 'es'));
  const notice = page.locator('trigger-point-locator .notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not be loaded/);
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.match(await panelText(page), /Soleus \(left\)/);
  assert.deepEqual(await widget.evaluate((el) => el.selection), ['heel_left']);
  assert.equal(await widget.evaluate((el) => el.view), 'back');
  // The map still answers, in English.
  await clickBody(page, 0.38, 0.83);
  assert.match(await panelText(page), /Lower calf \(left\)/);
  await context.close();
});

test('the view row takes arrow keys, Home, End and Escape as the native window does: the core decides', async () => {
  const page = await open(env.browser, env.url);
  const widget = page.locator('trigger-point-locator');
  await widget.evaluate((el) => el.select(['heel_left']));
  await page.locator('trigger-point-locator button[data-view="front"]').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await widget.evaluate((el) => el.view), 'back');
  const focused = () => widget.evaluate((el) => el.shadowRoot.activeElement?.dataset.view);
  assert.equal(await focused(), 'back', 'focus follows the view');
  await page.keyboard.press('End');
  const views = await page.locator('trigger-point-locator button[data-view]').evaluateAll((buttons) => buttons.map((b) => b.dataset.view));
  assert.equal(await widget.evaluate((el) => el.view), views.at(-1));
  await page.keyboard.press('ArrowRight');
  assert.equal(await widget.evaluate((el) => el.view), views[0], 'it wraps round');
  await page.keyboard.press('Escape');
  assert.deepEqual(await widget.evaluate((el) => el.selection), []);
  assert.deepEqual(page.errors, []);
  await page.close();
});
