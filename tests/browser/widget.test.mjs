// End-to-end: the served demo page in Chromium, used the way a visitor uses it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, open, clickBody, panelText, screenshotPath, dist, repo } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

// The back of the left lower leg: in the back view the body's left side is on the viewer's left.
const leftCalfOnBackView = [0.38, 0.83];

test('clicking the left calf shows the soleus with a stretch and the see-a-professional prompt', async () => {
  const page = await open(env.browser, env.url);
  await page.locator('trigger-point-locator button[data-view="back"]').click();
  await clickBody(page, ...leftCalfOnBackView);
  const text = await panelText(page);
  assert.match(text, /Lower calf \(left\)/);
  assert.match(text, /Soleus \(left\)/);
  assert.match(text, /Lower soleus point/);
  // Its details, with the self-help, open on demand.
  assert.doesNotMatch(text, /stretch/i);
  await page.locator('trigger-point-locator .result .row').first().click();
  assert.match(await panelText(page), /stretch/i);
  assert.match(text, /See a professional/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the page ranks a selection exactly as the command-line tool does', async () => {
  const page = await open(env.browser, env.url);
  const outcome = () => page.locator('trigger-point-locator').evaluate((el) => new Promise((resolve) => {
    el.addEventListener('tpl-results', (event) => resolve(event.detail), { once: true });
  }));
  await page.locator('trigger-point-locator button[data-view="back"]').click();
  let next = outcome();
  await clickBody(page, ...leftCalfOnBackView);
  await next;
  next = outcome();
  await clickBody(page, 0.45, 0.375);  // the left low back
  const shown = await next;
  const regions = shown.selected.map((region) => region.id);
  assert.equal(regions.length, 2);
  const cli = JSON.parse(execFileSync(join(repo, 'build', 'native', 'tpl'), ['locate', '--json', ...regions], { encoding: 'utf8' }));
  const summary = (results) => results.map((r) => `${r.trigger_point_id}/${r.side}/${r.score}`);
  assert.ok(shown.results.length > 0);
  assert.deepEqual(summary(shown.results), summary(cli.results));
  await page.close();
});

test('an emergency answer puts the call for help above every result; refinements re-rank', async () => {
  const page = await open(env.browser, env.url);
  await page.locator('trigger-point-locator button[data-view="back"]').click();
  await clickBody(page, ...leftCalfOnBackView);
  const panel = page.locator('trigger-point-locator section.panel');
  assert.equal(await panel.locator('.call-for-help').count(), 0);
  const question = panel.locator('.red-flags li', { hasText: 'short of breath' });
  await question.getByRole('button', { name: 'Yes' }).click();
  const first = panel.locator(':scope > *').first();
  assert.equal(await first.getAttribute('role'), 'alert');
  assert.equal(await first.locator('h2').innerText(), 'Get help now');
  assert.match(await first.innerText(), /Call emergency services now/);
  // The call to see a professional says the emergency comes first, with nothing to book and no empty line.
  const prompt = panel.locator('.professional');
  assert.equal(await prompt.getAttribute('class'), 'professional urgent emergency');
  const texts = await prompt.locator('p').allInnerTexts();
  assert.equal(texts.length, 1, texts.join('\n'));
  assert.match(texts[0], /^Call emergency services now\..*Leave massage and other self-help aside until a doctor has seen you\.$/);
  await page.screenshot({ path: screenshotPath('red-flag-desktop.png') });
  // On a phone the panel is below the map: answering yes brings the call for help into view.
  await page.setViewportSize({ width: 390, height: 844 });
  await question.getByRole('button', { name: 'No' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await question.getByRole('button', { name: 'Yes' }).click();
  assert.ok(await first.isVisible());
  const top = await first.evaluate((node) => node.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 844, `the call for help is on screen (top ${top})`);
  await page.screenshot({ path: screenshotPath('red-flag-phone.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await question.getByRole('button', { name: 'No' }).click();
  assert.equal(await panel.locator('.call-for-help').count(), 0);

  const score = async () => Number((await page.locator('trigger-point-locator').evaluate((el) => new Promise((resolve) => {
    el.addEventListener('tpl-results', (event) => resolve(event.detail.results[0].score), { once: true });
    el.shadowRoot.querySelector('.refine input').click();
  }))));
  const raised = await score();
  const lowered = await score();
  assert.ok(raised > lowered, `ticking a factor raised the top score (${raised} vs ${lowered})`);
  await page.close();
});

test('no frames are drawn while nothing changes, and one after a change', async () => {
  const page = await open(env.browser, env.url);
  const frames = () => page.locator('trigger-point-locator').evaluate((el) => el.framesDrawn);
  await page.waitForTimeout(300);
  const settled = await frames();
  assert.ok(settled >= 1);
  await page.waitForTimeout(1500);
  assert.equal(await frames(), settled, 'frames were drawn while idle');
  await clickBody(page, 0.6, 0.58);
  await page.waitForTimeout(200);
  assert.ok(await frames() > settled, 'no frame after a click');
  await page.close();
});

test('the map draws with the WebGL context the widget made (no depth buffer); its bitmap is sized once and matches its box, at 1x and 2x', async () => {
  for (const deviceScaleFactor of [1, 2]) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor });
    const page = await context.newPage();
    // Every size given to a canvas in the widget's shadow root (each one clears and reallocates the bitmap).
    await page.addInitScript(() => {
      window.canvasSizes = [];
      const width = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'width');
      Object.defineProperty(HTMLCanvasElement.prototype, 'width', {
        get: width.get,
        set(value) {
          if (this.getRootNode() instanceof ShadowRoot) window.canvasSizes.push(value);
          width.set.call(this, value);
        },
      });
    });
    await page.goto(env.url);
    await page.locator('trigger-point-locator .stage.ready').waitFor();
    const { sizes, bitmap, box, attributes } = await page.evaluate(() => {
      const canvas = document.querySelector('trigger-point-locator').shadowRoot.querySelector('canvas');
      const rect = canvas.getBoundingClientRect();
      const { alpha, depth, stencil, antialias } = canvas.getContext('webgl').getContextAttributes();
      return { sizes: window.canvasSizes.filter((value) => value > 1), bitmap: canvas.width, box: rect.width, attributes: { alpha, depth, stencil, antialias } };
    });
    // SDL, left to itself, would have asked for a depth buffer it never uses.
    assert.deepEqual(attributes, { alpha: false, depth: false, stencil: false, antialias: false });
    assert.deepEqual(sizes, [bitmap], `one bitmap size at ${deviceScaleFactor}x`);
    assert.equal(bitmap, Math.floor(box * deviceScaleFactor), `bitmap ${bitmap} for a ${box} px box at ${deviceScaleFactor}x`);
    await context.close();
  }
});

test('on a slow connection the loading bar never claims more than has arrived, and no unlabelled list shows', async () => {
  const page = await env.browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 150 * 1024, uploadThroughput: 150 * 1024 });
  // The bar's state at every frame until the widget is ready: -1 while it only says "loading", else the share done.
  await page.addInitScript(() => {
    window.barStates = [];
    const sample = () => {
      const root = document.querySelector('trigger-point-locator')?.shadowRoot;
      if (root?.querySelector('.stage.ready')) return;
      const bar = root?.querySelector('progress');
      if (bar) window.barStates.push(bar.position);
      const list = root?.querySelector('details.region-list');
      if (list && !list.querySelector('summary') && getComputedStyle(list).visibility !== 'hidden') window.unlabelledListShown = true;
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto(env.url);
  await page.locator('trigger-point-locator .stage.ready').waitFor({ timeout: 30000 });
  const states = await page.evaluate(() => window.barStates);
  // The test server compresses, so the plain size of each download is unknown while it arrives.
  assert.ok(states.length > 10, `sampled ${states.length} frames`);
  assert.ok(states.includes(-1), 'the bar says "loading" without a share');
  assert.ok(!states.some((state) => state === 1), `the bar was full before the map was ready: ${states.join(' ')}`);
  // Without its heading the browser would label the region list "Details".
  assert.equal(await page.evaluate(() => window.unlabelledListShown ?? false), false);
  await page.close();
});

test('clicking outside the body selects nothing', async () => {
  const page = await open(env.browser, env.url);
  await clickBody(page, 0.02, 0.02);
  assert.match(await panelText(page), /Choose an area on the body/);
  await page.close();
});

test('a data file that does not parse shows file, line and column in place of the map; the page keeps working', async () => {
  const bundle = JSON.parse(readFileSync(join(dist, 'tpl-data.en.json'), 'utf8'));
  bundle.files['regions.json'] = '{\n  "regions": [\n    {"id": "heel",, }\n  ]\n}';
  const page = await env.browser.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.route('**/tpl-data.en.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(bundle) }));
  await page.goto(env.url);
  const status = page.locator('trigger-point-locator .stage.failed .status');
  await status.waitFor();
  assert.match(await status.innerText(), /regions\.json: line 3, column \d+: malformed JSON/);
  assert.equal(await page.locator('h1').innerText(), 'Trigger Point Locator');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('screenshots of every body view at phone and desktop sizes', async () => {
  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
    const page = await open(env.browser, env.url, viewport);
    const buttons = page.locator('trigger-point-locator .views button');
    const views = await buttons.evaluateAll((nodes) => nodes.map((node) => node.dataset.view));
    assert.ok(views.length >= 2);
    for (const view of views) {
      await page.locator(`trigger-point-locator button[data-view="${view}"]`).click();
      await page.waitForTimeout(50);
      await page.locator('trigger-point-locator .map').screenshot({ path: screenshotPath(`view-${view}-${name}.png`) });
    }
    // Switched by the API (no click to scroll it), the current view's button still comes into sight in the bar.
    for (const view of [views[0], views[views.length - 1]]) {
      const inSight = await page.locator('trigger-point-locator').evaluate((el, id) => {
        el.view = id;
        const bar = el.shadowRoot.querySelector('.views').getBoundingClientRect();
        const button = el.shadowRoot.querySelector(`.views button[data-view="${id}"]`).getBoundingClientRect();
        return button.left >= bar.left - 1 && button.right <= bar.right + 1;
      }, view);
      assert.ok(inSight, `${view} button in sight (${name})`);
    }
    // Where the row is cut, the edge with more buttons beyond it fades: the right one at the first view, the left
    // one at the last; a row that fits fades at neither.
    const edges = (view) => page.locator('trigger-point-locator').evaluate((el, id) => {
      el.view = id;
      const bar = el.shadowRoot.querySelector('.views');
      return { before: bar.classList.contains('more-before'), after: bar.classList.contains('more-after'), cut: bar.scrollWidth > bar.clientWidth };
    }, view);
    const first = await edges(views[0]), last = await edges(views[views.length - 1]);
    assert.deepEqual([first.before, first.after], [false, first.cut], `first view (${name})`);
    assert.deepEqual([last.before, last.after], [last.cut, false], `last view (${name})`);
    if (name === 'phone') assert.ok(first.cut, 'the row is cut at phone width');
    await page.locator('trigger-point-locator .map').screenshot({ path: screenshotPath(`view-bar-last-${name}.png`) });
    // Reached with Tab, each button stops clear of the fades (by the edge classes the scroll leaves behind).
    await page.locator('trigger-point-locator').evaluate((el, id) => { el.view = id; }, views[0]);
    await page.locator(`trigger-point-locator button[data-view="${views[0]}"]`).focus();
    for (const view of views) {
      await page.waitForTimeout(60);
      const placed = await page.locator('trigger-point-locator').evaluate((el) => {
        const bar = el.shadowRoot.querySelector('.views');
        const focused = el.shadowRoot.activeElement;
        const box = focused.getBoundingClientRect(), row = bar.getBoundingClientRect();
        const fade = (side) => (bar.classList.contains(side) ? 32 : 0);
        return { view: focused.dataset.view, clear: box.left >= row.left + fade('more-before') - 1 && box.right <= row.right - fade('more-after') + 1 };
      });
      assert.deepEqual(placed, { view, clear: true }, `${view} reached with Tab (${name})`);
      await page.keyboard.press('Tab');
    }
    await page.close();
  }
});

test('a view button half under the edge fade switches the view with one tap; a mouse scrolls the row with its arrows', async () => {
  // On a touch screen the arrow over the fade only shows that the row goes on: a tap on the cut-off button under it
  // still switches the view.
  {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(env.url);
    await page.locator('trigger-point-locator .stage.ready').waitFor();
    // The first button the arrow covers, and a point on it under the arrow.
    const target = await page.locator('trigger-point-locator').evaluate((el) => {
      const arrow = el.shadowRoot.querySelector('.view-bar .more.after').getBoundingClientRect();
      for (const button of el.shadowRoot.querySelectorAll('.views button')) {
        const box = button.getBoundingClientRect();
        if (box.right > arrow.left + 4 && box.left < arrow.right - 4) {
          return { view: button.dataset.view, x: (Math.max(box.left, arrow.left) + Math.min(box.right, arrow.right)) / 2,
            y: arrow.top + arrow.height / 2 };
        }
      }
      return null;
    });
    assert.ok(target, 'a button lies under the arrow');
    await page.touchscreen.tap(target.x, target.y);
    await page.waitForTimeout(100);
    assert.equal(await page.locator('trigger-point-locator').evaluate((el) => el.view), target.view);
    await context.close();
  }
  // A mouse cannot swipe the row: its right arrow brings the buttons beyond the edge into sight, page by page, until
  // the last is in sight and the arrow goes; the left one then brings back the first. Neither takes the keyboard
  // focus, even from a view button, nor is seen by assistive technology (a button reached with Tab scrolls into
  // sight by itself).
  {
    const page = await open(env.browser, env.url, { width: 1280, height: 900 });
    const widget = page.locator('trigger-point-locator');
    const sight = () => widget.evaluate((el) => {
      const bar = el.shadowRoot.querySelector('.views').getBoundingClientRect();
      const buttons = [...el.shadowRoot.querySelectorAll('.views button')];
      const seen = (button) => { const box = button.getBoundingClientRect(); return box.left >= bar.left - 1 && box.right <= bar.right + 1; };
      const [before, after] = [...el.shadowRoot.querySelectorAll('.view-bar .more')];
      return { first: seen(buttons[0]), last: seen(buttons.at(-1)), before: !before.hidden, after: !after.hidden };
    });
    // Clicks an arrow with the mouse and waits for the row's smooth scroll to end.
    const click = async (side) => {
      await widget.evaluate((el) => {
        const row = el.shadowRoot.querySelector('.views');
        window.__scrolled = new Promise((resolve) => {
          row.addEventListener('scrollend', resolve, { once: true });
          setTimeout(resolve, 3000);
        });
      });
      await page.locator(`trigger-point-locator .view-bar .more.${side}`).click();
      await page.evaluate(() => window.__scrolled);
    };
    let state = await sight();
    assert.deepEqual(state, { first: true, last: false, before: false, after: true }, 'at the start');
    const hidden = await widget.evaluate((el) => [...el.shadowRoot.querySelectorAll('.view-bar .more')].map((arrow) => {
      arrow.focus();
      return el.shadowRoot.activeElement !== arrow && arrow.getAttribute('aria-hidden') === 'true';
    }));
    assert.deepEqual(hidden, [true, true], 'the arrows take no focus and are hidden from assistive technology');
    await page.locator('trigger-point-locator button[data-view="front"]').focus();
    for (let clicks = 0; state.after; ++clicks) {
      assert.ok(clicks < 9, 'the right arrow goes once the row is at its end');
      await click('after');
      state = await sight();
    }
    assert.deepEqual([state.last, state.before], [true, true], 'at the end: the last view in sight, the left arrow shown');
    assert.equal(await widget.evaluate((el) => el.shadowRoot.activeElement?.dataset.view), 'front', 'focus stays on its button');
    for (let clicks = 0; state.before; ++clicks) {
      assert.ok(clicks < 9, 'the left arrow goes once the row is back at its start');
      await click('before');
      state = await sight();
    }
    assert.deepEqual([state.first, state.after], [true, true], 'back at the start');
    assert.equal(await widget.evaluate((el) => el.view), 'front', 'scrolling chose no view');
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test('screenshots of the page at phone and desktop sizes', async () => {
  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
    const page = await open(env.browser, env.url, viewport);
    // The canvas never shows before its first frame (a WebGL canvas is black until then).
    assert.ok(await page.locator('trigger-point-locator').evaluate((el) => el.framesDrawn > 0 ||
      getComputedStyle(el.shadowRoot.querySelector('canvas')).visibility === 'hidden'));
    await page.waitForFunction(() => document.querySelector('trigger-point-locator').framesDrawn > 0);
    // What the visitor sees first: the viewport (a full-page capture re-renders the page and loses the WebGL
    // canvas's last frame, showing it black).
    await page.screenshot({ path: screenshotPath(`demo-${name}.png`) });
    await page.locator('trigger-point-locator button[data-view="back"]').click();
    await clickBody(page, ...leftCalfOnBackView);
    await page.locator('trigger-point-locator .result').first().waitFor();
    await page.screenshot({ path: screenshotPath(`results-${name}.png`), fullPage: true });
    await page.close();
  }
});
