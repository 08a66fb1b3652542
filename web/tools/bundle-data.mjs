// Everything the widget takes from data/ at build time:
// - one data bundle per language, tpl-data.<lang>.json = {"language": "<lang>", "files": {"<path>": {...file...}}},
//   so the widget loads its data with one request and the core parses it in one pass. Each text keeps only its
//   own language, or English where it has no translation (the fallback the widget would show anyway), files lose
//   their indentation, and the pain guides stay behind: a visitor downloads about a third of data/. A file that
//   does not parse goes in as its text, so the core names its line and column.
// - the widget module, trigger-point-locator.js: its source modules (web/widget/) joined into one file by esbuild,
//   with built.js replaced by the release version, the list of languages and the few strings the widget shows before any data has
//   loaded (loading, data unreadable) from data/ui.json; then minified.
// Usage: node bundle-data.mjs DATA_DIR OUT_DIR WIDGET_ENTRY VERSION
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minifyModule } from './minify.mjs';

const [dataDir, outDir, widgetEntry, version] = process.argv.slice(2);
if (!dataDir || !outDir || !widgetEntry || !version) {
  console.error('usage: node bundle-data.mjs DATA_DIR OUT_DIR WIDGET_ENTRY VERSION');
  process.exit(2);
}
const walk = (dir) => readdirSync(dir).sort().flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : name.endsWith('.json') ? [path] : [];
});
const sources = walk(dataDir).map((path) => ({
  name: relative(dataDir, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

// A text (or text list) is an object keyed by language codes only, English among them (data/README.md).
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
const isText = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) &&
  Object.hasOwn(value, 'en') && Object.keys(value).every((key) => LANGUAGE.test(key));
const inLanguage = (value, lang) => {
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, lang));
  if (value === null || typeof value !== 'object') return value;
  if (isText(value)) {
    const translated = value[lang] !== undefined && value[lang].length > 0;
    return translated ? { [lang]: value[lang] } : { en: value.en };
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLanguage(item, lang)]));
};

const uiSource = sources.find((file) => file.name === 'ui.json');
const ui = JSON.parse(uiSource.text).ui;
const languages = [...new Set(Object.values(ui).flatMap((text) => Object.keys(text)))].sort();

for (const lang of languages) {
  const files = {};
  for (const { name, text } of sources) {
    try {
      // The pain guides serve the data's own checks (tpl validate, the pain-guide test) and notes its editors; the
      // page shows neither.
      const { pain_guides: _checked, notes: _forEditors, ...shown } = JSON.parse(text);
      if (Object.keys(shown).length > 0) files[name] = inLanguage(shown, lang);
    } catch {
      files[name] = text;
    }
  }
  writeFileSync(join(outDir, `tpl-data.${lang}.json`), JSON.stringify({ language: lang, files }));
}

const bootKeys = ['loading', 'data_error'];
const boot = Object.fromEntries(languages.map((lang) =>
  [lang, Object.fromEntries(bootKeys.map((key) => [key, ui[key]?.[lang] ?? ui[key]?.en ?? '']))]));
// One module for the page to load; built.js's defaults give way to what data/ holds.
const builtModule = `export const BUILT = ${JSON.stringify({ version, languages, boot })};`;
const joined = await build({
  entryPoints: [widgetEntry], bundle: true, format: 'esm', write: false, logLevel: 'warning',
  // lit-html, which the widget bundles, is installed with the build tools.
  nodePaths: [join(dirname(fileURLToPath(import.meta.url)), 'node_modules')],
  plugins: [{
    name: 'built',
    setup(esbuild) {
      esbuild.onLoad({ filter: /[\\/]built\.js$/ }, () => ({ contents: builtModule, loader: 'js' }));
    },
  }],
});
writeFileSync(join(outDir, 'trigger-point-locator.js'), await minifyModule(joined.outputFiles[0].text));
