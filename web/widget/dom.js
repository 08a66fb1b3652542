// DOM helpers shared by the widget's modules. Text always goes in as text (textContent), never as HTML.

export const warn = (...args) => console.warn('[trigger-point-locator]', ...args);

// Gives the browser a turn between steps of a long piece of work (start-up, loading data).
export const nextTask = () => (globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));

// A queue for async work that must not overlap: `run(task)` starts `task` once the tasks given before it have
// settled (a failed one does not stop the next) and returns its promise.
export function oneAtATime() {
  let last = Promise.resolve();
  return (task) => (last = last.then(task, task));
}

// A node with attributes (`text` sets its text, `on…` adds a listener; null, undefined and false are skipped) and
// children (null, undefined and false are skipped).
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}
