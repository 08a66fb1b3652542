// Checked reading of parsed JSON for the loader units; see json_check.h. Messages name what was expected and what
// was found, so that `tpl validate` lines can be acted on without opening the code.
#include "json_check.h"

#include <algorithm>

namespace tpl {

namespace {

// Records where a malformed document breaks; nlohmann's DOM parser only says that it broke.
struct ErrorLocator : nlohmann::json_sax<json> {
  std::size_t byte = 0;
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    byte = position;
    message = ex.what();
    // nlohmann prefixes "[json.exception.parse_error.101] parse error at line 1, column 2: "; keep the reason.
    if (auto colon = message.find(": "); colon != std::string::npos) message = message.substr(colon + 2);
    return false;
  }
};

// nlohmann's position counts the character that broke the parse as read.
std::string line_and_column(const std::string& text, std::size_t byte) {
  byte = std::min(byte == 0 ? 0 : byte - 1, text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < byte; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

const char* type_name(json::value_t type) {
  switch (type) {
    case json::value_t::string: return "string";
    case json::value_t::object: return "object";
    case json::value_t::array: return "array";
    case json::value_t::boolean: return "boolean";
    case json::value_t::number_integer: return "integer";
    default: return "number";
  }
}

}  // namespace

bool parse_json(const SourceFile& file, json& out, std::vector<Problem>& problems) {
  out = json::parse(file.text, nullptr, false);
  if (!out.is_discarded()) return true;
  ErrorLocator locator;
  json::sax_parse(file.text, &locator);
  problems.push_back({file.name, line_and_column(file.text, locator.byte),
                      "malformed JSON: " + (locator.message.empty() ? "cannot parse" : locator.message)});
  return false;
}

std::string Node::pointer() const {
  std::string path;
  return find(*root, path) ? path : std::string();
}

// Depth-first search for `value` below `at`; `path` ends as its pointer when found.
bool Node::find(const json& at, std::string& path) const {
  if (&at == value) return true;
  const std::size_t length = path.size();
  if (at.is_object()) {
    for (const auto& [key, member] : at.items()) {
      path += "/" + key;
      if (find(member, path)) return true;
      path.resize(length);
    }
  } else if (at.is_array()) {
    for (std::size_t i = 0; i < at.size(); ++i) {
      path += "/" + std::to_string(i);
      if (find(at[i], path)) return true;
      path.resize(length);
    }
  }
  return false;
}

void Checker::fail(const Node& node, const std::string& message) {
  std::string where = node.pointer();
  problems_.push_back({*node.file, where.empty() ? "/" : std::move(where), message});
}

void Checker::fail_at(const std::string& file, std::string pointer, const std::string& message) {
  problems_.push_back({file, std::move(pointer), message});
}

// English, or for a bundle made for another language, that language (English where it has no translation).
template <typename T>
bool Checker::has_text(const std::map<std::string, T>& text) const {
  auto present = [&](const std::string& lang) {
    auto it = text.find(lang);
    return it != text.end() && !it->second.empty();
  };
  return present(default_language) || (language_ != default_language && present(language_));
}

std::string Checker::missing_text_message() const {
  if (language_ == default_language) return "text missing in the default language \"en\"";
  return "text missing in \"" + language_ + "\" and in the default language \"en\"";
}

const json* Checker::field(const Node& node, const char* key, json::value_t type, bool required) {
  auto it = node.value->find(key);
  if (it == node.value->end()) {
    if (required) fail(node, std::string("missing field \"") + key + "\"");
    return nullptr;
  }
  bool type_ok = it->type() == type || (type == json::value_t::number_float && it->is_number()) ||
                 (type == json::value_t::number_integer && it->is_number_integer());
  if (!type_ok) {
    fail(node.child(key), std::string("wrong type: expected ") + type_name(type) + ", found " + it->type_name());
    return nullptr;
  }
  return &*it;
}

std::string Checker::string(const Node& node, const char* key, bool required) {
  const json* value = field(node, key, json::value_t::string, required);
  if (!value) return {};
  if (value->get_ref<const std::string&>().empty()) fail(node.child(key), "empty string");
  return value->get<std::string>();
}

int Checker::integer(const Node& node, const char* key, bool required, int min, int max) {
  const json* value = field(node, key, json::value_t::number_integer, required);
  if (!value) return 0;
  auto number = value->get<long long>();
  if (number < min || number > max) {
    fail(node.child(key), "out of range: " + std::to_string(number) + " is not in " + std::to_string(min) + "…" +
                              std::to_string(max));
    return 0;
  }
  return static_cast<int>(number);
}

float Checker::number(const Node& node, const char* key, float min, float max) {
  const json* value = field(node, key, json::value_t::number_float, true);
  if (!value) return 0;
  auto number = value->get<double>();
  if (!(number >= min && number <= max)) {
    fail(node.child(key),
         "out of range: " + json(number).dump() + " is not in " + json(min).dump() + "…" + json(max).dump());
  }
  return static_cast<float>(number);
}

bool Checker::flag(const Node& node, const char* key) {
  const json* value = field(node, key, json::value_t::boolean, false);
  return value && value->get<bool>();
}

Text Checker::text(const Node& node, const char* key, bool required) {
  if (!field(node, key, json::value_t::object, required)) return {};
  return text_value(node.child(key));
}

Text Checker::text_value(const Node& node) {
  Text out;
  if (!node.value->is_object()) {
    fail(node, std::string("wrong type: expected object, found ") + node.value->type_name());
    return out;
  }
  for (const auto& [lang, item] : node.value->items()) {
    if (!item.is_string()) {
      fail(node.child(lang), std::string("wrong type: expected string, found ") + item.type_name());
      continue;
    }
    out[lang] = item.get<std::string>();
  }
  if (!has_text(out)) fail(node, missing_text_message());
  return out;
}

TextList Checker::text_list(const Node& node, const char* key, bool required) {
  TextList out;
  const json* value = field(node, key, json::value_t::object, required);
  if (!value) return out;
  Node list_node = node.child(key);
  for (const auto& [lang, items] : value->items()) {
    auto strings = string_array(list_node.child(lang));
    out[lang] = std::move(strings);
  }
  if (!has_text(out)) fail(list_node, missing_text_message());
  return out;
}

std::vector<std::string> Checker::string_array(const Node& node) {
  std::vector<std::string> out;
  if (!node.value->is_array()) {
    fail(node, std::string("wrong type: expected array, found ") + node.value->type_name());
    return out;
  }
  for (std::size_t i = 0; i < node.value->size(); ++i) {
    const json& item = (*node.value)[i];
    if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
      fail(node.item(i), "expected a non-empty string");
      continue;
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

bool Checker::object(const Node& node) {
  if (node.value->is_object()) return true;
  fail(node, std::string("wrong type: expected object, found ") + node.value->type_name());
  return false;
}

std::vector<Node> Checker::objects(const Node& list) {
  std::vector<Node> items;
  if (!list.value->is_array()) {
    fail(list, std::string("wrong type: expected array, found ") + list.value->type_name());
    return items;
  }
  for (std::size_t i = 0; i < list.value->size(); ++i) {
    Node item = list.item(i);
    if (object(item)) items.push_back(item);
  }
  return items;
}

std::vector<Node> Checker::objects(const Node& node, const char* key, bool required) {
  if (!field(node, key, json::value_t::array, required)) return {};
  return objects(node.child(key));
}

std::vector<int> Checker::refs(const Node& node, const char* key, const IdIndex& index, const char* what,
                               bool required) {
  std::vector<int> out;
  const json* value = field(node, key, json::value_t::array, required);
  if (!value) return out;
  Node list = node.child(key);
  auto ids = string_array(list);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto it = index.find(ids[i]);
    if (it == index.end()) {
      fail(list.item(i), std::string("unknown ") + what + " id \"" + ids[i] + "\"");
    } else {
      out.push_back(it->second);
    }
  }
  return out;
}

}  // namespace tpl
