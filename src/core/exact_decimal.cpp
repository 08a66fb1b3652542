// Exact conversion of short decimal numbers (see src/libc/strtod.cpp for why).
#include "exact_decimal.h"

#include <cstdint>
#include <cstdlib>

namespace tpl {

bool exact_decimal(const char* text, double& value, const char** end) {
  const char* p = text;
  const bool negative = *p == '-';
  if (negative) ++p;
  std::uint64_t mantissa = 0;
  int significant = 0, exponent = 0, digits = 0;
  const auto take_digit = [&](char c, bool fraction) {
    ++digits;
    if (mantissa == 0 && c == '0') {
      if (fraction) --exponent;
      return;
    }
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
    ++significant;
    if (fraction) --exponent;
  };
  for (; *p >= '0' && *p <= '9'; ++p) take_digit(*p, false);
  if (*p == '.') {
    for (++p; *p >= '0' && *p <= '9'; ++p) take_digit(*p, true);
  }
  // "0x..." is hexadecimal to strtod.
  if (digits == 0 || significant > 15 || *p == 'x' || *p == 'X') return false;
  if (*p == 'e' || *p == 'E') {
    const char* q = p + 1;
    const bool negative_exponent = *q == '-';
    if (*q == '-' || *q == '+') ++q;
    if (!(*q >= '0' && *q <= '9')) return false;
    int written = 0;
    for (; *q >= '0' && *q <= '9'; ++q) {
      if (written > 999) return false;
      written = written * 10 + (*q - '0');
    }
    exponent += negative_exponent ? -written : written;
    p = q;
  }
  // 15 significant digits keep the mantissa below 2^53; 10^0 ... 10^22 are exact.
  static constexpr double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (mantissa == 0) exponent = 0;
  if (exponent < -22 || exponent > 22) return false;
  const double m = static_cast<double>(mantissa);
  value = exponent < 0 ? m / powers[-exponent] : m * powers[exponent];
  if (negative) value = -value;
  *end = p;
  return true;
}

}  // namespace tpl
