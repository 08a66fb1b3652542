#!/usr/bin/env bash
# The WordPress plugin in a real WordPress: Debian's WordPress 6.1 with Twenty Twenty-Three, PHP 8.2 and MariaDB,
# unpacked under build/wordpress-env by emsdk-config/wordpress.sh and run from there only while the test runs.
# Steps: fetch, plugin, site, database, web server, install, content, then Chromium (wordpress.test.mjs) as an
# administrator, an author's readers and an editor. Stops everything it started on exit, whatever happens.
# The plugin comes from TPL_WP_PLUGIN_ZIP when set (make dist's zip), else from web/wordpress/package.sh.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
env_dir="$repo/build/wordpress-env"
root="$env_dir/root"
run="$env_dir/run"
site="$run/site"

say() { printf '[wordpress-test] %s\n' "$*"; }
die() { printf '[wordpress-test] error: %s\n' "$*" >&2; exit 1; }

# ---- timing: each step prints how long it took ------------------------------------------------------------------
now() { echo "${EPOCHREALTIME/./}"; }  # microseconds
since() { local us=$(( $(now) - $1 )); printf '%d.%d s' $((us / 1000000)) $((us / 100000 % 10)); }
started="$(now)"
step_name=""
step_start=""
end_step() {
  if [ -n "$step_name" ]; then printf '[wordpress-test] %-44s %8s\n' "$step_name" "$(since "$step_start")"; fi
  step_name=""
}
step() { end_step; step_name="$1"; step_start="$(now)"; }

# ---- clean-up: nothing is left running ---------------------------------------------------------------------------
db_pid=""
php_pid=""
socket_dir=""
# Stops a process (or with "group", its process group) that this script started, by its id.
stop() {
  local pid="$1" name="$2" target="$1"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  [ "${3:-}" = group ] && target="-$pid"
  kill -- "$target" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 -- "$target" 2>/dev/null || return 0; sleep 0.2; done
  say "$name did not stop within 10 s: killing it"
  kill -9 -- "$target" 2>/dev/null || true
}
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  end_step
  stop "$php_pid" "the PHP server" group
  stop "$db_pid" "mariadbd"
  [ -n "$socket_dir" ] && rm -rf "$socket_dir"
  if [ "$status" -ne 0 ]; then
    say "failed; logs in ${run#"$repo/"}/: php-errors.log, php-server.log, mariadb.log, http-requests.log"
  fi
  printf '[wordpress-test] %-44s %8s\n' "total" "$(since "$started")"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- 1. the packages --------------------------------------------------------------------------------------------
step "fetch Debian's packages (once)"
bash "$repo/emsdk-config/wordpress.sh"
export LD_LIBRARY_PATH="$(printf '%s:' "$root"/usr/lib/*-linux-gnu "$root"/lib/*-linux-gnu)${LD_LIBRARY_PATH:-}"
ext_dir="$(echo "$root"/usr/lib/php/20*)"
# No php.ini (-n): only the extensions WordPress needs here, and every error into the log the test reads.
php=("$root/usr/bin/php8.2" -n -d "extension_dir=$ext_dir" -d extension=mysqlnd -d extension=mysqli
     -d extension=ctype -d extension=iconv -d extension=fileinfo -d extension=tokenizer
     -d error_reporting=E_ALL -d display_errors=0 -d log_errors=1 -d "error_log=$run/php-errors.log"
     -d memory_limit=256M)

