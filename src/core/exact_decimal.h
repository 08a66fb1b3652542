// The exact fast path of strtod that the WebAssembly builds read numbers with (see src/libc/strtod.cpp).
#pragma once

namespace tpl {

// Reads a plain decimal number (-?digits[.digits][e[+-]digits]) at the start of `text` when it can be converted
// exactly (at most 15 significant digits, a power of ten up to 10^22): sets `value` and `end` (after the number)
// and returns true, as strtod would. Returns false, touching nothing, for anything else.
bool exact_decimal(const char* text, double& value, const char** end);

}  // namespace tpl
