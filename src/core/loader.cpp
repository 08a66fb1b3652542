// The loader's content pass; see loader.h. Regions (with their CHOIR codes), sources, conditions, factors, self-help,
// muscles, trigger points, red flags and ui texts are built here, in an order where every id a collection refers
// to is already indexed; the body map's views come last (body_map_loader.cpp), and then the trigger points' markers
// are checked against them.
#include "loader.h"

#include <algorithm>
#include <set>

#include "body_map_loader.h"
#include "schema.h"

namespace tpl {

namespace {

const std::array<const char*, 18> area_names = {
    "head",     "face",     "neck",     "shoulder", "upper_arm", "forearm", "hand", "chest", "abdomen",
    "upper_back", "mid_back", "low_back", "pelvis", "hip",       "thigh",   "knee", "leg",   "foot"};

// The entries of one collection gathered from every file, in file order.
using Entries = std::vector<Node>;

class Loader {
 public:
  Loader(Dataset& d, std::vector<Problem>& problems, const std::string& language, const Deferred& deferred)
      : d_(d), check_(problems, language), deferred_(deferred) {
    d_.texts_pending = !deferred.empty();
  }

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
      if (key == schema::views) {
        add_items(node, views_);
      } else if (key == schema::notes) {
        check_.string_array(node);
      } else if (key == schema::ui) {
        if (!value.is_object()) {
          check_.fail(node, "wrong type: expected object");
          continue;
        }
        for (const auto& [ui_key, text] : value.items()) ui_.push_back({node.child(ui_key), ui_key});
      } else if (std::find_if(schema::entry_collections.begin(), schema::entry_collections.end(),
                              [&](const char* n) { return key == n; }) != schema::entry_collections.end()) {
        add_items(node, collections_[key]);
      } else {
        check_.fail(node, "unknown collection \"" + key + "\"");
      }
    }
  }

  void build() {
    index_ids(collections_[schema::regions], zone_ids_, "region zone");
    index_ids(collections_[schema::muscles], muscle_ids_, "muscle");
    const Entries& muscles = collections_[schema::muscles];
    for (std::size_t m = 0; m < muscles.size(); ++m) {
      for (const Node& tp : check_.objects(muscles[m], schema::trigger_points, true)) {
        trigger_point_nodes_.push_back({tp, static_cast<int>(m)});
      }
    }
    Entries tp_nodes;
    for (const auto& entry : trigger_point_nodes_) tp_nodes.push_back(entry.first);
    index_ids(tp_nodes, d_.trigger_point_index, "trigger point");
    index_ids(collections_[schema::self_help], self_help_ids_, "self-help");
    index_ids(collections_[schema::conditions], condition_ids_, "condition");
    index_ids(collections_[schema::factors], d_.factor_index, "factor");
    index_ids(collections_[schema::red_flags], d_.red_flag_index, "red flag");
    index_ids(collections_[schema::sources], source_ids_, "source");
    index_ids(views_, d_.view_index, "view");

    build_regions();
    build_sources();
    build_conditions();
    build_factors();
    build_self_help();
    build_muscles();
    build_pain_guides();
    build_trigger_points();
    build_red_flags();
    build_ui();
    const Entries& zones = collections_[schema::regions];
    build_views(views_, zones.empty() ? nullptr : zones.front().file, d_, check_);
    check_markers(markers_, d_, check_);
  }

 private:
  void add_items(const Node& node, Entries& into) {
    for (const Node& item : check_.objects(node)) into.push_back(item);
  }

