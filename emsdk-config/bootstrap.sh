#!/usr/bin/env bash
# Installs everything Trigger Point Locator needs on a fresh Debian 12 machine, and nothing twice.
# Steps: Debian packages, npm packages for the browser tests (from the lockfile), SDL2 built for wasm from
# Debian's source package into a project-local prefix. Each step checks first and says why it installs.
# With an official emsdk (EMSDK set, emcc on PATH) the SDL2 build is skipped: -sUSE_SDL=2 is used instead.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
# shellcheck source=env.sh
source "$here/env.sh"

say() { printf '[bootstrap] %s\n' "$*"; }
die() { printf '[bootstrap] error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $* (run as root or install sudo)"; fi
}

# --- 1. Debian packages -------------------------------------------------------------------------
# package : why we need it
debian_packages=(
  "cmake:builds the native and web targets"
  "g++:compiles the native core, CLI and unit tests"
  "clang:libFuzzer targets for the fuzz smoke runs"
  "libclang-rt-14-dev:sanitizer and fuzzer runtimes for clang"
  "catch2:unit test framework (v2, header-only)"
  "nlohmann-json3-dev:JSON parser used by the core (header-only)"
  "libsdl2-dev:SDL2 for the native shell"
  "dpkg-dev:unpacks Debian's SDL2 source package for the wasm build"
  "chromium:headless browser for the end-to-end tests"
  "zip:packs the release and the WordPress plugin (make dist)"
)
if [ -z "${TPL_OFFICIAL_EMSDK:-}" ]; then
  debian_packages+=("emscripten:compiles the core and shell to WebAssembly")
fi

missing=()
for entry in "${debian_packages[@]}"; do
  pkg="${entry%%:*}"
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
    say "will install $pkg: ${entry#*:}"
  fi
done
apt_updated=""
apt_update_once() {
  [ -n "$apt_updated" ] && return
  say "refreshing Debian package lists"
  as_root apt-get update -qq || die "apt-get update failed: is a Debian mirror reachable?"
  apt_updated=1
}
if [ "${#missing[@]}" -gt 0 ]; then
  apt_update_once
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || die "could not install: ${missing[*]}. Check that these Debian packages can be had from your mirror."
fi

# --- 2. npm packages, each folder pinned by its package-lock.json ----------------------------------
# tests/browser: the browser tests (playwright-core never downloads a browser; they drive Debian's chromium),
# axe-core, lighthouse. web/tools: terser, which minifies the widget's JavaScript at build time.
for npm_dir in "$repo/tests/browser" "$repo/web/tools"; do
  if [ ! -d "$npm_dir/node_modules" ] || [ "$npm_dir/package-lock.json" -nt "$npm_dir/node_modules/.package-lock.json" ]; then
    command -v npm >/dev/null 2>&1 || die "npm is missing; install Node.js 18 or newer with npm"
    say "installing the npm packages of ${npm_dir#"$repo/"} from its lockfile"
    (cd "$npm_dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in ${npm_dir#"$repo/"}"
  fi
done

# --- 3. SDL2 for wasm --------------------------------------------------------------------------
if [ -n "${TPL_OFFICIAL_EMSDK:-}" ]; then
  say "official emsdk found at $EMSDK: SDL2 comes from its port (-sUSE_SDL=2)"
  exit 0
fi
sdl_off=(AUDIO JOYSTICK HAPTIC SENSOR POWER HIDAPI LOCALE FILE MISC)
# Two builds of SDL2: the one the wasm core links draws with WebGL only; SDL_LEAN_AND_MEAN drops the optimized
# blitters, RLE, YUV and the software renderer (about 40 KB + 23 KB of gzipped wasm the widget never uses with
# WebGL: it draws triangles). The second, in "$TPL_SDL2_WASM_PREFIX-sw", switches the software renderer back on
# for the no-WebGL fallback (tpl-core.asm.js, which browsers without WebGL or WebAssembly load instead).
# Both: __SDL_NOGETPROCADDR__ makes SDL's GLES2 renderer call GL directly instead of looking each function up by name,
# which would link every GL function Emscripten has (src/platform/no_gl_proc_address.cpp).
sdl_common="-DSDL_LEAN_AND_MEAN=1 -D__SDL_NOGETPROCADDR__=1"
declare -A sdl_cflags=([webgl]="$sdl_common" [sw]="$sdl_common -DSDL_VIDEO_RENDER_SW=1")
declare -A sdl_prefix=([webgl]="$TPL_SDL2_WASM_PREFIX" [sw]="$TPL_SDL2_WASM_PREFIX-sw")
sdl_config() { echo "off: ${sdl_off[*]}; cflags: ${sdl_cflags[$1]}"; }
sdl_missing=()
for variant in webgl sw; do
  prefix="${sdl_prefix[$variant]}"
  if [ ! -f "$prefix/lib/libSDL2.a" ] || [ "$(cat "$prefix/config.txt" 2>/dev/null)" != "$(sdl_config "$variant")" ]; then
    sdl_missing+=("$variant")
  fi
done
[ ${#sdl_missing[@]} -eq 0 ] && exit 0
# Emscripten's own SDL2 port downloads from the internet, which this machine cannot reach, and Debian's
# emscripten config freezes its cache; so we build Debian's SDL2 source with emcmake, once.
say "building SDL2 for WebAssembly from Debian's source package (once per variant, 3 to 4 minutes each)"
work="$repo/build/sdl2-src"
rm -rf "$work" && mkdir -p "$work"
src_list="$work/sources.list.d"
mkdir -p "$src_list"
sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > "$src_list/debian-src.sources"
apt_opts=(-o "Dir::Etc::SourceParts=$src_list" -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o Debug::NoLocking=1)
mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
(cd "$work" && apt-get "${apt_opts[@]}" -qq update) || die "could not read Debian's source lists"
(cd "$work" && apt-get "${apt_opts[@]}" -qq source --download-only libsdl2) || die "could not download libsdl2 source"
(cd "$work" && dpkg-source -x --no-check ./libsdl2_*.dsc sdl2 >/dev/null) || die "could not unpack libsdl2 source"
cmake_off=()
for s in "${sdl_off[@]}"; do cmake_off+=("-DSDL_${s}=OFF"); done
for variant in "${sdl_missing[@]}"; do
  prefix="${sdl_prefix[$variant]}"
  emcmake cmake -S "$work/sdl2" -B "$work/build-$variant" -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF "${cmake_off[@]}" -DCMAKE_C_FLAGS="${sdl_cflags[$variant]}" \
    -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null || die "configuring SDL2 for wasm failed"
  emmake cmake --build "$work/build-$variant" -j"$(nproc)" >/dev/null || die "building SDL2 for wasm failed"
  rm -rf "$prefix"
  cmake --install "$work/build-$variant" >/dev/null || die "installing SDL2 for wasm failed"
  sdl_config "$variant" > "$prefix/config.txt"
  say "SDL2 for wasm installed in ${prefix#$repo/}"
done
rm -rf "$work"
