# CMake toolchain for the web build: Emscripten's own toolchain file plus this machine's quirks.
# Used by the "web" and "wasm-tests" presets. Debian's Emscripten 3.1.6 is the default; an official emsdk is used
# when EMSDK is set and its emcc is on PATH.

if(DEFINED ENV{EMSDK} AND EXISTS "$ENV{EMSDK}/upstream/emscripten/cmake/Modules/Platform/Emscripten.cmake")
  set(TPL_OFFICIAL_EMSDK ON CACHE BOOL "Building with an official emsdk")
  include("$ENV{EMSDK}/upstream/emscripten/cmake/Modules/Platform/Emscripten.cmake")
else()
  set(TPL_OFFICIAL_EMSDK OFF CACHE BOOL "Building with an official emsdk")
  include(/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake)
  # Debian's emcc runs acorn-optimizer.js with the machine's node, which may not search Debian's node module
  # folder: without this, -O2 and -sMODULARIZE builds fail with "Cannot find module 'acorn'".
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=/usr/share/nodejs")
  set(CMAKE_CXX_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=/usr/share/nodejs")
endif()

# Node 18+ has fetch(), which Emscripten 3.1.6's output then uses for the .wasm file and fails on a path
# ("Failed to parse URL"); turning it off makes tests read the file from disk.
find_program(TPL_NODE NAMES node nodejs REQUIRED)
set(CMAKE_CROSSCOMPILING_EMULATOR "${TPL_NODE};--no-experimental-fetch" CACHE FILEPATH "Runs wasm tests" FORCE)
