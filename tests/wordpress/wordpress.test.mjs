// The plugin in Debian's WordPress 6.1, driven in Chromium. Run by tests/wordpress/run.sh, which starts the site
// (TPL_WP_URL) and keeps its logs in TPL_WP_RUN. An administrator activates the plugin and sets the site's defaults;
// readers use the author's post with two shortcodes and the page with the block at wide alignment; the editor shows
// the block. No request may leave the machine, and PHP may log no warning.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repo, screenshotPath } from '../browser/harness.mjs';

const { chromium } = createRequire(join(repo, 'tests', 'browser', 'package.json'))('playwright-core');
const site = process.env.TPL_WP_URL;
const run = process.env.TPL_WP_RUN;
const version = process.env.TPL_VERSION;
const content = JSON.parse(readFileSync(join(run, 'content.json'), 'utf8'));
const plugin = join(run, 'site', 'wp-content', 'plugins', 'trigger-point-locator');

// The site's defaults, set on the settings page; each widget overrides some of them.
const defaults = {
  clinic_name: 'Calm Hands Massage', booking_url: 'https://calmhands.example/book', phone: '+1 555 0100',
  accent_color: '#225588',
};
// The back of the left lower leg: in the back view the body's left side is on the viewer's left.
const leftCalfOnBackView = [0.38, 0.83];

let browser;
let admin;     // the administrator's browser, logged in by the first test
let readers;   // a visitor's browser, never logged in
const elsewhere = [];    // requests to anything but the test's site
const pageErrors = [];   // script errors, failed responses and the widget's console warnings

// A browser context whose requests to anything but the site are recorded and refused, and whose pages' errors are
// recorded (`expected(response)` tells a failed response that a test asks for).
async function newContext(expected = () => false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const origin = new URL(site).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    elsewhere.push(`${route.request().method()} ${url}`);
    return route.abort();
  });
  context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.text().startsWith('[trigger-point-locator]')) pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !expected(response)) pageErrors.push(`${page.url()}: HTTP ${response.status()} ${response.url()}`);
    });
  });
  return context;
}

before(async () => {
  // The flags of tests/browser/harness.mjs: no sandbox as root, no GPU, no background traffic of Chromium's own.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  admin = await newContext();
  readers = await newContext();
});

after(async () => {
  await browser?.close();
});

// Waits until every widget on the page is ready (a lazy one is scrolled to first, as a reader would).
async function widgetsReady(page, count) {
  const widgets = page.locator('trigger-point-locator');
  assert.equal(await widgets.count(), count);
  for (let i = 0; i < count; i += 1) {
    await widgets.nth(i).scrollIntoViewIfNeeded();
    await widgets.nth(i).locator('.stage.ready, .stage.failed').waitFor({ timeout: 20000 });
    assert.equal(await widgets.nth(i).locator('.stage.failed').count(), 0, `widget ${i} failed to start`);
    assert.ok(await widgets.nth(i).locator('.notice').isHidden(), `widget ${i} shows no error notice`);
  }
  return widgets;
}

// Clicks one widget's body map at a point of its view, as tests/browser/harness.mjs bodyPoint places it.
async function clickBody(page, widget, x, y) {
  await widget.locator('button[data-view="back"]').click();
  await widget.locator('canvas').scrollIntoViewIfNeeded();
  const box = await widget.locator('canvas').boundingBox();
  const frame = await widget.evaluate((el) => el.core.state('map').frame);
  const scale = box.width / Math.floor(box.width);
  await page.mouse.click(box.x + (frame.x + x * frame.width) * scale, box.y + (frame.y + y * frame.height) * scale);
}

// Opens a page and returns it with its HTML as the server sent it and the type the core's .wasm came with.
async function visit(path) {
  const page = await readers.newPage();
  const wasmTypes = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.wasm')) wasmTypes.push(response.headers()['content-type']);
  });
  const response = await page.goto(`${site}${path}`);
  assert.equal(response.status(), 200, path);
  return { page, html: await response.text(), wasmTypes };
}

