#!/usr/bin/env bash
# `make dist`: the release for site owners and the WordPress plugin, from the built site (build/web/dist).
#   build/trigger-point-locator-VERSION.zip    README.md, LICENSE, SHA256SUMS and trigger-point-locator/ (the widget,
#                                              its engine and data, the iframe page, the embed builder)
#   build/wordpress/trigger-point-locator.zip  the plugin, assembled by web/wordpress/package.sh
# Usage: make-dist.sh DIST OUT VERSION
set -euo pipefail
dist="$1" out="$2" version="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

# The files a site serves: the demo page, its offline worker and its manifest stay behind.
served=(trigger-point-locator.js trigger-point-locator.css tpl-core.js tpl-core.wasm tpl-core.asm.js
        embed.html embed.js embed.css page.js builder.html builder.js builder.css icons/icon.svg)
name="trigger-point-locator-$version"
stage="$out/release/$name"
rm -rf "$out/release" && mkdir -p "$stage/trigger-point-locator/icons"
for file in "${served[@]}"; do cp "$dist/$file" "$stage/trigger-point-locator/$file"; done
cp "$dist"/tpl-data.*.json "$dist"/tpl-texts.*.json "$stage/trigger-point-locator/"
cp "$repo/web/release/htaccess" "$stage/trigger-point-locator/.htaccess"
sed "s/@TPL_VERSION@/$version/g" "$repo/web/release/README.md" > "$stage/README.md"
cp "$repo/LICENSE" "$stage/LICENSE"
(cd "$stage" && find trigger-point-locator README.md LICENSE -type f | LC_ALL=C sort | xargs sha256sum > SHA256SUMS \
  && sha256sum --quiet -c SHA256SUMS)
rm -f "$out/$name.zip"
(cd "$out/release" && zip -qrX "../$name.zip" "$name")
echo "dist: $out/$name.zip ($(du -k "$out/$name.zip" | cut -f1) KB)"

plugin="$out/wordpress/trigger-point-locator"
rm -rf "$out/wordpress" && mkdir -p "$out/wordpress"
bash "$repo/web/wordpress/package.sh" "$dist" "$plugin" "$version"
(cd "$out/wordpress" && zip -qrX trigger-point-locator.zip trigger-point-locator)
echo "dist: $out/wordpress/trigger-point-locator.zip ($(du -k "$out/wordpress/trigger-point-locator.zip" | cut -f1) KB)"
