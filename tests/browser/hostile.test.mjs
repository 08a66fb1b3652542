// Hostile input in the page: text from the data, attributes from the embedder and the URL hash are shown as
// text and never run; a truncated or corrupt data file gives the clear error state while the host page keeps
// working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { start, clickBody, panelText, dist } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

const payload = (n) => `<img src=x onerror="window.__xss=${n}"><script>window.__xss=${n}</script>`;

async function newPage() {
  const page = await env.browser.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  return page;
}

test('XSS payloads in data strings, attributes and the URL hash are shown as text and never run', async () => {
  const bundle = JSON.parse(readFileSync(join(dist, 'tpl-data.en.json'), 'utf8'));
  const leg = bundle.files['muscles/leg.json'];
  leg.muscles[0].name.en = `Soleus ${payload(1)}`;
  // The long texts come in the second part of the data.
  const texts = JSON.parse(readFileSync(join(dist, 'tpl-texts.en.json'), 'utf8'));
  texts.texts.trigger_points[leg.muscles[0].trigger_points[0].id].location.text.en = payload(2);
  const file = join(dist, 'test-hostile.html');
  writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
    <script type="module" src="demo.js"></script></head><body><main>
    <trigger-point-locator clinic-name='${payload(3).replace(/'/g, '&#39;')}' phone='${payload(4).replace(/'/g, '&#39;')}'
      booking-url="javascript:window.__xss=5"></trigger-point-locator></main></body></html>`);
  try {
    const page = await newPage();
    await page.route('**/tpl-data.en.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(bundle) }));
    await page.route('**/tpl-texts.en.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(texts) }));
    await page.goto(`${env.url}test-hostile.html#regions=heel_left,${encodeURIComponent(payload(6))}`);
    await page.locator('trigger-point-locator .result').first().waitFor();
    await page.locator('trigger-point-locator .professional a').first().click().catch(() => {});
    await page.waitForTimeout(300);
    const text = await panelText(page);
    assert.ok(text.includes('Soleus <img src=x onerror="window.__xss=1">'), 'the data string is shown as text');
    assert.ok(text.includes('<script>window.__xss=3</script>'), 'the clinic name is shown as text');
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    const injected = await page.locator('trigger-point-locator').evaluate((el) => el.shadowRoot.querySelectorAll('img, script').length);
    assert.equal(injected, 0);
    assert.deepEqual(page.errors, []);
    await page.close();
  } finally {
    rmSync(file);
  }
});

test('a truncated or corrupt data file shows the error state; the host page keeps working', async () => {
  const full = readFileSync(join(dist, 'tpl-data.en.json'), 'utf8');
  for (const [name, body] of [['truncated', full.slice(0, Math.floor(full.length / 2))], ['corrupt', 'PK\u0003\u0004 not json at all']]) {
    const page = await newPage();
    await page.route('**/tpl-data.en.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto(env.url);
    const status = page.locator('trigger-point-locator .stage.failed .status');
    await status.waitFor();
    assert.match(await status.innerText(), /data bundle: line \d+, column \d+: malformed JSON/, name);
    // The host page is untouched and still scriptable.
    assert.equal(await page.locator('h1').innerText(), 'Trigger Point Locator');
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    assert.deepEqual(page.errors, [], name);
    await page.close();
  }
});

test('a data bundle that cannot be fetched shows the error state, in the page\'s language', async () => {
  for (const [lang, message] of [['en', /The body map could not be loaded\./], ['es', /No se pudo cargar el mapa corporal\./]]) {
    const page = await newPage();
    await page.route(`**/tpl-data.${lang}.json`, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`${env.url}embed.html?lang=${lang}`);
    const status = page.locator('trigger-point-locator .stage.failed .status');
    await status.waitFor();
    const text = await status.innerText();
    assert.match(text, message);
    assert.match(text, new RegExp(`tpl-data\\.${lang}\\.json: HTTP 404`));
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});
