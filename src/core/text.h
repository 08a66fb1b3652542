// Visitor-facing text keyed by language, with English as the fallback for every string.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace tpl {

inline constexpr const char* default_language = "en";

// One string per language code: {"en": "Heel", "es": "Talón"}.
using Text = std::map<std::string, std::string>;
// A list of sentences per language code.
using TextList = std::map<std::string, std::vector<std::string>>;

// The text in `lang`, else in English, else empty: a missing translation never hides content.
const std::string& localize(const Text& text, const std::string& lang);
const std::vector<std::string>& localize(const TextList& text, const std::string& lang);

// Replaces each "{key}" in `pattern` with its value.
std::string fill_template(std::string pattern, const std::map<std::string, std::string>& values);

}  // namespace tpl
