// <trigger-point-locator>: the embeddable widget. Loads the C++ core (tpl-core.js/.wasm) and the data bundle
// relative to this module's own URL, draws the body map into its own canvas with SDL2, and shows the results in
// HTML. Everything lives in a shadow root; nothing is added to the host page's globals or styles.
// All matching happens in the core: this file only forwards input and renders the JSON the core returns.

const here = (path) => new URL(path, import.meta.url).href;

// Wraps the exported C functions: strings in and out through the module's heap.
class Core {
  constructor(module) {
    this.m = module;
  }
  call(name, ...args) {
    const allocated = [];
    const converted = args.map((arg) => {
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

const element = (tag, attributes = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
};

export class TriggerPointLocator extends HTMLElement {
  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.viewBar = element('div', { class: 'views', role: 'group' });
    this.canvas = element('canvas', { class: 'canvas', 'aria-hidden': 'true' });
    this.status = element('p', { class: 'status', role: 'status' });
    this.stage = element('div', { class: 'stage' }, this.canvas, this.status);
    this.panel = element('section', { class: 'panel', 'aria-live': 'polite' });
    this.root.append(
      element('link', { rel: 'stylesheet', href: here('trigger-point-locator.css') }),
      element('div', { class: 'layout', part: 'layout' },
        element('div', { class: 'map' }, this.viewBar, this.stage),
        this.panel));
    this.core = null;
    this.frameRequested = false;
    this.answers = new Set();
    this.redFlagsYes = new Set();
    this.redFlagsAnswered = new Set();
    this.lang = 'en';
  }

  connectedCallback() {
    if (this.started) return;
    this.started = true;
    this.lang = this.getAttribute('lang') || 'en';
    this.start().catch((error) => this.fail(String(error?.message ?? error)));
  }

  async start() {
    this.status.textContent = 'Loading…';
    const [{ default: createTplModule }, bundle] = await Promise.all([
      import(here('tpl-core.js')),
      fetch(here('tpl-data.json')).then((response) => {
        if (!response.ok) throw new Error(`tpl-data.json: HTTP ${response.status}`);
        return response.text();
      }),
    ]);
    const module = await createTplModule({
      canvas: this.canvas,
      locateFile: (path) => here(path),
      print: (text) => console.log('[trigger-point-locator]', text),
      printErr: (text) => console.warn('[trigger-point-locator]', text),
    });
    const core = new Core(module);
    const { width, height } = this.stageSize();
    if (!core.call('open', width, height)) throw new Error('The drawing surface (WebGL) is not available.');
    const problems = core.text('load', bundle);
    if (problems) {
      this.fail('The body map data could not be read.', JSON.parse(problems));
      return;
    }
    this.core = core;
    this.ui = core.json('ui', this.lang).strings;
    this.status.textContent = '';
    this.stage.classList.add('ready');
    this.buildViewButtons();
    this.bindInput();
    new ResizeObserver(() => this.resize()).observe(this.stage);
    this.resize();
    this.renderResults();
    this.dispatchEvent(new CustomEvent('tpl-ready', { bubbles: true, composed: true }));
  }

  // How many frames the map has drawn: it draws only after a change, so this stays put while nothing happens.
  get framesDrawn() {
    return this.core ? this.core.call('frames_drawn') : 0;
  }

  stageSize() {
    const box = this.stage.getBoundingClientRect();
    return { width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) };
  }

  resize() {
    const { width, height } = this.stageSize();
    this.core.call('resize', width, height, window.devicePixelRatio || 1);
    this.requestFrame();
  }

  // Frames are drawn only after something changed: an idle widget costs nothing.
  requestFrame() {
    if (this.frameRequested || !this.core) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      this.core.call('frame');
    });
  }

  buildViewButtons() {
    const views = this.core.json('ui', this.lang).views;
    this.viewBar.setAttribute('aria-label', this.ui.views_label ?? 'Views');
    this.viewButtons = views.map((view) => element('button', {
      type: 'button', 'data-view': view.id, text: view.label,
      onclick: () => this.setView(view.id),
    }));
    this.viewBar.append(...this.viewButtons);
    this.syncViewButtons();
  }

  setView(id) {
    if (this.core.call('set_view', id)) {
      this.syncViewButtons();
      this.requestFrame();
    }
  }

  syncViewButtons() {
    const current = this.core.text('view');
    for (const button of this.viewButtons) button.setAttribute('aria-pressed', String(button.dataset.view === current));
  }

