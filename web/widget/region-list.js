// The accessible way to choose: every region as a checkbox, grouped by body area, in a disclosure under the map. Each
// body area is a disclosure of its own: with the keyboard, the list is a score of stops rather than every region of
// the body (about 160) between the map and the results. The checkboxes are made when the list is first opened (until
// then they would only slow the first paint); their labels and the selection come from the core.
import { element } from './dom.js';

export class RegionList {
  // `send(event)` passes an event to the core; `model()` asks the core for the list's labels.
  constructor(send, model) {
    this.send = send;
    this.model = model;
    this.selection = [];
    this.node = element('details', { class: 'region-list' });
    this.node.addEventListener('toggle', () => this.fill());
  }

  // Shows the heading in the current language; the checkboxes are remade when next opened.
  relabel(heading) {
    this.node.replaceChildren(element('summary', { text: heading }));
    this.fill();
  }

  // Ticks the boxes of the selected regions.
  show(selection) {
    this.selection = selection;
    const selected = new Set(selection);
    for (const box of this.node.querySelectorAll('input[data-region]')) box.checked = selected.has(box.dataset.region);
  }

  // Ticks or unticks a region. What the answer adds above the list (the map's caption, the answer card) would push the
  // box from under the finger: the page scrolls by as much, so that the box stays where it was.
  toggle(id, box) {
    const before = box.getBoundingClientRect().top;
    this.send({ type: 'toggle', id });
    const shift = box.getBoundingClientRect().top - before;
    if (Math.abs(shift) >= 1) window.scrollBy(0, shift);
  }

  fill() {
    if (!this.node.open || this.node.childElementCount > 1) return;
    const selected = new Set(this.selection);
    this.node.append(...this.model().groups.map((group) => element('details', { class: 'area' },
      element('summary', { text: group.legend }),
      element('div', { role: 'group', 'aria-label': group.legend }, ...group.regions.map((region) => element('label', {
        // A midline region takes a row of its own, so that each left side stays beside its right.
        class: region.side === 'midline' ? 'midline' : null,
      },
        element('input', {
          type: 'checkbox', 'data-region': region.id, checked: selected.has(region.id),
          onchange: (event) => this.toggle(region.id, event.target),
          // Keyboard focus in the list shows on the map.
          onfocus: () => this.send({ type: 'focus_region', id: region.id }),
          onblur: () => this.send({ type: 'focus_region', id: '' }),
        }),
        ` ${region.label}`))))));
  }
}
