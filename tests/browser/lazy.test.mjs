// Lazy start: on a host page the widget loads its core and data only when it comes near the viewport (or is reached
// for, or called); until then it costs the page its module and stylesheet, and holds its place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, clickBody, panelText } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

// A long article with the widget far below the fold; `attributes` go on the element.
const article = (attributes = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
  <script type="module" src="trigger-point-locator.js"></script></head>
  <body style="margin:0 auto;max-width:700px"><h1>Calf pain after running</h1>
  ${'<p>A paragraph of the article that the visitor reads first, about running and sore calves. </p>'.repeat(60)}
  <trigger-point-locator lang="en" ${attributes}></trigger-point-locator>
  ${'<p>More text under the widget. </p>'.repeat(20)}</body></html>`;

// A page at /article.html (`html`), and the widget's files it asked for, by name.
async function openArticle(html, viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport });
  await context.route('**/article.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const page = await context.newPage();
  page.asked = [];
  page.on('request', (request) => page.asked.push(new URL(request.url()).pathname.slice(1)));
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${env.url}article.html`);
  await page.waitForLoadState('load');
  return page;
}

const heavy = (asked) => asked.filter((name) => /^tpl-(core|data)/.test(name));

test('below the fold, only the module and its stylesheet load; near the viewport the widget starts and answers a click, without shifting the page', async () => {
  const page = await openArticle(article());
  await page.waitForTimeout(800);
  assert.deepEqual(heavy(page.asked), [], 'no core or data before the widget nears the viewport');
  assert.ok(page.asked.includes('trigger-point-locator.css'));
  const widget = page.locator('trigger-point-locator');
  const placeholder = await widget.boundingBox();
  assert.ok(placeholder.height > 400, `the placeholder holds the map's place (${placeholder.height} px)`);
  await widget.scrollIntoViewIfNeeded();
  await page.locator('trigger-point-locator .stage.ready').waitFor();
  await page.waitForFunction(() => document.querySelector('trigger-point-locator').framesDrawn > 0);
  assert.ok(heavy(page.asked).includes('tpl-core.wasm') && heavy(page.asked).includes('tpl-data.en.json'), page.asked.join(' '));
  const stageBefore = await page.locator('trigger-point-locator .stage').boundingBox();
  await page.locator('trigger-point-locator button[data-view="back"]').click();
  await clickBody(page, 0.38, 0.83);
  assert.match(await panelText(page), /Soleus \(left\)/);
  const stageAfter = await page.locator('trigger-point-locator .stage').boundingBox();
  assert.equal(Math.round(stageAfter.height), Math.round(stageBefore.height), 'the map kept its size');
  assert.ok(await page.evaluate(() => window.layoutShift) < 0.01, 'no layout shift');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('reaching for the widget or calling its API starts it at once; loading="eager" starts it with the page', async () => {
  const page = await openArticle(article());
  await page.locator('trigger-point-locator').evaluate((el) => el.select(['heel_left']));
  await page.locator('trigger-point-locator .stage.ready').waitFor();
  assert.deepEqual(await page.locator('trigger-point-locator').evaluate((el) => el.selection), ['heel_left']);
  await page.context().close();

  const eager = await openArticle(article('loading="eager"'));
  await eager.locator('trigger-point-locator .stage.ready').waitFor();
  assert.ok(heavy(eager.asked).includes('tpl-core.wasm'));
  await eager.context().close();
});

test('a widget removed before it was seen, or added and removed again and again, downloads nothing', async () => {
  const page = await openArticle(article());
  await page.evaluate(async () => {
    const widget = document.querySelector('trigger-point-locator');
    const spot = widget.parentNode;
    widget.remove();
    for (let i = 0; i < 50; ++i) {
      const again = document.createElement('trigger-point-locator');
      spot.append(again);
      again.remove();
    }
    // The spot where it was comes into view.
    window.scrollTo(0, document.body.scrollHeight);
    await new Promise((resolve) => setTimeout(resolve, 800));
  });
  assert.deepEqual(heavy(page.asked), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a failing download shows the error state only once the widget is near the viewport', async () => {
  const page = await openArticle(article());
  await page.route('**/tpl-data.en.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.waitForTimeout(500);
  assert.equal(await page.locator('trigger-point-locator .stage.failed').count(), 0);
  assert.deepEqual(heavy(page.asked), []);
  await page.locator('trigger-point-locator').scrollIntoViewIfNeeded();
  await page.locator('trigger-point-locator .stage.failed').waitFor();
  assert.match(await page.locator('trigger-point-locator .status').innerText(), /could not be loaded/);
  await page.context().close();
});

test('the long texts are fetched with the first answer, not at start-up: a result says they are loading until they arrive', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The texts part is held back until the test lets it through.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/tpl-texts.en.json', async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname.slice(1)));
  await page.goto(env.url);
  const widget = page.locator('trigger-point-locator');
  await widget.locator('.stage.ready').waitFor();
  await page.waitForTimeout(500);
  assert.ok(!asked.includes('tpl-texts.en.json'), `nothing more before the visitor uses it: ${asked.join(', ')}`);
  await widget.locator('button[data-view="back"]').click();
  await clickBody(page, 0.414, 0.862);  // the left lower calf
  assert.ok(asked.includes('tpl-texts.en.json'), 'the first answer asks for the texts');
  await widget.locator('.result .row').first().click();
  const details = widget.locator('.result.focused .details');
  await details.waitFor();
  assert.match(await details.innerText(), /Loading the details/);
  release();
  await widget.locator('.result.focused .details .card').first().waitFor();
  const text = await details.innerText();
  assert.doesNotMatch(text, /Loading/);
  assert.match(text, /Where the point lies:/);
  // What only the details show comes with the texts too: the self-help titles and what else it could be.
  assert.match(text, /Standing bent-knee calf stretch/);
  assert.match(text, /What else it could be/);
  await context.close();
});
