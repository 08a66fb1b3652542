// The C++ core as the page sees it: its eight exported functions (src/platform/web_bridge.cpp) wrapped so that JSON
// goes in and out. Strings travel through the module's heap as UTF-8; bytes (a Uint8Array) go in as they are, which
// spares decoding and re-encoding the data bundle.

import { nextTask, oneAtATime } from './dom.js';

export class Core {
  constructor(module) {
    this.m = module;
    this.loads = oneAtATime();
  }

  call(name, ...args) {
    const allocated = [];
    const converted = args.map((arg) => {
      if (typeof arg !== 'string' && !(arg instanceof Uint8Array)) return arg;
      const bytes = typeof arg === 'string' ? null : arg;
      const size = bytes ? bytes.length + 1 : this.m.lengthBytesUTF8(arg) + 1;
      const pointer = this.m._malloc(size);
      if (bytes) {
        this.m.HEAPU8.set(bytes, pointer);
        this.m.HEAPU8[pointer + bytes.length] = 0;
      } else {
        this.m.stringToUTF8(arg, pointer, size);
      }
      allocated.push(pointer);
      return pointer;
    });
    try {
      return this.m[`_tpl_${name}`](...converted);
    } finally {
      allocated.forEach((pointer) => this.m._free(pointer));
    }
  }

  json(name, ...args) {
    return JSON.parse(this.m.UTF8ToString(this.call(name, ...args)));
  }

  // Opens the map on the module's canvas; whether it can draw.
  open(width, height) {
    return Boolean(this.call('open', width, height));
  }

  // Loads a data bundle (UTF-8 bytes): {problems, parts, notes}. With problems the core keeps what it had. In two
  // tasks, reading it and then checking it and binding the session to it, each about half of the whole; one bundle
  // at a time, as the core keeps the one it read until it builds it.
  load(bytes) {
    return this.loads(async () => {
      const read = this.json('parse', bytes);
      if (read.problems.length) return read;
      await nextTask();
      return this.json('build');
    });
  }

  // The texts part of the data bundle it loaded (UTF-8 bytes): {problems, parts, notes}.
  texts(bytes) {
    return this.json('texts', bytes);
  }

  // One event (src/core/event.h): {parts: the view model's parts it changed, notes: what it ignored}.
  event(event) {
    return this.json('event', JSON.stringify(event));
  }

  // One part of the view model: 'map', 'panel', 'outcome', 'chrome' or 'regions'.
  state(part) {
    return this.json('state', part);
  }

  // Draws the map if it changed; whether it drew.
  frame() {
    return Boolean(this.call('frame'));
  }

  // The map's colours, {name: '#rrggbb'}.
  theme(colours) {
    this.call('theme', JSON.stringify(colours));
  }
}
