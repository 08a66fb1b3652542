// The summary "to bring to your therapist", rendered from the panel model's print part: the areas with their CHOIR
// codes and the candidate muscles, then the professional prompt and the safety note.
import { element } from './dom.js';
import { professional } from './results.js';

// Prints `panel`'s summary in `target`; only this summary prints while `layout` is marked as printing.
export function printSummary(panel, target, layout) {
  const summary = panel.print;
  target.replaceChildren(
    element('h1', { text: summary.heading }),
    element('h2', { text: summary.areas_heading }),
    element('ul', {}, ...summary.areas.map((area) => element('li', { text: area }))),
    element('h2', { text: summary.candidates_heading }),
    element('ol', {}, ...summary.candidates.map((candidate) => element('li', { text: candidate }))),
    professional(panel.professional),
    element('p', { class: 'safety', text: panel.safety }));
  layout.classList.add('printing-summary');
  window.addEventListener('afterprint', () => layout.classList.remove('printing-summary'), { once: true });
  window.print();
}