test('an administrator activates the plugin and sets the defaults; a javascript: link is refused', async () => {
  assert.ok(existsSync(join(plugin, 'widget', '.htaccess')), 'the plugin ships widget/.htaccess for Apache');
  const header = readFileSync(join(plugin, 'trigger-point-locator.php'), 'utf8');
  assert.match(header, new RegExp(`Version:\\s+${version.replace(/\./g, '\\.')}\\n`));
  const page = await admin.newPage();
  await page.goto(`${site}/wp-login.php?redirect_to=${encodeURIComponent(`${site}/wp-admin/plugins.php`)}`);
  await page.fill('#user_login', 'admin');
  await page.fill('#user_pass', 'admin-password');
  await Promise.all([page.waitForURL('**/wp-admin/plugins.php'), page.click('#wp-submit')]);
  const row = page.locator('tr[data-slug="trigger-point-locator"]');
  await Promise.all([page.waitForURL('**/plugins.php?activate=true**'), row.locator('.activate a').click()]);
  assert.match(await page.locator('#message').innerText(), /Plugin activated/);
  assert.equal(await row.locator('a', { hasText: 'Settings' }).count(), 1);

  await page.goto(`${site}/wp-admin/options-general.php?page=trigger-point-locator`);
  await page.fill('#trigger-point-locator-booking_url', 'javascript:alert(1)');
  await page.click('#submit');
  assert.match(await page.locator('.notice-error, .error').first().innerText(), /Booking link: this value was refused/);
  assert.equal(await page.inputValue('#trigger-point-locator-booking_url'), '');

  for (const [name, value] of Object.entries(defaults)) await page.fill(`#trigger-point-locator-${name}`, value);
  await page.click('#submit');
  assert.match(await page.locator('#setting-error-settings_updated').innerText(), /Settings saved/);
  for (const [name, value] of Object.entries(defaults)) {
    assert.equal(await page.inputValue(`#trigger-point-locator-${name}`), value, name);
  }
  await page.screenshot({ path: screenshotPath('wordpress-settings.png'), fullPage: true });
  await page.close();
});

test('an author can write the shortcode but cannot change the settings', async () => {
  const settingsPage = `${site}/wp-admin/options-general.php?page=trigger-point-locator`;
  const context = await newContext((response) => response.url() === settingsPage);
  const page = await context.newPage();
  await page.goto(`${site}/wp-login.php`);
  await page.fill('#user_login', 'author');
  await page.fill('#user_pass', 'author-password');
  await Promise.all([page.waitForURL('**/wp-admin/**'), page.click('#wp-submit')]);
  const response = await page.goto(settingsPage);
  assert.equal(response.status(), 403);
  assert.match(await page.locator('body').innerText(), /not allowed to access this page/);
  await context.close();
});

