// eglGetProcAddress for the web modules: it finds nothing.
//
// Why: Emscripten's eglGetProcAddress looks a name up in a table of every GL function, so linking it links all of
// them, in the wasm and as JavaScript in the loader (about 3.5 KB + 2 KB gzipped that the map never calls).
// bootstrap.sh builds SDL2 with __SDL_NOGETPROCADDR__, so SDL's GLES2 renderer calls the functions it uses
// directly. What still asks by name (SDL's EGL layer and SDL_GL_ExtensionSupported, for optional EGL and GL
// extensions; nothing in this project calls SDL_GL_GetProcAddress) treats a null answer as "absent". The link wraps
// eglGetProcAddress (-Wl,--wrap=eglGetProcAddress, in src/platform/CMakeLists.txt) so every call comes here. Only
// with the project's own SDL2 build (emsdk-config/dependencies.cmake refuses one built without the switch): the
// official emsdk's port asks by name for every GL function.
extern "C" void* __wrap_eglGetProcAddress(const char* /*name*/) { return nullptr; }
