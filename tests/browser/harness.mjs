// Shared set-up for the browser tests: serve build/web/dist, drive Debian's Chromium with playwright-core,
// and helpers that act as a visitor would (click a body point on the canvas, read the results panel).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
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

// Clicks the canvas with a real mouse at a point given in the view's own normalized coordinates, using the
// same letterboxing as the core (8 px margin, the view's aspect ratio centred in the canvas).
export async function clickBody(page, x, y, aspect = 0.5) {
  const box = await page.locator('trigger-point-locator canvas').boundingBox();
  const margin = 8;
  let w = box.width - 2 * margin, h = w / aspect;
  if (h > box.height - 2 * margin) {
    h = box.height - 2 * margin;
    w = h * aspect;
  }
  await page.mouse.click(box.x + (box.width - w) / 2 + x * w, box.y + (box.height - h) / 2 + y * h);
}

export const panelText = (page) => page.locator('trigger-point-locator section.panel').innerText();

export function screenshotPath(name) {
  mkdirSync(screenshots, { recursive: true });
  return join(screenshots, name);
}