test("the author's post: two shortcodes, the name with HTML shown as text, the javascript: link refused", async () => {
  const { page, html, wasmTypes } = await visit(`/?p=${content.post}`);
  // The module is enqueued once, as a module, with the release's version.
  const modules = html.match(/<script[^>]*trigger-point-locator\.js[^>]*>/g) ?? [];
  assert.equal(modules.length, 1, modules.join('\n'));
  assert.match(modules[0], /type="module"/);
  assert.match(modules[0], new RegExp(`ver=${version}`));
  // What the plugin wrote: every value escaped, the unknown attribute and the refused link named in comments.
  assert.ok(html.includes('clinic-name="Dr &quot;Ann&quot; &lt;b&gt;Lee&lt;/b&gt;"'), 'the name is escaped');
  assert.match(html, /<!-- Trigger Point Locator: unknown attributes ignored: colour -->/);
  assert.match(html, /<!-- Trigger Point Locator: values refused, the site's defaults used instead: booking_url/);
  assert.doesNotMatch(html, /javascript:alert/);
  assert.doesNotMatch(html, /clinic-name="Pasted"/, "the author's pasted tag was stripped by WordPress");

  const widgets = await widgetsReady(page, 2);
  const [first, second] = [widgets.nth(0), widgets.nth(1)];
  assert.deepEqual(wasmTypes.slice(0, 1), ['application/wasm']);

  await clickBody(page, first, ...leftCalfOnBackView);
  const panel = first.locator('section.panel');
  assert.match(await panel.innerText(), /Soleus \(left\)/);
  const professional = first.locator('aside.professional');
  assert.ok((await professional.innerText()).includes('Dr "Ann" <b>Lee</b>'), 'the HTML in the name is shown as text');
  assert.equal(await first.evaluate((el) => el.shadowRoot.querySelectorAll('b').length), 0);
  assert.equal(await professional.locator('a[href="https://example.org/book?a=1&b=2"]').count(), 1);
  assert.equal(await professional.locator('a[href="tel:+15550100"]').count(), 1, 'the phone from the defaults');
  await first.screenshot({ path: screenshotPath('wordpress-shortcode-1.png') });

  // The second widget, in Spanish, on its own: the refused link gave way to the site's booking link.
  await clickBody(page, second, ...leftCalfOnBackView);
  assert.match(await second.locator('section.panel').innerText(), /Sóleo/);
  assert.equal(await second.locator(`aside.professional a[href="${defaults.booking_url}"]`).count(), 1);
  assert.equal(await second.locator('aside.professional a[href^="javascript"]').count(), 0);
  assert.match(await panel.innerText(), /Soleus \(left\)/, 'the first widget kept its own results');
  await second.screenshot({ path: screenshotPath('wordpress-shortcode-2-es.png') });
  await page.close();
});

test('the block at wide alignment, with the defaults it leaves out', async () => {
  const { page, html } = await visit(`/?page_id=${content.page}`);
  // The wrapper carries the alignment; the widget is its only content.
  assert.match(html, /<div class="(alignwide wp-block-trigger-point-locator-widget|wp-block-trigger-point-locator-widget alignwide)"><trigger-point-locator [^>]*><\/trigger-point-locator><\/div>/);
  const [widget] = [(await widgetsReady(page, 1)).first()];
  assert.equal(await widget.getAttribute('accent-color'), '#2a7a4b');
  assert.equal(await widget.getAttribute('clinic-name'), defaults.clinic_name);
  const width = (await widget.boundingBox()).width;
  const text = (await page.locator('.wp-block-post-content > p').first().boundingBox()).width;
  assert.ok(width > text + 200, `wide: the widget (${width} px) is wider than the text (${text} px)`);
  await clickBody(page, widget, ...leftCalfOnBackView);
  assert.match(await widget.locator('section.panel').innerText(), /Soleus \(left\)/);
  assert.equal(await widget.locator(`aside.professional a[href="${defaults.booking_url}"]`).count(), 1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('wordpress-block-wide.png'), fullPage: true });
  await page.close();
});

test('a page without the widget does not load it', async () => {
  const { page, html } = await visit(`/?page_id=${content.plain_page}`);
  assert.doesNotMatch(html, /trigger-point-locator/);
  await page.close();
});

test('the block editor shows the block as a placeholder with its settings', async () => {
  const page = await admin.newPage();
  await page.goto(`${site}/wp-admin/post.php?post=${content.page}&action=edit`);
  const block = page.locator('.wp-block-trigger-point-locator-widget');
  await block.waitFor({ timeout: 60000 });
  assert.match(await block.getAttribute('class'), /\balignwide\b/);
  assert.match(await block.locator('.components-placeholder').innerText(), /Trigger Point Locator[\s\S]*Calm Hands Massage/);
  await block.click();
  await page.getByRole('button', { name: 'Look' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'Accent colour' }).inputValue(), '#2a7a4b');
  await page.screenshot({ path: screenshotPath('wordpress-editor.png') });
  await page.close();
});

test('nothing left the machine, and PHP logged no warning', () => {
  assert.deepEqual(elsewhere, [], 'requests to other hosts');
  assert.deepEqual(pageErrors, [], 'errors in the pages');
  const http = readFileSync(join(run, 'http-requests.log'), 'utf8').split('\n').filter(Boolean);
  assert.deepEqual(http.filter((line) => line.includes('/plugins/trigger-point-locator/')), [], 'HTTP requests from the plugin');
  const log = readFileSync(join(run, 'php-errors.log'), 'utf8').split('\n').filter(Boolean);
  const problems = log.filter((line) => /PHP (Warning|Notice|Fatal|Parse|Recoverable)/.test(line) || line.includes('/plugins/trigger-point-locator/'));
  assert.deepEqual(problems, [], 'PHP warnings, notices and errors');
  if (log.length) console.log(`PHP log (WordPress 6.1's own deprecations under PHP 8.2, not the plugin's):\n${log.join('\n')}`);
  if (http.length) console.log(`HTTP requests WordPress's PHP made (to other hosts: stopped):\n${http.map((l) => l.split('\t')[0]).join('\n')}`);
});
