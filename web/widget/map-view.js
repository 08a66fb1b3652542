// The body map on the page: the canvas the core draws into (frames only after a change), the pointer input that
// goes to the core, the loading and error states in its place, and the notes under it that the core's map model
// gives (which side each edge shows, the pattern shown, where its point lies, the legend).
import { render } from 'lit-html';
import { element, warn } from './dom.js';
import { legendTemplate } from './results.js';

export class MapView {
  // `send(event)` passes an event to the core; `showView(id)` switches to a view with the keyboard focus following.
  constructor(send, showView) {
    this.send = send;
    this.showView = showView;
    this.core = null;
    this.shown = false;
    this.frames = 0;
    this.frameRequested = false;
    this.canvas = element('canvas', { class: 'canvas', 'aria-hidden': 'true' });
    this.progress = element('progress', { class: 'progress', max: '100', value: '0' });
    this.status = element('div', { class: 'status', role: 'status' }, this.progress);
    // Which side of the body each edge of the figure shows, for the views that show both.
    this.edges = [element('span', { class: 'edge left', 'aria-hidden': 'true' }), element('span', { class: 'edge right', 'aria-hidden': 'true' })];
    this.stage = element('div', { class: 'stage' }, this.canvas, ...this.edges, this.status);
    // Under the map: the pattern shown, where its point lies when that is another view, and the legend.
    this.caption = element('p', { class: 'caption' });
    this.legend = element('ul', { class: 'legend' });
    this.notes = element('div', { class: 'map-notes', hidden: true }, this.caption, this.legend);
  }

  // The core is loaded; `shown` says whether the map can draw.
  attach(core, shown) {
    this.core = core;
    this.shown = shown;
    this.stage.classList.add('ready');
    if (!shown) this.stage.classList.add('no-map');
    this.status.replaceChildren();
    this.bindPointer();
  }

  // Where the map cannot draw, says so in its place (in the visitor's language, so again on a language change).
  sayUnavailable(text) {
    if (!this.shown) this.status.replaceChildren(element('p', { text }));
  }

  render(map) {
    this.canvas.style.cursor = map.hover ? 'pointer' : 'default';
    this.canvas.title = map.hover;
    this.edges[0].textContent = map.sides?.left ?? '';
    this.edges[1].textContent = map.sides?.right ?? '';
    const pattern = map.pattern;
    this.notes.hidden = !pattern || !this.shown;
    if (pattern) {
      const elsewhere = pattern.elsewhere;
      this.caption.replaceChildren(element('strong', { text: pattern.title }), ` ${pattern.point}`,
        ...(elsewhere ? [element('span', { class: 'elsewhere-note' }, element('br'), `${elsewhere.text} `, element('button', {
          type: 'button', class: 'elsewhere', text: elsewhere.button,
          onclick: () => this.showView(elsewhere.view),
        }))] : []));
      render(legendTemplate(map.legend), this.legend);
    }
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
    const { width, height } = this.canvasSize();
    this.send({ type: 'resize', width, height, ratio: window.devicePixelRatio || 1 });
    this.drawFrame();
  }

  // Frames are drawn only after something changed: an idle widget costs nothing.
  requestFrame() {
    if (this.frameRequested || !this.core || !this.shown) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      this.drawFrame();
    });
  }

  drawFrame() {
    if (!this.core || !this.shown) return;
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
