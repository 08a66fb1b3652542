// The answer at a glance, as a visitor meets it: what is in view without scrolling after one tap on a phone and
// one click on a desktop, the referral pattern on the body, the warning signs, the layout in a host page's column,
// and the printed summary with its drawings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, bodyPoint, panelText, screenshotPath } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const desktop = { viewport: { width: 1280, height: 900 } };
// The back of the left lower leg, in the back view.
const leftCalf = [0.38, 0.83];
const widget = (page) => page.locator('trigger-point-locator');
const inner = (page, selector) => page.locator(`trigger-point-locator ${selector}`);

async function openPage(options, url = env.url) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(url);
  await inner(page, '.stage.ready').waitFor();
  await page.waitForFunction(() => document.querySelector('trigger-point-locator').framesDrawn > 0);
  return page;
}

// A tap with a finger (`touch`), else a click with the mouse, on a point of the current view.
async function tapBody(page, x, y, touch = false) {
  const point = await bodyPoint(page, x, y);
  if (touch) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

// Whether the whole of the element lies inside the viewport.
async function inView(locator) {
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize();
  return Boolean(box) && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height + 0.5 &&
    box.x + box.width <= viewport.width + 0.5;
}

// How many pixels of the map are close to `colour` ([r, g, b]): the stage's screenshot decoded in a blank page.
async function mapPixels(page, colour) {
  await page.waitForTimeout(100);  // the next frame after the change
  const png = await inner(page, '.stage').screenshot();
  const blank = await page.context().newPage();
  const count = await blank.evaluate(async ([data, [r, g, b]]) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let n = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) < 40) n += 1;
    }
    return n;
  }, [png.toString('base64'), colour]);
  await blank.close();
  return count;
}
// The essential zone's colour as the map blends it over the body (--tpl-essential at 92 %).
const essentialRed = [203, 55, 52];

