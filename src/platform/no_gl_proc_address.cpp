// eglGetProcAddress for the web modules: it finds nothing.
//
// Why: Emscripten's eglGetProcAddress looks a name up in a table of every GL function, so linking it links all of
// them, in the wasm and as JavaScript in the loader (about 3.5 KB + 2 KB gzipped that the map never calls).
// bootstrap.sh builds SDL2 with __SDL_NOGETPROCADDR__, so SDL's GLES2 renderer calls the functions it uses
// directly; the one place left asking by name is SDL's EGL layer, for optional EGL and GL extensions, which it treats
// as absent when the answer is null. The link wraps eglGetProcAddress (-Wl,--wrap=eglGetProcAddress, in
// src/platform/CMakeLists.txt) so every call comes here. Only with the project's own SDL2 build: the official emsdk's
// port asks by name for every GL function.
extern "C" void* __wrap_eglGetProcAddress(const char* /*name*/) { return nullptr; }
