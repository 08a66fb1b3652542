// The loader's entry points and the Dataset's own queries. load_dataset and load_bundle parse the JSON and hand the
// documents to the content pass (loader.h); the names of the data's keys are in schema.h. Exception-free: the web
// build has no exception support, so every value's type is checked before it is read (json_check.h).
#include "dataset.h"

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

LoadResult load_bundle(const std::string& bundle_text) {
  std::vector<ParsedFile> parsed;
  std::vector<Problem> problems;
  json bundle;
  if (!parse_json({"data bundle", bundle_text}, bundle, problems)) return {{}, std::move(problems)};
  auto it = bundle.find(schema::bundle_files);
  if (!bundle.is_object() || it == bundle.end() || !it->is_object()) {
    return {{}, {{"data bundle", schema::pointer(schema::bundle_files), "expected an object of file names to files"}}};
  }
  std::string language = default_language;
  if (auto lang = bundle.find(schema::bundle_language); lang != bundle.end()) {
    if (!lang->is_string() || lang->get<std::string>().empty()) {
      return {{}, {{"data bundle", schema::pointer(schema::bundle_language), "expected a language code"}}};
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
