// Runs inside each module instance before main(). SDL2's web backend looks its canvas up by the selector
// '#canvas'; point that selector at this instance's own canvas (which may sit in a shadow root, next to other
// widgets), so nothing depends on a global element with id="canvas".
Module['preRun'] = [].concat(Module['preRun'] || [], function () {
  specialHTMLTargets['#canvas'] = Module['canvas'];
});
