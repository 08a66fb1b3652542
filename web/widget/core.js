// The C++ core as the page sees it: loading its module and data, and its six exported functions (web_bridge.cpp)
// wrapped so that JSON goes in and out. Strings travel through the module's heap as UTF-8; bytes (a Uint8Array) go
// in as they are, which spares decoding and re-encoding the data bundle.

const here = (path) => new URL(path, import.meta.url).href;

export class Core {
  constructor(module) {
    this.m = module;
  }

  call(name, ...args) {
    const allocated = [];
    const converted = args.map((arg) => {
      if (typeof arg !== 'string' && !(arg instanceof Uint8Array)) return arg;
      const bytes = typeof arg === 'string' ? null : arg;
      const size = bytes ? bytes.length + 1 : this.m.lengthBytesUTF8(arg) + 1;
      const pointer = this.m._malloc(size);
      if (bytes) {
        this.m.HEAPU8.set(bytes, pointer);
        this.m.HEAPU8[pointer + bytes.length] = 0;
      } else {
        this.m.stringToUTF8(arg, pointer, size);
      }
      allocated.push(pointer);
      return pointer;
    });
    try {
      return this.m[`_tpl_${name}`](...converted);
    } finally {
      allocated.forEach((pointer) => this.m._free(pointer));
    }
  }

  json(name, ...args) {
    return JSON.parse(this.m.UTF8ToString(this.call(name, ...args)));
  }

  // Opens the map on the module's canvas; whether it can draw.
  open(width, height) {
    return Boolean(this.call('open', width, height));
  }

  // Loads a data bundle (UTF-8 bytes): {problems, parts, notes}. With problems the core keeps what it had.
  load(bytes) {
    return this.json('load', bytes);
  }

  // One event (src/core/event.h): {parts: the view model's parts it changed, notes: what it ignored}.
  event(event) {
    return this.json('event', JSON.stringify(event));
  }

  // One part of the view model: 'map', 'panel', 'outcome', 'chrome' or 'regions'.
  state(part) {
    return this.json('state', part);
  }

  // Draws the map if it changed; whether it drew.
  frame() {
    return Boolean(this.call('frame'));
  }

  // The map's colours, {name: '#rrggbb'}.
  theme(colours) {
    this.call('theme', JSON.stringify(colours));
  }
}

// Downloads a file of the widget as a Response whose body reports bytes as they arrive (for the loading bar).
export async function downloadAsResponse(path, onProgress) {
  const response = await fetch(here(path));
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

// Downloads, compiles and instantiates the core for `canvas`. Without WebAssembly the same core runs as
// JavaScript (tpl-core.asm.js, compiled from the same C++ by wasm2js): bigger and slower, but everything works.
// `webgl` is the map's context, made by the caller while the core downloads; the core takes it over.
export async function loadCore({ canvas, webgl, onProgress, log, warn }) {
  const hasWasm = typeof WebAssembly === 'object';
  const [{ default: createTplModule }, compiled] = await Promise.all([
    import(here(hasWasm ? 'tpl-core.js' : 'tpl-core.asm.js')),
    hasWasm ? WebAssembly.compileStreaming(downloadAsResponse('tpl-core.wasm', onProgress)) : null,
  ]);
  performance.mark('tpl:core-downloaded');
  let instantiationFailed;
  const module = await Promise.race([createTplModule({
    canvas,
    // Compiled while it downloaded; instantiated here with the module's imports.
    instantiateWasm: hasWasm ? (imports, receive) => {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance), instantiationFailed);
      return {};
    } : undefined,
    preinitializedWebGLContext: webgl,
    locateFile: (path) => here(path),
    print: log,
    printErr: warn,
  }), new Promise((_, reject) => { instantiationFailed = reject; })]);
  performance.mark('tpl:compiled');
  return new Core(module);
}