  // Gives each entry its index by id. Entries keep their position even when their id is bad, so indices stay
  // aligned with the collection; a dataset with problems is never used anyway.
  void index_ids(const Entries& entries, IdIndex& index, const char* what) {
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
    const Entries& zones = collections_[schema::regions];
    d_.zones.resize(zones.size());
    d_.zone_regions.assign(zones.size(), {-1, -1, -1});
    d_.zone_index = zone_ids_;
    for (std::size_t z = 0; z < zones.size(); ++z) {
      const Node& node = zones[z];
      Zone& zone = d_.zones[z];
      zone.id = check_.string(node, "id");
      zone.label = check_.text(node, "label");
      zone.in_sentence = check_.text(node, "in_sentence");
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
    for (const Node& node : collections_[schema::sources]) {
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
    for (const Node& node : collections_[schema::conditions]) {
      d_.conditions.push_back({check_.string(node, "id"), check_.text(node, "name", required("conditions/name")),
                              check_.text(node, "note", required("conditions/note"))});
    }
  }

  void build_factors() {
    for (const Node& node : collections_[schema::factors]) {
      d_.factors.push_back({check_.string(node, "id"), check_.text(node, "question"), check_.text(node, "advice", required("factors/advice"))});
    }
  }

  void build_self_help() {
    for (const Node& node : collections_[schema::self_help]) {
      SelfHelp item;
      item.id = check_.string(node, "id");
      item.kind = check_.string(node, "kind");
      item.title = check_.text(node, "title", required("self_help/title"));
      item.targets = check_.refs(node, "targets", muscle_ids_, "muscle", required("self_help/targets"));
      if (item.kind == "stretch" || item.kind == "exercise") {
        item.steps = check_.text_list(node, "steps", required("self_help/steps"));
        item.avoid_if = check_.text(node, "avoid_if", required("self_help/avoid_if"));
        item.repeats = check_.integer(node, "repeats", true, 1, 100);
        item.hold_seconds = check_.integer(node, "hold_seconds", item.kind == "stretch", 1, 600);
      } else if (item.kind == "self_massage") {
        item.steps = check_.text_list(node, "steps", required("self_help/steps"));
        item.cautions = check_.text_list(node, "cautions", required("self_help/cautions"));
      } else if (item.kind == "advice") {
        item.topic = check_.string(node, "topic");
        static const std::array<const char*, 6> topics = {"footwear", "posture", "workstation",
                                                          "heat_cold", "sleep",  "activity"};
        if (!item.topic.empty() && std::find(topics.begin(), topics.end(), item.topic) == topics.end()) {
          check_.fail(node.child("topic"), "unknown advice topic \"" + item.topic + "\"");
        }
        item.text = check_.text(node, "text", required("self_help/text"));
      } else if (!item.kind.empty()) {
        check_.fail(node.child("kind"), "unknown self-help kind \"" + item.kind +
                                            "\" (expected stretch, exercise, self_massage or advice)");
      }
      d_.self_help.push_back(std::move(item));
    }
  }

  void build_muscles() {
    for (const Node& node : collections_[schema::muscles]) {
      Muscle muscle;
      muscle.id = check_.string(node, "id");
      check_area(node);
      muscle.area = check_.string(node, "area", false);
      muscle.name = check_.text(node, "name");
      muscle.latin = check_.string(node, "latin", required("muscles/latin"));
      muscle.attachments = check_.text(node, "attachments", required("muscles/attachments"));
      muscle.action = check_.text(node, "action", required("muscles/action"));
      muscle.nerve = check_.text(node, "nerve", required("muscles/nerve"));
      muscle.synergists = check_.refs(node, "synergists", muscle_ids_, "muscle");
      muscle.antagonists = check_.refs(node, "antagonists", muscle_ids_, "muscle");
      muscle.sources = source_refs(check_, node, source_ids_, required("muscles/sources"));
      d_.muscles.push_back(std::move(muscle));
    }
  }

  // The index of the id in the string field `key`, or -1 (a problem naming the id, unless the field was missing).
  int resolve(const Node& node, const char* key, const IdIndex& ids, const char* what) {
    const std::string id = check_.string(node, key);
    const int index = find(ids, id);
    if (index < 0 && !id.empty()) check_.fail(node.child(key), std::string("unknown ") + what + " id \"" + id + "\"");
    return index;
  }

  // Pain guides are optional as a whole (the page's bundle leaves them out), but data that has them has one for
  // every zone.
  void build_pain_guides() {
    static const std::array<std::pair<const char*, bool>, 2> kinds = {{{"main", true}, {"also", false}}};
    const Entries& guides = collections_[schema::pain_guides];
    std::vector<bool> guided(d_.zones.size(), false);
    for (const Node& node : guides) {
      PainGuide guide;
      guide.zone = resolve(node, "zone", zone_ids_, "region zone");
      if (guide.zone < 0) continue;
      if (guided[static_cast<std::size_t>(guide.zone)]) {
        check_.fail(node.child("zone"), "a second pain guide for \"" + d_.zones[static_cast<std::size_t>(guide.zone)].id + "\"");
      }
      guided[static_cast<std::size_t>(guide.zone)] = true;
      std::set<int> named;
      for (const Node& entry : check_.objects(node, "muscles", true)) {
        PainGuideEntry item;
        item.muscle = resolve(entry, "muscle", muscle_ids_, "muscle");
        if (item.muscle < 0) continue;
        if (!named.insert(item.muscle).second) {
          check_.fail(entry.child("muscle"), "muscle \"" + d_.muscles[static_cast<std::size_t>(item.muscle)].id + "\" named twice");
        }
        item.main = check_.choice(entry, "kind", kinds, false);
        item.source = source_ref(check_, entry, source_ids_);
        guide.muscles.push_back(item);
      }
      if (guide.muscles.empty() && node.value->contains("muscles")) {
        check_.fail(node.child("muscles"), "a pain guide names at least one muscle");
      }
      d_.pain_guides.push_back(std::move(guide));
    }
    if (guides.empty()) return;
    for (std::size_t z = 0; z < d_.zones.size(); ++z) {
      if (!guided[z]) {
        check_.fail_at(*guides.front().file, schema::pointer(schema::pain_guides),
                       "region zone \"" + d_.zones[z].id + "\" has no pain guide");
      }
    }
  }

  void build_trigger_points() {
    static const std::array<std::pair<const char*, Prevalence>, 3> prevalences = {
        {{"common", Prevalence::common}, {"occasional", Prevalence::occasional}, {"rare", Prevalence::rare}}};
    static const std::array<std::pair<const char*, ZoneKind>, 2> kinds = {
        {{"essential", ZoneKind::essential}, {"spillover", ZoneKind::spillover}}};
    static const std::array<std::pair<const char*, Side>, 2> sides = {{{"left", Side::left}, {"right", Side::right}}};
    for (const auto& [node, muscle] : trigger_point_nodes_) {
      TriggerPoint tp;
      tp.id = check_.string(node, "id");
      tp.muscle = muscle;
      tp.name = check_.text(node, "name");
      tp.prevalence = check_.choice(node, "prevalence", prevalences, Prevalence::occasional);
      if (node.value->contains("side")) tp.side = check_.choice(node, "side", sides, Side::midline);
      tp.local_only = check_.flag(node, "local_only");
      if (check_.field(node, "location", json::value_t::object, true)) {
        Node location = node.child("location");
        tp.location.view = check_.string(location, "view");
        if (!tp.location.view.empty() && !d_.view_index.empty() && !d_.view_index.count(tp.location.view) &&
            !known_view_name(tp.location.view)) {
          check_.fail(location.child("view"), "unknown view \"" + tp.location.view + "\"");
        }
        std::string zone = check_.string(location, "region");
        if (auto it = zone_ids_.find(zone); it != zone_ids_.end()) {
          tp.location.zone = it->second;
        } else if (!zone.empty()) {
          check_.fail(location.child("region"), "unknown region zone id \"" + zone + "\"");
        }
        const std::size_t problems_before = check_.problem_count();
        tp.location.at = {check_.number(location, "x", 0, 1), check_.number(location, "y", 0, 1)};
        // Only a marker with a zone and readable coordinates is checked against its view, once the views are built.
        if (tp.location.zone >= 0 && check_.problem_count() == problems_before) {
          markers_.push_back({static_cast<int>(d_.trigger_points.size()), location});
        }
        tp.location.text = check_.text(location, "text", required("trigger_points/location.text"));
      }
      if (const json* referral = check_.field(node, "referral", json::value_t::array, true)) {
        Node list = node.child("referral");
        if (referral->empty()) check_.fail(list, "trigger point without referral zone");
        bool has_essential = false;
        for (std::size_t i = 0; i < referral->size(); ++i) {
          Node zone_node = list.item(i);
          if (!check_.object(zone_node)) continue;
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
        if (tp.local_only) {
          const bool local = tp.referral.size() == 1 && tp.referral[0].kind == ZoneKind::spillover &&
                             tp.referral[0].zone == tp.location.zone;
          if (!local) check_.fail(list, "a local-only point has one spillover zone: the one it lies in");
        } else if (!referral->empty() && !has_essential) {
          check_.fail(list, "trigger point without an essential referral zone");
        }
      }
      tp.symptoms = check_.text_list(node, "symptoms", required("trigger_points/symptoms"));
      tp.factors = check_.refs(node, "factors", d_.factor_index, "factor");
      tp.associated = check_.refs(node, "associated", d_.trigger_point_index, "trigger point");
      tp.rule_out = check_.refs(node, "rule_out", condition_ids_, "condition");
      tp.self_help = self_help_refs(check_, node, self_help_ids_, required("trigger_points/self_help"));
      d_.muscles[static_cast<std::size_t>(muscle)].trigger_points.push_back(static_cast<int>(d_.trigger_points.size()));
      d_.trigger_points.push_back(std::move(tp));
    }
  }

  // Whether a field must be present: every one is, except those a first-part bundle defers to its texts part.
  bool required(const std::string& field) const { return deferred_.count(field) == 0; }

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
    for (const Node& node : collections_[schema::red_flags]) {
      RedFlag flag;
      flag.id = check_.string(node, "id");
      flag.question = check_.text(node, "question");
      flag.message = check_.text(node, "message");
      flag.urgency = check_.choice(node, "urgency", urgencies, Urgency::clinician_soon);
      flag.general = check_.flag(node, "general");
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

  Dataset& d_;
  Checker check_;
  const Deferred& deferred_;
  std::unordered_map<std::string, Entries> collections_;
  Entries views_;
  std::vector<std::pair<Node, std::string>> ui_;
  std::vector<std::pair<Node, int>> trigger_point_nodes_;
  std::vector<LocationNode> markers_;
  IdIndex zone_ids_, muscle_ids_, self_help_ids_, condition_ids_, source_ids_;
};

}  // namespace

SourceRef source_ref(Checker& check, const Node& ref, const IdIndex& source_ids) {
  std::string id = check.string(ref, "source");
  auto it = source_ids.find(id);
  if (it == source_ids.end() && !id.empty()) check.fail(ref.child("source"), "unknown source id \"" + id + "\"");
  return {it == source_ids.end() ? 0 : it->second, check.string(ref, "where")};
}

std::vector<SourceRef> source_refs(Checker& check, const Node& muscle, const IdIndex& source_ids, bool required) {
  std::vector<SourceRef> refs;
  const json* sources = check.field(muscle, "sources", json::value_t::array, required);
  if (!sources) return refs;
  if (sources->empty()) check.fail(muscle.child("sources"), "a muscle must name at least one source");
  for (std::size_t i = 0; i < sources->size(); ++i) {
    Node ref = muscle.child("sources").item(i);
    if (check.object(ref)) refs.push_back(source_ref(check, ref, source_ids));
  }
  return refs;
}

std::vector<int> self_help_refs(Checker& check, const Node& trigger_point, const IdIndex& self_help_ids, bool required) {
  std::vector<int> refs = check.refs(trigger_point, "self_help", self_help_ids, "self-help", required);
  if (refs.empty() && trigger_point.value->contains("self_help")) {
    check.fail(trigger_point.child("self_help"), "trigger point without self-help");
  }
  return refs;
}

LoadResult build_dataset(const std::vector<ParsedFile>& files, std::vector<Problem> problems,
                         const std::string& language, const Deferred& deferred) {
  LoadResult result;
  result.problems = std::move(problems);
  Loader loader(result.dataset, result.problems, language, deferred);
  for (const ParsedFile& file : files) loader.gather(file.name, file.root);
  loader.build();
  if (result.dataset.regions.empty()) {
    result.problems.push_back({"(data)", schema::pointer(schema::regions), "no regions defined"});
  }
  if (result.dataset.views.empty()) {
    result.problems.push_back({"(data)", schema::pointer(schema::views), "no body map views defined"});
  }
  return result;
}

}  // namespace tpl
