// Loads and validates data/: parses each file with nlohmann/json, merges the collections, resolves every id to an
// index and reports each problem with its file and JSON pointer. Exception-free: the web build has no exception
// support, so every value's type is checked before it is read.
#include "dataset.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "body_map.h"
#include "geometry.h"

namespace tpl {

using nlohmann::json;

const char* to_string(Side side) {
  switch (side) {
    case Side::left: return "left";
    case Side::right: return "right";
    default: return "midline";
  }
}
const char* to_string(Prevalence prevalence) {
  switch (prevalence) {
    case Prevalence::common: return "common";
    case Prevalence::occasional: return "occasional";
    default: return "rare";
  }
}
const char* to_string(ZoneKind kind) { return kind == ZoneKind::essential ? "essential" : "spillover"; }
const char* to_string(Urgency urgency) {
  switch (urgency) {
    case Urgency::emergency: return "emergency";
    case Urgency::doctor_today: return "doctor_today";
    default: return "clinician_soon";
  }
}

std::string to_string(const Problem& problem) {
  return problem.file + ": " + problem.where + ": " + problem.message;
}

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

bool parse_json(const SourceFile& file, json& out, std::vector<Problem>& problems) {
  out = json::parse(file.text, nullptr, false);
  if (!out.is_discarded()) return true;
  ErrorLocator locator;
  json::sax_parse(file.text, &locator);
  problems.push_back({file.name, line_and_column(file.text, locator.byte),
                      "malformed JSON: " + (locator.message.empty() ? "cannot parse" : locator.message)});
  return false;
}

// A value inside a file. Its JSON pointer is worked out only when a problem is reported there: building one for
// every value read was a tenth of the data load in the browser.
struct Node {
  const std::string* file;
  const json* root;
  const json* value;
  // Set where the pointer is given rather than found (a problem about a whole collection).
  const char* fixed_pointer = nullptr;

  Node child(const std::string& key) const { return {file, root, &(*value)[key]}; }
  Node item(std::size_t i) const { return {file, root, &(*value)[i]}; }

  std::string pointer() const {
    if (fixed_pointer) return fixed_pointer;
    std::string path;
    return find(*root, path) ? path : std::string();
  }

 private:
  // Depth-first search for `value` below `at`; `path` ends as its pointer when found.
  bool find(const json& at, std::string& path) const {
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
};

// Typed, checked access to JSON values. Every failed check becomes a Problem; readers return a neutral value.
class Checker {
 public:
  // `language`: the language a bundle was made for (its texts hold that language, or English where it has none).
  Checker(std::vector<Problem>& problems, std::string language) : problems_(problems), language_(std::move(language)) {}

  void fail(const Node& node, const std::string& message) {
    std::string where = node.pointer();
    problems_.push_back({*node.file, where.empty() ? "/" : std::move(where), message});
  }

  // The field `key` of object `node` if present with the right type.
  const json* field(const Node& node, const char* key, json::value_t type, bool required) {
    auto it = node.value->find(key);
    if (it == node.value->end()) {
      if (required) fail(node, std::string("missing field \"") + key + "\"");
      return nullptr;
    }
    bool type_ok = it->type() == type ||
                   (type == json::value_t::number_float && it->is_number()) ||
                   (type == json::value_t::number_integer && it->is_number_integer());
    if (!type_ok) {
      fail(node.child(key), std::string("wrong type: expected ") + type_name(type) + ", found " + it->type_name());
      return nullptr;
    }
    return &*it;
  }

  std::string string(const Node& node, const char* key, bool required = true) {
    const json* value = field(node, key, json::value_t::string, required);
    if (!value) return {};
    if (value->get_ref<const std::string&>().empty()) fail(node.child(key), "empty string");
    return value->get<std::string>();
  }

  int integer(const Node& node, const char* key, bool required, int min, int max) {
    const json* value = field(node, key, json::value_t::number_integer, required);
    if (!value) return 0;
    auto number = value->get<long long>();
    if (number < min || number > max) {
      fail(node.child(key), "out of range: " + std::to_string(number) + " is not in " + std::to_string(min) +
                                "…" + std::to_string(max));
      return 0;
    }
    return static_cast<int>(number);
  }

