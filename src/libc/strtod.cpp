// A fast path for strtod in the WebAssembly builds.
//
// Why: Emscripten's libc (musl) converts decimal text to double through 128-bit long double arithmetic, which
// WebAssembly has no instructions for and runs in software. nlohmann/json calls strtod for every number with a
// fraction or exponent, and the data bundle's thousands of coordinates made that a large share of its parse time
// (README.md, "Benchmarks and budgets").
//
// Written here rather than taken from fast_float (Debian's libfast-float-dev), which handles every input but adds
// its tables and code to a module that must stay small (the page's size budget, `make bench`). Data numbers are
// short (a few significant digits, small exponents), where Clinger's exact method applies: a mantissa below 2^53
// and a power of ten up to 10^22 are both exact doubles, so one multiplication or division rounds correctly, as
// strtod must. Anything else (more digits, larger exponents, spaces, '+', hexadecimal, inf, nan) goes on to
// musl's strtod: the link wraps strtod (-Wl,--wrap=strtod, in src/CMakeLists.txt) so every call comes here first.
#include "exact_decimal.h"

extern "C" double __real_strtod(const char* text, char** end);

extern "C" double __wrap_strtod(const char* text, char** end) {
  double value = 0;
  const char* stop = nullptr;
  if (!tpl::exact_decimal(text, value, &stop)) return __real_strtod(text, end);
  if (end) *end = const_cast<char*>(stop);
  return value;
}
