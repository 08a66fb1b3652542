// The embed builder (web/builder.html) as a practice uses it: fill in the details, see them in the preview, copy a
// snippet. What the widget refuses is refused at the field; nothing typed can break out of a snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, repo, screenshotPath, axeViolations } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

// A name that tries every way out of an attribute, a shortcode and the page.
const hostileName = 'Dr "Ann" <b>Lee</b> & Co [x] \'quoted\'';

async function openBuilder(viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(`${env.url}builder.html`);
  await page.locator('#preview').evaluate((el) => new Promise((resolve) => {
    if (el.views.length) resolve();
    else el.addEventListener('tpl-ready', resolve, { once: true });
  }));
  return page;
}

// The widget tags and iframes a snippet would put on a page, read back by the browser's own HTML parser.
const parsed = (page, id) => page.evaluate((boxId) => {
  const doc = new DOMParser().parseFromString(document.getElementById(boxId).value, 'text/html');
  return [...doc.querySelectorAll('trigger-point-locator, iframe, script, b')].map((node) => ({
    tag: node.localName, attributes: Object.fromEntries([...node.attributes].map((a) => [a.name, a.value])),
  }));
}, id);

// The shortcode's attributes as WordPress's shortcode_parse_atts reads name="value" pairs (values cannot hold `"`).
function shortcodeAttributes(text) {
  assert.match(text, /^\[trigger_point_locator( [a-z_]+="[^"[\]]*")*\]$/, `one well-formed shortcode: ${text}`);
  const decode = (value) => value.replace(/&#91;/g, '[').replace(/&#93;/g, ']').replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return Object.fromEntries([...text.matchAll(/([a-z_]+)="([^"]*)"/g)].map(([, name, value]) => [name, decode(value)]));
}

test('the details typed go into the preview and into all three snippets, escaped', async () => {
  const page = await openBuilder();
  await page.fill('#clinic-name', hostileName);
  await page.fill('#booking-url', 'https://calmhands.example/book?a=1&b=2');
  await page.fill('#phone', '+1 555 0100');
  await page.selectOption('#lang', 'es');
  await page.selectOption('#view', 'back');
  await page.uncheck('#lazy');
  // The preview shows the name as text, in its own language, on the view asked for.
  const preview = page.locator('#preview');
  await page.waitForFunction(() => document.querySelector('#preview').view === 'back');
  const heading = await preview.locator('.panel .professional h3').first().innerText();
  assert.equal(heading.trim(), hostileName);
  assert.equal(await preview.locator('.panel b').count(), 0, 'no markup from the name');

  const element = await parsed(page, 'element-snippet');
  assert.deepEqual(element.map((node) => node.tag), ['script', 'trigger-point-locator'], 'a script and the widget, nothing else');
  assert.deepEqual(element[1].attributes, {
    'clinic-name': hostileName, 'booking-url': 'https://calmhands.example/book?a=1&b=2', phone: '+1 555 0100',
    lang: 'es', view: 'back', loading: 'eager',
  });
  assert.equal(element[0].attributes.src, `${env.url}trigger-point-locator.js`);
  const [iframe] = await parsed(page, 'iframe-snippet');
  const src = new URL(iframe.attributes.src);
  assert.equal(src.pathname, '/embed.html');
  assert.equal(src.searchParams.get('clinic-name'), hostileName);
  assert.equal(src.searchParams.get('booking-url'), 'https://calmhands.example/book?a=1&b=2');
  assert.deepEqual(shortcodeAttributes(await page.inputValue('#shortcode-snippet')), {
    clinic_name: hostileName, booking_url: 'https://calmhands.example/book?a=1&b=2', phone: '+1 555 0100',
    lang: 'es', view: 'back', loading: 'eager',
  });
  // Copy puts the snippet on the clipboard and says so.
  await page.getByRole('button', { name: 'Copy shortcode' }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#shortcode-snippet'));
  assert.match(await page.locator('#copied').innerText(), /copied/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a booking link the widget refuses, or a colour CSS cannot read, is refused at its field and left out', async () => {
  const page = await openBuilder({ width: 390, height: 844 });
  await page.fill('#booking-url', 'javascript:alert(1)');
  await page.fill('#accent-color', 'not-a-colour');
  const bookingError = page.locator('#booking-url-error');
  assert.ok(await bookingError.isVisible(), 'the message is next to the field');
  assert.match(await bookingError.innerText(), /cannot be used/);
  assert.equal(await page.getAttribute('#booking-url', 'aria-invalid'), 'true');
  assert.ok(await page.locator('#accent-color-error').isVisible());
  assert.doesNotMatch(await page.inputValue('#element-snippet'), /javascript|not-a-colour/);
  assert.doesNotMatch(await page.inputValue('#shortcode-snippet'), /javascript|not-a-colour/);
  assert.equal(await page.locator('#preview').getAttribute('accent-color'), null);
  await page.screenshot({ path: screenshotPath('builder-phone-refused.png'), fullPage: true });
  // Corrected, the messages go and the values come back.
  await page.fill('#booking-url', 'tel:+15550100');
  await page.fill('#accent-color', '#1a7f64');
  assert.ok(await bookingError.isHidden());
  assert.equal(await page.getAttribute('#booking-url', 'aria-invalid'), null);
  assert.match(await page.inputValue('#element-snippet'), /booking-url="tel:\+15550100" lang="en" accent-color="#1a7f64"/);
  assert.equal(await page.inputValue('#accent-picker'), '#1a7f64');
  await page.close();
});

test('the builder is keyboard and screen reader friendly (axe-core), and the widget reports the release version', async () => {
  const page = await openBuilder();
  await page.fill('#booking-url', 'javascript:void(0)');
  assert.deepEqual(await axeViolations(page), []);
  // Every field is reached with Tab in reading order, and has a name.
  const names = [];
  await page.locator('#clinic-name').focus();
  for (let i = 0; i < 4; i += 1) {
    names.push(await page.evaluate(() => document.activeElement.labels?.[0]?.innerText ?? document.activeElement.getAttribute('aria-label')));
    await page.keyboard.press('Tab');
  }
  assert.deepEqual(names, ['Practice or therapist name', 'Booking link', 'Phone', 'Language']);
  await page.screenshot({ path: screenshotPath('builder-desktop.png'), fullPage: true });
  const cmake = readFileSync(join(repo, 'CMakeLists.txt'), 'utf8');
  const version = /project\(trigger_point_locator VERSION ([0-9.]+)/.exec(cmake)[1];
  assert.equal(await page.evaluate(() => customElements.get('trigger-point-locator').version), version);
  assert.equal(await page.locator('#preview').evaluate((el) => el.version), version);
  await page.close();
});