  float number(const Node& node, const char* key, float min, float max) {
    const json* value = field(node, key, json::value_t::number_float, true);
    if (!value) return 0;
    auto number = value->get<double>();
    if (!(number >= min && number <= max)) {
      fail(node.child(key), "out of range: " + json(number).dump() + " is not in " + json(min).dump() + "…" +
                                json(max).dump());
    }
    return static_cast<float>(number);
  }

  Text text(const Node& node, const char* key, bool required = true) {
    if (!field(node, key, json::value_t::object, required)) return {};
    return text_value(node.child(key));
  }

  // A text object itself: {"en": "...", "es": "..."}.
  Text text_value(const Node& node) {
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

  TextList text_list(const Node& node, const char* key, bool required = true) {
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

  std::vector<std::string> string_array(const Node& node) {
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

  // Resolves an array of ids against `index`; unknown ids are problems naming the id and what it should be.
  std::vector<int> refs(const Node& node, const char* key, const std::unordered_map<std::string, int>& index,
                        const char* what, bool required = false) {
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
  static const char* type_name(json::value_t type) {
    switch (type) {
      case json::value_t::string: return "string";
      case json::value_t::object: return "object";
      case json::value_t::array: return "array";
      case json::value_t::boolean: return "boolean";
      case json::value_t::number_integer: return "integer";
      default: return "number";
    }
  }
  // English, or for a bundle made for another language, that language (English where it has no translation).
  template <typename T>
  bool has_text(const std::map<std::string, T>& text) const {
    auto present = [&](const std::string& lang) {
      auto it = text.find(lang);
      return it != text.end() && !it->second.empty();
    };
    return present(default_language) || (language_ != default_language && present(language_));
  }
  std::string missing_text_message() const {
    if (language_ == default_language) return "text missing in the default language \"en\"";
    return "text missing in \"" + language_ + "\" and in the default language \"en\"";
  }

  std::vector<Problem>& problems_;
  std::string language_;
};

const std::array<const char*, 8> collection_names = {"regions", "muscles", "self_help", "conditions",
                                                     "factors", "red_flags", "sources",   "ui"};
const std::array<const char*, 18> area_names = {
    "head",     "face",     "neck",     "shoulder", "upper_arm", "forearm", "hand", "chest", "abdomen",
    "upper_back", "mid_back", "low_back", "pelvis", "hip",       "thigh",   "knee", "leg",   "foot"};

// The entries of one collection gathered from every file, in file order.
using Entries = std::vector<Node>;

class Loader {
 public:
  Loader(Dataset& d, std::vector<Problem>& problems, const std::string& language) : d_(d), check_(problems, language) {}

  void gather(const std::string& file, const json& root) {
    Node root_node{&file, &root, &root};
    if (!root.is_object()) {
      check_.fail(root_node, "expected a JSON object at the top level");
      return;
    }
    for (const auto& item : root.items()) {
      const std::string& key = item.key();
      const json& value = item.value();
      Node node = root_node.child(key);
      if (key == "views") {
        add_items(node, views_);
      } else if (key == "ui") {
        if (!value.is_object()) {
          check_.fail(node, "wrong type: expected object");
          continue;
        }
        for (const auto& [ui_key, text] : value.items()) ui_.push_back({node.child(ui_key), ui_key});
      } else if (std::find_if(collection_names.begin(), collection_names.end(),
                              [&](const char* n) { return key == n; }) != collection_names.end()) {
        add_items(node, collections_[key]);
      } else {
        check_.fail(node, "unknown collection \"" + key + "\"");
      }
    }
  }

  void build() {
    index_ids(collections_["regions"], zone_ids_, "region zone");
    index_ids(collections_["muscles"], muscle_ids_, "muscle");
    const Entries& muscles = collections_["muscles"];
    for (std::size_t m = 0; m < muscles.size(); ++m) {
      const json* points = check_.field(muscles[m], "trigger_points", json::value_t::array, true);
      if (!points) continue;
      Node list = muscles[m].child("trigger_points");
      for (std::size_t i = 0; i < points->size(); ++i) {
        Node tp = list.item(i);
        if (check_object(tp)) trigger_point_nodes_.push_back({tp, static_cast<int>(m)});
      }
    }
    Entries tp_nodes;
    for (const auto& entry : trigger_point_nodes_) tp_nodes.push_back(entry.first);
    index_ids(tp_nodes, d_.trigger_point_index, "trigger point");
    index_ids(collections_["self_help"], self_help_ids_, "self-help");
    index_ids(collections_["conditions"], condition_ids_, "condition");
    index_ids(collections_["factors"], d_.factor_index, "factor");
    index_ids(collections_["red_flags"], d_.red_flag_index, "red flag");
    index_ids(collections_["sources"], source_ids_, "source");
    index_ids(views_, d_.view_index, "view");

    build_regions();
    build_sources();
    build_conditions();
    build_factors();
    build_self_help();
    build_muscles();
    build_trigger_points();
    build_red_flags();
    build_ui();
    build_views();
  }

 private:
  void add_items(const Node& node, Entries& into) {
    if (!node.value->is_array()) {
      check_.fail(node, std::string("wrong type: expected array, found ") + node.value->type_name());
      return;
    }
    for (std::size_t i = 0; i < node.value->size(); ++i) {
      Node item = node.item(i);
      if (check_object(item)) into.push_back(item);
    }
  }

  bool check_object(const Node& node) {
    if (node.value->is_object()) return true;
    check_.fail(node, std::string("wrong type: expected object, found ") + node.value->type_name());
    return false;
  }

  // Gives each entry its index by id. Entries keep their position even when their id is bad, so indices stay
  // aligned with the collection; a dataset with problems is never used anyway.
  void index_ids(const Entries& entries, std::unordered_map<std::string, int>& index, const char* what) {
    for (std::size_t i = 0; i < entries.size(); ++i) {
      std::string id = check_.string(entries[i], "id");
      if (id.empty()) continue;
      if (!valid_id(id)) check_.fail(entries[i].child("id"), "id \"" + id + "\" is not snake_case");
      if (!index.emplace(id, static_cast<int>(i)).second) {
        check_.fail(entries[i].child("id"), std::string("duplicate ") + what + " id \"" + id + "\"");
      }
    }
  }

  static bool valid_id(const std::string& id) {
    if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z')) return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
  }

  void check_area(const Node& node) {
    std::string area = check_.string(node, "area");
    if (!area.empty() && std::find(area_names.begin(), area_names.end(), area) == area_names.end()) {
      check_.fail(node.child("area"), "unknown area \"" + area + "\"");
    }
  }

  void build_regions() {
    const Entries& zones = collections_["regions"];
    d_.zones.resize(zones.size());
    d_.zone_regions.assign(zones.size(), {-1, -1, -1});
    d_.zone_index = zone_ids_;
    for (std::size_t z = 0; z < zones.size(); ++z) {
      const Node& node = zones[z];
      Zone& zone = d_.zones[z];
      zone.id = check_.string(node, "id");
      zone.label = check_.text(node, "label");
      check_area(node);
      zone.area = check_.string(node, "area", false);
      if (const json* views = check_.field(node, "views", json::value_t::array, true)) {
        zone.views = check_.string_array(node.child("views"));
        if (views->empty()) check_.fail(node.child("views"), "a region must appear in at least one view");
      }
      std::string sides = check_.string(node, "sides");
      if (sides != "both" && sides != "midline" && !sides.empty()) {
        check_.fail(node.child("sides"), "unknown value \"" + sides + "\" (expected both or midline)");
      }
      zone.bilateral = sides == "both";
      const json* choir = node.value->find("choir") != node.value->end() ? &(*node.value)["choir"] : nullptr;
      if (!choir) check_.fail(node, "missing field \"choir\"");
      auto add_region = [&](Side side, std::vector<int> codes) {
        Region region;
        region.zone = static_cast<int>(z);
        region.side = side;
        region.id = side == Side::midline ? zone.id : zone.id + "_" + to_string(side);
        region.choir = std::move(codes);
        int index = static_cast<int>(d_.regions.size());
        if (!d_.region_index.emplace(region.id, index).second) {
          check_.fail(node.child("id"), "duplicate region id \"" + region.id + "\"");
        }
        d_.regions.push_back(std::move(region));
        return index;
      };
      if (zone.bilateral) {
        int left = add_region(Side::left, {choir_code(node, "left")});
        int right = add_region(Side::right, {choir_code(node, "right")});
        d_.zone_regions[z] = {left, right, -1};
      } else {
        std::vector<int> codes;
        if (choir && choir->is_array() && !choir->empty()) {
          for (std::size_t i = 0; i < choir->size(); ++i) codes.push_back(choir_in_range(node.child("choir").item(i)));
        } else if (choir) {
          check_.fail(node.child("choir"), "a midline region needs a list of CHOIR codes");
        }
        int mid = add_region(Side::midline, std::move(codes));
        d_.zone_regions[z] = {mid, mid, mid};
      }
    }
  }

  int choir_code(const Node& zone, const char* side) {
    auto it = zone.value->find("choir");
    if (it == zone.value->end()) return 0;
    if (!it->is_object()) {
      check_.fail(zone.child("choir"), "a region on both sides needs {\"left\": code, \"right\": code}");
      return 0;
    }
    return check_.integer(zone.child("choir"), side, true, 101, 238);
  }

  int choir_in_range(const Node& node) {
    if (!node.value->is_number_integer()) {
      check_.fail(node, "expected an integer CHOIR code");
      return 0;
    }
    int code = node.value->get<int>();
    if (!((code >= 101 && code <= 136) || (code >= 201 && code <= 238))) {
      check_.fail(node, "CHOIR code " + std::to_string(code) + " is outside 101–136 and 201–238");
    }
    return code;
  }

  void build_sources() {
    for (const Node& node : collections_["sources"]) {
      Source source;
      source.id = check_.string(node, "id");
      source.title = check_.string(node, "title");
      source.authors = check_.string(node, "authors");
      source.kind = check_.string(node, "kind");
      source.year = check_.integer(node, "year", false, 1900, 2100);
      d_.sources.push_back(std::move(source));
    }
  }

  void build_conditions() {
    for (const Node& node : collections_["conditions"]) {
      d_.conditions.push_back({check_.string(node, "id"), check_.text(node, "name"), check_.text(node, "note")});
    }
  }

  void build_factors() {
    for (const Node& node : collections_["factors"]) {
      d_.factors.push_back({check_.string(node, "id"), check_.text(node, "question"), check_.text(node, "advice")});
    }
  }

  void build_self_help() {
    for (const Node& node : collections_["self_help"]) {
      SelfHelp item;
      item.id = check_.string(node, "id");
      item.kind = check_.string(node, "kind");
      item.title = check_.text(node, "title");
      item.targets = check_.refs(node, "targets", muscle_ids_, "muscle", true);
      if (item.kind == "stretch" || item.kind == "exercise") {
        item.steps = check_.text_list(node, "steps");
        item.avoid_if = check_.text(node, "avoid_if");
        item.repeats = check_.integer(node, "repeats", true, 1, 100);
        item.hold_seconds = check_.integer(node, "hold_seconds", item.kind == "stretch", 1, 600);
      } else if (item.kind == "self_massage") {
        item.steps = check_.text_list(node, "steps");
        item.cautions = check_.text_list(node, "cautions");
      } else if (item.kind == "advice") {
        item.topic = check_.string(node, "topic");
        static const std::array<const char*, 6> topics = {"footwear", "posture", "workstation",
                                                          "heat_cold", "sleep",  "activity"};
        if (!item.topic.empty() && std::find(topics.begin(), topics.end(), item.topic) == topics.end()) {
          check_.fail(node.child("topic"), "unknown advice topic \"" + item.topic + "\"");
        }
        item.text = check_.text(node, "text");
      } else if (!item.kind.empty()) {
        check_.fail(node.child("kind"), "unknown self-help kind \"" + item.kind +
                                            "\" (expected stretch, exercise, self_massage or advice)");
      }
      d_.self_help.push_back(std::move(item));
    }
  }

  void build_muscles() {
    for (const Node& node : collections_["muscles"]) {
      Muscle muscle;
      muscle.id = check_.string(node, "id");
      check_area(node);
      muscle.area = check_.string(node, "area", false);
      muscle.name = check_.text(node, "name");
      muscle.latin = check_.string(node, "latin");
      muscle.attachments = check_.text(node, "attachments");
      muscle.action = check_.text(node, "action");
      muscle.nerve = check_.text(node, "nerve");
      muscle.synergists = check_.refs(node, "synergists", muscle_ids_, "muscle");
      muscle.antagonists = check_.refs(node, "antagonists", muscle_ids_, "muscle");
      if (const json* sources = check_.field(node, "sources", json::value_t::array, true)) {
        if (sources->empty()) check_.fail(node.child("sources"), "a muscle must name at least one source");
        for (std::size_t i = 0; i < sources->size(); ++i) {
          Node ref = node.child("sources").item(i);
          if (!check_object(ref)) continue;
          std::string id = check_.string(ref, "source");
          auto it = source_ids_.find(id);
          if (it == source_ids_.end() && !id.empty()) check_.fail(ref.child("source"), "unknown source id \"" + id + "\"");
          muscle.sources.push_back({it == source_ids_.end() ? 0 : it->second, check_.string(ref, "where")});
        }
      }
      d_.muscles.push_back(std::move(muscle));
    }
  }

  void build_trigger_points() {
    static const std::array<std::pair<const char*, Prevalence>, 3> prevalences = {
        {{"common", Prevalence::common}, {"occasional", Prevalence::occasional}, {"rare", Prevalence::rare}}};
    static const std::array<std::pair<const char*, ZoneKind>, 2> kinds = {
        {{"essential", ZoneKind::essential}, {"spillover", ZoneKind::spillover}}};
    for (const auto& [node, muscle] : trigger_point_nodes_) {
      TriggerPoint tp;
      tp.id = check_.string(node, "id");
      tp.muscle = muscle;
      tp.name = check_.text(node, "name");
      tp.prevalence = check_.choice(node, "prevalence", prevalences, Prevalence::occasional);
      if (check_.field(node, "location", json::value_t::object, true)) {
        Node location = node.child("location");
        tp.location.view = check_.string(location, "view");
        if (!tp.location.view.empty() && !d_.view_index.empty() && !d_.view_index.count(tp.location.view) &&
            !known_view_name(tp.location.view)) {
          check_.fail(location.child("view"), "unknown view \"" + tp.location.view + "\"");
        }
        tp.location.at = {check_.number(location, "x", 0, 1), check_.number(location, "y", 0, 1)};
        tp.location.text = check_.text(location, "text");
      }
      if (const json* referral = check_.field(node, "referral", json::value_t::array, true)) {
        Node list = node.child("referral");
        if (referral->empty()) check_.fail(list, "trigger point without referral zone");
        bool has_essential = false;
        for (std::size_t i = 0; i < referral->size(); ++i) {
          Node zone_node = list.item(i);
          if (!check_object(zone_node)) continue;
          std::string zone = check_.string(zone_node, "zone");
          Referral ref;
          ref.kind = check_.choice(zone_node, "kind", kinds, ZoneKind::spillover);
          has_essential = has_essential || ref.kind == ZoneKind::essential;
          auto it = zone_ids_.find(zone);
          if (it == zone_ids_.end()) {
            if (!zone.empty()) check_.fail(zone_node.child("zone"), "unknown region zone id \"" + zone + "\"");
            continue;
          }
          ref.zone = it->second;
          tp.referral.push_back(ref);
        }
        if (!referral->empty() && !has_essential) check_.fail(list, "trigger point without an essential referral zone");
      }
      tp.symptoms = check_.text_list(node, "symptoms");
      tp.factors = check_.refs(node, "factors", d_.factor_index, "factor");
      tp.associated = check_.refs(node, "associated", d_.trigger_point_index, "trigger point");
      tp.rule_out = check_.refs(node, "rule_out", condition_ids_, "condition");
      tp.self_help = check_.refs(node, "self_help", self_help_ids_, "self-help", true);
      if (tp.self_help.empty() && node.value->contains("self_help")) {
        check_.fail(node.child("self_help"), "trigger point without self-help");
      }
      d_.muscles[static_cast<std::size_t>(muscle)].trigger_points.push_back(static_cast<int>(d_.trigger_points.size()));
      d_.trigger_points.push_back(std::move(tp));
    }
  }

  // Views named by regions.json are valid locations even before the body map draws them all.
  bool known_view_name(const std::string& view) const {
    return std::any_of(d_.zones.begin(), d_.zones.end(), [&](const Zone& zone) {
      return std::find(zone.views.begin(), zone.views.end(), view) != zone.views.end();
    });
  }

  void build_red_flags() {
    static const std::array<std::pair<const char*, Urgency>, 3> urgencies = {
        {{"emergency", Urgency::emergency}, {"doctor_today", Urgency::doctor_today},
         {"clinician_soon", Urgency::clinician_soon}}};
    for (const Node& node : collections_["red_flags"]) {
      RedFlag flag;
      flag.id = check_.string(node, "id");
      flag.question = check_.text(node, "question");
      flag.message = check_.text(node, "message");
      flag.urgency = check_.choice(node, "urgency", urgencies, Urgency::clinician_soon);
      const json* general = check_.field(node, "general", json::value_t::boolean, false);
      flag.general = general && general->get<bool>();
      flag.zones = check_.refs(node, "zones", zone_ids_, "region zone", !flag.general);
      if (!flag.general && flag.zones.empty() && node.value->contains("zones")) {
        check_.fail(node.child("zones"), "a red flag needs at least one zone, or \"general\": true");
      }
      d_.red_flags.push_back(std::move(flag));
    }
  }

  void build_ui() {
    for (const auto& [node, key] : ui_) {
      if (d_.ui.count(key)) check_.fail(node, "duplicate ui key \"" + key + "\"");
      d_.ui[key] = check_.text_value(node);
    }
  }

  void build_views() {
    for (std::size_t v = 0; v < views_.size(); ++v) {
      const Node& node = views_[v];
      View view;
      view.id = check_.string(node, "id");
      view.label = check_.text(node, "label");
      if (const json* source = check_.field(node, "mirror_of", json::value_t::string, false)) {
        // A mirror view (the right side) is the other view flipped, with every region moved to the other side.
        auto it = d_.view_index.find(source->get<std::string>());
        if (it == d_.view_index.end() || static_cast<std::size_t>(it->second) >= v) {
          check_.fail(node.child("mirror_of"), "\"mirror_of\" must name a view listed before this one");
        } else {
          mirror_view(d_.views[static_cast<std::size_t>(it->second)], view);
        }
        d_.views.push_back(std::move(view));
        continue;
      }
      view.aspect = check_.number(node, "aspect", 0.1f, 4.0f);
      std::string symmetry = check_.string(node, "symmetry");
      if (symmetry != "bilateral" && symmetry != "left" && !symmetry.empty()) {
        check_.fail(node.child("symmetry"), "unknown value \"" + symmetry + "\" (expected bilateral or left)");
      }
      const bool bilateral = symmetry == "bilateral";
      view.shows = bilateral ? Side::midline : Side::left;
      for (const Node& shape : array_items(node, "silhouette", true)) {
        Polygon outline = read_shape(shape);
        if (outline.size() < 3) continue;
        if (flag(shape, "mirror")) view.silhouette.push_back(mirrored(outline));
        view.silhouette.push_back(std::move(outline));
      }
      for (const Node& line : array_items(node, "details", false)) {
        Polygon points = read_points(line, "points", 2);
        if (points.size() < 2) continue;
        if (flag(line, "smooth")) points = smooth_open(points, 6);
        if (flag(line, "mirror")) view.details.push_back(mirrored(points));
        view.details.push_back(std::move(points));
      }
      for (const Node& region : array_items(node, "regions", true)) {
        std::string zone_id = check_.string(region, "zone");
        auto zone = zone_ids_.find(zone_id);
        if (zone == zone_ids_.end()) {
          if (!zone_id.empty()) check_.fail(region.child("zone"), "unknown region zone id \"" + zone_id + "\"");
          continue;
        }
        const auto& sided = d_.zone_regions[static_cast<std::size_t>(zone->second)];
        const bool zone_bilateral = d_.zones[static_cast<std::size_t>(zone->second)].bilateral;
        for (Vec2 seed : read_points(region, "seeds", 1)) {
          if (!zone_bilateral) {
            view.seeds.push_back({seed, sided[2]});
            continue;
          }
          view.seeds.push_back({seed, sided[0]});
          if (bilateral) view.seeds.push_back({{1.0f - seed.x, seed.y}, sided[1]});
        }
      }
      check_seeds(node, view);
      d_.views.push_back(std::move(view));
    }
    check_region_views();
  }

  std::vector<Node> array_items(const Node& node, const char* key, bool required) {
    std::vector<Node> items;
    if (!check_.field(node, key, json::value_t::array, required)) return items;
    Node list = node.child(key);
    for (std::size_t i = 0; i < list.value->size(); ++i) {
      if (check_object(list.item(i))) items.push_back(list.item(i));
    }
    return items;
  }

  bool flag(const Node& node, const char* key) {
    const json* value = check_.field(node, key, json::value_t::boolean, false);
    return value && value->get<bool>();
  }

  // Two regions claiming the same spot overlap; a seed off the body owns nothing anyone can click.
  void check_seeds(const Node& node, const View& view) {
    for (std::size_t i = 0; i < view.seeds.size(); ++i) {
      const Seed& seed = view.seeds[i];
      const std::string& id = d_.regions[static_cast<std::size_t>(seed.region)].id;
      if (!on_body(view, seed.at)) {
        check_.fail(node.child("regions"), "region \"" + id + "\" has a seed off the body at " + point_text(seed.at));
      }
      for (std::size_t j = i + 1; j < view.seeds.size(); ++j) {
        const Seed& other = view.seeds[j];
        if (other.region != seed.region && std::fabs(other.at.x - seed.at.x) < 1e-4f && std::fabs(other.at.y - seed.at.y) < 1e-4f) {
          check_.fail(node.child("regions"), "region \"" + id + "\" overlaps region \"" +
                                                 d_.regions[static_cast<std::size_t>(other.region)].id + "\" at " + point_text(seed.at));
        }
      }
    }
  }

  // Every view a region lists in regions.json must draw it, and every view that draws it must be listed.
  void check_region_views() {
    for (const View& view : d_.views) {
      std::vector<bool> drawn(d_.regions.size(), false);
      for (const Seed& seed : view.seeds) drawn[static_cast<std::size_t>(seed.region)] = true;
      for (std::size_t r = 0; r < d_.regions.size(); ++r) {
        const Zone& zone = d_.zones[static_cast<std::size_t>(d_.regions[r].zone)];
        const bool listed = std::find(zone.views.begin(), zone.views.end(), view.id) != zone.views.end();
        const Side side = d_.regions[r].side;
        const bool side_shown = view.shows == Side::midline || side == Side::midline || side == view.shows;
        if (listed && side_shown && !drawn[r]) {
          problems_at_regions("region \"" + d_.regions[r].id + "\" lists view \"" + view.id + "\" but the view does not draw it");
        } else if (!listed && drawn[r]) {
          problems_at_regions("view \"" + view.id + "\" draws region \"" + d_.regions[r].id + "\", which does not list that view");
        }
      }
    }
  }

  void problems_at_regions(const std::string& message) {
    for (const Node& zone : collections_["regions"]) {
      check_.fail({zone.file, zone.root, zone.value, "/regions"}, message);
      return;
    }
  }

  static std::string point_text(Vec2 p) {
    auto rounded = [](float v) { return json(std::round(v * 10000.0) / 10000.0).dump(); };
    return "[" + rounded(p.x) + ", " + rounded(p.y) + "]";
  }

  void mirror_view(const View& source, View& view) {
    view.aspect = source.aspect;
    view.shows = source.shows == Side::left ? Side::right : source.shows == Side::right ? Side::left : Side::midline;
    for (const Polygon& outline : source.silhouette) view.silhouette.push_back(mirrored(outline));
    for (const Polygon& line : source.details) view.details.push_back(mirrored(line));
    for (const Seed& seed : source.seeds) {
      const Region& region = d_.regions[static_cast<std::size_t>(seed.region)];
      const Side other = region.side == Side::left ? Side::right : region.side == Side::right ? Side::left : Side::midline;
      view.seeds.push_back({{1.0f - seed.at.x, seed.at.y}, d_.region_of(region.zone, other)});
    }
  }

  // A list of [x, y] points inside the view, at least `minimum` of them.
  Polygon read_points(const Node& list_node, std::size_t minimum) {
    Polygon points;
    if (!list_node.value->is_array()) {
      check_.fail(list_node, std::string("wrong type: expected array of [x, y], found ") + list_node.value->type_name());
      return points;
    }
    for (std::size_t i = 0; i < list_node.value->size(); ++i) {
      const json& p = (*list_node.value)[i];
      if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) {
        check_.fail(list_node.item(i), "a point must be [x, y]");
        return {};
      }
      Vec2 v{p[0].get<float>(), p[1].get<float>()};
      if (!(v.x >= 0 && v.x <= 1 && v.y >= 0 && v.y <= 1)) {
        check_.fail(list_node.item(i), "coordinates outside the view");
        return {};
      }
      points.push_back(v);
    }
    if (points.size() < minimum) check_.fail(list_node, "needs at least " + std::to_string(minimum) + " point(s)");
    return points;
  }

  Polygon read_points(const Node& node, const char* key, std::size_t minimum) {
    if (!check_.field(node, key, json::value_t::array, true)) return {};
    return read_points(node.child(key), minimum);
  }

  // A closed outline from {"points": [[x, y], ...], "smooth": bool, "half": bool}. A half outline runs from the
  // midline round one side back to the midline; its mirror image completes it, so the body stays symmetric.
  Polygon read_shape(const Node& node) {
    Polygon points = read_points(node, "points", 0);
    if (flag(node, "half")) {
      Polygon other = mirrored(points);
      for (auto it = other.rbegin() + 1; it + 1 < other.rend(); ++it) points.push_back(*it);
    }
    if (points.size() < 3) {
      check_.fail(node.child("points"), "geometry does not close: a shape needs at least 3 points");
      return {};
    }
    return flag(node, "smooth") ? smooth_closed(points, 6) : points;
  }

  static Polygon mirrored(const Polygon& shape) {
    Polygon out(shape);
    for (Vec2& v : out) v.x = 1.0f - v.x;
    return out;
  }

  Dataset& d_;
  Checker check_;
  std::unordered_map<std::string, Entries> collections_;
  Entries views_;
  std::vector<std::pair<Node, std::string>> ui_;
  std::vector<std::pair<Node, int>> trigger_point_nodes_;
  std::unordered_map<std::string, int> zone_ids_, muscle_ids_, self_help_ids_, condition_ids_, source_ids_;
};

}  // namespace

namespace {

struct ParsedFile {
  std::string name;
  json root;
};

LoadResult build_dataset(const std::vector<ParsedFile>& files, std::vector<Problem> problems,
                         const std::string& language = default_language) {
  LoadResult result;
  result.problems = std::move(problems);
  Loader loader(result.dataset, result.problems, language);
  for (const ParsedFile& file : files) loader.gather(file.name, file.root);
  loader.build();
  if (result.dataset.regions.empty()) result.problems.push_back({"(data)", "/regions", "no regions defined"});
  if (result.dataset.views.empty()) result.problems.push_back({"(data)", "/views", "no body map views defined"});
  return result;
}

}  // namespace

LoadResult load_dataset(const std::vector<SourceFile>& files) {
  std::vector<ParsedFile> parsed;
  std::vector<Problem> problems;
  for (const SourceFile& file : files) {
    ParsedFile entry{file.name, {}};
    if (parse_json(file, entry.root, problems)) parsed.push_back(std::move(entry));
  }
  return build_dataset(parsed, std::move(problems));
}

LoadResult load_bundle(const std::string& bundle_text) {
  std::vector<ParsedFile> parsed;
  std::vector<Problem> problems;
  json bundle;
  if (!parse_json({"data bundle", bundle_text}, bundle, problems)) return {{}, std::move(problems)};
  auto it = bundle.find("files");
  if (!bundle.is_object() || it == bundle.end() || !it->is_object()) {
    return {{}, {{"data bundle", "/files", "expected an object of file names to files"}}};
  }
  std::string language = default_language;
  if (auto lang = bundle.find("language"); lang != bundle.end()) {
    if (!lang->is_string() || lang->get<std::string>().empty()) {
      return {{}, {{"data bundle", "/language", "expected a language code"}}};
    }
    language = lang->get<std::string>();
  }
  for (auto& [name, file] : it->items()) {
    ParsedFile entry{name, {}};
    if (!file.is_string()) {
      entry.root = std::move(file);
    } else if (!parse_json({name, file.get<std::string>()}, entry.root, problems)) {
      continue;
    }
    parsed.push_back(std::move(entry));
  }
  return build_dataset(parsed, std::move(problems), language);
}

int find(const IdIndex& ids, const std::string& id) {
  auto it = ids.find(id);
  return it == ids.end() ? -1 : it->second;
}

int Dataset::region_of(int zone, Side side) const {
  if (zone < 0 || static_cast<std::size_t>(zone) >= zone_regions.size()) return -1;
  return zone_regions[static_cast<std::size_t>(zone)][static_cast<std::size_t>(side)];
}

std::string Dataset::ui_text(const std::string& key, const std::string& lang) const {
  auto it = ui.find(key);
  return it == ui.end() ? key : localize(it->second, lang);
}

std::string Dataset::region_label(int region, const std::string& lang) const {
  const Region& r = regions[static_cast<std::size_t>(region)];
  const std::string& part = localize(zones[static_cast<std::size_t>(r.zone)].label, lang);
  if (r.side == Side::midline) return part;
  return fill_template(ui_text("region_with_side", lang),
                       {{"part", part}, {"side", ui_text(std::string("side_") + to_string(r.side), lang)}});
}

}  // namespace tpl
