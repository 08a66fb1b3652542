// <trigger-point-locator>: the embeddable widget. Loads the C++ core (tpl-core.js/.wasm) and the data bundle
// relative to this module's own URL, draws the body map into its own canvas with SDL2, and shows the results in
// HTML. Everything lives in a shadow root; nothing is added to the host page's globals or styles, and nothing the
// visitor does leaves the page. All matching happens in the core: this file forwards input and renders the JSON
// the core returns.

const here = (path) => new URL(path, import.meta.url).href;
const warn = (...args) => console.warn('[trigger-point-locator]', ...args);
// Filled in from data/ when the site is assembled (web/tools/bundle-data.mjs): the languages that have a data
// bundle, and the strings shown before any data has loaded, per language.
const BUILT = /* tpl:built */ null ?? { languages: ['en'], boot: {} };
// Links the embedder may give for booking: web pages, phone numbers and e-mail only (never javascript: and such).
const SAFE_LINK = /^(https?:|tel:|mailto:)/i;

// Wraps the exported C functions: strings in and out through the module's heap. UTF-8 bytes (a Uint8Array) go in
// as they are, which spares decoding and re-encoding the data bundle.
class Core {
  constructor(module) {
    this.m = module;
  }
  call(name, ...args) {
    const allocated = [];
    const converted = args.map((arg) => {
      if (arg instanceof Uint8Array) {
        const pointer = this.m._malloc(arg.length + 1);
        this.m.HEAPU8.set(arg, pointer);
        this.m.HEAPU8[pointer + arg.length] = 0;
        allocated.push(pointer);
        return pointer;
      }
      if (typeof arg !== 'string') return arg;
      const size = this.m.lengthBytesUTF8(arg) + 1;
      const pointer = this.m._malloc(size);
      this.m.stringToUTF8(arg, pointer, size);
      allocated.push(pointer);
      return pointer;
    });
    try {
      return this.m[`_tpl_${name}`](...converted);
    } finally {
      allocated.forEach((pointer) => this.m._free(pointer));
    }
  }
  text(name, ...args) {
    return this.m.UTF8ToString(this.call(name, ...args));
  }
  json(name, ...args) {
    return JSON.parse(this.text(name, ...args));
  }
}

// Builds DOM nodes. Text always goes in as text (textContent), never as HTML.
const element = (tag, attributes = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return node;
};

