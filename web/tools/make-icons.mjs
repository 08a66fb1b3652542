// Renders web/icons/icon.svg into the PNG icons of the demo's web app manifest, with headless Chromium.
// Run once after changing the SVG, and commit the PNGs (the build only copies them):
//   node web/tools/make-icons.mjs          (uses playwright-core from tests/browser/node_modules)
// "any" icons keep the rounded square with transparent corners; "maskable" icons (and the apple-touch-icon,
// which iOS rounds itself) fill the whole square and shrink the figure into the safe zone (the centre circle
// of 80 % diameter that every mask shape keeps).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(web, '..', 'tests', 'browser', 'package.json'));
const { chromium } = require('playwright-core');

const svg = readFileSync(join(web, 'icons', 'icon.svg'), 'utf8');
const outputs = [
  { file: 'icon-192.png', size: 192, fullBleed: false },
  { file: 'icon-512.png', size: 512, fullBleed: false },
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true, figureScale: 0.88 },
  { file: 'icon-maskable-192.png', size: 192, fullBleed: true, figureScale: 0.88 },
  { file: 'apple-touch-icon.png', size: 180, fullBleed: true, figureScale: 0.9 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'] });
for (const { file, size, fullBleed, figureScale = 1 } of outputs) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.evaluate(({ fullBleed, figureScale }) => {
    if (fullBleed) document.getElementById('background').setAttribute('rx', '0');
    const c = 256 * (1 - figureScale);
    document.getElementById('figure').setAttribute('transform', `translate(${c} ${c}) scale(${figureScale})`);
  }, { fullBleed, figureScale });
  await page.screenshot({ path: join(web, 'icons', file), omitBackground: !fullBleed, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  console.log(`wrote web/icons/${file} (${size}x${size})`);
}
await browser.close();
