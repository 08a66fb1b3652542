// `make bench`: the widget's budgets, measured in Debian's Chromium against the served build, plus the native
// benchmark figures. Writes build/bench.json with each figure, its budget and whether it holds. Measures; never
// fails the build (budgets are reported, not enforced).
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve } from '../../web/tools/serve.mjs';
import { dist, repo } from './harness.mjs';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)];
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const budgets = [];
const budget = (name, value, limit, unit, holds = value <= limit) => {
  budgets.push({ name, value, budget: limit, unit, holds });
  console.log(`${holds ? 'ok  ' : 'MISS'} ${name}: ${value} ${unit} (budget ${limit})`);
};

// ---- sizes ----
// What an English page downloads; the other language bundles and the no-WebAssembly core (tpl-core.asm.js) are
// listed beside it, each taking the place of its English/wasm counterpart when used.
const assets = ['trigger-point-locator.js', 'trigger-point-locator.css', 'tpl-core.js', 'tpl-core.wasm', 'tpl-data.en.json'];
const alternatives = readdirSync(dist).filter((name) => /^tpl-data\.\w+\.json$/.test(name) && !assets.includes(name))
  .concat('tpl-core.asm.js');
const sizeOf = (name) => {
  const bytes = readFileSync(join(dist, name));
  return [name, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
};
const sizes = Object.fromEntries(assets.map(sizeOf));
const alternativeSizes = Object.fromEntries(alternatives.map(sizeOf));
const kb = (bytes) => round(bytes / 1024);
const transfer = (replaced = {}) => kb(Object.entries(sizes)
  .reduce((sum, [name, s]) => sum + (replaced[name] ?? s).gzip, 0));
budget('widget transfer, gzip (English page)', transfer(), 300, 'KiB');
for (const name of alternatives.filter((n) => n.startsWith('tpl-data.'))) {
  budget(`widget transfer, gzip (with ${name})`, transfer({ 'tpl-data.en.json': alternativeSizes[name] }), 300, 'KiB');
}
budget('wasm, gzip', kb(sizes['tpl-core.wasm'].gzip), 200, 'KiB');

const { server, url } = await serve(dist, 0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });

// ---- cold load to the first interactive frame (median of 5, new context each time) ----
// The dev server gzips each file on its first request, which a host serving precompressed files never does: every
// file is asked for once first, so that no run pays for it.
for (const name of readdirSync(dist).filter((n) => /\.(html|js|css|json|wasm)$/.test(n))) {
  await (await fetch(new URL(name, url), { headers: { 'Accept-Encoding': 'gzip' } })).arrayBuffer();
}
const loads = [];
for (let i = 0; i < 5; ++i) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('tpl-ready', () => requestAnimationFrame(() => { window.__tplInteractive = performance.now(); }));
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__tplInteractive !== undefined);
  loads.push(await page.evaluate(() => window.__tplInteractive));
  await context.close();
}
budget('cold load to first interactive frame, median of 5', round(median(loads)), 400, 'ms');

// ---- click to results painted (95th percentile of 100 clicks) ----
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
await page.waitForFunction(() => document.querySelector('trigger-point-locator')?.shadowRoot?.querySelector('.stage.ready'));
await page.evaluate(() => {
  const widget = document.querySelector('trigger-point-locator');
  window.__clicks = [];
  // The browser's own account of each press (Event Timing): the handlers' run time (the core's answer and the
  // panel's DOM) apart from the wait for the next frame.
  window.__handling = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'pointerdown') window.__handling.push(entry.processingEnd - entry.processingStart);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  let start = 0;
  widget.shadowRoot.querySelector('canvas').addEventListener('pointerdown', (event) => { start = event.timeStamp; }, true);
  widget.addEventListener('tpl-results', () => {
    // Painted: the frame after the results were rendered.
    requestAnimationFrame(() => setTimeout(() => window.__clicks.push(performance.now() - start), 0));
  });
});
const box = await page.locator('trigger-point-locator canvas').boundingBox();
for (let i = 0; i < 100; ++i) {
  const x = box.x + box.width * (0.42 + 0.16 * ((i * 37) % 100) / 100);
  const y = box.y + box.height * (0.2 + 0.6 * ((i * 61) % 100) / 100);
  await page.mouse.click(x, y);
  await page.waitForTimeout(30);
}
const clicks = await page.evaluate(() => window.__clicks);
budget(`click to results painted, 95th percentile of ${clicks.length} clicks`, round(percentile(clicks, 0.95)), 16, 'ms');
const handling = await page.evaluate(() => window.__handling);
const handlingFigures = handling.length
  ? { slow_presses: handling.length, median: round(median(handling)), p95: round(percentile(handling, 0.95)) } : { slow_presses: 0 };