# ---- 2. the site: Debian's WordPress tree, our wp-config.php, the plugin ------------------------------------------
step "site and plugin"
rm -rf "$run"
mkdir -p "$run"
: > "$run/php-errors.log"
: > "$run/http-requests.log"
# Hard links: a copy of WordPress in no time and no space. Debian's tree links some files to other packages with
# relative links, which point elsewhere from the copy; they are pointed at the unpacked originals instead.
cp -al "$root/usr/share/wordpress" "$site"
while IFS= read -r link; do
  target="$(readlink -f "$root/usr/share/wordpress/${link#"$site/"}" || true)"
  if [ -e "$target" ]; then ln -sfn "$target" "$link"; else rm -f "$link"; fi
done < <(find "$site" -type l)
# Debian's wp-config.php reads /etc/wordpress; the test's site has its own.
rm -f "$site/wp-config.php"

version="$(sed -n 's/^project([^)]*VERSION \([0-9.]*\).*/\1/p' "$repo/CMakeLists.txt")"
plugins="$site/wp-content/plugins"
if [ -n "${TPL_WP_PLUGIN_ZIP:-}" ]; then
  [ -f "$TPL_WP_PLUGIN_ZIP" ] || die "TPL_WP_PLUGIN_ZIP=$TPL_WP_PLUGIN_ZIP does not exist"
  unzip -q "$TPL_WP_PLUGIN_ZIP" -d "$plugins"
  say "plugin from $TPL_WP_PLUGIN_ZIP"
else
  bash "$repo/web/wordpress/package.sh" "$repo/build/web/dist" "$plugins/trigger-point-locator" "$version" >/dev/null
  say "plugin assembled from build/web/dist by web/wordpress/package.sh"
fi
[ -f "$plugins/trigger-point-locator/trigger-point-locator.php" ] || die "the plugin is not where WordPress looks"
while IFS= read -r file; do
  "${php[@]}" -l "$file" >/dev/null || die "PHP syntax error in ${file#"$plugins/"}"
done < <(find "$plugins/trigger-point-locator" -name '*.php')
mkdir -p "$site/wp-content/mu-plugins"
cp "$repo/tests/wordpress/offline.php" "$site/wp-content/mu-plugins/"

# ---- 3. the database --------------------------------------------------------------------------------------------
step "database (mariadb-install-db, mariadbd)"
socket="$run/mysqld.sock"
# A Unix socket's path has at most 107 bytes: a deep checkout gets a short one in /tmp.
if [ "${#socket}" -gt 100 ]; then
  socket_dir="$(mktemp -d /tmp/tpl-wp.XXXXXX)"
  socket="$socket_dir/mysqld.sock"
fi
db_user=()
[ "$(id -u)" -eq 0 ] && db_user=(--user=root)
"$root/usr/bin/mariadb-install-db" --no-defaults --basedir="$root/usr" --datadir="$run/db" "${db_user[@]}" \
  --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve > "$run/mariadb-install.log" 2>&1 \
  || { tail -20 "$run/mariadb-install.log"; die "mariadb-install-db failed"; }
# No TCP port (--skip-networking): WordPress talks to it through the socket, nothing else can.
"$root/usr/sbin/mariadbd" --no-defaults --basedir="$root/usr" --datadir="$run/db" --socket="$socket" \
  --skip-networking --pid-file="$run/mariadbd.pid" --log-error="$run/mariadb.log" \
  --lc-messages-dir="$root/usr/share/mysql" --plugin-dir="$root/usr/lib/mysql/plugin" "${db_user[@]}" \
  --innodb-use-native-aio=0 --innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=0 &
db_pid=$!
for _ in $(seq 100); do
  [ -S "$socket" ] && break
  kill -0 "$db_pid" 2>/dev/null || { tail -20 "$run/mariadb.log"; die "mariadbd stopped"; }
  sleep 0.1
done
[ -S "$socket" ] || { tail -20 "$run/mariadb.log"; die "mariadbd did not open its socket in 10 s"; }
"${php[@]}" -r '$db = new mysqli("localhost", "root", "", "", 0, $argv[1]);
  $db->query("CREATE DATABASE wordpress CHARACTER SET utf8mb4") || exit(1);' "$socket" \
  || die "could not create the database"

# ---- 4. the web server ------------------------------------------------------------------------------------------
step "PHP's built-in server"
port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
url="http://127.0.0.1:$port"
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
cat > "$site/wp-config.php" <<EOF
<?php
// Written by tests/wordpress/run.sh for one run of the WordPress test.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:$socket' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
\$table_prefix = 'wp_';
define( 'WP_HOME', '$url' );
define( 'WP_SITEURL', '$url' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$run/php-errors.log' );
// Nothing leaves the machine: WordPress's own update checks are stopped (and logged by the mu-plugin).
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'TPL_TEST_HTTP_LOG', '$run/http-requests.log' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
EOF
# Several workers: the block editor asks for many files at once. In a process group of its own (setsid), so that
# stopping the group stops the workers too.
PHP_CLI_SERVER_WORKERS=4 setsid "${php[@]}" -S "127.0.0.1:$port" -t "$site" "$repo/tests/wordpress/router.php" \
  > "$run/php-server.log" 2>&1 &
php_pid=$!
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  kill -0 "$php_pid" 2>/dev/null || { cat "$run/php-server.log"; die "the PHP server stopped"; }
  sleep 0.1
done

# ---- 5. WordPress: installed, then the content ------------------------------------------------------------------
step "install WordPress (wp_install)"
"${php[@]}" "$repo/tests/wordpress/setup.php" "$site" "$url" install > "$run/install.json"
step "author's post, block page (wp_insert_post)"
"${php[@]}" "$repo/tests/wordpress/setup.php" "$site" "$url" content > "$run/content.json"

# ---- 6. Chromium ------------------------------------------------------------------------------------------------
step "Chromium: wordpress.test.mjs"
TPL_WP_URL="$url" TPL_WP_RUN="$run" TPL_VERSION="$version" \
  node --test --test-reporter=spec "$repo/tests/wordpress/wordpress.test.mjs"
end_step
