// <trigger-point-locator>: the embeddable widget. Loads the C++ core (tpl-core.js/.wasm) and the data bundle
// relative to its own URL, draws the body map into its own canvas with SDL2, and shows the results in HTML.
// Everything lives in a shadow root; nothing is added to the host page's globals or styles, and nothing the visitor
// does leaves the page. The core holds the widget's whole state and every rule: this element turns DOM input and
// API calls into the core's events, and renders the parts of the view model each event changed.
import { render } from 'lit-html';
import { BUILT } from './built.js';
import { element, nextTask, oneAtATime, warn } from './dom.js';
import { bootText, download, here, resolveLanguage, start } from './loading.js';
import { MapView } from './map-view.js';
import { printSummary } from './print.js';
import { RegionList } from './region-list.js';
import { answerTemplate, panelTemplate } from './results.js';
import { ViewBar } from './view-bar.js';

const CLINIC_ATTRIBUTES = ['clinic-name', 'booking-url', 'phone'];
// How near the viewport the widget starts loading its core and data (half a screen ahead, so it is ready when seen),
// and the input that starts it at once (the visitor reaching for it).
const NEAR = '50% 0px';
const REACHING = ['pointerdown', 'focusin', 'keydown'];
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

// Downloads one of a language's data files and hands it to `apply` (the core's load or texts); the problems, [] when
// it loaded.
async function loadPart(path, apply) {
  try {
    return (await apply(await download(path))).problems;
  } catch (error) {
    return [{ file: path, where: '', message: String(error?.message ?? error) }];
  }
}

