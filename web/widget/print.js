// The summary "to bring to your therapist", rendered from the core's print model: the drawings with the painful
// areas marked, the areas with their CHOIR codes, the answers to the warning signs and the candidate muscles, then
// the professional prompt and the safety note.
import { html, render } from 'lit-html';
import { professional } from './results.js';

// An SVG document from the core (geometry and colours only, no text of the data) as a node.
const drawing = (markup) => document.importNode(new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement, true);

// Prints `summary` in `target`; only it prints while `layout` is marked as printing.
export function printSummary(summary, target, layout) {
  render(html`
    <h1>${summary.heading}</h1>
    <div class="drawings">${summary.drawings.map((view) => html`
      <figure>${drawing(view.svg)}<figcaption>${view.label}</figcaption></figure>`)}
    </div>
    <h2>${summary.areas_heading}</h2>
    <ul>${summary.areas.map((area) => html`<li>${area}</li>`)}</ul>
    ${summary.warning_signs.length ? html`
      <h2>${summary.warning_signs_heading}</h2>
      <ul>${summary.warning_signs.map((answer) => html`<li>${answer}</li>`)}</ul>` : ''}
    <h2>${summary.candidates_heading}</h2>
    <ol>${summary.candidates.map((candidate) => html`<li>${candidate}</li>`)}</ol>
    ${professional(summary.professional)}
    <p class="safety">${summary.safety}</p>`, target);
  layout.classList.add('printing-summary');
  window.addEventListener('afterprint', () => layout.classList.remove('printing-summary'), { once: true });
  window.print();
}
