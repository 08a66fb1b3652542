// Start-up: downloading the core and the data bundle of the visitor's language (with a loading bar), opening the
// map while the data still arrives, and loading the data into the core. Each step is a task of its own, so the
// host page can paint and answer its visitor in between.
import { BUILT } from './built.js';
import { Core } from './core.js';
import { nextTask, warn } from './dom.js';

// A file of the widget: its files lie next to its own module, wherever that is served from.
export const here = (path) => new URL(path, import.meta.url).href;

// The language to use for `requested`: itself, its base language ("es" for "es-MX"), else English.
export function resolveLanguage(requested) {
  const lang = (requested || 'en').toLowerCase();
  if (BUILT.languages.includes(lang)) return lang;
  const base = lang.split('-')[0];
  if (BUILT.languages.includes(base)) return base;
  if (requested) warn(`language "${requested}" is not available; using English (available: ${BUILT.languages.join(', ')})`);
  return 'en';
}

// A string the widget shows before any data has loaded ("loading", "data_error"), in `language`.
export function bootText(language, key) {
  return BUILT.boot[language]?.[key] ?? BUILT.boot.en?.[key] ?? key;
}

// A drawing context of `type` on `canvas`, or null where the browser has none.
function tryContext(canvas, type, attributes) {
  try {
    return canvas.getContext(type, attributes);
  } catch {
    return null;
  }
}

// Downloads a file of the widget as a Response whose body reports bytes as they arrive (for the loading bar).
export async function downloadAsResponse(path, onProgress, signal) {
  const response = await fetch(here(path), { signal });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  // A compressed response's length counts compressed bytes while its body gives the plain ones: its total is then
  // unknown (0), as it is without a length.
  const total = response.headers.get('Content-Encoding') ? 0 : Number(response.headers.get('Content-Length')) || 0;
  if (!response.body) return response;
  // The bytes are counted on a copy of the body: the original goes to its consumer (the wasm compiler, which
  // streams it) unhindered, rather than through a script chunk by chunk.
  const reader = response.clone().body.getReader();
  let received = 0;
  const count = ({ done, value }) => {
    if (done) return undefined;
    received += value.length;
    onProgress(received, total);
    return reader.read().then(count);
  };
  reader.read().then(count).catch(() => {});
  return response;
}

export async function download(path, onProgress = () => {}) {
  return new Uint8Array(await (await downloadAsResponse(path, onProgress)).arrayBuffer());
}

// Downloads, compiles and instantiates the core for `canvas`; `makeContext()` makes the map's WebGL context (or
// null), which the core takes over. Resolves to {core, webgl}. The wasm core draws with WebGL alone. Without
// WebAssembly or without WebGL the same core runs as JavaScript (tpl-core.asm.js, compiled from the same C++ by
// wasm2js, with SDL's software renderer for a 2D canvas): bigger and slower, but everything works.
async function loadCore(canvas, makeContext, onProgress) {
  // The wasm core is asked for before the context is made (which takes a while), as nearly every browser has
  // both; where WebGL turns out to be missing, its download is called off.
  const hasWasm = typeof WebAssembly === 'object';
  const wasmAborter = new AbortController();
  const wasmCompiled = hasWasm
    ? WebAssembly.compileStreaming(downloadAsResponse('tpl-core.wasm', onProgress, wasmAborter.signal)) : null;
  wasmCompiled?.catch(() => {});  // reported where it is awaited, below, unless called off
  const wasmLoader = hasWasm ? import(here('tpl-core.js')) : null;
  wasmLoader?.catch(() => {});
  await nextTask();  // making the context is a task of its own
  const webgl = makeContext();
  const useWasm = hasWasm && Boolean(webgl);
  if (!useWasm) {
    wasmAborter.abort();
    onProgress(0, 0);  // the JavaScript core reports no bytes: the bar only says "loading"
  }
  const [{ default: createTplModule }, compiled] = await Promise.all([
    useWasm ? wasmLoader : import(here('tpl-core.asm.js')),
    useWasm ? wasmCompiled : null,
  ]);
  performance.mark('tpl:core-downloaded');
  let instantiationFailed;
  const module = await Promise.race([createTplModule({
    canvas,
    // Compiled while it downloaded; instantiated here with the module's imports.
    instantiateWasm: useWasm ? (imports, receive) => {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance), instantiationFailed);
      return {};
    } : undefined,
    preinitializedWebGLContext: webgl,
    locateFile: (path) => here(path),
    print: (text) => console.log('[trigger-point-locator]', text),
    printErr: warn,
  }), new Promise((_, reject) => { instantiationFailed = reject; })]);
  performance.mark('tpl:compiled');
  return { core: new Core(module), webgl };
}

// Loads the core and the data bundle of `language` for `canvas` (whose size in CSS pixels `size()` gives), filling
// `progress` (a <progress>) as the bytes arrive. Resolves to {core, mapShown, problems}: the core with its data
// loaded, or the data's problems.
export async function start({ canvas, size, language, progress }) {
  // The bar fills by the bytes of the downloads that report; with any total unknown it only says "loading".
  const loaded = [], totals = [];
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  const reporter = (index) => (received, total) => {
    loaded[index] = received;
    totals[index] = total;
    if (totals.includes(0)) progress.removeAttribute('value');
    else progress.value = Math.min(100, Math.round(100 * sum(loaded) / sum(totals)));
  };
  // The map opens as soon as the core is ready, while the data may still be downloading.
  const bundleDownload = download(`tpl-data.${language}.json`, reporter(1));
  bundleDownload.catch(() => {});  // its failure is reported where it is awaited, below
  // The map's WebGL context is made while the core downloads, rather than during the core's start-up; the core
  // takes it over. The attributes are what SDL's renderer needs: no depth, stencil or multisampling.
  const { core, webgl } = await loadCore(canvas,
    () => tryContext(canvas, 'webgl', { alpha: false, depth: false, stencil: false, antialias: false }), reporter(0));
  await nextTask();  // instantiating the core and opening the map (SDL's start, its shaders) are a task each
  // SDL draws with WebGL, else with its software renderer on a 2D canvas; with neither, the map stays off (SDL
  // would otherwise fail later, inside a frame).
  const drawable = Boolean(webgl) || Boolean(tryContext(document.createElement('canvas'), '2d', {}));
  const { width, height } = size();
  const mapShown = drawable && core.open(width, height);
  performance.mark('tpl:map-opened');
  const bundle = await bundleDownload;
  await nextTask();
  const { problems } = await core.load(bundle);
  performance.mark('tpl:data-loaded');
  await nextTask();
  return { core, mapShown, problems };
}
