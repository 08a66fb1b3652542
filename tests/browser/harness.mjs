// Shared set-up for the browser tests: serve build/web/dist, drive Debian's Chromium with playwright-core,
// and helpers that act as a visitor would (click a body point on the canvas, read the results panel).
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../web/tools/serve.mjs';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = process.env.TPL_DIST ?? join(repo, 'build', 'web', 'dist');
export const screenshots = join(repo, 'build', 'screenshots');

// Flags measured to work on this machine kind: no sandbox as root, no GPU, and no background network traffic.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// `headersFor(path)` may add response headers (the CSP test sends a Content-Security-Policy on every response);
// `extraArgs` are more Chromium flags.
export async function start(headersFor, extraArgs = []) {
  const { server, url } = await serve(dist, 0, headersFor);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: [...chromiumArgs, ...extraArgs] });
  return { server, url, browser, async stop() { await browser.close(); server.close(); } };
}

// Opens `url` and waits until the widget is ready (or has failed); collects page errors.
export async function open(browser, url, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('trigger-point-locator')?.shadowRoot
    ?.querySelector('.stage.ready, .stage.failed'), null, { timeout: 15000 });
  return page;
}

// Where a point of the current view (normalized coordinates) lies on the page, as the core places the view in the
// canvas (its map model's frame, in the canvas's CSS pixels).
export async function bodyPoint(page, x, y) {
  const widget = page.locator('trigger-point-locator').first();
  const box = await widget.locator('canvas').boundingBox();
  const frame = await widget.evaluate((el) => el.core.state('map').frame);
  const scale = box.width / Math.floor(box.width);  // the canvas's CSS pixels are its box's, rounded down
  return { x: box.x + (frame.x + x * frame.width) * scale, y: box.y + (frame.y + y * frame.height) * scale };
}

// Clicks the canvas with a real mouse at a point given in the view's own normalized coordinates.
export async function clickBody(page, x, y) {
  const point = await bodyPoint(page, x, y);
  await page.mouse.click(point.x, point.y);
}

// Ticks a region in the widget's list of body areas as a visitor does: opens the list and the region's body area,
// then ticks its box.
export async function tickInList(page, region) {
  const list = page.locator('trigger-point-locator .region-list');
  if (!(await list.evaluate((node) => node.open))) await list.locator(':scope > summary').click();
  const area = list.locator('details.area', { has: page.locator(`input[data-region="${region}"]`) });
  if (!(await area.evaluate((node) => node.open))) await area.locator(':scope > summary').click();
  await area.locator(`input[data-region="${region}"]`).check();
}

export const panelText = (page) => page.locator('trigger-point-locator section.panel').innerText();

export function screenshotPath(name) {
  mkdirSync(screenshots, { recursive: true });
  return join(screenshots, name);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// axe-core's violations on the page as it is now, one line each.
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target}`);
}
