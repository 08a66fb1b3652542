// Checked reading of parsed JSON for the loader units: a value together with the file it came from, and a checker
// that turns every missing field, wrong type or bad value into a Problem naming the file and the JSON pointer.
// Exception-free: the web build defines JSON_NOEXCEPTION, so every value's type is checked before it is read.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "dataset.h"

namespace tpl {

// The loader units read nlohmann's DOM throughout.
using json = nlohmann::json;

// Parses `file` into `out`; when the text is malformed, adds one problem with the line and column where it breaks.
bool parse_json(const SourceFile& file, json& out, std::vector<Problem>& problems);

// A value inside a file. Its JSON pointer is worked out only when a problem is reported there: nearly every value
// is read without one, and building a pointer for each would hold up the page's start-up.
struct Node {
  const std::string* file;
  const json* root;
  const json* value;

  // The member `key` of this object, or item `i` of this array; the caller has checked the type.
  Node child(const std::string& key) const { return {file, root, &(*value)[key]}; }
  Node item(std::size_t i) const { return {file, root, &(*value)[i]}; }

  // The JSON pointer of `value` in `root`, found by a search from the root.
  std::string pointer() const;

 private:
  bool find(const json& at, std::string& path) const;
};

// Typed, checked access to JSON values. Every failed check becomes a Problem; readers return a neutral value.
class Checker {
 public:
  // `language`: the language a bundle was made for (its texts hold that language, or English where it has none).
  Checker(std::vector<Problem>& problems, std::string language) : problems_(problems), language_(std::move(language)) {}

  // A problem at `node`'s JSON pointer ("/" for the file's root).
  void fail(const Node& node, const std::string& message);
  // A problem about a whole collection, at a pointer given rather than found.
  void fail_at(const std::string& file, std::string pointer, const std::string& message);
  // How many problems are known so far: a reader that adds none has read its value cleanly.
  std::size_t problem_count() const { return problems_.size(); }

  // The field `key` of object `node` if present with the right type.
  const json* field(const Node& node, const char* key, json::value_t type, bool required);

  // A string field; present but empty is a problem too.
  std::string string(const Node& node, const char* key, bool required = true);
  // An integer field in [min, max]; 0 when absent or out of range.
  int integer(const Node& node, const char* key, bool required, int min, int max);
  // A required number field in [min, max].
  float number(const Node& node, const char* key, float min, float max);
  // An optional boolean field; absent means false.
  bool flag(const Node& node, const char* key);

  // A text field: an object of strings by language that holds the bundle's language or English.
  Text text(const Node& node, const char* key, bool required = true);
  // A text object itself: {"en": "...", "es": "..."}.
  Text text_value(const Node& node);
  // A field of sentence lists by language: {"en": ["...", "..."]}.
  TextList text_list(const Node& node, const char* key, bool required = true);
  // The items of an array of non-empty strings; any other item is a problem and left out.
  std::vector<std::string> string_array(const Node& node);

  // Whether `node` is an object; a problem when it is not.
  bool object(const Node& node);
  // The items of array `list` that are objects; every other item, or a list that is no array, is a problem.
  std::vector<Node> objects(const Node& list);
  // The same for the array field `key` of `node`.
  std::vector<Node> objects(const Node& node, const char* key, bool required);

  // Resolves an array of ids against `index`; unknown ids are problems naming the id and what it should be.
  std::vector<int> refs(const Node& node, const char* key, const IdIndex& index, const char* what,
                        bool required = false);

  // The option named by the string field `key`; an unknown name is a problem that lists the allowed ones.
  template <typename Enum, std::size_t N>
  Enum choice(const Node& node, const char* key, const std::array<std::pair<const char*, Enum>, N>& options,
              Enum fallback) {
    std::string value = string(node, key);
    for (const auto& [name, option] : options) {
      if (value == name) return option;
    }
    if (!value.empty()) {
      std::string allowed;
      for (const auto& option : options) allowed += (allowed.empty() ? "" : ", ") + std::string(option.first);
      fail(node.child(key), "unknown value \"" + value + "\" (expected one of: " + allowed + ")");
    }
    return fallback;
  }

 private:
  template <typename T>
  bool has_text(const std::map<std::string, T>& text) const;
  std::string missing_text_message() const;

  std::vector<Problem>& problems_;
  std::string language_;
};

}  // namespace tpl
