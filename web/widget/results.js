// The results panel and the answer card, rendered from the core's panel model (src/core/view_model.h) with
// lit-html: every text and every choice of what to show, and in what order, comes from the core; lit-html updates
// only the parts of the DOM whose values changed, and puts every value in as text. `send(event)` passes the
// visitor's answers and choices back to the core.
import { html, nothing, svg } from 'lit-html';

// The panel for `panel`. `options.print()` prints the summary.
export function panelTemplate(panel, send, options) {
  return html`
    ${panel.emergency ? emergencyCall(panel.emergency) : nothing}
    <h2>${panel.heading}</h2>
    ${panel.hint ? html`<p class="hint">${panel.hint}</p>` : nothing}
    ${panel.selection ? html`
      <div class="selection">
        <p class="selected">${panel.selection.summary}</p>
        <button type="button" class="clear" @click=${() => send({ type: 'clear' })}>${panel.selection.clear}</button>
        <button type="button" class="print" @click=${options.print}>${panel.selection.print}</button>
      </div>` : nothing}
    ${panel.no_results ? html`<p>${panel.no_results}</p>` : nothing}
    ${panel.results.length ? html`
      <ol class="results">${panel.results.slice(0, panel.top_results).map((result) => resultItem(result, send))}</ol>` : nothing}
    ${panel.warning_signs ? warningSigns(panel.warning_signs, send) : nothing}
    ${panel.professional.urgency ? professional(panel.professional) : nothing}
    ${panel.results.length > panel.top_results ? html`
      <h3 class="others">${panel.other_results}</h3>
      <ol class="results" start=${panel.top_results + 1}>${panel.results.slice(panel.top_results).map((result) => resultItem(result, send))}</ol>` : nothing}
    ${panel.refine ? refine(panel.refine, send) : nothing}
    ${panel.professional.urgency ? nothing : professional(panel.professional)}
    <p class="safety">${panel.safety}</p>`;
}

// The parts of the panel the answer card's buttons bring into view, by the names the core gives them.
const PARTS = { warning_signs: '.red-flags', professional: '.professional', emergency: '.call-for-help' };

// The answer at a glance, under the map where the panel lies below it: the areas, the best match with its reason,
// and the ways on to the warning signs and to the best match's details. `goTo(selector)` brings a part of the panel
// into view; `showView(id)` switches the map to a view.
export function answerTemplate(panel, send, { goTo, showView }) {
  const answer = panel.answer;
  if (!answer) return nothing;
  const top = answer.top;
  return html`
    <p class="areas">${answer.areas}</p>
    ${top ? html`
      <p class="top"><span class="label">${answer.top_label}:</span> <strong>${top.title}</strong>
        <span class="point">${top.point}</span></p>
      <p class="why">${top.reason}</p>
      ${answer.top_elsewhere ? html`
        <p class="elsewhere">${answer.top_elsewhere.text}
          <button type="button" class="show-view" @click=${() => showView(answer.top_elsewhere.view)}>${answer.top_elsewhere.button}</button></p>` : nothing}` : html`<p class="why">${panel.no_results}</p>`}
    <div class="actions">
      ${answer.warnings ? html`
        <button type="button" class=${answer.warnings.urgent ? 'to-warnings urgent' : 'to-warnings'}
          @click=${() => goTo(PARTS[answer.warnings.go_to])}>${answer.warnings.label}</button>` : nothing}
      ${top ? html`
        <button type="button" class="to-results" @click=${() => {
          if (!top.details) send({ type: 'focus_result', id: top.trigger_point_id, side: top.side });
          goTo('.result.focused');
        }}>${panel.details_label}</button>` : nothing}
    </div>`;
}

// An answer that means an emergency comes before everything else.
function emergencyCall(emergency) {
  return html`
    <div class="call-for-help" role="alert" tabindex="-1">
      <h2>${emergency.heading}</h2>
      ${emergency.messages.map((message) => html`<p>${message}</p>`)}
    </div>`;
}

// Warning signs for the chosen areas: asked while unanswered, folded into one line once all are answered.
function warningSigns(signs, send) {
  const fold = (answer) => () => send({ type: 'fold', id: 'warning_signs', answer });
  if (signs.folded) {
    return html`
      <section class="red-flags folded">
        <p class="summary">${signs.summary}
          <button type="button" class="change" @click=${fold('open')}>${signs.change}</button></p>
        ${signs.advice.map((advice) => html`<p class="message">${advice}</p>`)}
      </section>`;
  }
  return html`
    <section class="red-flags">
      <h3>${signs.heading}</h3>
      <ul>${signs.questions.map((sign) => html`
        <li class=${sign.urgency}>
          <p class="question">${sign.question}</p>
          <div class="answers" role="group" aria-label=${sign.question}>
            ${['yes', 'no'].map((answer) => html`
              <button type="button" aria-pressed=${String(sign.answer === answer)}
                @click=${() => send({ type: 'answer', id: sign.id, answer })}>${signs[answer]}</button>`)}
          </div>
          ${sign.message ? html`<p class="message">${sign.message}</p>` : nothing}
        </li>`)}
      </ul>
      ${signs.unanswered === 0 ? html`<button type="button" class="done" @click=${fold('closed')}>${signs.done}</button>` : nothing}
    </section>`;
}

