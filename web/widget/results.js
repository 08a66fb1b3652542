// The results panel, rendered from the core's panel model (src/core/view_model.h) as it is: every text, every
// choice of what to show and in what order comes from the core. `send(event)` passes the visitor's answers and
// choices back to it.
import { element } from './dom.js';

// The panel's children for `panel`. `options.mapShown` says whether the map can draw a result's pattern,
// `options.print()` prints the summary.
export function renderPanel(panel, send, options) {
  return [
    panel.emergency && emergencyCall(panel.emergency),
    element('h2', { text: panel.heading }),
    panel.hint && element('p', { class: 'hint', text: panel.hint }),
    panel.selection && element('div', { class: 'selection' },
      element('p', { class: 'selected', text: panel.selection.summary }),
      element('button', { type: 'button', class: 'clear', text: panel.selection.clear, onclick: () => send({ type: 'clear' }) }),
      element('button', { type: 'button', class: 'print', text: panel.selection.print, onclick: options.print })),
    panel.warning_signs && warningSigns(panel.warning_signs, send),
    panel.no_results && element('p', { text: panel.no_results }),
    panel.selection && element('ol', { class: 'results' },
      ...panel.results.map((result, index) => resultItem(result, index === 0, panel, send, options))),
    panel.refine && refine(panel.refine, send),
    professional(panel.professional),
    element('p', { class: 'safety', text: panel.safety }),
  ];
}

// An answer that means an emergency comes before everything else.
function emergencyCall(emergency) {
  return element('div', { class: 'call-for-help', role: 'alert', tabindex: '-1' },
    element('h2', { text: emergency.heading }),
    ...emergency.messages.map((message) => element('p', { text: message })));
}

// Warning signs for the chosen areas, each answered yes or no.
function warningSigns(signs, send) {
  return element('section', { class: 'red-flags' },
    element('h3', { text: signs.heading }),
    element('ul', {}, ...signs.questions.map((sign) => {
      const button = (answer) => element('button', {
        type: 'button', 'aria-pressed': String(sign.answer === answer), text: signs[answer],
        onclick: () => send({ type: 'answer', id: sign.id, answer }),
      });
      return element('li', { class: sign.urgency },
        element('p', { class: 'question', text: sign.question }),
        element('div', { class: 'answers', role: 'group' }, button('yes'), button('no')),
        sign.message && element('p', { class: 'message', text: sign.message }));
    })));
}

// Questions about activities and habits; ticking one re-ranks the list.
function refine(questions, send) {
  return element('fieldset', { class: 'refine' },
    element('legend', { text: questions.legend }),
    ...questions.questions.map((question) => element('label', {},
      element('input', {
        type: 'checkbox', value: question.id, checked: question.checked,
        onchange: (event) => send({ type: 'answer', id: question.id, answer: event.target.checked ? 'yes' : 'no' }),
      }),
      ` ${question.question}`)));
}

// One result: its title and reasons at once; the rest is built when the visitor opens it, which keeps a click's
// render small.
function resultItem(result, open, panel, send, options) {
  const details = element('details', { open },
    element('summary', {},
      element('span', { class: 'muscle', text: result.title }),
      element('span', { class: 'point', text: result.point })),
    element('ul', { class: 'reasons', 'aria-label': panel.reasons_label },
      ...result.reasons.map((reason) => element('li', { text: reason }))));
  const body = () => [
    options.mapShown && element('button', {
      type: 'button', class: 'show', text: panel.show_label, 'aria-pressed': String(result.focused),
      onclick: () => send({ type: 'focus_result', id: result.trigger_point_id, side: result.side }),
    }),
    element('p', {}, element('strong', { text: `${result.where.label}: ` }), result.where.text),
    element('h4', { text: result.self_help.heading }),
    ...result.self_help.cards.map(selfHelpCard),
    ...list(result.factors, 'factors', (advice) => element('li', { text: advice })),
    ...list(result.rule_out, 'rule-out', (condition) =>
      element('li', {}, element('strong', { text: `${condition.name}: ` }), condition.note)),
  ];
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    details.append(...body().filter(Boolean));
  };
  if (open) build();
  else details.addEventListener('toggle', build);
  return element('li', { class: 'result' }, details);
}

// A heading and a list, or nothing when the list is empty.
function list(section, className, item) {
  if (section.items.length === 0) return [];
  return [element('h4', { text: section.heading }), element('ul', { class: className }, ...section.items.map(item))];
}

function selfHelpCard(card) {
  return element('article', { class: `card ${card.kind}` },
    element('h5', { text: card.title }),
    card.steps.length > 0 && element('ol', {}, ...card.steps.map((step) => element('li', { text: step }))),
    card.text && element('p', { text: card.text }),
    card.meta && element('p', { class: 'meta', text: card.meta }),
    card.avoid_if && element('p', { class: 'avoid' }, element('strong', { text: `${card.avoid_if.label}: ` }), card.avoid_if.text),
    card.cautions && element('ul', { class: 'cautions', 'aria-label': card.cautions.label },
      ...card.cautions.items.map((caution) => element('li', { text: caution }))));
}

// Always shown: the embedder's clinic when given, a neutral prompt otherwise.
export function professional(prompt) {
  const booking = prompt.booking && element('a', { href: prompt.booking.href, target: '_blank', rel: 'noopener noreferrer', text: prompt.booking.label });
  const phone = prompt.phone && element('a', { href: prompt.phone.href, text: prompt.phone.label });
  return element('aside', { class: 'professional' },
    element('h3', { text: prompt.heading }),
    element('p', { text: prompt.text }),
    booking || phone ? element('p', { class: 'contact' }, booking, booking && phone ? ' · ' : null, phone)
      : element('p', { text: prompt.find }));
}
