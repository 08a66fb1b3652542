#!/usr/bin/env bash
# Assembles the WordPress plugin: web/wordpress/trigger-point-locator/ copied to OUT_DIR (the plugin's folder, named
# trigger-point-locator as WordPress expects), with VERSION in place of @TPL_VERSION@ and the widget's built files in
# its widget/ folder. `make dist` zips the result; tests/wordpress/run.sh installs it in a real WordPress. Both
# assemble it this one way.
#   usage: web/wordpress/package.sh BUILD_DIST_DIR OUT_DIR VERSION
#   e.g.   web/wordpress/package.sh build/web/dist build/wordpress/trigger-point-locator 0.1.0
set -euo pipefail

die() { printf '[package-wordpress] error: %s\n' "$*" >&2; exit 1; }

[ "$#" -eq 3 ] || die "usage: $0 BUILD_DIST_DIR OUT_DIR VERSION"
dist="$1"
out="$2"
version="$3"
src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/trigger-point-locator"

# A version as CMake's project() takes it (it also goes into sed below, so nothing else is let through).
[[ "$version" =~ ^[0-9]+(\.[0-9]+){1,3}$ ]] || die "not a version: '$version' (expected x.y.z)"
[ -d "$dist" ] || die "no widget build in $dist (run make web first)"
# OUT_DIR is emptied first: only a folder named as the plugin is.
[ "$(basename "$out")" = trigger-point-locator ] || die "OUT_DIR must be the plugin's folder, named trigger-point-locator"

# The widget's files: its module and stylesheet, the core (wasm, and the JavaScript core for browsers without
# WebAssembly) and every language's data bundles (tpl-data.<lang>.json, tpl-texts.<lang>.json and any other
# tpl-*.json the build writes). The demo's own pages and service worker are not part of it.
widget_files=(trigger-point-locator.js trigger-point-locator.css tpl-core.js tpl-core.wasm tpl-core.asm.js)
for file in "${widget_files[@]}"; do
  [ -f "$dist/$file" ] || die "$dist/$file is missing (run make web first)"
done
[ -f "$dist/tpl-data.en.json" ] || die "no data bundle (tpl-data.en.json) in $dist"
bundles=("$dist"/tpl-*.json)

rm -rf "$out"
mkdir -p "$out"
cp -R "$src/." "$out/"
for file in "${widget_files[@]}"; do cp "$dist/$file" "$out/widget/"; done
cp "${bundles[@]}" "$out/widget/"

# The placeholder is in the plugin's own files only (the widget's files are binary or minified: never edited).
grep -rl --exclude-dir=widget '@TPL_VERSION@' "$out" | while read -r file; do
  sed -i "s/@TPL_VERSION@/$version/g" "$file"
done
if grep -rq --exclude-dir=widget '@TPL_VERSION@' "$out"; then die "a version placeholder was left in $out"; fi
echo "$out"