console.log(`     the press handler (core + panel DOM) in the ${handling.length} presses that took 16 ms or more: ` +
  `median ${handlingFigures.median} ms, 95th percentile ${handlingFigures.p95} ms`);

// ---- idle: no frames and next to no CPU for 5 s ----
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
await page.mouse.move(2, 2);
await page.waitForTimeout(500);
const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
const framesBefore = await page.locator('trigger-point-locator').evaluate((el) => el.framesDrawn);
const taskBefore = await metric('TaskDuration');
await page.waitForTimeout(5000);
const idleFrames = (await page.locator('trigger-point-locator').evaluate((el) => el.framesDrawn)) - framesBefore;
const idleCpu = (await metric('TaskDuration')) - taskBefore;
budget('frames drawn while idle for 5 s', idleFrames, 0, 'frames');
budget('main-thread CPU while idle for 5 s', round(idleCpu * 1000), 50, 'ms');

// ---- soak: 10,000 random selection changes, wasm and JS heap flat ----
const heaps = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  const js = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const wasm = await page.locator('trigger-point-locator').evaluate((el) => el.core.m.HEAP8.length);
  return { js, wasm };
};
const soak = (count, seed) => page.locator('trigger-point-locator').evaluate((el, [n, s]) => {
  const ids = el.core.state('regions').groups.flatMap((group) => group.regions.map((region) => region.id));
  let state = s;
  const random = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
  for (let i = 0; i < n; ++i) {
    const pick = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ids[Math.floor(random() * ids.length)]);
    el.select(pick);
  }
}, [count, seed]);
await soak(1000, 1);  // warm-up to working size
const before = await heaps();
const soakStart = Date.now();
await soak(10000, 2);
const after = await heaps();
budget('soak: JS heap growth over 10,000 selection changes', round((after.js - before.js) / 1024), 1024, 'KiB');
budget('soak: wasm heap growth over 10,000 selection changes', round((after.wasm - before.wasm) / 1024), 0, 'KiB');
const soakSeconds = round((Date.now() - soakStart) / 1000);
await browser.close();

// ---- Lighthouse on the demo page (mobile defaults, served gzipped) ----
let lighthouse = null;
try {
  const report = join(repo, 'build', 'lighthouse.json');
  // Asynchronously: this process also serves the page Lighthouse loads.
  await promisify(execFile)(join(repo, 'tests', 'browser', 'node_modules', '.bin', 'lighthouse'), [url,
    `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`, '--only-categories=performance,accessibility,best-practices',
    '--output=json', `--output-path=${report}`, '--quiet'], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, timeout: 180000 });
  const categories = JSON.parse(readFileSync(report, 'utf8')).categories;
  lighthouse = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
  budget('Lighthouse performance', lighthouse.performance, 95, 'score', lighthouse.performance >= 95);
  budget('Lighthouse accessibility', lighthouse.accessibility, 100, 'score', lighthouse.accessibility >= 100);
  budget('Lighthouse best practices', lighthouse['best-practices'], 100, 'score', lighthouse['best-practices'] >= 100);
} catch (error) {
  console.log(`Lighthouse did not run: ${String(error.message).split('\n')[0]}`);
}
server.close();

// ---- native figures from the Catch2 benchmark run (tpl_bench output is passed in on stdin by make) ----
const native = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : '';
const soakLine = /SOAK (\{.*\})/.exec(native);
const nativeSoak = soakLine ? JSON.parse(soakLine[1]) : null;
if (nativeSoak) budget('native soak: resident memory growth over 1,000,000 queries', nativeSoak.rss_after_kib - nativeSoak.rss_before_kib, 1024, 'KiB');
const means = {};
// Each benchmark's line (name, samples, iterations, estimate) and, below it, its mean.
for (const match of native.matchAll(/^(\S[^\n]*?)\s{2,}\d+\s+\d+\s+[\d.]+ \w+\s*\n\s+([\d.]+) (ns|us|ms)/gm)) {
  means[match[1].trim()] = `${match[2]} ${match[3]}`;
}

const out = { date: new Date().toISOString(), sizes, alternative_sizes: alternativeSizes, cold_load_ms: loads.map((v) => round(v)), click_to_results_ms: {
  median: round(median(clicks)), p95: round(percentile(clicks, 0.95)), handler: handlingFigures }, idle: { frames: idleFrames, cpu_ms: round(idleCpu * 1000) },
  soak: { browser_changes: 10000, seconds: soakSeconds, heap_before: before, heap_after: after, native: nativeSoak },
  lighthouse, native_benchmarks: means, budgets };
writeFileSync(join(repo, 'build', 'bench.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote build/bench.json: ${budgets.filter((b) => b.holds).length} of ${budgets.length} budgets hold`);
