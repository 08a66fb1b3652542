// The loader's entry points and the Dataset's own queries. load_dataset and load_bundle parse the JSON and hand the
// documents to the content pass (loader.h); the names of the data's keys are in schema.h. Exception-free: the web
// build has no exception support, so every value's type is checked before it is read (json_check.h).
#include "dataset.h"

#include <algorithm>
#include <iterator>

#include "json_check.h"
#include "loader.h"
#include "schema.h"

namespace tpl {

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

LoadResult load_dataset(const std::vector<SourceFile>& files) {
  std::vector<ParsedFile> parsed;
  std::vector<Problem> problems;
  for (const SourceFile& file : files) {
    ParsedFile entry{file.name, {}};
    if (parse_json(file, entry.root, problems)) parsed.push_back(std::move(entry));
  }
  return build_dataset(parsed, std::move(problems));
}

LoadResult load_bundle(const std::string& bundle_text) { return build_bundle(parse_bundle(bundle_text)); }

namespace {
// The fields a first part may leave for its texts part (deferred_fields.json, which the bundler reads too): exactly
// those attach_texts reads. A first part that defers any other is refused, as nothing would ever fill it in.
const char* const deferrable_fields[] = {
#include "deferred_fields.inc"
};
}  // namespace

ParsedBundle parse_bundle(const std::string& bundle_text) {
  ParsedBundle parsed;
  auto refuse = [&](const char* key, const std::string& message) {
    parsed.problems = {{"data bundle", schema::pointer(key), message}};
    return std::move(parsed);
  };
  json bundle;
  if (!parse_json({"data bundle", bundle_text}, bundle, parsed.problems)) return parsed;
  auto it = bundle.find(schema::bundle_files);
  if (!bundle.is_object() || it == bundle.end() || !it->is_object()) {
    return refuse(schema::bundle_files, "expected an object of file names to files");
  }
  if (auto lang = bundle.find(schema::bundle_language); lang != bundle.end()) {
    if (!lang->is_string() || lang->get<std::string>().empty()) return refuse(schema::bundle_language, "expected a language code");
    parsed.language = lang->get<std::string>();
  }
  if (auto list = bundle.find(schema::bundle_deferred); list != bundle.end()) {
    if (!list->is_array()) return refuse(schema::bundle_deferred, "expected a list of fields");
    for (const json& field : *list) {
      if (!field.is_string()) return refuse(schema::bundle_deferred, "expected a list of fields");
      const std::string name = field.get<std::string>();
      if (std::find(std::begin(deferrable_fields), std::end(deferrable_fields), name) == std::end(deferrable_fields)) {
        return refuse(schema::bundle_deferred, "\"" + name + "\" cannot come in a texts part");
      }
      parsed.deferred.insert(name);
    }
  }
  for (auto& [name, file] : it->items()) {
    ParsedFile entry{name, {}};
    if (!file.is_string()) {
      entry.root = std::move(file);
    } else if (!parse_json({name, file.get<std::string>()}, entry.root, parsed.problems)) {
      continue;
    }
    parsed.files.push_back(std::move(entry));
  }
  parsed.readable = true;
  return parsed;
}

LoadResult build_bundle(ParsedBundle parsed) {
  // A bundle that did not parse, or is not shaped as one, is its problems alone; a file inside it that did not parse
  // is reported with the problems the others have.
  if (!parsed.readable) {
    if (parsed.problems.empty()) parsed.problems.push_back({"data bundle", "/", "no data bundle has been read"});
    return {{}, std::move(parsed.problems)};
  }
  return build_dataset(parsed.files, std::move(parsed.problems), parsed.language, parsed.deferred);
}

namespace {

// The collections the dataset keeps no index of (muscles, self-help, conditions, sources), indexed by id.
template <typename T>
IdIndex index_by_id(const std::vector<T>& items) {
  IdIndex index;
  for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, static_cast<int>(i));
  return index;
}

// Reads the fields present in a texts part's entry over the dataset's (absent ones stay as they were).
class TextReader {
 public:
  explicit TextReader(Checker& check) : check_(check) {}
  void text(const Node& entry, const char* key, Text& into) {
    if (entry.value->contains(key)) into = check_.text(entry, key);
  }
  void list(const Node& entry, const char* key, TextList& into) {
    if (entry.value->contains(key)) into = check_.text_list(entry, key);
  }
  void string(const Node& entry, const char* key, std::string& into) {
    if (entry.value->contains(key)) into = check_.string(entry, key);
  }
  void refs(const Node& entry, const char* key, const IdIndex& ids, const char* what, std::vector<int>& into) {
    if (entry.value->contains(key)) into = check_.refs(entry, key, ids, what);
  }
  void sources(const Node& entry, const IdIndex& ids, std::vector<SourceRef>& into) {
    if (entry.value->contains("sources")) into = source_refs(check_, entry, ids, true);
  }
  void self_help(const Node& entry, const IdIndex& ids, std::vector<int>& into) {
    if (entry.value->contains("self_help")) into = self_help_refs(check_, entry, ids, true);
  }

