// The row of view buttons above the map. It scrolls sideways when it is wider than the map, with a fade and an arrow
// at each edge that has more buttons beyond it: a mouse, which cannot swipe the row, clicks the arrow to bring the
// next buttons into sight; on a touch screen the arrow only shows that there are more (a tap goes through it to the
// button under it). Keyboard users need no arrow (a button reached with Tab scrolls into sight), so the arrows are
// out of the tab order and hidden from assistive technology. The buttons and the current view come from the core;
// arrow keys, Home, End and Escape go to the core as they are, which decides what they do.
import { element } from './dom.js';

// The width of the edge fades in trigger-point-locator.css.
const FADE = 32;
const CORE_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Escape']);

export class ViewBar {
  // `send(event)` passes an event to the core.
  constructor(send) {
    this.send = send;
    this.row = element('div', { class: 'views', role: 'group' });
    // Not buttons: nothing that takes focus may be hidden from assistive technology.
    const arrow = (side, direction) => element('div', {
      class: `more ${side}`, 'aria-hidden': 'true', hidden: true,
      // A press leaves the keyboard focus where it was (a div would otherwise take it from a view button).
      onmousedown: (event) => event.preventDefault(),
      onclick: () => this.row.scrollBy({ left: direction * Math.max(FADE, this.row.clientWidth - 2 * FADE), behavior: 'smooth' }),
    });
    this.arrows = { before: arrow('before', -1), after: arrow('after', 1) };
    this.node = element('div', { class: 'view-bar' }, this.arrows.before, this.row, this.arrows.after);
    this.buttons = [];
    this.row.addEventListener('scroll', () => this.markEdges(), { passive: true });
    // A button reached with Tab would otherwise stop half under a fade. Only then: a tap or click focuses its button
    // between press and release, and scrolling the row there would move the button from under the finger, losing
    // the click.
    this.row.addEventListener('focusin', (event) => {
      if (event.target.matches(':focus-visible')) this.keepInSight(event.target);
    });
    this.row.addEventListener('keydown', (event) => {
      if (!CORE_KEYS.has(event.key) || !this.buttons.includes(event.target)) return;
      event.preventDefault();
      this.send({ type: 'key', key: event.key });
      // Focus follows the view the key chose, as in a toolbar.
      this.focusCurrent();
    });
  }

  // The buttons for the core's chrome ({views, views_label}).
  build(chrome, current) {
    this.row.setAttribute('aria-label', chrome.views_label);
    this.buttons = chrome.views.map((view) => element('button', {
      type: 'button', 'data-view': view.id, text: view.label,
      onclick: () => this.send({ type: 'view', id: view.id }),
    }));
    this.row.replaceChildren(...this.buttons);
    this.show(current);
  }

  // Marks the current view's button and keeps it in sight.
  show(current) {
    for (const button of this.buttons) {
      const pressed = button.dataset.view === current;
      button.setAttribute('aria-pressed', String(pressed));
      if (pressed) this.keepInSight(button);
    }
    this.markEdges();
  }

  // Moves the keyboard focus to the current view's button.
  focusCurrent() {
    this.buttons.find((button) => button.getAttribute('aria-pressed') === 'true')?.focus();
  }

  // Scrolls the row (never the page) so that `button` is clear of the faded edges: centred when it is under a fade
  // or outside the row.
  keepInSight(button) {
    const box = button.getBoundingClientRect(), bar = this.row.getBoundingClientRect();
    const { before, after } = this.overflow();
    if (box.left < bar.left + (before ? FADE : 0) || box.right > bar.right - (after ? FADE : 0)) {
      this.row.scrollLeft += box.left - bar.left - (bar.width - box.width) / 2;
    }
  }

  // Whether the row has buttons beyond each edge.
  overflow() {
    const bar = this.row;
    return { before: bar.scrollLeft > 1, after: bar.scrollLeft < bar.scrollWidth - bar.clientWidth - 1 };
  }

  markEdges() {
    const { before, after } = this.overflow();
    this.row.classList.toggle('more-before', before);
    this.row.classList.toggle('more-after', after);
    this.arrows.before.hidden = !before;
    this.arrows.after.hidden = !after;
  }
}
