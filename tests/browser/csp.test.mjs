// The widget under a strict Content Security Policy, sent on every response: no inline script or style, no
// eval, scripts and styles from the page's own origin only, WebAssembly allowed to compile. Any violation
// (reported to the page or on the console) fails the test and is named with its file, line and column.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, clickBody, panelText } from './harness.mjs';

const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let env;
before(async () => { env = await start(() => ({ 'Content-Security-Policy': policy })); });
after(async () => { await env.stop(); });

// Collects violations from the page's securitypolicyviolation events and from console messages.
async function watchedPage(context) {
  const page = await context.newPage();
  page.errors = [];
  page.violations = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      const { url, lineNumber, columnNumber } = message.location();
      page.violations.push(`console: ${message.text()} (at ${url}:${lineNumber + 1}:${columnNumber + 1})`);
    }
  });
  await page.addInitScript(() => {
    const seen = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` +
        (event.sample ? ` "${event.sample}"` : ''));
    }, true);
  });
  return page;
}

const violations = async (page) => [...page.violations, ...await page.evaluate(() => [...window.__cspViolations])];

const ready = (page) => page.waitForFunction(() => document.querySelector('trigger-point-locator')?.shadowRoot
  ?.querySelector('.stage.ready, .stage.failed'), null, { timeout: 10000 });

test('under a strict CSP the demo loads, answers a click and registers its service worker, with no violation', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await watchedPage(context);
    const response = await page.goto(env.url);
    assert.equal(response.headers()['content-security-policy'], policy);
    await ready(page);
    assert.equal(await page.locator('trigger-point-locator .stage.ready').count(), 1, 'the widget started');
    await page.locator('trigger-point-locator button[data-view="back"]').click();
    await clickBody(page, 0.38, 0.83);
    assert.match(await panelText(page), /Soleus \(left\)/);
    await page.locator('trigger-point-locator section.panel .result .row').nth(1).click();
    // The offline app's worker is allowed by the policy too (worker-src falls back to script-src 'self').
    await page.evaluate(() => navigator.serviceWorker.ready);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);

    // The policy is really in force, and a violation would be caught: an inline style is refused and reported.
    await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'h1 { color: red }' })));
    await page.waitForTimeout(100);
    const caught = await violations(page);
    assert.ok(caught.some((v) => v.includes('style-src')), `the inline style was reported: ${caught.join('\n')}`);
    assert.notEqual(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).color), 'rgb(255, 0, 0)');
  } finally {
    await context.close();
  }
});

test('under the same CSP the embed page with theming attributes (set through the CSSOM) has no violation', async () => {
  const context = await env.browser.newContext({ viewport: { width: 900, height: 900 } });
  try {
    const page = await watchedPage(context);
    await page.goto(`${env.url}embed.html?lang=es&accent-color=%23225588&radius=4px&clinic-name=Calm%20Hands&booking-url=https://example.org/b`);
    await ready(page);
    await page.locator('trigger-point-locator button[data-view="back"]').click();
    await clickBody(page, 0.38, 0.83);
    assert.match(await panelText(page), /Sóleo/);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