 private:
  Checker& check_;
};

}  // namespace

std::vector<Problem> attach_texts(Dataset& d, const std::string& texts_text) {
  const std::string file = "texts bundle";
  std::vector<Problem> problems;
  json bundle;
  if (!parse_json({file, texts_text}, bundle, problems)) return problems;
  auto texts = bundle.is_object() ? bundle.find(schema::bundle_texts) : bundle.end();
  if (!bundle.is_object() || texts == bundle.end() || !texts->is_object()) {
    return {{file, schema::pointer(schema::bundle_texts), "expected an object of collections"}};
  }
  auto lang = bundle.find(schema::bundle_language);
  Checker check(problems, lang != bundle.end() && lang->is_string() ? lang->get<std::string>() : default_language);
  TextReader read(check);
  const Node root{&file, &bundle, &*texts};
  // Each collection: {"<id>": {field: text, ...}}; `fill(index, entry)` reads the entry into item `index`.
  auto each = [&](const char* collection, const IdIndex& index, auto fill) {
    if (!texts->contains(collection)) return;
    const Node entries = root.child(collection);
    if (!entries.value->is_object()) {
      check.fail(entries, "expected an object of entries by id");
      return;
    }
    for (const auto& item : entries.value->items()) {
      const Node entry = entries.child(item.key());
      const int at_index = find(index, item.key());
      if (at_index < 0) {
        check.fail(entry, "unknown id \"" + item.key() + "\"");
      } else if (check.object(entry)) {
        fill(static_cast<std::size_t>(at_index), entry);
      }
    }
  };
  const IdIndex muscles = index_by_id(d.muscles), self_help = index_by_id(d.self_help),
                conditions = index_by_id(d.conditions), sources = index_by_id(d.sources);
  each("muscles", muscles, [&](std::size_t i, const Node& entry) {
    read.text(entry, "attachments", d.muscles[i].attachments);
    read.text(entry, "action", d.muscles[i].action);
    read.text(entry, "nerve", d.muscles[i].nerve);
    read.string(entry, "latin", d.muscles[i].latin);
    read.sources(entry, sources, d.muscles[i].sources);
  });
  each("trigger_points", d.trigger_point_index, [&](std::size_t i, const Node& entry) {
    read.list(entry, "symptoms", d.trigger_points[i].symptoms);
    if (entry.value->contains("location") && check.object(entry.child("location"))) {
      read.text(entry.child("location"), "text", d.trigger_points[i].location.text);
    }
    read.refs(entry, "rule_out", conditions, "condition", d.trigger_points[i].rule_out);
    read.self_help(entry, self_help, d.trigger_points[i].self_help);
  });
  each("self_help", self_help, [&](std::size_t i, const Node& entry) {
    read.text(entry, "title", d.self_help[i].title);
    read.refs(entry, "targets", muscles, "muscle", d.self_help[i].targets);
    read.list(entry, "steps", d.self_help[i].steps);
    read.list(entry, "cautions", d.self_help[i].cautions);
    read.text(entry, "avoid_if", d.self_help[i].avoid_if);
    read.text(entry, "text", d.self_help[i].text);
  });
  each("conditions", conditions, [&](std::size_t i, const Node& entry) {
    read.text(entry, "name", d.conditions[i].name);
    read.text(entry, "note", d.conditions[i].note);
  });
  each("factors", d.factor_index, [&](std::size_t i, const Node& entry) { read.text(entry, "advice", d.factors[i].advice); });
  // What the loader requires of complete data holds once the texts are in: a texts part that leaves out a list or a
  // name its first part deferred is refused.
  auto missing = [&](const char* collection, const std::string& id, const char* field) {
    check.fail_at(file, "/texts/" + std::string(collection) + "/" + id, "missing field \"" + std::string(field) + "\"");
  };
  for (const TriggerPoint& tp : d.trigger_points) {
    if (tp.self_help.empty()) missing("trigger_points", tp.id, "self_help");
  }
  for (const Muscle& muscle : d.muscles) {
    if (muscle.sources.empty()) missing("muscles", muscle.id, "sources");
  }
  for (const SelfHelp& item : d.self_help) {
    if (item.title.empty()) missing("self_help", item.id, "title");
  }
  for (const Condition& condition : d.conditions) {
    if (condition.name.empty()) missing("conditions", condition.id, "name");
  }
  d.texts_pending = false;
  return problems;
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

std::string Dataset::with_side(const std::string& name, Side side, const std::string& lang) const {
  if (side == Side::midline) return name;
  return fill_template(ui_text("region_with_side", lang),
                       {{"part", name}, {"side", ui_text(std::string("side_") + to_string(side), lang)}});
}

std::string Dataset::region_label(int region, const std::string& lang) const {
  const Region& r = at(regions, region);
  return with_side(localize(at(zones, r.zone).label, lang), r.side, lang);
}

}  // namespace tpl
