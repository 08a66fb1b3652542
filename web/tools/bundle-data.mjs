// Everything the widget takes from data/ at build time:
// - two data bundles per language: tpl-data.<lang>.json = {"language", "deferred": [fields], "files": {"<path>":
//   {...file...}}}, what the map and the first answer need, so the widget loads it with one request and the core
//   parses it in one pass; and tpl-texts.<lang>.json = {"language", "texts": {collection: {id: {field: value}}}},
//   what it defers (src/core/deferred_fields.json lists the fields, which the core accepts from it): the long texts (a point's symptoms, self-help steps...)
//   and what only a result's details show (its self-help and rule-out lists, the muscle's sources), which the widget
//   fetches with the first answer. Each text keeps only its
//   own language, or English where it has no translation (the fallback the widget would show anyway), files lose
//   their indentation, and what serves only the data's editors and checks stays behind (the pain guides, notes, and
//   the lists of related muscles and points): a visitor downloads about a third of data/. A file that
//   does not parse goes in as its text, so the core names its line and column.
// - the widget module, trigger-point-locator.js: its source modules (web/widget/) joined into one file by esbuild,
//   with built.js replaced by the release version, the list of languages and the few strings the widget shows before any data has
//   loaded (loading, data unreadable) from data/ui.json; then minified.
// Usage: node bundle-data.mjs DATA_DIR OUT_DIR [WIDGET_ENTRY VERSION]; without the widget's entry, the data bundles
// alone (the unit tests compare them with data/).
import { mkdirSync, readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const [dataDir, outDir, widgetEntry, version] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
if (!dataDir || !outDir || Boolean(widgetEntry) !== Boolean(version)) {
  console.error('usage: node bundle-data.mjs DATA_DIR OUT_DIR [WIDGET_ENTRY VERSION]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
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

// "collection/field.path" -> moves each entry's field from `file` into `texts[collection][id]`. Trigger points are
// entries of their muscles' lists.
const deferred = JSON.parse(readFileSync(join(here, '../../src/core/deferred_fields.json'), 'utf8'));
const entriesOf = (file, collection) => (collection === 'trigger_points'
  ? (file.muscles ?? []).flatMap((muscle) => muscle.trigger_points ?? [])
  : file[collection] ?? []);
function deferTexts(file, texts) {
  for (const field of deferred) {
    const [collection, path] = field.split('/');
    const keys = path.split('.');
    for (const entry of entriesOf(file, collection)) {
      const parent = keys.slice(0, -1).reduce((node, key) => node?.[key], entry);
      const last = keys[keys.length - 1];
      if (!parent || !(last in parent)) continue;
      const into = keys.slice(0, -1).reduce((node, key) => (node[key] ??= {}), ((texts[collection] ??= {})[entry.id] ??= {}));
      into[last] = parent[last];
      delete parent[last];
    }
  }
}

// Checked by `tpl validate` and read by the data's editors, shown nowhere on the page: a muscle's synergists and
// antagonists, a point's associated points.
const forEditors = { muscles: ['synergists', 'antagonists'], trigger_points: ['associated'] };
function leaveOutEditorsFields(file) {
  for (const [collection, fields] of Object.entries(forEditors)) {
    for (const entry of entriesOf(file, collection)) for (const field of fields) delete entry[field];
  }
}

for (const lang of languages) {
  const files = {};
  const texts = {};
  for (const { name, text } of sources) {
    try {
      // The pain guides serve the data's own checks (tpl validate, the pain-guide test) and notes its editors.
      const { pain_guides: _checked, notes: _forEditors, ...shown } = JSON.parse(text);
      if (Object.keys(shown).length === 0) continue;
      files[name] = inLanguage(shown, lang);
      leaveOutEditorsFields(files[name]);
      deferTexts(files[name], texts);
    } catch {
      files[name] = text;
    }
  }
  writeFileSync(join(outDir, `tpl-data.${lang}.json`), JSON.stringify({ language: lang, deferred, files }));
  writeFileSync(join(outDir, `tpl-texts.${lang}.json`), JSON.stringify({ language: lang, texts }));
}

// The widget module, with the strings it shows before any data has loaded.
async function writeWidgetModule() {
  const bootKeys = ['loading', 'data_error'];
  const boot = Object.fromEntries(languages.map((lang) =>
    [lang, Object.fromEntries(bootKeys.map((key) => [key, ui[key]?.[lang] ?? ui[key]?.en ?? '']))]));
  // One module for the page to load; built.js's defaults give way to what data/ holds.
  const builtModule = `export const BUILT = ${JSON.stringify({ version, languages, boot })};`;
  // esbuild and the minifier are build tools (web/tools/package.json), needed for the module only.
  const { build } = await import('esbuild');
  const { minifyModule } = await import('./minify.mjs');
  const joined = await build({
    entryPoints: [widgetEntry], bundle: true, format: 'esm', write: false, logLevel: 'warning',
    // lit-html, which the widget bundles, is installed with the build tools.
    nodePaths: [join(here, 'node_modules')],
    plugins: [{
      name: 'built',
      setup(esbuild) {
        esbuild.onLoad({ filter: /[\\/]built\.js$/ }, () => ({ contents: builtModule, loader: 'js' }));
      },
    }],
  });
  writeFileSync(join(outDir, 'trigger-point-locator.js'), await minifyModule(joined.outputFiles[0].text));
}

if (widgetEntry) await writeWidgetModule();
