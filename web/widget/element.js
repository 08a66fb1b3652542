// <trigger-point-locator>: the embeddable widget. Loads the C++ core (tpl-core.js/.wasm) and the data bundle
// relative to its own URL, draws the body map into its own canvas with SDL2, and shows the results in HTML.
// Everything lives in a shadow root; nothing is added to the host page's globals or styles, and nothing the visitor
// does leaves the page. The core holds the widget's whole state and every rule: this element turns DOM input and
// API calls into the core's events, and renders the parts of the view model each event changed.
import { render } from 'lit-html';
import { element, warn } from './dom.js';
import { bootText, download, here, resolveLanguage, start } from './loading.js';
import { printSummary } from './print.js';
import { RegionList } from './region-list.js';
import { answerTemplate, legendTemplate, panelTemplate } from './results.js';
import { ViewBar } from './view-bar.js';

const CLINIC_ATTRIBUTES = ['clinic-name', 'booking-url', 'phone'];
const STYLE_ATTRIBUTES = { 'accent-color': '--tpl-accent', font: '--tpl-font', radius: '--tpl-radius' };

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
    return ['lang', ...CLINIC_ATTRIBUTES, ...Object.keys(STYLE_ATTRIBUTES)];
  }

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    const send = (event) => this.send(event);
    this.viewBar = new ViewBar(send);
    this.regionList = new RegionList(send, () => this.core.state('regions'));
    this.canvas = element('canvas', { class: 'canvas', 'aria-hidden': 'true' });
    this.progress = element('progress', { class: 'progress', max: '100', value: '0' });
    this.status = element('div', { class: 'status', role: 'status' }, this.progress);
    // Which side of the body each edge of the figure shows, for the views that show both.
    this.edges = [element('span', { class: 'edge left', 'aria-hidden': 'true' }), element('span', { class: 'edge right', 'aria-hidden': 'true' })];
    this.stage = element('div', { class: 'stage' }, this.canvas, ...this.edges, this.status);
    // Under the map: the pattern shown, where its point lies when that is another view, and the legend.
    this.caption = element('p', { class: 'caption' });
    this.legend = element('ul', { class: 'legend' });
    this.mapNotes = element('div', { class: 'map-notes', hidden: true }, this.caption, this.legend);
    this.answer = element('section', { class: 'answer', hidden: true });
    this.announcer = element('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.notice = element('p', { class: 'notice', role: 'alert', hidden: true });
    this.panel = element('section', { class: 'panel' });
    this.printTarget = element('section', { class: 'print-summary' });
    this.probe = element('span', { class: 'visually-hidden', 'aria-hidden': 'true' });
    const stylesheet = element('link', { rel: 'stylesheet', href: here('trigger-point-locator.css') });
    this.root.append(
      stylesheet,
      (this.layout = element('div', { class: 'layout', part: 'layout' },
        element('div', { class: 'map' }, this.viewBar.node, this.stage, this.mapNotes, this.answer, this.regionList.node),
        element('div', { class: 'side' }, this.announcer, this.notice, this.panel))),
      this.printTarget, this.probe);
    // Nothing shows unstyled (bare buttons, a list the browser labels "Details") before the stylesheet arrives.
    this.layout.style.visibility = 'hidden';
    const reveal = () => this.layout.style.removeProperty('visibility');
    stylesheet.addEventListener('load', reveal, { once: true });
    stylesheet.addEventListener('error', reveal, { once: true });
    this.core = null;
    this.mapShown = false;
    this.frameRequested = false;
    this.frames = 0;
    this.map = { view: null, selection: [] };
  }

  connectedCallback() {
    this.applyStyleAttributes();
    if (this.started) return;
    this.started = true;
    this.language = resolveLanguage(this.getAttribute('lang'));
    this.start().catch((error) => this.fail(this.bootText('data_error'), [String(error?.message ?? error)]));
  }

  attributeChangedCallback(name) {
    if (name in STYLE_ATTRIBUTES) {
      this.applyStyleAttributes();
      if (this.core) this.applyTheme();
    }
    if (!this.core) return;
    // `lang` is also a built-in property of every element: the chosen language is kept in `language` instead.
    if (name === 'lang') this.setLanguage(this.getAttribute('lang')).catch((error) => warn(String(error?.message ?? error)));
    if (CLINIC_ATTRIBUTES.includes(name)) this.sendClinic();
  }

  // ---- public API --------------------------------------------------------------------------------------------

  // Selects exactly these regions (ids as in `tpl regions`); unknown ids are ignored with a console warning.
  select(regionIds) {
    if (!Array.isArray(regionIds) && typeof regionIds !== 'string') warn('select() expects an array of region ids');
    const ids = Array.isArray(regionIds) ? regionIds.map(String) : typeof regionIds === 'string' ? [regionIds] : [];
    if (!this.core) this.pendingSelection = ids;
    else this.send({ type: 'select', ids });
  }

  clear() {
    if (this.core) this.send({ type: 'clear' });
  }

  get selection() {
    return [...this.map.selection];
  }

  get view() {
    return this.map.view;
  }

  set view(id) {
    if (this.core) this.send({ type: 'view', id: String(id) });
  }

  // How many frames the map has drawn: it draws only after a change, so this stays put while nothing happens.
  get framesDrawn() {
    return this.frames;
  }

  // ---- the core's events and view model --------------------------------------------------------------------

  // Passes an event to the core and renders what it changed; what the core ignored is said on the console.
  send(event) {
    const { parts, notes } = this.core.event(event);
    for (const note of notes) warn(note);
    this.render(parts);
  }

  render(parts) {
    if (parts.includes('chrome')) {
      this.chrome = this.core.state('chrome');
      this.viewBar.build(this.chrome, this.map.view);
      this.regionList.relabel(this.chrome.region_list_heading);
      if (!this.mapShown) this.status.replaceChildren(element('p', { text: this.chrome.map_unavailable }));
    } else if (parts.includes('regions')) {
      this.regionList.relabel(this.chrome.region_list_heading);
    }
    if (parts.includes('map')) this.renderMap(this.core.state('map'));
    if (parts.includes('panel')) this.renderPanel();
    if (parts.includes('outcome')) {
      this.dispatchEvent(new CustomEvent('tpl-results', { bubbles: true, composed: true, detail: this.core.state('outcome') }));
    }
  }

  renderMap(map) {
    this.map = map;
    this.viewBar.show(map.view);
    this.regionList.show(map.selection);
    this.canvas.style.cursor = map.hover ? 'pointer' : 'default';
    this.canvas.title = map.hover;
    this.edges[0].textContent = map.sides?.left ?? '';
    this.edges[1].textContent = map.sides?.right ?? '';
    const pattern = map.pattern;
    this.mapNotes.hidden = !pattern || !this.mapShown;
    if (pattern) {
      const elsewhere = pattern.elsewhere;
      this.caption.replaceChildren(element('strong', { text: pattern.title }), ` ${pattern.point}`,
        ...(elsewhere ? [element('br'), `${elsewhere.text} `, element('button', {
          type: 'button', class: 'elsewhere', text: elsewhere.button,
          onclick: () => this.send({ type: 'view', id: elsewhere.view }),
        })] : []));
      render(legendTemplate(map.legend), this.legend);
    }
    this.requestFrame();
  }

  renderPanel() {
    const panel = this.core.state('panel');
    const send = (event) => this.send(event);
    render(panelTemplate(panel, send, { print: () => this.print() }), this.panel);
    render(answerTemplate(panel, send, (selector) => this.goTo(selector)), this.answer);
    this.answer.hidden = !panel.answer;
    this.announcer.textContent = panel.announcement;
    if (panel.emergency && !this.emergencyShown) {
      // Where the panel lies below the map, the call for help is brought to the visitor's eyes.
      const alert = this.panel.querySelector('.call-for-help');
      alert.scrollIntoView({ block: 'start' });
      alert.focus({ preventScroll: true });
    }
    this.emergencyShown = Boolean(panel.emergency);
  }

  // Scrolls a part of the panel into view and moves the keyboard focus there (the answer card's buttons).
  goTo(selector) {
    const target = this.panel.querySelector(selector);
    if (!target) return;
    target.scrollIntoView({ block: 'start', behavior: 'smooth' });
    target.querySelector('button, summary, a')?.focus({ preventScroll: true });
  }

  print() {
    printSummary(this.core.state('print'), this.printTarget, this.layout);
  }

  // ---- start-up ----------------------------------------------------------------------------------------------

  async start() {
    this.progress.setAttribute('aria-label', this.bootText('loading'));
    const { core, mapShown, problems } = await start({
      canvas: this.canvas, size: () => this.canvasSize(), language: this.language, progress: this.progress,
    });
    if (problems.length) {
      this.fail(this.bootText('data_error'), problems.map((p) => `${p.file}: ${p.where}: ${p.message}`));
      return;
    }
    this.core = core;
    this.mapShown = mapShown;
    this.bundleLanguage = this.language;
    this.core.event({ type: 'language', id: this.language });
    this.sendClinic(false);
    this.stage.classList.add('ready');
    if (!this.mapShown) this.stage.classList.add('no-map');
    this.status.replaceChildren();
    this.bindPointer();
    this.applyTheme();
    new ResizeObserver(() => this.resize()).observe(this.stage);
    this.resize();
    this.render(['chrome', 'map', 'panel']);
    performance.mark('tpl:ready');
    this.dispatchEvent(new CustomEvent('tpl-ready', { bubbles: true, composed: true }));
    // A selection asked for before the widget was ready is an API call like any other, made now.
    if (this.pendingSelection) this.select(this.pendingSelection);
  }

  bootText(key) {
    return bootText(this.language, key);
  }

  // Each language has its own data bundle: another language means loading its bundle; the core keeps what the
  // visitor chose. A bundle that fails leaves the current language and state as they were, with the error shown.
  async setLanguage(requested) {
    const lang = resolveLanguage(requested);
    if (lang !== this.bundleLanguage) {
      let problems;
      try {
        ({ problems } = this.core.load(await download(`tpl-data.${lang}.json`)));
      } catch (error) {
        problems = [{ file: `tpl-data.${lang}.json`, where: '', message: String(error?.message ?? error) }];
      }
      if (problems.length) {
        warn(`the ${lang} data could not be read`, problems);
        this.notice.textContent = this.chrome.data_error;
        this.notice.hidden = false;
        return;
      }
      this.bundleLanguage = lang;
    }
    this.notice.hidden = true;
    this.language = lang;
    this.send({ type: 'language', id: lang });
  }

  // The embedder's practice for the professional prompt; `render` is false while starting (rendered then anyway).
  sendClinic(render = true) {
    const [name, booking_url, phone] = CLINIC_ATTRIBUTES.map((attribute) => this.getAttribute(attribute) ?? '');
    const { parts, notes } = this.core.event({ type: 'clinic', name, booking_url, phone });
    for (const note of notes) warn(note);
    if (render) this.render(parts);
  }

  applyStyleAttributes() {
    for (const [attribute, property] of Object.entries(STYLE_ATTRIBUTES)) {
      const value = this.getAttribute(attribute);
      if (value) this.style.setProperty(property, value);
    }
  }

  // The map follows the host's theme: its accent colour marks the chosen areas.
  applyTheme() {
    const style = getComputedStyle(this);
    // The map's colours come from the stylesheet, which the legend's swatches use too.
    const properties = { selected: '--tpl-accent', background: '--tpl-surface', essential: '--tpl-essential', spillover: '--tpl-spillover' };
    const colours = {};
    for (const [name, property] of Object.entries(properties)) {
      const hex = toHex(style.getPropertyValue(property), this.probe);
      if (hex) colours[name] = hex;
    }
    this.core.theme(colours);
    this.requestFrame();
  }

  // Pointer input on the map goes to the core as it is, in the canvas's own CSS pixels (its size as the core knows
  // it, which is the box's rounded down).
  bindPointer() {
    const pointer = (type) => (event) => {
      if (type === 'pointer_down' && event.button !== 0) return;
      const box = this.canvas.getBoundingClientRect();
      const { width, height } = this.canvasSize();
      const x = (event.clientX - box.left) * (width / box.width), y = (event.clientY - box.top) * (height / box.height);
      this.send({ type, x, y });
    };
    this.canvas.addEventListener('pointermove', pointer('pointer_move'));
    this.canvas.addEventListener('pointerdown', pointer('pointer_down'));
    this.canvas.addEventListener('pointerleave', () => this.send({ type: 'pointer_leave' }));
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
    this.viewBar.markEdges();
    const { width, height } = this.canvasSize();
    this.send({ type: 'resize', width, height, ratio: window.devicePixelRatio || 1 });
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
    if (this.core.frame()) this.frames += 1;
    this.stage.classList.add('drawn');
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
