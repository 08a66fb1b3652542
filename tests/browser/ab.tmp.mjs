import { chromium } from 'playwright-core';
import { serve } from '../../web/tools/serve.mjs';
const dists = { old: '/work/wt-old/build/web/dist', new: '/work/main/build/web/dist' };
const servers = {};
for (const [k, d] of Object.entries(dists)) servers[k] = await serve(d, 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)];
const median = (v) => percentile(v, 0.5);
const all = { old: [], new: [] }, handlers = { old: [], new: [] };
for (let round = 0; round < 4; ++round) {
  for (const k of round % 2 ? ['new', 'old'] : ['old', 'new']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(servers[k].url);
    await page.waitForFunction(() => document.querySelector('trigger-point-locator')?.shadowRoot?.querySelector('.stage.ready'));
    await page.evaluate(() => {
      const widget = document.querySelector('trigger-point-locator');
      window.__clicks = []; window.__handling = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'pointerdown') window.__handling.push(e.processingEnd - e.processingStart); }).observe({ type: 'event', durationThreshold: 0, buffered: true });
      let start = 0;
      widget.shadowRoot.querySelector('canvas').addEventListener('pointerdown', (event) => { start = event.timeStamp; }, true);
      widget.addEventListener('tpl-results', () => requestAnimationFrame(() => setTimeout(() => window.__clicks.push(performance.now() - start), 0)));
    });
    const box = await page.locator('trigger-point-locator canvas').boundingBox();
    for (let i = 0; i < 40; ++i) {
      await page.mouse.click(box.x + box.width * (0.42 + 0.16 * ((i * 37) % 100) / 100), box.y + box.height * (0.2 + 0.6 * ((i * 61) % 100) / 100));
      await page.waitForTimeout(30);
    }
    all[k].push(...await page.evaluate(() => window.__clicks));
    handlers[k].push(...await page.evaluate(() => window.__handling));
    await page.close();
  }
}
for (const k of ['old', 'new']) console.log(k, 'clicks', all[k].length, 'median', median(all[k]).toFixed(1), 'p95', percentile(all[k], 0.95).toFixed(1), '| handler median', median(handlers[k]).toFixed(1), 'p95', percentile(handlers[k], 0.95).toFixed(1));
await browser.close(); for (const s of Object.values(servers)) s.server.close();
