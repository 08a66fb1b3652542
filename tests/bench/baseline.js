// Loads the baseline module and draws its one frame; the first painted frame after it is the figure bench.mjs reads.
import createModule from './tpl-baseline.js';

const canvas = document.querySelector('canvas');
const module = await createModule({ canvas });
module._baseline_frame(420, 672);
requestAnimationFrame(() => { window.__firstFrame = performance.now(); });