test('phone: after one tap the area, the best match with its point and reason, and the warning signs are in view, with the map', async () => {
  const page = await openPage(phone);
  await inner(page, 'button[data-view="back"]').tap();
  await tapBody(page, ...leftCalf, true);
  await inner(page, '.result').first().waitFor();
  const answer = inner(page, '.answer');
  assert.ok(await inView(answer), 'the answer card is on screen');
  assert.match(await answer.locator('.areas').innerText(), /Lower calf \(left\)/);
  assert.match(await answer.locator('.top').innerText(), /Soleus \(left\)\s+Lower soleus point/);
  assert.ok((await answer.locator('.why').innerText()).length > 10, 'a one-line reason');
  assert.ok(await inView(answer.locator('.to-warnings')), 'the way to the warning signs');
  const stage = await inner(page, '.stage').boundingBox();
  assert.ok(stage.y < 844 && stage.y + stage.height > 0 && stage.y >= 0, 'the map is still in view');
  await page.screenshot({ path: screenshotPath('glance-phone-tap.png') });
  // One move on to the details: the best match opens, its self-help in view.
  await answer.locator('.to-results').tap();
  const details = inner(page, '.result.focused .details');
  await details.waitFor();
  await page.waitForTimeout(600);  // the smooth scroll
  const top = await inner(page, '.result.focused').boundingBox();
  assert.ok(top.y >= -1 && top.y < 300, `the opened result is at the top of the screen (${top.y})`);
  await page.screenshot({ path: screenshotPath('glance-phone-details.png') });
  // A yes to an emergency question puts the call for help first, in view.
  await answer.locator('.to-warnings').tap();
  await page.waitForTimeout(600);  // the smooth scroll
  await page.locator('trigger-point-locator .red-flags li', { hasText: 'short of breath' }).getByRole('button', { name: 'Yes' }).tap();
  const alert = inner(page, '.call-for-help');
  await page.waitForTimeout(300);
  assert.ok(await inView(alert.locator('h2')), 'the call for help is on screen');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('desktop: after one click the top three results are in view beside the map, with the pattern drawn', async () => {
  const page = await openPage(desktop);
  await inner(page, 'button[data-view="back"]').click();
  assert.equal(await mapPixels(page, essentialRed), 0, 'no pattern before a choice');
  await tapBody(page, ...leftCalf);
  await inner(page, '.result').first().waitFor();
  const stage = await inner(page, '.stage').boundingBox();
  const rows = inner(page, '.results .row');
  for (let i = 0; i < 3; ++i) {
    const row = rows.nth(i);
    assert.ok(await inView(row), `result ${i + 1} is on screen`);
    assert.ok((await row.boundingBox()).x >= stage.x + stage.width, `result ${i + 1} is beside the map`);
  }
  assert.match(await rows.first().innerText(), /Soleus \(left\)/);
  // The first result's pattern is on the body at once: its essential zone in the references' solid red, the X.
  const focused = await mapPixels(page, essentialRed);
  assert.ok(focused > 200, `the essential zone is drawn (${focused} pixels)`);
  const legend = inner(page, '.legend li');
  assert.equal(await legend.count(), 4);
  assert.ok(await inView(inner(page, '.caption')), 'the caption names the pattern shown');
  assert.match(await inner(page, '.caption').innerText(), /Soleus \(left\)/);
  await page.screenshot({ path: screenshotPath('glance-desktop-click.png') });
  // Pointing at another result previews its pattern; leaving it brings the first back.
  await rows.nth(1).hover();
  await page.waitForFunction(() => /Gastrocnemius/.test(document.querySelector('trigger-point-locator').shadowRoot.querySelector('.caption').textContent));
  const previewed = await mapPixels(page, essentialRed);
  assert.notEqual(previewed, focused, 'another pattern is drawn');
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => /Soleus/.test(document.querySelector('trigger-point-locator').shadowRoot.querySelector('.caption').textContent));
  // A result's details open on demand, one at a time, and never push the next result's name a screen down.
  await rows.nth(1).click();
  assert.equal(await inner(page, '.result .details').count(), 1);
  const third = await rows.nth(2).boundingBox(), second = await rows.nth(1).boundingBox();
  assert.ok(third.y - second.y < 900, `the next result follows within a screen (${third.y - second.y} px)`);
  assert.ok(await inner(page, '.result.focused details.more').count() >= 1, 'the rest of the self-help waits behind "more"');
  await page.screenshot({ path: screenshotPath('glance-result-details.png') });
  await rows.nth(1).click();
  assert.equal(await inner(page, '.result .details').count(), 0, 'the same row closes its details');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a point on another view: the map says so and switches there in one move; edges say which side is which', async () => {
  const page = await openPage(desktop);
  assert.deepEqual(await inner(page, '.edge').allInnerTexts(), ['Your right', 'Your left'], 'the front view faces the visitor');
  await widget(page).evaluate((el) => el.select(['temple_left']));
  const caption = inner(page, '.caption');
  assert.match(await caption.innerText(), /Temporalis \(left\)[\s\S]*on the Head and face view/);
  await caption.getByRole('button').click();
  assert.equal(await widget(page).evaluate((el) => el.view), 'head');
  const focused = () => widget(page).evaluate((el) => el.shadowRoot.activeElement?.dataset.view ?? null);
  assert.equal(await focused(), 'head', 'the keyboard focus moves to the view shown, not to the page');
  assert.doesNotMatch(await caption.innerText(), /view\./);
  await page.screenshot({ path: screenshotPath('glance-other-view.png') });
  await widget(page).evaluate((el) => { el.view = 'back'; });
  assert.deepEqual(await inner(page, '.edge').allInnerTexts(), ['Your left', 'Your right'], 'the back view shows the body from behind');
  await page.context().close();
});

test('phone: after one tap where the best match\'s point lies on another view, the answer card says so and goes there', async () => {
  const page = await openPage(phone);
  // The left temple, on the front view (which faces the visitor: their left is on the right).
  await tapBody(page, 0.54, 0.06, true);
  const card = inner(page, '.answer');
  await card.locator('.top').waitFor();
  assert.match(await card.locator('.top').innerText(), /Temporalis \(left\)/);
  const elsewhere = card.locator('.elsewhere');
  assert.match(await elsewhere.innerText(), /on the Head and face view/);
  assert.ok(await inView(elsewhere.getByRole('button')), 'the way to the point is on screen');
  assert.equal(await inner(page, '.caption .elsewhere-note').isVisible(), false, 'said once, in the card');
  await page.screenshot({ path: screenshotPath('glance-phone-elsewhere.png') });
  await elsewhere.getByRole('button').tap();
  assert.equal(await widget(page).evaluate((el) => el.view), 'head');
  assert.equal(await widget(page).evaluate((el) => el.shadowRoot.activeElement?.dataset.view), 'head');
  assert.equal(await card.locator('.elsewhere').count(), 0, 'on the point\'s own view the line goes');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('phone: ticking an area in the list leaves its box under the finger, though the answer appears above it', async () => {
  const page = await openPage(phone);
  const list = inner(page, '.region-list');
  await list.locator(':scope > summary').tap();
  await list.locator('details.area', { hasText: 'Head' }).first().locator(':scope > summary').tap();
  const box = list.locator('input[data-region="vertex"]');
  await box.scrollIntoViewIfNeeded();
  const before = (await box.boundingBox()).y;
  await box.tap();
  await inner(page, '.answer .top').waitFor();
  assert.ok(await box.isChecked());
  const after = (await box.boundingBox()).y;
  assert.ok(Math.abs(after - before) <= 2, `the box stayed at ${before} px (now ${after})`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('answered warning signs fold into one line that can be reopened; the answers hold', async () => {
  const page = await openPage(desktop);
  await widget(page).evaluate((el) => el.select(['calf_lower_left']));
  const signs = inner(page, '.red-flags');
  const tall = (await signs.boundingBox()).height;
  const questions = await signs.locator('li').count();
  for (let i = 0; i < questions; ++i) await signs.locator('li').nth(i).getByRole('button', { name: 'No' }).click();
  await page.waitForFunction(() => document.querySelector('trigger-point-locator').shadowRoot.querySelector('.red-flags.folded'));
  const folded = (await signs.boundingBox()).height;
  assert.ok(folded < 60 && folded < tall / 3, `folded to one line (${folded} px, was ${tall})`);
  assert.match(await signs.innerText(), /none applies to you/);
  await signs.getByRole('button', { name: 'Change answers' }).click();
  assert.equal(await signs.locator('li').count(), questions);
  assert.equal(await signs.locator('button[aria-pressed="true"]').count(), questions, 'every answer held');
  await page.context().close();
});

test('phone: a yes to a warning sign that is not an emergency makes the call to a doctor urgent and sets self-help aside', async () => {
  const page = await openPage(phone);
  await inner(page, 'button[data-view="back"]').tap();
  await tapBody(page, ...leftCalf, true);
  await inner(page, '.result').first().waitFor();
  await inner(page, '.answer .to-results').tap();
  await inner(page, '.result.focused .details .card').first().waitFor();
  assert.equal(await inner(page, '.professional.urgent').count(), 0, 'no urgency before a yes');
  await inner(page, '.answer .to-warnings').tap();
  await page.waitForTimeout(600);  // the smooth scroll
  await inner(page, '.red-flags li').filter({ hasText: 'swollen, warm' }).getByRole('button', { name: 'Yes' }).tap();
  const urgent = inner(page, '.professional.urgent');
  await urgent.waitFor();
  assert.match(await urgent.locator('h3').innerText(), /See a doctor today/);
  assert.ok(await inView(inner(page, '.red-flags li .message')), 'the advice is on screen, under the answer just given');
  assert.equal(await inner(page, '.professional').count(), 1, 'one call to see a professional, the urgent one');
  assert.equal(await inner(page, '.call-for-help').count(), 0, 'not an emergency');
  assert.equal(await inner(page, '.result.focused .details .card').count(), 0, 'no self-help card while a warning sign is answered yes');
  assert.match(await inner(page, '.result.focused .set-aside').innerText(), /warning sign/);
  assert.match(await inner(page, '[aria-live]').first().innerText(), /See a doctor today/, 'a screen reader hears the advice');
  const remaining = inner(page, '.red-flags li').filter({ has: page.locator('button[aria-pressed="true"]') });
  const unanswered = await inner(page, '.red-flags li').count() - await remaining.count();
  for (let i = 0; i < unanswered; ++i) {
    await inner(page, '.red-flags li').filter({ hasNot: page.locator('button[aria-pressed="true"]') }).first()
      .getByRole('button', { name: 'No' }).tap();
  }
  assert.match(await inner(page, '.answer .to-warnings').innerText(), /See a doctor today/,
    'with every sign answered, the answer card keeps the advice');
  await page.screenshot({ path: screenshotPath('glance-phone-urgent.png') });
  // Taking the yes back restores self-help and the usual prompt.
  await inner(page, '.red-flags .change').tap();
  await inner(page, '.red-flags li').filter({ hasText: 'swollen, warm' }).getByRole('button', { name: 'No' }).tap();
  await inner(page, '.result.focused .details .card').first().waitFor();
  assert.equal(await inner(page, '.professional.urgent').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// A host page whose content column is `width` px wide, in a 1280 x 900 window.
const hostPage = (width) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
  <script type="module" src="trigger-point-locator.js"></script></head>
  <body style="margin:0"><main style="width:${width}px;margin:0 auto"><h1 style="margin:8px 0">A clinic</h1>
  <trigger-point-locator lang="en"></trigger-point-locator><p>${'Text of the page. '.repeat(200)}</p></main></body></html>`;

for (const width of [340, 650, 1100]) {
  test(`in a ${width} px content column the widget lays itself out by its own width, and a click is answered in view`, async () => {
    const context = await env.browser.newContext(desktop);
    await context.route('**/host.html', (route) => route.fulfill({ contentType: 'text/html', body: hostPage(width) }));
    const page = await context.newPage();
    await page.goto(`${env.url}host.html`);
    await inner(page, '.stage.ready').waitFor();
    await page.waitForFunction(() => document.querySelector('trigger-point-locator').framesDrawn > 0);
    await inner(page, 'button[data-view="back"]').click();
    await tapBody(page, ...leftCalf);
    await inner(page, '.result').first().waitFor();
    const map = await inner(page, '.map').boundingBox(), side = await inner(page, '.side').boundingBox();
    const sideBySide = side.x >= map.x + map.width;
    assert.equal(sideBySide, width >= 880, `side by side only where both get room (${width} px)`);
    if (sideBySide) {
      assert.ok(await inView(inner(page, '.results .row').nth(2)), 'the top three results beside the map');
    } else {
      // No tall empty column beside a short one: the details follow the map.
      assert.ok(side.y >= map.y + map.height - 1, 'the results follow the map');
      assert.ok(await inView(inner(page, '.answer .top')), 'the best match is in view');
      assert.ok(await inView(inner(page, '.answer .to-warnings')), 'the way to the warning signs is in view');
    }
    await page.screenshot({ path: screenshotPath(`glance-column-${width}.png`) });
    await context.close();
  });
}

test('bad input: hundreds of areas keep the summary short, a long clinic name wraps, a tap off the body says nothing', async () => {
  const page = await openPage(desktop);
  const name = 'The Extraordinarily Long-Named Centre for Myofascial Pain, Massage Therapy and Physiotherapy of the Greater Metropolitan Area';
  await widget(page).evaluate((el, clinic) => el.setAttribute('clinic-name', clinic), name);
  const ids = await widget(page).evaluate((el) => el.core.state('regions').groups.flatMap((g) => g.regions.map((r) => r.id)));
  await widget(page).evaluate((el, all) => el.select(all), ids);
  const summary = await inner(page, '.selection .selected').innerText();
  assert.match(summary, new RegExp(`and ${ids.length - 3} more$`));
  assert.ok(summary.length < 120, summary);
  const panel = await inner(page, 'section.panel').boundingBox();
  const heading = await inner(page, '.professional h3').boundingBox();
  assert.ok(heading.x + heading.width <= panel.x + panel.width + 1 && heading.height > 30, 'the name wraps inside the panel');
  const before = await panelText(page);
  await widget(page).evaluate((el) => el.clear());
  await tapBody(page, 0.02, 0.02);
  assert.match(await panelText(page), /Choose an area on the body/);
  assert.notEqual(before, await panelText(page));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the printed summary draws the painful areas on the body, front and back, with the answers and the candidates', async () => {
  const page = await openPage(desktop);
  await page.evaluate(() => { window.print = () => {}; });
  await widget(page).evaluate((el) => el.select(['calf_lower_left', 'temple_right']));
  await inner(page, '.red-flags li').first().getByRole('button', { name: 'No' }).click();
  await inner(page, 'button.print').click();
  const summary = inner(page, '.print-summary');
  const drawings = summary.locator('figure svg');
  assert.equal(await drawings.count(), 2);
  assert.deepEqual(await summary.locator('figcaption').allInnerTexts(), ['Front', 'Back']);
  // The chosen areas are filled in the accent colour in the drawings (the temple on the front, the calf on the back).
  for (let i = 0; i < 2; ++i) {
    assert.ok(await drawings.nth(i).locator('path[fill="rgb(180,69,44)"]').count() > 0, `areas marked in drawing ${i + 1}`);
  }
  const text = await summary.innerText();
  assert.match(text, /Lower calf \(left\) \(\d+/);
  assert.match(text, /short of breath[^\n]*No/);
  assert.match(text, /\(not answered\)/);
  assert.match(text, /Soleus \(left\): Lower soleus point/);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: screenshotPath('glance-print.png'), fullPage: true });
  await page.context().close();
});
