// A fast path for strtod in the WebAssembly builds.
//
// Why: Emscripten's libc (musl) converts decimal text to double through 128-bit long double arithmetic, which
// WebAssembly has no instructions for and runs in software. nlohmann/json calls strtod for every number with a
// fraction or exponent; the data bundle has about 3 000 coordinates, and parsing it took a third longer for them
// (Liftoff, the browser's first-run compiler: 53 ms with them, 34 ms with the same values written as integers).
//
// Written here rather than taken from fast_float (Debian's libfast-float-dev), which handles every input but adds
// 13 KB gzipped of tables and code to the module, against a 300 KB budget for the whole widget. Data numbers are
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
