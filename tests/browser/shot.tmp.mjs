import { start, open, clickBody } from './harness.mjs';
const env = await start();
for (const [name, viewport, touch] of [['phone', { width: 390, height: 844 }, true], ['desktop', { width: 1280, height: 900 }, false]]) {
  const context = await env.browser.newContext({ viewport, hasTouch: touch, isMobile: touch, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.locator('trigger-point-locator .stage.ready').waitFor();
  await page.locator('trigger-point-locator button[data-view="back"]').click();
  const { bodyPoint } = await import('./harness.mjs');
  const p = await bodyPoint(page, 0.38, 0.83);
  if (touch) await page.touchscreen.tap(p.x, p.y); else await page.mouse.click(p.x, p.y);
  await page.locator('trigger-point-locator .result').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/tap-${name}.png` });
  await context.close();
}
await env.stop();
