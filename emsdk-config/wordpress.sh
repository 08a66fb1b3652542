#!/usr/bin/env bash
# Fetches what the WordPress test (tests/wordpress/run.sh) runs on: Debian's WordPress 6.1, its Twenty Twenty-Three
# theme, PHP 8.2 and MariaDB, as .deb files unpacked into build/wordpress-env/root. Nothing is installed: `wordpress`
# depends on apache2 | httpd, and installing mariadb-server starts and enables a system database. The test runs a
# mariadbd and PHP's built-in server from the unpacked tree, with their data under build/, only while it runs.
# Idempotent: a second run checks the stamp and returns. Debian's packages only, nothing else is downloaded.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
env_dir="$repo/build/wordpress-env"
debs="$env_dir/debs"
root="$env_dir/root"

say() { printf '[wordpress-env] %s\n' "$*"; }
die() { printf '[wordpress-env] error: %s\n' "$*" >&2; exit 1; }

# package : why the test needs it (always fetched: they are unpacked, never installed, so the machine's own
# packages do not count)
packages=(
  "wordpress:WordPress 6.1 as Debian ships it, the version the plugin must work in"
  "wordpress-theme-twentytwentythree:the default block theme of WordPress 6.1, for wide and full alignment"
  "libjs-underscore:WordPress links wp-includes/js/underscore.js to it (the block editor needs it)"
  "libjs-cropper:WordPress links wp-includes/js/crop/ to it"
  "php-getid3:WordPress links wp-includes/ID3/ to it"
  "php8.2-cli:PHP to run WordPress with its built-in web server"
  "php8.2-common:PHP's common extensions (ctype, fileinfo, iconv, tokenizer)"
  "php8.2-mysql:mysqli, WordPress's database driver"
  "mariadb-server-core:mariadbd and mariadb-install-db, WordPress's database"
  "mariadb-client-core:my_print_defaults, which mariadb-install-db calls"
)
# Libraries those binaries link to: fetched and unpacked only where the machine lacks them.
libraries=(
  "libaio1:mariadbd"
  "liburing2:mariadbd"
  "libnuma1:mariadbd"
  "libedit2:php8.2"
  "libargon2-1:php8.2"
  "libsodium23:php8.2"
  "libxml2:php8.2"
  "libmagic1:php8.2"
  "libffi8:php8.2's ffi extension"
)

wanted=()
for entry in "${packages[@]}"; do wanted+=("${entry%%:*}"); done
for entry in "${libraries[@]}"; do
  pkg="${entry%%:*}"
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    wanted+=("$pkg")
  fi
done

stamp="$root/.fetched"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "${wanted[*]}" ]; then
  exit 0
fi

for entry in "${packages[@]}"; do say "fetching ${entry%%:*}: ${entry#*:}"; done
for pkg in "${wanted[@]}"; do
  for entry in "${libraries[@]}"; do
    [ "${entry%%:*}" = "$pkg" ] && say "fetching $pkg: this machine lacks it, and ${entry#*:} needs it"
  done
done

rm -rf "$debs" && mkdir -p "$debs"
download() {
  # As root apt would hand the download to the _apt user, who cannot write under build/.
  (cd "$debs" && apt-get download -qq -o APT::Sandbox::User=root "${wanted[@]}")
}
if ! download 2>/dev/null; then
  say "refreshing Debian package lists"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq; else sudo apt-get update -qq; fi \
    || die "apt-get update failed: is a Debian mirror reachable?"
  download || die "could not download: ${wanted[*]}. Check that these Debian 12 packages can be had from your mirror."
fi

rm -rf "$root" && mkdir -p "$root"
for deb in "$debs"/*.deb; do
  dpkg-deb -x "$deb" "$root" || die "could not unpack $(basename "$deb")"
done

# Every binary the test runs must find its libraries in the machine or the unpacked tree.
lib_path="$(printf '%s:' "$root"/usr/lib/*-linux-gnu "$root"/lib/*-linux-gnu)"
missing="$(LD_LIBRARY_PATH="$lib_path" ldd "$root/usr/sbin/mariadbd" "$root/usr/bin/php8.2" \
  "$root"/usr/lib/php/*/mysqli.so "$root"/usr/lib/php/*/mysqlnd.so 2>&1 | grep 'not found' | sort -u || true)"
[ -z "$missing" ] || die "libraries still missing after unpacking: $missing (add their packages to 'libraries' in $0)"

echo "${wanted[*]}" > "$stamp"
say "unpacked $(ls "$debs" | wc -l) packages into ${root#"$repo/"}"
