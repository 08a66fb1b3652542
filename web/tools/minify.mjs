// Minifies the JavaScript a visitor downloads (terser): the widget module and the core's loader, tpl-core.js,
// which Emscripten writes without closure here (Debian's emscripten has no closure compiler). Saves about 12 KB
// gzipped of the widget's 300 KB budget. Only local names are shortened; property names stay, as the core's
// loader looks its exports up by name.
// Usage: node minify.mjs IN OUT   (or import { minifyModule })
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

export async function minifyModule(code) {
  const result = await minify(code, { module: true, compress: { passes: 2 }, mangle: true });
  return result.code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node minify.mjs IN OUT');
    process.exit(2);
  }
  writeFileSync(output, await minifyModule(readFileSync(input, 'utf8')));
}