  bindInput() {
    const position = (event) => {
      const box = this.canvas.getBoundingClientRect();
      return [event.clientX - box.left, event.clientY - box.top];
    };
    this.canvas.addEventListener('pointermove', (event) => {
      const region = this.core.text('pointer', 0, ...position(event));
      this.canvas.style.cursor = region ? 'pointer' : 'default';
      this.requestFrame();
    });
    this.canvas.addEventListener('pointerleave', () => {
      this.core.call('pointer', 2, 0, 0);
      this.requestFrame();
    });
    this.canvas.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      const region = this.core.text('pointer', 1, ...position(event));
      if (region) {
        this.renderResults();
        this.requestFrame();
      }
    });
  }

  renderResults() {
    const outcome = this.core.json('results', JSON.stringify([...this.answers]), JSON.stringify([...this.redFlagsYes]), this.lang, 10);
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
    } else {
      children.push(element('p', { class: 'selected', text: outcome.selected.map((r) => r.label).join(', ') }));
      if (outcome.red_flags.length) children.push(this.redFlagSection(outcome, t));
      if (outcome.results.length === 0) children.push(element('p', { text: t('no_results') }));
      const list = element('ol', { class: 'results' });
      outcome.results.forEach((result, index) => list.append(this.resultItem(result, outcome, index === 0)));
      children.push(list, this.refineSection(outcome, t));
    }
    children.push(this.professionalPrompt(t), element('p', { class: 'safety', text: t('safety') }));
    this.panel.replaceChildren(...children);
    this.dispatchEvent(new CustomEvent('tpl-results', { bubbles: true, composed: true, detail: outcome }));
  }

  // Warning signs for the chosen areas, each answered yes or no; a yes re-ranks nothing but may raise the alarm.
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
    for (const id of this.answers) if (!seen.has(id)) this.answers.delete(id);
    const questions = [...seen.values()].slice(0, 8);
    if (questions.length === 0) return null;
    return element('fieldset', { class: 'refine' },
      element('legend', { text: t('refine_heading') }),
      ...questions.map((factor) => element('label', {},
        element('input', {
          type: 'checkbox', value: factor.id, ...(this.answers.has(factor.id) ? { checked: '' } : {}),
          onchange: (event) => {
            if (event.target.checked) this.answers.add(factor.id);
            else this.answers.delete(factor.id);
            this.renderResults();
          },
        }),
        ` ${factor.question}`)));
  }

  resultItem(result, outcome, open) {
    const t = (key) => this.ui[key] ?? key;
    const side = result.side === 'midline' ? '' : ` (${t(`side_${result.side}`)})`;
    const cards = result.self_help.map((id) => outcome.self_help[id]).filter(Boolean);
    return element('li', { class: 'result' },
      element('details', open ? { open: '' } : {},
        element('summary', {},
          element('span', { class: 'muscle', text: result.muscle + side }),
          element('span', { class: 'point', text: result.trigger_point })),
        element('ul', { class: 'reasons', 'aria-label': t('why_it_matches') },
          ...result.reasons.map((reason) => element('li', { text: reason }))),
        element('button', { type: 'button', class: 'show', text: t('show_on_map'), onclick: () => {
          this.core.call('show_point', result.trigger_point_id, result.side);
          this.syncViewButtons();
          this.requestFrame();
        } }),
        element('p', {}, element('strong', { text: `${t('where_it_lies')}: ` }), result.location.text),
        element('h4', { text: t('self_help') }),
        ...cards.map((card) => this.selfHelpCard(card, t)),
        result.factors.length ? element('h4', { text: t('what_keeps_it_going') }) : null,
        result.factors.length ? element('ul', { class: 'factors' }, ...result.factors.map((f) => element('li', { text: f.advice }))) : null,
        result.rule_out.length ? element('h4', { text: t('rule_out') }) : null,
        result.rule_out.length ? element('ul', { class: 'rule-out' }, ...result.rule_out.map((c) =>
          element('li', {}, element('strong', { text: `${c.name}: ` }), c.note))) : null));
  }

  selfHelpCard(card, t) {
    const meta = [];
    if (card.hold_seconds) meta.push(t('hold').replace('{n}', card.hold_seconds));
    if (card.repeats) meta.push(t('repeats').replace('{n}', card.repeats));
    return element('article', { class: `card ${card.kind}` },
      element('h5', { text: card.title }),
      card.steps ? element('ol', {}, ...card.steps.map((step) => element('li', { text: step }))) : null,
      card.text ? element('p', { text: card.text }) : null,
      meta.length ? element('p', { class: 'meta', text: meta.join(' · ') }) : null,
      card.avoid_if ? element('p', { class: 'avoid' }, element('strong', { text: `${t('avoid_if')}: ` }), card.avoid_if) : null,
      card.cautions ? element('ul', { class: 'cautions', 'aria-label': t('cautions') },
        ...card.cautions.map((caution) => element('li', { text: caution }))) : null);
  }

  professionalPrompt(t) {
    const clinic = this.getAttribute('clinic-name');
    const booking = this.getAttribute('booking-url');
    const links = [];
    if (clinic && booking && /^(https?:|tel:|mailto:)/i.test(booking)) {
      links.push(element('a', { href: booking, target: '_blank', rel: 'noopener', text: t('book_with').replace('{clinic}', clinic) }));
    } else {
      links.push(element('p', { text: t('find_therapist') }));
    }
    return element('aside', { class: 'professional' },
      element('h3', { text: t('see_professional') }),
      element('p', { text: t('see_professional_text') }), ...links);
  }

  // Shows a readable error in place of the map; the host page is not affected.
  fail(message, problems = []) {
    this.stage.classList.add('failed');
    this.status.replaceChildren(element('strong', { text: message }),
      ...problems.map((p) => element('span', { class: 'problem', text: `${p.file}: ${p.where}: ${p.message}` })));
    console.warn('[trigger-point-locator]', message, problems);
  }
}

if (!customElements.get('trigger-point-locator')) customElements.define('trigger-point-locator', TriggerPointLocator);
