// The embed builder: a practice fills in its details, sees the widget with them, and copies a snippet (HTML, iframe or
// WordPress shortcode). What the widget accepts is the widget's to decide: a booking link it refuses comes back as
// its `tpl-warning` event, and colours, fonts and radii are checked by the browser's own CSS parser. Nothing typed
// leaves the page, and every value is escaped for the snippet it goes into.
import './trigger-point-locator.js';

const TAG = 'trigger-point-locator';
// Form field -> the widget's attribute; the shortcode's attribute is the same with underscores.
const ATTRIBUTES = ['clinic-name', 'booking-url', 'phone', 'lang', 'accent-color', 'font', 'radius', 'view'];
// What CSS must accept for each style field.
const CSS_CHECKS = {
  'accent-color': ['color', 'This is not a colour CSS understands, e.g. #1a7f64 or teal.'],
  font: ['font-family', 'This is not a font family CSS understands, e.g. Georgia, serif.'],
  radius: ['border-radius', 'This is not a length CSS understands, e.g. 8px or 0.5rem.'],
};

const form = document.getElementById('settings');
const preview = document.getElementById('preview');
const field = (name) => document.getElementById(name);
const refused = new Set();

// For an HTML attribute value in double quotes.
const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// For a WordPress shortcode attribute: as for HTML (the plugin prints it through esc_attr, which keeps entities), and
// square brackets, which would end the shortcode.
const escapeShortcode = (value) => escapeAttribute(value).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

function showError(name, message) {
  const input = field(name), error = field(`${name}-error`);
  if (!error) return;
  error.textContent = message ?? '';
  error.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

// The settings the widget will get: every field that has a value and was not refused.
function settings() {
  const values = {};
  for (const name of ATTRIBUTES) {
    const value = field(name).value.trim();
    if (value && !refused.has(name)) values[name] = value;
  }
  return values;
}

function base() {
  const value = field('base').value.trim();
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not a web address');
    showError('base', null);
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    showError('base', 'Give the full web address of the folder, e.g. https://example.com/trigger-point-locator/');
    return null;
  }
}

function writeSnippets() {
  const values = settings();
  const lazy = field('lazy').checked;
  const folder = base() ?? 'https://YOUR-SITE/trigger-point-locator/';
  const attributes = Object.entries(values).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  field('element-snippet').value = `<script type="module" src="${escapeAttribute(folder)}trigger-point-locator.js"></script>\n` +
    `<${TAG}${attributes}${lazy ? '' : ' loading="eager"'}></${TAG}>`;
  const query = new URLSearchParams(values).toString();
  const src = `${folder}embed.html${query ? `?${query}` : ''}`;
  field('iframe-snippet').value = `<iframe src="${escapeAttribute(src)}" title="Trigger Point Locator: where does it hurt?"` +
    ` loading="${lazy ? 'lazy' : 'eager'}" style="width: 100%; height: 90vh; min-height: 640px; border: 0"></iframe>`;
  const shortcode = Object.entries(values)
    .map(([name, value]) => ` ${name.replace(/-/g, '_')}="${escapeShortcode(value)}"`).join('');
  field('shortcode-snippet').value = `[trigger_point_locator${shortcode}${lazy ? '' : ' loading="eager"'}]`;
}

// One field changed: check it, pass it to the preview (which may refuse it), and write the snippets again.
function update(name) {
  const input = field(name);
  const value = input.value.trim();
  refused.delete(name);
  showError(name, null);
  if (CSS_CHECKS[name] && value && !CSS.supports(CSS_CHECKS[name][0], value)) {
    refused.add(name);
    showError(name, CSS_CHECKS[name][1]);
  }
  if (ATTRIBUTES.includes(name)) {
    if (value && !refused.has(name)) preview.setAttribute(name, value);
    else preview.removeAttribute(name);
  }
  if (name === 'accent-color' && !refused.has(name) && /^#[0-9a-f]{6}$/i.test(value)) field('accent-picker').value = value;
  writeSnippets();
}

// The widget says what it refused; a booking link is refused while the preview takes it (setAttribute runs the
// widget's check at once once it is ready, and its first start checks what was typed before).
preview.addEventListener('tpl-warning', (event) => {
  if (!event.detail.message.startsWith('booking-url')) return;
  refused.add('booking-url');
  showError('booking-url', 'This link cannot be used: give a web page (https://…), a phone number (tel:…) or an email address (mailto:…).');
  writeSnippets();
});

preview.addEventListener('tpl-ready', () => {
  const select = field('view');
  for (const { id, label } of preview.views) {
    if (id !== 'front') select.append(new Option(label, id));
  }
});

function fillLanguages() {
  const select = field('lang');
  for (const lang of customElements.get(TAG).languages) {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    select.append(new Option(`${name.charAt(0).toUpperCase()}${name.slice(1)} (${lang})`, lang));
  }
  const wanted = (navigator.language || 'en').split('-')[0];
  select.value = [...select.options].some((option) => option.value === wanted) ? wanted : 'en';
  preview.setAttribute('lang', select.value);
}

async function copy(button) {
  const box = field(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(box.value);
  } catch {
    // Without clipboard permission (an http page, an older browser): select the text for the visitor's own copy.
    box.select();
    document.execCommand('copy');
  }
  field('copied').textContent = '';
  field('copied').textContent = `${button.textContent}: copied to the clipboard.`;
}

field('base').value = new URL('.', location.href).href;
fillLanguages();
form.addEventListener('input', (event) => {
  if (event.target.id !== 'accent-picker') update(event.target.id);
});
field('accent-picker').addEventListener('input', (event) => {
  field('accent-color').value = event.target.value;
  update('accent-color');
});
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button));
writeSnippets();
