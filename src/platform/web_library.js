// JS library functions linked into the web module (--js-library).
mergeInto(LibraryManager.library, {
  // SDL2's web backend looks its canvas up by the selector '#canvas'. Point that selector at this module
  // instance's own canvas (which may sit in a shadow root, next to other widgets), so nothing depends on a global
  // element with id="canvas".
  tpl_bind_canvas__deps: ['$specialHTMLTargets'],
  tpl_bind_canvas: function () {
    specialHTMLTargets['#canvas'] = Module['canvas'];
  },

  // Removes every listener this module instance registered through Emscripten's html5 API: only SDL's web backend
  // does so (the widget's own listeners are added in trigger-point-locator.js). See web_bridge.cpp for why.
  tpl_remove_html5_listeners__deps: ['$JSEvents'],
  tpl_remove_html5_listeners: function () {
    JSEvents.removeAllEventListeners();
  },
});
