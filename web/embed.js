// The iframe embed page, for site builders that forbid scripts: embed.html?clinic-name=…&booking-url=…&lang=…
// Every widget attribute can be given as a query parameter; the selection lives in the URL hash.
import './trigger-point-locator.js';
import { keepSelectionInHash } from './page.js';

const attributes = ['lang', 'clinic-name', 'booking-url', 'phone', 'accent-color', 'font', 'radius', 'view'];
const query = new URLSearchParams(location.search);
const widget = document.createElement('trigger-point-locator');
// The widget is all this page is for: it starts at once.
widget.setAttribute('loading', 'eager');
for (const name of attributes) {
  const value = query.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
for (const name of query.keys()) {
  if (!attributes.includes(name)) console.warn(`[trigger-point-locator] unknown parameter "${name}" ignored`);
}
document.documentElement.lang = widget.getAttribute('lang') || 'en';
document.querySelector('main').append(widget);
keepSelectionInHash(widget);
