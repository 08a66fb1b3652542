// Everything the widget takes from data/ at build time:
// - one data bundle per language, tpl-data.<lang>.json = {"language": "<lang>", "files": {"<path>": {...file...}}},
//   so the widget loads its data with one request and the core parses it in one pass. Each text keeps only its
//   own language, or English where it has no translation (the fallback the widget would show anyway), and files
//   lose their indentation: a visitor downloads about a third of data/. A file that does not parse goes in as its
//   text, so the core names its line and column.
// - the widget module with the list of languages and the few strings it shows before any data has loaded (loading,
//   data unreadable) filled in from data/ui.json, in place of its `/* tpl:built */ null` marker; then minified.
// Usage: node bundle-data.mjs DATA_DIR OUT_DIR WIDGET_JS
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { minifyModule } from './minify.mjs';

const [dataDir, outDir, widgetFile] = process.argv.slice(2);
if (!dataDir || !outDir || !widgetFile) {
  console.error('usage: node bundle-data.mjs DATA_DIR OUT_DIR WIDGET_JS');
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
      files[name] = inLanguage(JSON.parse(text), lang);
    } catch {
      files[name] = text;
    }
  }
  writeFileSync(join(outDir, `tpl-data.${lang}.json`), JSON.stringify({ language: lang, files }));
}

const bootKeys = ['loading', 'data_error'];
const boot = Object.fromEntries(languages.map((lang) =>
  [lang, Object.fromEntries(bootKeys.map((key) => [key, ui[key]?.[lang] ?? ui[key]?.en ?? '']))]));
const widget = readFileSync(widgetFile, 'utf8');
const marker = '/* tpl:built */ null';
if (!widget.includes(marker)) {
  console.error(`${widgetFile}: marker ${marker} not found`);
  process.exit(1);
}
writeFileSync(join(outDir, basename(widgetFile)), await minifyModule(widget.replace(marker, JSON.stringify({ languages, boot }))));