// Downloads a file of the widget as a Response whose body reports bytes as they arrive (for the loading bar).
async function downloadAsResponse(path, onProgress) {
  const response = await fetch(here(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  // A compressed response's length counts compressed bytes while its body gives the plain ones: its total is then
  // unknown (0), as it is without a length.
  const total = response.headers.get('Content-Encoding') ? 0 : Number(response.headers.get('Content-Length')) || 0;
  if (!response.body) return response;
  // The bytes are counted on a copy of the body: the original goes to its consumer (the wasm compiler, which
  // streams it) unhindered; passing each chunk through a script first held the wasm back by ~40 ms.
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

// Gives the browser a turn between start-up steps, so that each step is a task of its own: the page can paint and
// answer its visitor's input in between, instead of waiting for the whole start-up.
const nextTask = () => (globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));

async function download(path, onProgress) {
  return new Uint8Array(await (await downloadAsResponse(path, onProgress)).arrayBuffer());
}

// Loads a data bundle (UTF-8 bytes) into the core; returns its problems as "file: where: message" lines, none
// when it loaded.
function loadBundle(core, bytes) {
  const problems = core.text('load', bytes);
  return problems ? JSON.parse(problems).map((p) => `${p.file}: ${p.where}: ${p.message}`) : [];
}

// A CSS colour (any syntax the browser knows) as "#rrggbb", or null.
function toHex(colour, probe) {
  if (!colour) return null;
  // Already so (as the stylesheet's defaults are): no need to make the browser recompute styles for the probe.
  if (/^\s*#[0-9a-f]{6}\s*$/i.test(colour)) return colour.trim().toLowerCase();
  probe.style.color = '';
  probe.style.color = colour.trim();
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(getComputedStyle(probe).color);
  return match ? `#${match.slice(1, 4).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}` : null;
}

export class TriggerPointLocator extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'clinic-name', 'booking-url', 'phone', 'accent-color', 'font', 'radius'];
  }

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.viewBar = element('div', { class: 'views', role: 'group' });
    this.viewBar.addEventListener('scroll', () => this.markViewBarEdges(), { passive: true });
    // A button reached with Tab would otherwise stop half under a fade.
    this.viewBar.addEventListener('focusin', (event) => this.keepInSight(event.target));
    this.canvas = element('canvas', { class: 'canvas', 'aria-hidden': 'true' });
    this.progress = element('progress', { class: 'progress', max: '100', value: '0' });
    this.status = element('div', { class: 'status', role: 'status' }, this.progress);
    this.stage = element('div', { class: 'stage' }, this.canvas, this.status);
    this.regionList = element('details', { class: 'region-list' });
    this.regionList.addEventListener('toggle', () => this.fillRegionList());
    this.announcer = element('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.panel = element('section', { class: 'panel' });
    this.printSummary = element('section', { class: 'print-summary' });
    this.probe = element('span', { class: 'visually-hidden', 'aria-hidden': 'true' });
    const stylesheet = element('link', { rel: 'stylesheet', href: here('trigger-point-locator.css') });
    this.root.append(
      stylesheet,
      (this.layout = element('div', { class: 'layout', part: 'layout' },
        element('div', { class: 'map' }, this.viewBar, this.stage, this.regionList),
        element('div', { class: 'side' }, this.announcer, this.panel))),
      this.printSummary, this.probe);
    // Nothing shows unstyled (bare buttons, a list the browser labels "Details") before the stylesheet arrives.
    this.layout.style.visibility = 'hidden';
    const reveal = () => this.layout.style.removeProperty('visibility');
    stylesheet.addEventListener('load', reveal, { once: true });
    stylesheet.addEventListener('error', reveal, { once: true });
    this.core = null;
    this.mapShown = false;
    this.frameRequested = false;
    this.answers = new Set();
    this.redFlagsYes = new Set();
    this.redFlagsAnswered = new Set();
  }

  connectedCallback() {
    this.applyStyleAttributes();
    if (this.started) return;
    this.started = true;
    this.start().catch((error) => this.fail(this.bootText('data_error'), [String(error?.message ?? error)]));
  }

  attributeChangedCallback(name) {
    if (['accent-color', 'font', 'radius'].includes(name)) {
      this.applyStyleAttributes();
      if (this.core) this.applyTheme();
    }
    if (!this.core) return;
    // `lang` is also a built-in property of every element: the chosen language is kept in `language` instead.
    if (name === 'lang') this.setLanguage(this.getAttribute('lang')).catch((error) => warn(String(error?.message ?? error)));
    else this.renderResults();
  }

  // ---- public API --------------------------------------------------------------------------------------------

  // Selects exactly these regions (ids as in `tpl regions`); unknown ids are ignored with a console warning.
  select(regionIds) {
    if (!this.core) {
      this.pendingSelection = regionIds;
      return;
    }
    const ids = Array.isArray(regionIds) ? regionIds.map(String) : typeof regionIds === 'string' ? [regionIds] : [];
    if (!Array.isArray(regionIds) && typeof regionIds !== 'string') warn('select() expects an array of region ids');
    const unknown = JSON.parse(this.core.text('select', JSON.stringify(ids)));
    if (unknown.length) warn(`unknown region id(s) ignored: ${unknown.join(', ')}`);
    this.selectionChanged();
  }

  clear() {
    if (!this.core) return;
    this.core.call('clear');
    this.selectionChanged();
  }

  get selection() {
    return this.lastOutcome ? this.lastOutcome.selected.map((region) => region.id) : [];
  }

  get view() {
    return this.core ? this.core.text('view') : null;
  }

  set view(id) {
    if (!this.core) return;
    if (!this.core.call('set_view', String(id))) {
      warn(`unknown view "${id}"; views are ${this.views.map((v) => v.id).join(', ')}`);
      return;
    }
    this.syncViewButtons();
    this.requestFrame();
  }

  // How many frames the map has drawn: it draws only after a change, so this stays put while nothing happens.
  get framesDrawn() {
    return this.core ? this.core.call('frames_drawn') : 0;
  }

  // ---- start-up ----------------------------------------------------------------------------------------------

  async start() {
    this.language = this.resolveLanguage(this.getAttribute('lang'));
    this.progress.setAttribute('aria-label', this.bootText('loading'));
    // Without WebAssembly the same core runs as JavaScript (tpl-core.asm.js, compiled from the same C++ by
    // wasm2js): bigger and slower, but the map, the region list and the results all work.
    const hasWasm = typeof WebAssembly === 'object';
    // The bar fills by the bytes of the downloads that report; with any total unknown it only says "loading".
    const loaded = [], totals = [];
    const sum = (values) => values.reduce((a, b) => a + b, 0);
    const progress = (index) => (received, total) => {
      loaded[index] = received;
      totals[index] = total;
      if (totals.includes(0)) this.progress.removeAttribute('value');
      else this.progress.value = Math.min(100, Math.round(100 * sum(loaded) / sum(totals)));
    };
    // The map opens as soon as the core is ready, while the data may still be downloading.
    const bundleDownload = download(`tpl-data.${this.language}.json`, progress(1));
    bundleDownload.catch(() => {});  // its failure is reported where it is awaited, below
    // The map's WebGL context is made now, while the core downloads, rather than during the core's start-up;
    // the core takes it over. The attributes are what SDL's renderer needs: no depth, stencil or multisampling.
    const webgl = this.tryContext('webgl', { alpha: false, depth: false, stencil: false, antialias: false });
    const [{ default: createTplModule }, compiled] = await Promise.all([
      import(here(hasWasm ? 'tpl-core.js' : 'tpl-core.asm.js')),
      hasWasm ? WebAssembly.compileStreaming(downloadAsResponse('tpl-core.wasm', progress(0))) : null,
    ]);
    performance.mark('tpl:core-downloaded');
    let instantiationFailed;
    const module = await Promise.race([createTplModule({
      canvas: this.canvas,
      // Compiled while it downloaded; instantiated here with the module's imports.
      instantiateWasm: hasWasm ? (imports, receive) => {
        WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance), instantiationFailed);
        return {};
      } : undefined,
      preinitializedWebGLContext: webgl,
      locateFile: (path) => here(path),
      print: (text) => console.log('[trigger-point-locator]', text),
      printErr: (text) => warn(text),
    }), new Promise((_, reject) => { instantiationFailed = reject; })]);
    const core = new Core(module);
    performance.mark('tpl:compiled');
    const { width, height } = this.canvasSize();
    // SDL draws with WebGL, else with its software renderer on a 2D canvas; with neither, the map stays off
    // (SDL would otherwise fail later, inside a frame).
    const drawable = Boolean(webgl) || Boolean(this.tryContext('2d', {}, document.createElement('canvas')));
    this.mapShown = drawable && Boolean(core.call('open', width, height));
    performance.mark('tpl:map-opened');
    const bundle = await bundleDownload;
    await nextTask();
    const problems = loadBundle(core, bundle);
    performance.mark('tpl:data-loaded');
    if (problems.length) {
      this.fail(this.bootText('data_error'), problems);
      return;
    }
    await nextTask();
    this.core = core;
    this.bundleLanguage = this.language;
    await this.setLanguage(this.language, false);
    this.stage.classList.add('ready');
    if (!this.mapShown) this.stage.classList.add('no-map');
    this.status.replaceChildren(this.mapShown ? '' : element('p', { text: this.ui.map_unavailable }));
    this.bindInput();
    this.applyTheme();
    new ResizeObserver(() => this.resize()).observe(this.stage);
    this.resize();
    if (this.pendingSelection) this.select(this.pendingSelection);
    else this.renderResults();
    performance.mark('tpl:ready');
    this.dispatchEvent(new CustomEvent('tpl-ready', { bubbles: true, composed: true }));
  }

  // The language to use for `requested`: itself, its base language ("es" for "es-MX"), else English.
  resolveLanguage(requested) {
    const lang = (requested || 'en').toLowerCase();
    if (BUILT.languages.includes(lang)) return lang;
    const base = lang.split('-')[0];
    if (BUILT.languages.includes(base)) return base;
    if (requested) warn(`language "${requested}" is not available; using English (available: ${BUILT.languages.join(', ')})`);
    return 'en';
  }

  bootText(key) {
    return BUILT.boot[this.language]?.[key] ?? BUILT.boot.en?.[key] ?? key;
  }

  // Each language has its own data bundle: another language means loading its bundle, keeping what the visitor
  // chose.
  async setLanguage(requested, render = true) {
    const lang = this.resolveLanguage(requested);
    if (lang !== this.bundleLanguage) {
      const kept = { selection: this.selection, view: this.view };
      const bundle = await download(`tpl-data.${lang}.json`, () => {});
      const problems = loadBundle(this.core, bundle);
      if (problems.length) {
        warn(`the ${lang} data could not be read`, problems);
        return;
      }
      this.bundleLanguage = lang;
      this.resize();
      this.applyTheme();
      this.core.text('select', JSON.stringify(kept.selection));
      this.core.call('set_view', kept.view);
    }
    this.language = lang;
    const ui = this.core.json('ui', lang);
    this.ui = ui.strings;
    this.views = ui.views;
    this.buildViewButtons();
    this.buildRegionList();
    if (render) this.renderResults();
  }

  applyStyleAttributes() {
    const properties = { 'accent-color': '--tpl-accent', font: '--tpl-font', radius: '--tpl-radius' };
    for (const [attribute, property] of Object.entries(properties)) {
      const value = this.getAttribute(attribute);
      if (value) this.style.setProperty(property, value);
    }
  }

  // The map follows the host's theme: its accent colour marks selected areas.
  applyTheme() {
    const style = getComputedStyle(this);
    const accent = toHex(style.getPropertyValue('--tpl-accent'), this.probe);
    const surface = toHex(style.getPropertyValue('--tpl-surface'), this.probe);
    const colours = {};
    if (accent) colours.selected = accent;
    if (surface) colours.background = surface;
    this.core.call('set_theme', JSON.stringify(colours));
    this.requestFrame();
  }

  // A drawing context of `type` on `canvas` (the map's own by default), or null where the browser has none.
  tryContext(type, attributes, canvas = this.canvas) {
    try {
      return canvas.getContext(type, attributes);
    } catch {
      return null;
    }
  }

  // The canvas's CSS size in whole pixels, rounded down as SDL does when it opens the window: the same figure at
  // open and at every resize, so the canvas is not reallocated for nothing (its box, not the stage's, which also
  // counts the border).
  canvasSize() {
    const box = this.canvas.getBoundingClientRect();
    return { width: Math.max(1, Math.floor(box.width)), height: Math.max(1, Math.floor(box.height)) };
  }

  // Resizing clears the canvas, so it is redrawn at once (the resize observer runs before the page paints), not in
  // the next animation frame: no blank frame while a phone rotates or a window is resized.
  resize() {
    this.markViewBarEdges();
    const { width, height } = this.canvasSize();
    this.core.call('resize', width, height, window.devicePixelRatio || 1);
    this.drawFrame();
  }

  // Frames are drawn only after something changed: an idle widget costs nothing.
  requestFrame() {
    if (this.frameRequested || !this.core || !this.mapShown) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      this.drawFrame();
    });
  }

  drawFrame() {
    if (!this.core || !this.mapShown) return;
    this.core.call('frame');
    this.stage.classList.add('drawn');
  }

  buildViewButtons() {
    this.viewBar.setAttribute('aria-label', this.ui.views_label);
    this.viewButtons = this.views.map((view) => element('button', {
      type: 'button', 'data-view': view.id, text: view.label,
      onclick: () => { this.view = view.id; },
    }));
    this.viewBar.replaceChildren(...this.viewButtons);
    // Arrow keys move between views, as in a toolbar.
    this.viewBar.onkeydown = (event) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (!step) return;
      const index = this.viewButtons.indexOf(this.root.activeElement);
      if (index < 0) return;
      event.preventDefault();
      const next = this.viewButtons[(index + step + this.viewButtons.length) % this.viewButtons.length];
      next.focus();
      next.click();
    };
    this.syncViewButtons();
  }

  syncViewButtons() {
    const current = this.view;
    for (const button of this.viewButtons ?? []) {
      const pressed = button.dataset.view === current;
      button.setAttribute('aria-pressed', String(pressed));
      if (pressed) this.keepInSight(button);
    }
    this.markViewBarEdges();
  }

  // Scrolls the sideways view row (never the page) so that `button` is clear of the faded edges: centred when it
  // is under a fade or outside the row.
  keepInSight(button) {
    const box = button.getBoundingClientRect(), bar = this.viewBar.getBoundingClientRect();
    const fade = 32;  // the width of the edge fades in trigger-point-locator.css
    const { before, after } = this.viewBarOverflow();
    if (box.left < bar.left + (before ? fade : 0) || box.right > bar.right - (after ? fade : 0)) {
      this.viewBar.scrollLeft += box.left - bar.left - (bar.width - box.width) / 2;
    }
  }

  // Whether the view row (scrolled sideways when it is wider than the map) has buttons beyond each edge.
  viewBarOverflow() {
    const bar = this.viewBar;
    return { before: bar.scrollLeft > 1, after: bar.scrollLeft < bar.scrollWidth - bar.clientWidth - 1 };
  }

  // Each edge of the view row with more buttons beyond it fades.
  markViewBarEdges() {
    const { before, after } = this.viewBarOverflow();
    this.viewBar.classList.toggle('more-before', before);
    this.viewBar.classList.toggle('more-after', after);
  }

  // The accessible way to choose: every region as a checkbox, grouped by body area.
  buildRegionList() {
    this.regionIndex = null;
    this.regionList.replaceChildren(element('summary', { text: this.ui.region_list_heading }));
    this.fillRegionList();
  }

  // Every region (id, label, area, views) in the current language, asked of the core when first needed (the list's
  // checkboxes, the map's hover titles) rather than at start-up.
  get regionsById() {
    if (!this.regionIndex) {
      const regions = this.core.json('regions', this.language).regions;
      this.regionIndex = new Map(regions.map((region) => [region.id, region]));
    }
    return this.regionIndex;
  }

  // The checkboxes are made when the list is first opened: until then they would only slow the first paint.
  fillRegionList() {
    if (!this.regionList.open || this.regionList.childElementCount > 1) return;
    const selected = new Set(this.selection);
    const groups = new Map();
    for (const region of this.regionsById.values()) {
      if (!groups.has(region.area)) groups.set(region.area, []);
      groups.get(region.area).push(region);
    }
    this.regionList.append(
      ...[...groups].map(([area, members]) => element('fieldset', {},
        element('legend', { text: this.ui[`area_${area}`] ?? area }),
        ...members.map((region) => element('label', {},
          element('input', {
            type: 'checkbox', 'data-region': region.id, checked: selected.has(region.id),
            onchange: () => {
              this.core.call('toggle', region.id);
              this.selectionChanged();
            },
            onfocus: () => this.focusRegion(region),
            onblur: () => this.focusRegion(null),
          }),
          ` ${region.label}`)))));
  }

  // Keyboard focus in the list shows on the map, in a view that draws the region.
  focusRegion(region) {
    this.core.call('focus', region ? region.id : '');
    if (region && !region.views.includes(this.view)) {
      const view = region.views.find((id) => this.views.some((v) => v.id === id));
      if (view) this.view = view;
    }
    this.requestFrame();
  }

  bindInput() {
    const position = (event) => {
      const box = this.canvas.getBoundingClientRect();
      return [event.clientX - box.left, event.clientY - box.top];
    };
    this.canvas.addEventListener('pointermove', (event) => {
      const region = this.core.text('pointer', 0, ...position(event));
      this.canvas.style.cursor = region ? 'pointer' : 'default';
      this.canvas.title = region ? this.regionsById.get(region)?.label ?? '' : '';
      this.requestFrame();
    });
    this.canvas.addEventListener('pointerleave', () => {
      this.core.call('pointer', 2, 0, 0);
      this.requestFrame();
    });
    this.canvas.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      if (this.core.text('pointer', 1, ...position(event))) this.selectionChanged();
    });
  }

  selectionChanged() {
    this.renderResults();
    const selected = new Set(this.selection);
    for (const box of this.regionList.querySelectorAll('input[data-region]')) box.checked = selected.has(box.dataset.region);
    this.requestFrame();
  }

  // ---- results -----------------------------------------------------------------------------------------------

  renderResults() {
    const outcome = this.core.json('results', JSON.stringify([...this.answers]), JSON.stringify([...this.redFlagsYes]), this.language, 10);
    this.lastOutcome = outcome;
    const t = (key) => this.ui[key] ?? key;
    const children = [];
    if (outcome.emergency) {
      // An answer that means an emergency comes before everything else.
      const urgent = outcome.red_flags.filter((flag) => flag.urgency === 'emergency' && this.redFlagsYes.has(flag.id));
      children.push(element('div', { class: 'call-for-help', role: 'alert' },
        element('h2', { text: t('emergency_heading') }),
        ...urgent.map((flag) => element('p', { text: flag.message }))));
    }
    children.push(element('h2', { text: t('results_heading') }));
    if (outcome.selected.length === 0) {
      children.push(element('p', { class: 'hint', text: t('no_selection') }));
      this.announcer.textContent = '';
    } else {
      const areas = outcome.selected.map((r) => r.label).join(', ');
      children.push(element('div', { class: 'selection' },
        element('p', { class: 'selected', text: areas }),
        element('button', { type: 'button', class: 'clear', text: t('clear'), onclick: () => this.clear() }),
        element('button', { type: 'button', class: 'print', text: t('print'), onclick: () => this.print() })));
      this.announcer.textContent = t('announce_results').replace('{count}', outcome.results.length).replace('{areas}', areas);
      if (outcome.red_flags.length) children.push(this.redFlagSection(outcome, t));
      if (outcome.results.length === 0) children.push(element('p', { text: t('no_results') }));
      const list = element('ol', { class: 'results' });
      outcome.results.forEach((result, index) => list.append(this.resultItem(result, outcome, index === 0)));
      children.push(list, this.refineSection(outcome, t));
    }
    children.push(this.professionalPrompt(t), element('p', { class: 'safety', text: t('safety') }));
    this.panel.replaceChildren(...children);
    if (outcome.emergency && !this.emergencyShown) {
      // On a phone the panel sits below the map: bring the call for help to the visitor's eyes.
      const alert = this.panel.querySelector('.call-for-help');
      alert.tabIndex = -1;
      alert.scrollIntoView({ block: 'start' });
      alert.focus({ preventScroll: true });
    }
    this.emergencyShown = outcome.emergency;
    this.dispatchEvent(new CustomEvent('tpl-results', { bubbles: true, composed: true, detail: outcome }));
  }

  // Warning signs for the chosen areas, each answered yes or no; a yes may raise the alarm.
  redFlagSection(outcome, t) {
    return element('section', { class: 'red-flags' },
      element('h3', { text: t('red_flags_heading') }),
      element('ul', {}, ...outcome.red_flags.map((flag) => {
        const answer = (yes) => element('button', {
          type: 'button', 'aria-pressed': String(yes === this.redFlagsYes.has(flag.id) && this.redFlagsAnswered.has(flag.id)),
          text: t(yes ? 'yes' : 'no'),
          onclick: () => {
            this.redFlagsAnswered.add(flag.id);
            if (yes) this.redFlagsYes.add(flag.id);
            else this.redFlagsYes.delete(flag.id);
            this.renderResults();
          },
        });
        return element('li', { class: flag.urgency },
          element('p', { class: 'question', text: flag.question }),
          element('div', { class: 'answers', role: 'group' }, answer(true), answer(false)),
          this.redFlagsYes.has(flag.id) ? element('p', { class: 'message', text: flag.message }) : null);
      })));
  }

  // Questions about activities and habits from the top results; ticking one re-ranks the list.
  refineSection(outcome, t) {
    const seen = new Map();
    for (const result of outcome.results.slice(0, 4)) {
      for (const factor of result.factors) if (!seen.has(factor.id)) seen.set(factor.id, factor);
    }
    const questions = [...seen.values()].slice(0, 8);
    if (questions.length === 0) return null;
    return element('fieldset', { class: 'refine' },
      element('legend', { text: t('refine_heading') }),
      ...questions.map((factor) => element('label', {},
        element('input', {
          type: 'checkbox', value: factor.id, checked: this.answers.has(factor.id),
          onchange: (event) => {
            if (event.target.checked) this.answers.add(factor.id);
            else this.answers.delete(factor.id);
            this.renderResults();
          },
        }),
        ` ${factor.question}`)));
  }

  // One result: the summary and reasons at once; the rest (self-help, factors, conditions) is built when the
  // visitor opens it, which keeps a click's re-render small.
  resultItem(result, outcome, open) {
    const t = (key) => this.ui[key] ?? key;
    const side = result.side === 'midline' ? '' : ` (${t(`side_${result.side}`)})`;
    const body = () => {
      const cards = result.self_help.map((id) => outcome.self_help[id]).filter(Boolean);
      return [
        this.mapShown && element('button', { type: 'button', class: 'show', text: t('show_on_map'), onclick: () => {
          this.core.call('show_point', result.trigger_point_id, result.side);
          this.syncViewButtons();
          this.requestFrame();
        } }),
        element('p', {}, element('strong', { text: `${t('where_it_lies')}: ` }), result.location.text),
        element('h4', { text: t('self_help') }),
        ...cards.map((card) => this.selfHelpCard(card, t)),
        result.factors.length > 0 && element('h4', { text: t('what_keeps_it_going') }),
        result.factors.length > 0 && element('ul', { class: 'factors' }, ...result.factors.map((f) => element('li', { text: f.advice }))),
        result.rule_out.length > 0 && element('h4', { text: t('rule_out') }),
        result.rule_out.length > 0 && element('ul', { class: 'rule-out' }, ...result.rule_out.map((c) =>
          element('li', {}, element('strong', { text: `${c.name}: ` }), c.note))),
      ].filter(Boolean);
    };
    const details = element('details', { open },
      element('summary', {},
        element('span', { class: 'muscle', text: result.muscle + side }),
        element('span', { class: 'point', text: result.trigger_point })),
      element('ul', { class: 'reasons', 'aria-label': t('why_it_matches') },
        ...result.reasons.map((reason) => element('li', { text: reason }))));
    let built = false;
    const build = () => {
      if (built) return;
      built = true;
      details.append(...body());
    };
    if (open) build();
    else details.addEventListener('toggle', build);
    return element('li', { class: 'result' }, details);
  }

  selfHelpCard(card, t) {
    const meta = [];
    if (card.hold_seconds) meta.push(t('hold').replace('{n}', card.hold_seconds));
    if (card.repeats) meta.push(t('repeats').replace('{n}', card.repeats));
    return element('article', { class: `card ${card.kind}` },
      element('h5', { text: card.title }),
      card.steps && element('ol', {}, ...card.steps.map((step) => element('li', { text: step }))),
      card.text && element('p', { text: card.text }),
      meta.length > 0 && element('p', { class: 'meta', text: meta.join(' · ') }),
      card.avoid_if && element('p', { class: 'avoid' }, element('strong', { text: `${t('avoid_if')}: ` }), card.avoid_if),
      card.cautions && element('ul', { class: 'cautions', 'aria-label': t('cautions') },
        ...card.cautions.map((caution) => element('li', { text: caution }))));
  }

  // Always shown: the embedder's clinic when given (only safe link schemes), a neutral prompt otherwise.
  professionalPrompt(t) {
    const clinic = this.getAttribute('clinic-name')?.trim();
    const booking = this.getAttribute('booking-url')?.trim();
    const phone = this.getAttribute('phone')?.trim();
    let bookingLink = null;
    if (booking) {
      if (SAFE_LINK.test(booking)) {
        bookingLink = element('a', { href: booking, target: '_blank', rel: 'noopener noreferrer',
          text: clinic ? t('book_with').replace('{clinic}', clinic) : t('see_professional') });
      } else if (booking !== this.warnedBooking) {
        this.warnedBooking = booking;
        warn(`booking-url "${booking}" refused: only http, https, tel and mailto links are allowed`);
      }
    }
    const phoneLink = phone ? element('a', { href: `tel:${phone.replace(/[^\d+]/g, '')}`, text: t('call').replace('{phone}', phone) }) : null;
    return element('aside', { class: 'professional' },
      element('h3', { text: clinic || t('see_professional') }),
      element('p', { text: t('see_professional_text') }),
      bookingLink || phoneLink ? element('p', { class: 'contact' }, bookingLink, bookingLink && phoneLink ? ' · ' : null, phoneLink)
        : element('p', { text: t('find_therapist') }));
  }

  // A summary "to bring to your therapist": the areas with their CHOIR codes and the candidate muscles.
  print() {
    const t = (key) => this.ui[key] ?? key;
    const outcome = this.lastOutcome;
    this.printSummary.replaceChildren(
      element('h1', { text: t('print_heading') }),
      element('h2', { text: t('print_areas') }),
      element('ul', {}, ...outcome.selected.map((r) => element('li', { text: `${r.label} (${r.choir.join(', ')})` }))),
      element('h2', { text: t('print_candidates') }),
      element('ol', {}, ...outcome.results.map((r) => element('li', {
        text: `${r.muscle}${r.side === 'midline' ? '' : ` (${t(`side_${r.side}`)})`}: ${r.trigger_point}`,
      }))),
      this.professionalPrompt(t),
      element('p', { class: 'safety', text: t('safety') }));
    // Only this widget's summary prints while its own print button is in use.
    this.layout.classList.add('printing-summary');
    window.addEventListener('afterprint', () => this.layout.classList.remove('printing-summary'), { once: true });
    window.print();
  }

  // Shows a readable error in place of the map; the host page is not affected.
  fail(message, details = []) {
    this.stage.classList.add('failed');
    this.status.replaceChildren(element('strong', { text: message }),
      ...details.map((detail) => element('span', { class: 'problem', text: detail })));
    warn(message, details);
  }
}

if (!customElements.get('trigger-point-locator')) customElements.define('trigger-point-locator', TriggerPointLocator);
