// `make bench`: the widget's budgets, measured in Debian's Chromium against the served build, plus the native
// benchmark figures. Writes build/bench.json with each figure, its budget and whether it holds. Measures; never
// fails the build (budgets are reported, not enforced).
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve } from '../../web/tools/serve.mjs';
import { minifyModule } from '../../web/tools/minify.mjs';
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
// What an English page downloads to its first answer; the texts part (tpl-texts.en.json) comes with that answer. The
// other language bundles and the no-WebAssembly core (tpl-core.asm.js) are listed beside them, each taking the
// place of its English/wasm counterpart when used.
const assets = ['trigger-point-locator.js', 'trigger-point-locator.css', 'tpl-core.js', 'tpl-core.wasm', 'tpl-data.en.json'];
const afterFirstAnswer = ['tpl-texts.en.json'];
const alternatives = readdirSync(dist).filter((name) => /^tpl-(data|texts)\.\w+\.json$/.test(name) && !assets.includes(name)
  && !afterFirstAnswer.includes(name)).concat('tpl-core.asm.js');
const sizeOf = (name) => {
  const bytes = readFileSync(join(dist, name));
  return [name, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
};
const sizes = Object.fromEntries(assets.map(sizeOf));
const textSizes = Object.fromEntries(afterFirstAnswer.map(sizeOf));
const alternativeSizes = Object.fromEntries(alternatives.map(sizeOf));
const kb = (bytes) => round(bytes / 1024);
const transfer = (replaced = {}) => kb(Object.entries(sizes)
  .reduce((sum, [name, s]) => sum + (replaced[name] ?? s).gzip, 0));
budget('widget transfer, gzip (English page, to the first frame)', transfer(), 220, 'KiB');
budget('widget transfer, gzip (English page, with the long texts)',
  round(transfer() + kb(textSizes['tpl-texts.en.json'].gzip)), 220, 'KiB');
for (const name of alternatives.filter((n) => n.startsWith('tpl-data.'))) {  // to the first frame
  budget(`widget transfer, gzip (with ${name})`, transfer({ 'tpl-data.en.json': alternativeSizes[name] }), 220, 'KiB');
}
budget('wasm, gzip', kb(sizes['tpl-core.wasm'].gzip), 200, 'KiB');

// The site measured: the built widget, the start-up baseline (an SDL2 page built like the core that draws one frame,
// tests/bench/baseline.*) and two long article pages, one with the widget below the fold and one without.
const site = join(repo, 'build', 'bench-site');
rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, 'baseline'), { recursive: true });
cpSync(dist, site, { recursive: true });
// Its loader minified as the core's is (web/tools/minify.mjs), so the two differ only in what the widget adds.
const baselineBuild = join(repo, 'build', 'web', 'baseline');
cpSync(join(baselineBuild, 'tpl-baseline.wasm'), join(site, 'baseline', 'tpl-baseline.wasm'));
writeFileSync(join(site, 'baseline', 'tpl-baseline.js'), await minifyModule(readFileSync(join(baselineBuild, 'tpl-baseline.js'), 'utf8')));
for (const name of ['baseline.html', 'baseline.js']) cpSync(join(repo, 'tests', 'bench', name), join(site, 'baseline', name));
const article = (widget) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Calf pain after running</title>
<meta name="description" content="An article with${widget ? '' : 'out'} the widget below the fold.">
${widget ? '<script type="module" src="trigger-point-locator.js"></script>' : ''}</head>
<body style="margin:0 auto;max-width:40rem;padding:1rem;font:18px/1.5 sans-serif"><h1>Calf pain after running</h1>
${'<p>Runners often feel a deep ache low in the calf after a long run, and sometimes in the heel the morning after. Most of the time the muscles are tired and recover with rest, gentle stretching and a slower return to distance.</p>'.repeat(40)}
${widget ? '<trigger-point-locator lang="en"></trigger-point-locator>' : ''}
<p>Written by a physiotherapist.</p></body></html>`;
writeFileSync(join(site, 'article-with-widget.html'), article(true));
writeFileSync(join(site, 'article.html'), article(false));

const { server, url } = await serve(site, 0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });

// ---- cold load to the first interactive frame, the widget's and the baseline's, interleaved (median of 7) ----
// The dev server gzips each file on its first request, which a host serving precompressed files never does: every
// file is asked for once first, so that no run pays for it.
for (const name of readdirSync(dist).filter((n) => /\.(html|js|css|json|wasm)$/.test(n))) {
  await (await fetch(new URL(name, url), { headers: { 'Accept-Encoding': 'gzip' } })).arrayBuffer();
}
for (const name of ['baseline.html', 'baseline.js', 'tpl-baseline.js', 'tpl-baseline.wasm']) {
  await (await fetch(new URL(`baseline/${name}`, url), { headers: { 'Accept-Encoding': 'gzip' } })).arrayBuffer();
}
const coldLoad = async (path, setUp) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(setUp);
  await page.goto(new URL(path, url).href);
  await page.waitForFunction(() => window.__firstFrame !== undefined);
  const time = await page.evaluate(() => window.__firstFrame);
  await context.close();
  return time;
};
const loads = [], baselineLoads = [];
for (let i = 0; i < 7; ++i) {
  loads.push(await coldLoad('', () => {
    document.addEventListener('tpl-ready', () => requestAnimationFrame(() => { window.__firstFrame = performance.now(); }));
  }));
  baselineLoads.push(await coldLoad('baseline/baseline.html', () => {}));
}
budget('cold load to first interactive frame, median of 7', round(median(loads)), 400, 'ms');
budget('cold load of the baseline (SDL2, one frame), median of 7', round(median(baselineLoads)), Infinity, 'ms');
const coldLoadRatio = round(median(loads) / median(baselineLoads), 2);
budget('cold load, widget / baseline', coldLoadRatio, 1.5, '×');

// ---- start-up's main-thread tasks under Lighthouse's 4x CPU throttle, the widget's and the baseline's ----
// A Chrome trace of a cold load on a phone-sized page, from navigation to the first frame: the longest task on the
// page's main thread and the time its tasks spend over 50 ms (what total blocking time counts), median of 3 each,
// interleaved. The end is told by a console message, so that nothing is evaluated in the page while it starts.
const startupTasks = async (path, setUp) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(setUp);
  await page.addInitScript(() => {
    let firstFrame;
    Object.defineProperty(window, '__firstFrame', { configurable: true, get: () => firstFrame, set: (value) => {
      firstFrame = value;
      setTimeout(() => console.log('bench: first frame'), 0);
    } });
  });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  const firstFrame = page.waitForEvent('console', { predicate: (message) => message.text() === 'bench: first frame', timeout: 60000 });
  await page.goto(new URL(path, url).href);
  await firstFrame;
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await traced;
  await context.close();
  // The page's main thread: of the threads that parsed HTML (renderers' main threads), the one that ran the most.
  const mains = new Set(events.filter((e) => e.name === 'ParseHTML').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e.dur / 1000);
  }
  const total = (list) => list.reduce((sum, task) => sum + task, 0);
  const tasks = [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
  return { longest: Math.max(0, ...tasks), blocking: tasks.reduce((sum, task) => sum + Math.max(0, task - 50), 0),
    over_50: tasks.filter((task) => task > 50).length };
};
const widgetTasks = [], baselineTasks = [];
for (let i = 0; i < 3; ++i) {
  widgetTasks.push(await startupTasks('', () => {
    document.addEventListener('tpl-ready', () => requestAnimationFrame(() => { window.__firstFrame = performance.now(); }));
  }));
  baselineTasks.push(await startupTasks('baseline/baseline.html', () => {}));
}
const taskFigures = (list) => ({ longest_ms: round(median(list.map((t) => t.longest))),
  blocking_ms: round(median(list.map((t) => t.blocking))), tasks_over_50_ms: median(list.map((t) => t.over_50)) });
const startupTaskFigures = { widget: taskFigures(widgetTasks), baseline: taskFigures(baselineTasks) };
budget('start-up under 4x CPU throttle: longest main-thread task, median of 3', startupTaskFigures.widget.longest_ms, 50, 'ms');
budget('start-up under 4x CPU throttle: the baseline\'s longest task, median of 3', startupTaskFigures.baseline.longest_ms, Infinity, 'ms');
console.log(`     blocking time (tasks over 50 ms): widget ${startupTaskFigures.widget.blocking_ms} ms in ` +
  `${startupTaskFigures.widget.tasks_over_50_ms} tasks, baseline ${startupTaskFigures.baseline.blocking_ms} ms in ` +
  `${startupTaskFigures.baseline.tasks_over_50_ms}`);

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
  const wasm = await page.locator('trigger-point-locator').evaluate((el) => el.core.m.HEAP8.length, null, { timeout: 0 });
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
}, [count, seed], { timeout: 0 });  // thousands of selections, each rendered: longer than the default 30 s
await soak(1000, 1);  // warm-up to working size
const before = await heaps();
const soakStart = Date.now();
await soak(10000, 2);
const after = await heaps();
budget('soak: JS heap growth over 10,000 selection changes', round((after.js - before.js) / 1024), 1024, 'KiB');
budget('soak: wasm heap growth over 10,000 selection changes', round((after.wasm - before.wasm) / 1024), 0, 'KiB');
const soakSeconds = round((Date.now() - soakStart) / 1000);
await browser.close();

// ---- Lighthouse (mobile defaults, served gzipped): the demo page, and the article with and without the widget ----
// Asynchronously: this process also serves the page Lighthouse loads.
const lighthouseRun = async (page, categories = 'performance') => {
  const report = join(repo, 'build', 'lighthouse.json');
  await promisify(execFile)(join(repo, 'tests', 'browser', 'node_modules', '.bin', 'lighthouse'), [new URL(page, url).href,
    `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`, `--only-categories=${categories}`,
    '--output=json', `--output-path=${report}`, '--quiet'], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, timeout: 180000 });
  const result = JSON.parse(readFileSync(report, 'utf8'));
  return {
    scores: Object.fromEntries(Object.entries(result.categories).map(([id, c]) => [id, Math.round(c.score * 100)])),
    total_blocking_time_ms: round(result.audits['total-blocking-time'].numericValue),
  };
};
let lighthouse = null, hostPage = null;
try {
  // The article without and with the widget, alternately, three times each.
  const runs = { without: [], with: [] };
  for (let i = 0; i < 3; ++i) {
    runs.without.push(await lighthouseRun('article.html'));
    runs.with.push(await lighthouseRun('article-with-widget.html'));
  }
  const summary = (list) => ({ performance: median(list.map((r) => r.scores.performance)),
    total_blocking_time_ms: median(list.map((r) => r.total_blocking_time_ms)) });
  hostPage = { without_widget: summary(runs.without), with_widget: summary(runs.with), runs };
  budget('host page: Lighthouse performance with the widget below the fold, against without (median of 3 each)',
    hostPage.with_widget.performance, hostPage.without_widget.performance, 'score',
    hostPage.with_widget.performance >= hostPage.without_widget.performance - 2);
  budget('host page: total blocking time with the widget below the fold, against without (median of 3 each)',
    hostPage.with_widget.total_blocking_time_ms, hostPage.without_widget.total_blocking_time_ms, 'ms',
    hostPage.with_widget.total_blocking_time_ms <= hostPage.without_widget.total_blocking_time_ms + 50);
  // The demo page, five times: its median scores.
  const demo = [];
  for (let i = 0; i < 5; ++i) demo.push((await lighthouseRun('', 'performance,accessibility,best-practices')).scores);
  lighthouse = Object.fromEntries(Object.keys(demo[0]).map((id) => [id, median(demo.map((scores) => scores[id]))]));
  lighthouse.performance_runs = demo.map((scores) => scores.performance);
  budget('Lighthouse performance, median of 5', lighthouse.performance, 95, 'score', lighthouse.performance >= 95);
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

const out = { date: new Date().toISOString(), sizes, text_sizes: textSizes, alternative_sizes: alternativeSizes, cold_load_ms: loads.map((v) => round(v)),
  baseline_cold_load_ms: baselineLoads.map((v) => round(v)), cold_load_ratio: coldLoadRatio, startup_tasks: startupTaskFigures, host_page: hostPage, click_to_results_ms: {
  median: round(median(clicks)), p95: round(percentile(clicks, 0.95)), handler: handlingFigures }, idle: { frames: idleFrames, cpu_ms: round(idleCpu * 1000) },
  soak: { browser_changes: 10000, seconds: soakSeconds, heap_before: before, heap_after: after, native: nativeSoak },
  lighthouse, native_benchmarks: means, budgets };
writeFileSync(join(repo, 'build', 'bench.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote build/bench.json: ${budgets.filter((b) => b.holds).length} of ${budgets.length} budgets hold`);
