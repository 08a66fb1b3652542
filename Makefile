# Two commands do everything on a fresh machine:
#   make serve   bootstrap if needed, build the web release, serve the demo at http://localhost:8080
#   make test    bootstrap if needed, then every test tier
#   make dist    the release zip for site owners and the WordPress plugin's zip, in build/
# The rest are the steps they are made of. CMake presets (CMakePresets.json) hold the configurations.

SHELL := /bin/bash
# A failing command inside a pipe fails the recipe.
.SHELLFLAGS := -o pipefail -c
PORT ?= 8080
JOBS ?= $(shell nproc)
BOOTSTRAP_STAMP := build/.bootstrap-done

# The release version is CMakeLists.txt's, the one place it is set.
VERSION := $(shell sed -nE '/^project/s/.* VERSION ([0-9.]+) .*/\1/p' CMakeLists.txt)

.PHONY: dist test-wordpress fuzz-build run-fuzz all bootstrap native web serve test test-native test-asan test-wasm test-browser test-fuzz validate bench fuzz clean

all: native web

# Re-runs when the bootstrap script or the npm lockfile changes; the script itself skips what is installed.
$(BOOTSTRAP_STAMP): emsdk-config/bootstrap.sh emsdk-config/env.sh tests/browser/package-lock.json web/tools/package-lock.json
	bash emsdk-config/bootstrap.sh
	@mkdir -p build && touch $@

bootstrap: $(BOOTSTRAP_STAMP)

native: bootstrap
	cmake --preset native >/dev/null
	cmake --build --preset native -j$(JOBS)

web: bootstrap
	cmake --preset web >/dev/null
	cmake --build --preset web -j$(JOBS)

serve: web
	node web/tools/serve.mjs build/web/dist $(PORT)

dist: web
	bash web/tools/make-dist.sh build/web/dist build $(VERSION)


validate: native
	build/native/tpl validate data

test-native: native
	ctest --preset native

test-asan: bootstrap
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j$(JOBS)
	ctest --preset asan

test-wasm: bootstrap
	cmake --preset wasm-tests >/dev/null
	cmake --build --preset wasm-tests -j$(JOBS)
	ctest --preset wasm-tests

test-browser: web
	cd tests/browser && node --test --test-concurrency=1 --test-reporter=spec

test: validate test-native test-asan test-wasm test-fuzz test-browser test-wordpress
	@echo "make test: all tiers passed"

# libFuzzer on the data loader and the query API, seeded from data/. FUZZ_SECONDS per target: `make fuzz` runs
# long; `make test` runs a short smoke of each.
FUZZ_SECONDS ?= 300
fuzz-build: bootstrap
	cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz -j$(JOBS)

fuzz: fuzz-build
	$(MAKE) --no-print-directory run-fuzz FUZZ_SECONDS=$(FUZZ_SECONDS)

test-fuzz: fuzz-build
	$(MAKE) --no-print-directory run-fuzz FUZZ_SECONDS=30

run-fuzz:
	@mkdir -p build/fuzz/corpus/loader build/fuzz/corpus/query build/fuzz/crashes
	build/fuzz/tests/fuzz/fuzz_loader -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -print_final_stats=1 \
	  -artifact_prefix=build/fuzz/crashes/ build/fuzz/corpus/loader data data/muscles data/self_help \
	  > build/fuzz/loader.log 2>&1 || { tail -40 build/fuzz/loader.log; exit 1; }
	@grep -E "stat::number_of_executed_units|stat::new_units_added" build/fuzz/loader.log
	build/fuzz/tests/fuzz/fuzz_query -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	  -artifact_prefix=build/fuzz/crashes/ build/fuzz/corpus/query tests/fuzz/seeds/query \
	  > build/fuzz/query.log 2>&1 || { tail -40 build/fuzz/query.log; exit 1; }
	@grep -E "stat::number_of_executed_units|stat::new_units_added" build/fuzz/query.log

# Speed of the core on the shipped data (Release build; figures vary with the machine).
bench: web
	cmake --build --preset web --target tpl_baseline
	cmake --preset bench >/dev/null
	cmake --build --preset bench -j$(JOBS) --target tpl_bench
	build/bench/tests/tpl_bench --benchmark-samples 50 | tee build/bench-native.txt
	cd tests/browser && node bench.mjs ../../build/bench-native.txt

clean:
	rm -rf build/native build/asan build/web build/wasm-tests build/screenshots

# The WordPress plugin, installed from make dist's zip into Debian's WordPress 6.1 with PHP 8.2 and MariaDB,
# unpacked under build/wordpress-env (not installed) and run only while the test runs (tests/wordpress/run.sh; about
# a minute). Without TPL_WP_PLUGIN_ZIP, run.sh assembles the plugin from build/web/dist with web/wordpress/package.sh.
test-wordpress: dist
	TPL_WP_PLUGIN_ZIP=build/wordpress/trigger-point-locator.zip bash tests/wordpress/run.sh
