// Helpers for the pages that host the widget here (the demo and the iframe embed page). The widget itself never
// touches its host's URL; these pages choose to keep the selection in their own URL hash.

// Keeps the selection in the URL hash (#regions=heel_left,calf_lower_left): a reload or a shared link restores it.
export function keepSelectionInHash(widget) {
  const fromHash = () => (new URLSearchParams(location.hash.slice(1)).get('regions') ?? '').split(',').filter(Boolean);
  const initial = fromHash();
  if (initial.length) widget.select(initial);
  widget.addEventListener('tpl-results', (event) => {
    const ids = event.detail.selected.map((region) => region.id);
    const hash = ids.length ? `#regions=${ids.join(',')}` : '';
    if (location.hash !== hash) history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
  });
  window.addEventListener('hashchange', () => widget.select(fromHash()));
}