export class TriggerPointLocator extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'view', ...CLINIC_ATTRIBUTES, ...Object.keys(STYLE_ATTRIBUTES)];
  }

  // The release (CMakeLists.txt's version) and the languages it has data for.
  static get version() {
    return BUILT.version;
  }

  static get languages() {
    return [...BUILT.languages];
  }

  get version() {
    return BUILT.version;
  }

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    const send = (event) => this.send(event);
    this.viewBar = new ViewBar(send);
    this.regionList = new RegionList(send, () => this.core.state('regions'));
    // A "show that view" button goes away with its view: the keyboard focus moves to the view's own button.
    const showView = (id) => {
      this.send({ type: 'view', id });
      this.viewBar.focusCurrent();
    };
    this.mapView = new MapView(send, showView);
    this.showView = showView;
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
        element('div', { class: 'map' }, this.viewBar.node, this.mapView.stage, this.mapView.notes, this.answer, this.regionList.node),
        element('div', { class: 'side' }, this.announcer, this.notice, this.panel))),
      this.printTarget, this.probe);
    // Nothing shows unstyled (bare buttons, a list the browser labels "Details") before the stylesheet arrives, and
    // until the data is there the panel holds about the room its first content takes.
    this.layout.style.visibility = 'hidden';
    this.layout.classList.add('waiting');
    const reveal = () => this.layout.style.removeProperty('visibility');
    stylesheet.addEventListener('load', reveal, { once: true });
    stylesheet.addEventListener('error', reveal, { once: true });
    this.core = null;
    this.ready = false;
    this.languageChanges = oneAtATime();
    this.map = { view: null, selection: [] };
    this.beginNow = () => this.begin();
  }

  connectedCallback() {
    this.applyStyleAttributes();
    if (this.started) return;
    if (this.getAttribute('loading') === 'eager') this.begin();
    else this.waitUntilNear();
  }

  disconnectedCallback() {
    this.stopWaiting();
  }

  // Until the widget comes near the viewport, is reached for or is called, only its module and stylesheet have
  // loaded: a widget far down a page costs the page nothing, and one removed before it was seen downloads nothing.
  waitUntilNear() {
    if (this.nearness) return;
    this.nearness = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.begin();
    }, { rootMargin: NEAR });
    this.nearness.observe(this);
    for (const type of REACHING) this.addEventListener(type, this.beginNow);
  }

  stopWaiting() {
    this.nearness?.disconnect();
    this.nearness = null;
    for (const type of REACHING) this.removeEventListener(type, this.beginNow);
  }

  // Starts loading the core and the data, once.
  begin() {
    if (this.started) return;
    this.stopWaiting();
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
    if (name === 'view' && this.hasAttribute('view')) this.view = this.getAttribute('view');
  }

  // ---- public API --------------------------------------------------------------------------------------------

  // Selects exactly these regions (ids as in `tpl regions`); unknown ids are ignored with a console warning.
  select(regionIds) {
    if (!Array.isArray(regionIds) && typeof regionIds !== 'string') warn('select() expects an array of region ids');
    const ids = Array.isArray(regionIds) ? regionIds.map(String) : typeof regionIds === 'string' ? [regionIds] : [];
    if (this.ready) this.send({ type: 'select', ids });
    else this.whenReady({ selection: ids });
  }

  clear() {
    if (this.ready) this.send({ type: 'clear' });
    else this.whenReady({ selection: [] });
  }

  get selection() {
    return [...this.map.selection];
  }

  get view() {
    return this.map.view;
  }

  // The views the map can show, [{id, label}] in the widget's language; empty until it is ready.
  get views() {
    return (this.chrome?.views ?? []).map(({ id, label }) => ({ id, label }));
  }

  set view(id) {
    if (this.ready) this.send({ type: 'view', id: String(id) });
    else this.whenReady({ view: String(id) });
  }

  // An API call before the widget is ready (until its panel has rendered): it starts the widget, and is made once it
  // is ready, the latest of each kind.
  whenReady(calls) {
    this.pending = { ...this.pending, ...calls };
    if (this.isConnected) this.begin();
  }

  // How many frames the map has drawn: it draws only after a change, so this stays put while nothing happens.
  get framesDrawn() {
    return this.mapView.frames;
  }

  // ---- the core's events and view model --------------------------------------------------------------------

  // Passes an event to the core and renders what it changed (unless `render` is false: while starting, everything
  // is rendered at the end of start-up); what the core ignored is said on the console, and told to the page as a
  // `tpl-warning` event (the embed builder shows a refused booking link at its field).
  send(event, { render = true } = {}) {
    const { parts, notes } = this.core.event(event);
    for (const note of notes) {
      warn(note);
      this.dispatchEvent(new CustomEvent('tpl-warning', { detail: { message: note } }));
    }
    // The first answer asks for the texts part, what its details will show: fetched then rather than at start-up,
    // it costs a page whose visitor never uses the widget nothing.
    if (parts.includes('outcome') && !this.wantsTexts) {
      this.wantsTexts = true;
      this.loadTexts(this.language);
    }
    if (render) this.render(parts);
  }

  render(parts) {
    if (parts.includes('chrome')) {
      this.chrome = this.core.state('chrome');
      this.viewBar.build(this.chrome, this.map.view);
      this.regionList.relabel(this.chrome.region_list_heading);
      this.mapView.sayUnavailable(this.chrome.map_unavailable);
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
    this.mapView.render(map);
  }

  renderPanel() {
    const panel = this.core.state('panel');
    const send = (event) => this.send(event);
    render(panelTemplate(panel, send, { print: () => this.print() }), this.panel);
    render(answerTemplate(panel, send, { goTo: (selector) => this.goTo(selector), showView: this.showView }), this.answer);
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
    const map = this.mapView;
    map.progress.setAttribute('aria-label', this.bootText('loading'));
    const { core, mapShown, problems } = await start({
      canvas: map.canvas, size: () => map.canvasSize(), language: this.language, progress: map.progress,
    });
    if (problems.length) {
      this.fail(this.bootText('data_error'), problems.map((p) => `${p.file}: ${p.where}: ${p.message}`));
      return;
    }
    this.core = core;
    this.bundleLanguage = this.language;
    this.send({ type: 'language', id: this.language }, { render: false });
    this.sendClinic({ render: false });
    // The view the page asked to open on; an API call made before the widget was ready (below) wins over it.
    if (this.hasAttribute('view')) this.send({ type: 'view', id: this.getAttribute('view') }, { render: false });
    map.attach(core, mapShown);
    this.applyTheme();
    new ResizeObserver(() => this.resize()).observe(map.stage);
    // The map's first frame, then the panel, each a task of its own.
    this.render(['chrome']);
    this.resize();
    await nextTask();
    this.render(['map', 'panel']);
    this.layout.classList.remove('waiting');
    performance.mark('tpl:ready');
    this.ready = true;
    this.dispatchEvent(new CustomEvent('tpl-ready', { bubbles: true, composed: true }));
    // Calls made before the widget was ready are API calls like any other, made now.
    const { view, selection } = this.pending ?? {};
    this.pending = null;
    if (view) this.view = view;
    if (selection) this.select(selection);
  }

  bootText(key) {
    return bootText(this.language, key);
  }

  // The texts part of the language's data (self-help steps and lists, symptoms...), fetched with the first answer so
  // that it never holds up the map; a result's details say they are loading until it is in.
  async loadTexts(lang) {
    const problems = await loadPart(`tpl-texts.${lang}.json`, (bytes) => {
      if (lang !== this.bundleLanguage) return { problems: [] };  // another language's data has replaced these
      const update = this.core.texts(bytes);
      this.render(update.parts);
      return update;
    });
    if (problems.length) this.dataError(`the ${lang} texts could not be read`, problems);
  }

  // A language's data that could not be read: said on the console, and over the map.
  dataError(message, problems) {
    warn(message, problems);
    this.notice.textContent = this.chrome.data_error;
    this.notice.hidden = false;
  }

  // Each language has its own data bundle: another language means loading its bundle; the core keeps what the
  // visitor chose. A bundle that fails leaves the current language and state as they were, with the error shown.
  // One change at a time, in the order asked: one that began while another's bundle loaded would otherwise be
  // undone by it.
  setLanguage(requested) {
    return this.languageChanges(() => this.changeLanguage(requested));
  }

  async changeLanguage(requested) {
    const lang = resolveLanguage(requested);
    if (lang !== this.bundleLanguage) {
      const problems = await loadPart(`tpl-data.${lang}.json`, (bytes) => this.core.load(bytes));
      if (problems.length) {
        this.dataError(`the ${lang} data could not be read`, problems);
        return;
      }
      this.bundleLanguage = lang;
      if (this.wantsTexts) this.loadTexts(lang);
    }
    this.notice.hidden = true;
    this.language = lang;
    this.send({ type: 'language', id: lang });
  }

  // The embedder's practice for the professional prompt.
  sendClinic(options) {
    const [name, booking_url, phone] = CLINIC_ATTRIBUTES.map((attribute) => this.getAttribute(attribute) ?? '');
    this.send({ type: 'clinic', name, booking_url, phone }, options);
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
    this.mapView.requestFrame();
  }

  // The map's canvas resized: the view row's fades may change too.
  resize() {
    this.viewBar.markEdges();
    this.mapView.resize();
  }

  // Shows a readable error in place of the map; the host page is not affected.
  fail(message, details = []) {
    this.mapView.fail(message, details);
  }
}

if (!customElements.get('trigger-point-locator')) customElements.define('trigger-point-locator', TriggerPointLocator);