// Questions about activities and habits; ticking one re-ranks the list.
function refine(questions, send) {
  return html`
    <fieldset class="refine">
      <legend>${questions.legend}</legend>
      ${questions.questions.map((question) => html`
        <label><input type="checkbox" .checked=${question.checked}
          @change=${(event) => send({ type: 'answer', id: question.id, answer: event.target.checked ? 'yes' : 'no' })}>
          ${question.question}</label>`)}
    </fieldset>`;
}

// One result: a row that puts it in focus (its pattern on the map, its details open) and previews its pattern
// while pointed at; the details of the one in focus.
function resultItem(result, send) {
  const id = result.trigger_point_id, side = result.side;
  const preview = (on) => () => send({ type: 'preview_result', id: on ? id : '', side });
  return html`
    <li class="result ${result.focused ? 'focused' : ''}">
      <button type="button" class="row" aria-expanded=${String(Boolean(result.details))}
        @click=${() => send({ type: 'focus_result', id, side })}
        @pointerenter=${preview(true)} @pointerleave=${preview(false)} @focus=${preview(true)} @blur=${preview(false)}>
        <span class="muscle">${result.title}</span>
        <span class="point">${result.point}</span>
        <span class="prevalence">${result.prevalence}</span>
        <span class="why">${result.reason}</span>
      </button>
      ${result.details ? details(result.details) : nothing}
    </li>`;
}

function details(d) {
  const list = (section, className, item) => (section.items.length === 0 ? nothing : html`
    <details class="more">
      <summary>${section.heading}</summary>
      <ul class=${className}>${section.items.map(item)}</ul>
    </details>`);
  const reasons = d.reasons.length ? html`
    <ul class="reasons" aria-label=${d.reasons_label}>${d.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>` : nothing;
  // The texts part is still on its way (it follows the first answer): the reasons now, the rest when it comes.
  if (d.pending) return html`<div class="details">${reasons}<p class="pending" role="status">${d.pending}</p></div>`;
  return html`
    <div class="details">
      ${reasons}
      <p><strong>${d.where.label}:</strong> ${d.where.text}</p>
      <h4>${d.self_help.heading}</h4>
      ${d.self_help.set_aside ? html`<p class="set-aside">${d.self_help.set_aside}</p>` : nothing}
      ${d.self_help.cards.map((card, index) => selfHelpCard(card, index === 0))}
      ${d.self_help.more ? html`
        <details class="more">
          <summary>${d.self_help.more.label}</summary>
          ${d.self_help.more.cards.map((card) => selfHelpCard(card, false))}
        </details>` : nothing}
      ${list(d.factors, 'factors', (advice) => html`<li>${advice}</li>`)}
      ${list(d.rule_out, 'rule-out', (condition) => html`<li><strong>${condition.name}:</strong> ${condition.note}</li>`)}
    </div>`;
}

// A self-help card: its title always, the rest open for the first card and one tap away for the others, so that a
// result's details stay within about a screen.
function selfHelpCard(card, open) {
  return html`
    <details class="card ${card.kind}" ?open=${open}>
      <summary><h5>${card.title}</h5></summary>
      ${card.steps.length ? html`<ol>${card.steps.map((step) => html`<li>${step}</li>`)}</ol>` : nothing}
      ${card.text ? html`<p>${card.text}</p>` : nothing}
      ${card.meta ? html`<p class="meta">${card.meta}</p>` : nothing}
      ${card.avoid_if ? html`<p class="avoid"><strong>${card.avoid_if.label}:</strong> ${card.avoid_if.text}</p>` : nothing}
      ${card.cautions ? html`
        <ul class="cautions" aria-label=${card.cautions.label}>${card.cautions.items.map((caution) => html`<li>${caution}</li>`)}</ul>` : nothing}
    </details>`;
}

// Always shown: the embedder's clinic when given, a neutral prompt otherwise; after a warning sign answered yes, the
// urgent call, which the panel puts right under the warning signs.
export function professional(prompt) {
  const booking = prompt.booking && html`
    <a href=${prompt.booking.href} target="_blank" rel="noopener noreferrer">${prompt.booking.label}</a>`;
  const phone = prompt.phone && html`<a href=${prompt.phone.href}>${prompt.phone.label}</a>`;
  return html`
    <aside class=${prompt.urgency ? `professional urgent ${prompt.urgency}` : 'professional'}>
      <h3>${prompt.heading}</h3>
      <p>${prompt.text}</p>
      ${booking || phone
        ? html`<p class="contact">${booking || nothing}${booking && phone ? ' · ' : nothing}${phone || nothing}</p>`
        : prompt.find ? html`<p>${prompt.find}</p>` : nothing}
    </aside>`;
}

// The key under the map: what the marks of a referral pattern mean.
export function legendTemplate(legend) {
  return html`
    <li><span class="swatch selected"></span>${legend.selected}</li>
    <li><span class="swatch essential"></span>${legend.essential}</li>
    <li><span class="swatch spillover"></span>${legend.spillover}</li>
    <li>${svg`<svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><path d="M2 2L10 10M2 10L10 2"/></svg>`}${legend.point}</li>`;
}
