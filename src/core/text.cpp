// Language fallback and the tiny template filler used for UI strings and match reasons.
#include "text.h"

namespace tpl {

namespace {
template <typename Map>
const typename Map::mapped_type& pick(const Map& text, const std::string& lang) {
  static const typename Map::mapped_type empty{};
  if (auto it = text.find(lang); it != text.end() && !it->second.empty()) return it->second;
  if (auto it = text.find(default_language); it != text.end()) return it->second;
  return empty;
}
}  // namespace

const std::string& localize(const Text& text, const std::string& lang) { return pick(text, lang); }

const std::vector<std::string>& localize(const TextList& text, const std::string& lang) {
  return pick(text, lang);
}

std::string fill_template(std::string pattern, const std::map<std::string, std::string>& values) {
  for (const auto& [key, value] : values) {
    const std::string marker = "{" + key + "}";
    for (auto pos = pattern.find(marker); pos != std::string::npos;
         pos = pattern.find(marker, pos + value.size())) {
      pattern.replace(pos, marker.size(), value);
    }
  }
  return pattern;
}

}  // namespace tpl
