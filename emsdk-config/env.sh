# Environment for every Emscripten call in this project; sourced by bootstrap.sh and the Makefile's recipes.
# It holds the Debian Emscripten 3.1.6 quirks in one place (see README.md in this folder).

_tpl_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export TPL_SDL2_WASM_PREFIX="$(dirname "$_tpl_here")/build/sdl2-wasm"

if [ -n "${EMSDK:-}" ] && command -v emcc >/dev/null 2>&1 && [ "$(dirname "$(command -v emcc)")" != /usr/bin ]; then
  # An official emsdk: its SDL2 port and its own node work as shipped.
  export TPL_OFFICIAL_EMSDK=1
else
  unset TPL_OFFICIAL_EMSDK
  # Debian's emscripten runs acorn-optimizer.js with the machine's node, which may not search Debian's
  # node module dir; emcc then fails at -O2 or with -sMODULARIZE ("Cannot find module 'acorn'").
  export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
fi
unset _tpl_here
