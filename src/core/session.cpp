// The session's rules: what each event changes, which parts of the view model that touches, and what is ignored
// (with a note saying why). See session.h.
#include "session.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "report.h"
#include "view_model.h"

namespace tpl {

using nlohmann::json;

namespace {
constexpr unsigned selection_parts = part_map | part_panel | part_outcome;
constexpr unsigned answer_parts = part_panel | part_outcome;
constexpr Part all_parts[] = {part_map, part_panel, part_outcome, part_chrome, part_regions, part_print};
// The printed drawings' height, in SVG units (they scale to the page).
constexpr float print_drawing_height = 400;
constexpr unsigned every_part = part_map | part_panel | part_outcome | part_chrome | part_regions;

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

bool contains_id(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The index of `id` in `ids`, or -1 with a note that the event naming it is ignored.
int known(Update& update, const IdIndex& ids, const std::string& id, const char* what) {
  const int index = find(ids, id);
  if (index < 0) update.notes.push_back("unknown " + std::string(what) + " \"" + id + "\" ignored");
  return index;
}
}  // namespace

const char* to_string(Part part) {
  switch (part) {
    case part_map: return "map";
    case part_panel: return "panel";
    case part_outcome: return "outcome";
    case part_chrome: return "chrome";
    case part_regions: return "regions";
    case part_print: return "print";
  }
  return "";
}

Part part_named(const std::string& name) {
  for (Part part : all_parts) {
    if (name == to_string(part)) return part;
  }
  return Part{};
}

json update_json(const Update& update) {
  json names = json::array();
  for (Part part : all_parts) {
    if (update.parts & part) names.push_back(to_string(part));
  }
  return {{"parts", names}, {"notes", update.notes}};
}

struct Session::Bound {
  explicit Bound(const Dataset& dataset) : matcher(dataset), canvas(dataset) {}
  Matcher matcher;
  MapCanvas canvas;
};

Session::Session() = default;
Session::~Session() = default;

Update Session::bind(const Dataset& dataset) {
  Update update;
  dataset_ = &dataset;
  bound_ = std::make_unique<Bound>(dataset);
  bound_->canvas.set_theme(theme_);
  if (width_ > 0) bound_->canvas.resize(width_, height_, ratio_);

  auto kept = [&](const IdIndex& ids, const std::string& id, const char* what) {
    if (find(ids, id) >= 0) return true;
    update.notes.push_back(std::string(what) + " \"" + id + "\" is not in this data; dropped");
    return false;
  };
  auto keep_known = [&](std::vector<std::string>& ids, const IdIndex& index, const char* what) {
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](const std::string& id) { return !kept(index, id, what); }),
              ids.end());
  };
  keep_known(state_.selection, dataset.region_index, "region");
  keep_known(state_.factors_yes, dataset.factor_index, "refinement");
  for (auto it = state_.warning_signs.begin(); it != state_.warning_signs.end();) {
    it = kept(dataset.red_flag_index, it->first, "warning sign") ? std::next(it) : state_.warning_signs.erase(it);
  }
  for (std::string* region : {&state_.hover, &state_.focus}) {
    if (!region->empty() && !kept(dataset.region_index, *region, "region")) region->clear();
  }
  for (std::string* point : {&state_.result_point, &state_.preview_point}) {
    if (!point->empty() && !kept(dataset.trigger_point_index, *point, "trigger point")) point->clear();
  }
  if (find(dataset.view_index, state_.view) < 0) {
    if (!state_.view.empty()) kept(dataset.view_index, state_.view, "view");
    state_.view = dataset.views.empty() ? "" : dataset.views.front().id;
  }
  changed(update, every_part);
  return update;
}

Update Session::restart() {
  SessionState fresh;
  fresh.language = state_.language;
  fresh.clinic = state_.clinic;
  if (dataset_ && !dataset_->views.empty()) fresh.view = dataset_->views.front().id;
  state_ = std::move(fresh);
  Update update;
  changed(update, every_part);
  return update;
}

void Session::set_theme(const Theme& theme) {
  theme_ = theme;
  if (bound_) bound_->canvas.set_theme(theme);
  map_dirty_ = true;
}

void Session::changed(Update& update, unsigned parts) {
  update.parts |= parts;
  if (parts & part_map) map_dirty_ = true;
  if (parts & part_outcome) outcome_stale_ = true;
}

int Session::view_index() const { return dataset_ ? find(dataset_->view_index, state_.view) : -1; }

Update Session::handle(const Event& event) {
  Update update;
  using Type = Event::Type;
  // What the page tells the session before any data is there is kept; everything else needs the data.
  switch (event.type) {
    case Type::resize: {
      const bool valid = std::isfinite(event.width) && std::isfinite(event.height) && std::isfinite(event.ratio) &&
                         event.width > 0 && event.height > 0 && event.ratio > 0;
      if (!valid) {
        update.notes.push_back("a resize needs a positive width, height and ratio; ignored");
        return update;
      }
      width_ = event.width, height_ = event.height, ratio_ = event.ratio;
      if (bound_ && bound_->canvas.resize(width_, height_, ratio_)) changed(update, part_map);
      return update;
    }
    case Type::clinic: set_clinic(update, event); return update;
    case Type::language:
      if (event.id.empty()) {
        update.notes.push_back("a language needs a code; ignored");
      } else if (event.id != state_.language) {
        state_.language = event.id;
        changed(update, part_map | part_panel | part_chrome | part_regions);
      }
      return update;
    default: break;
  }
  if (!bound()) {
    update.notes.push_back("no data is loaded yet; event ignored");
    return update;
  }
  switch (event.type) {
    case Type::pointer_down:
    case Type::pointer_move:
    case Type::pointer_up:
    case Type::pointer_leave: pointer(update, event); break;
    case Type::key: key(update, event.key); break;
    case Type::select: set_selection(update, event.ids); break;
    case Type::toggle: {
      const int region = known(update, dataset_->region_index, event.id, "region id");
      if (region >= 0) toggle(update, region);
      break;
    }
    case Type::clear: clear(update); break;
    case Type::view: {
      const int view = known(update, dataset_->view_index, event.id, "view");
      if (view >= 0) set_view(update, view);
      break;
    }
    case Type::answer: answer(update, event); break;
    case Type::focus_region: focus_region(update, event.id); break;
    case Type::focus_result: focus_result(update, event); break;
    case Type::preview_result: preview_result(update, event); break;
    case Type::fold: fold(update, event); break;
    default: break;
  }
  return update;
}

void Session::pointer(Update& update, const Event& event) {
  using Type = Event::Type;
  if (event.type == Type::pointer_leave) {
    if (!state_.hover.empty()) {
      state_.hover.clear();
      changed(update, part_map);
    }
    return;
  }
  const bool on_canvas = std::isfinite(event.x) && std::isfinite(event.y) && event.x >= 0 && event.y >= 0 &&
                         event.x <= width_ && event.y <= height_;
  if (!on_canvas) {
    update.notes.push_back("pointer outside the map ignored");
    return;
  }
  if (event.type == Type::pointer_up) return;
  const int region = bound_->canvas.region_near(view_index(), event.x, event.y, pointer_reach);
  if (event.type == Type::pointer_down) {
    // A press off the body, beyond the pointer's reach, changes nothing.
    if (region >= 0) toggle(update, region);
    return;
  }
  const std::string hover = region >= 0 ? at(dataset_->regions, region).id : "";
  if (hover != state_.hover) {
    state_.hover = hover;
    changed(update, part_map);
  }
}

void Session::key(Update& update, const std::string& key) {
  const int views = static_cast<int>(dataset_->views.size());
  const int current = view_index();
  if (key == "ArrowRight" || key == "ArrowDown") {
    set_view(update, (current + 1) % views);
  } else if (key == "ArrowLeft" || key == "ArrowUp") {
    set_view(update, (current + views - 1) % views);
  } else if (key == "Home") {
    set_view(update, 0);
  } else if (key == "End") {
    set_view(update, views - 1);
  } else if (key == "Escape") {
    clear(update);
  } else {
    update.notes.push_back("key \"" + key + "\" does nothing here");
  }
}

void Session::toggle(Update& update, int region) {
  const std::string& id = at(dataset_->regions, region).id;
  auto it = std::find(state_.selection.begin(), state_.selection.end(), id);
  if (it == state_.selection.end()) {
    state_.selection.push_back(id);
  } else {
    state_.selection.erase(it);
  }
  changed(update, selection_parts);
}

void Session::clear(Update& update) {
  if (!state_.selection.empty()) {
    state_.selection.clear();
    changed(update, selection_parts);
  }
  if (!state_.result_point.empty()) {
    state_.result_point.clear();
    changed(update, part_map | part_panel);
  }
}

void Session::set_selection(Update& update, const std::vector<std::string>& ids) {
  std::vector<std::string> selection;
  for (const std::string& id : ids) {
    if (known(update, dataset_->region_index, id, "region id") >= 0 && !contains_id(selection, id)) {
      selection.push_back(id);
    }
  }
  if (selection != state_.selection) {
    state_.selection = std::move(selection);
    changed(update, selection_parts);
  }
}

void Session::set_view(Update& update, int view) {
  const std::string& id = at(dataset_->views, view).id;
  if (id == state_.view) return;
  state_.view = id;
  state_.hover.clear();
  // The answer card says when the best match's point lies on another view.
  changed(update, state_.selection.empty() ? part_map : part_map | part_panel);
}

void Session::answer(Update& update, const Event& event) {
  if (event.answer != "yes" && event.answer != "no" && !event.answer.empty()) {
    update.notes.push_back("an answer is \"yes\", \"no\" or \"\"; \"" + event.answer + "\" ignored");
    return;
  }
  const bool yes = event.answer == "yes";
  const bool factor = find(dataset_->factor_index, event.id) >= 0;
  if (factor) {
    auto& answered = state_.factors_yes;
    if (yes == contains_id(answered, event.id)) return;
    if (yes) {
      answered.push_back(event.id);
    } else {
      answered.erase(std::find(answered.begin(), answered.end(), event.id));
    }
  } else if (find(dataset_->red_flag_index, event.id) >= 0) {
    auto it = state_.warning_signs.find(event.id);
    if (event.answer.empty()) {
      if (it == state_.warning_signs.end()) return;
      state_.warning_signs.erase(it);
    } else {
      if (it != state_.warning_signs.end() && it->second == yes) return;
      state_.warning_signs[event.id] = yes;
    }
  } else {
    update.notes.push_back("unknown question \"" + event.id + "\" ignored");
    return;
  }
  // A factor re-ranks the results, and so may change the result in focus, whose pattern the map shows.
  changed(update, answer_parts | (factor ? part_map : 0u));
}

void Session::focus_region(Update& update, const std::string& id) {
  const int region = id.empty() ? -1 : known(update, dataset_->region_index, id, "region id");
  if (!id.empty() && region < 0) return;
  if (id != state_.focus) {
    state_.focus = id;
    changed(update, part_map);
  }
  if (region < 0) return;
  // Keyboard focus shows on the map, in a view that draws the region.
  const Zone& zone = at(dataset_->zones, at(dataset_->regions, region).zone);
  if (contains_id(zone.views, state_.view)) return;
  for (const std::string& view_id : zone.views) {
    const int view = find(dataset_->view_index, view_id);
    if (view >= 0) {
      set_view(update, view);
      return;
    }
  }
}

void Session::focus_result(Update& update, const Event& event) {
  if (!event.id.empty() && known(update, dataset_->trigger_point_index, event.id, "trigger point") < 0) return;
  const Side side = event.side == "right" ? Side::right : Side::left;
  if (event.id == state_.result_point && side == state_.result_side) {
    state_.details_open = !state_.details_open;
    changed(update, part_panel);
    return;
  }
  state_.result_point = event.id;
  state_.result_side = side;
  state_.details_open = !event.id.empty();
  changed(update, part_map | part_panel);
}

void Session::preview_result(Update& update, const Event& event) {
  if (!event.id.empty() && known(update, dataset_->trigger_point_index, event.id, "trigger point") < 0) return;
  const Side side = event.side == "right" ? Side::right : Side::left;
  if (event.id == state_.preview_point && (event.id.empty() || side == state_.preview_side)) return;
  state_.preview_point = event.id;
  state_.preview_side = side;
  changed(update, part_map);
}

void Session::fold(Update& update, const Event& event) {
  if (event.id != "warning_signs" || (event.answer != "open" && event.answer != "closed")) {
    update.notes.push_back("a fold names \"warning_signs\" and \"open\" or \"closed\"; ignored");
    return;
  }
  const bool reopened = event.answer == "open";
  if (reopened == state_.warning_signs_reopened) return;
  state_.warning_signs_reopened = reopened;
  changed(update, part_panel);
}

int Session::focused_result() {
  const MatchOutcome& ranked = outcome();
  for (std::size_t r = 0; r < ranked.results.size(); ++r) {
    const Match& match = ranked.results[r];
    const Side side = match.side == Side::right ? Side::right : Side::left;
    if (at(dataset_->trigger_points, match.trigger_point).id == state_.result_point && side == state_.result_side) {
      return static_cast<int>(r);
    }
  }
  return ranked.results.empty() ? -1 : 0;
}

std::vector<int> Session::print_views() {
  std::vector<int> views;
  for (const char* id : {"front", "back"}) {
    if (const int view = find(dataset_->view_index, id); view >= 0) views.push_back(view);
  }
  const std::vector<int> overview = views;
  for (const std::string& id : state_.selection) {
    const Zone& zone = at(dataset_->zones, at(dataset_->regions, find(dataset_->region_index, id)).zone);
    const bool drawn = std::any_of(overview.begin(), overview.end(), [&](int view) {
      return contains_id(zone.views, at(dataset_->views, view).id);
    });
    for (const std::string& view_id : zone.views) {
      const int view = find(dataset_->view_index, view_id);
      if (drawn || view < 0) break;
      if (std::find(views.begin(), views.end(), view) == views.end()) views.push_back(view);
      break;
    }
  }
  return views;
}

int Session::open_result() {
  const int focused = focused_result();
  if (!state_.details_open || focused < 0) return -1;
  const Match& match = outcome().results[static_cast<std::size_t>(focused)];
  const bool picked = at(dataset_->trigger_points, match.trigger_point).id == state_.result_point;
  return picked ? focused : -1;
}

std::pair<int, Side> Session::shown_pattern() {
  if (!state_.preview_point.empty()) {
    return {find(dataset_->trigger_point_index, state_.preview_point), state_.preview_side};
  }
  const int focused = focused_result();
  if (focused < 0) return {-1, Side::left};
  const Match& match = outcome().results[static_cast<std::size_t>(focused)];
  return {match.trigger_point, match.side};
}

void Session::set_clinic(Update& update, const Event& event) {
  Clinic clinic{trimmed(event.name), trimmed(event.booking_url), trimmed(event.phone)};
  if (!clinic.booking_url.empty() && !safe_link(clinic.booking_url)) {
    update.notes.push_back("booking-url \"" + clinic.booking_url +
                           "\" refused: only http, https, tel and mailto links are allowed");
    clinic.booking_url.clear();
  }
  const Clinic& old = state_.clinic;
  if (clinic.name == old.name && clinic.booking_url == old.booking_url && clinic.phone == old.phone) return;
  state_.clinic = std::move(clinic);
  changed(update, part_panel);
}

const MatchOutcome& Session::outcome() {
  if (outcome_stale_) {
    Query query{state_.selection, state_.factors_yes, {}, max_results};
    for (const auto& [id, yes] : state_.warning_signs) {
      if (yes) query.red_flags_yes.push_back(id);
    }
    outcome_ = bound_->matcher.locate(query);
    outcome_stale_ = false;
  }
  return outcome_;
}

const DrawList& Session::draw() {
  static const DrawList nothing;
  if (!bound_) return nothing;
  MapScene scene;
  scene.view = view_index();
  for (const std::string& id : state_.selection) scene.selection.push_back(find(dataset_->region_index, id));
  scene.hover = find(dataset_->region_index, state_.hover);
  scene.focus = find(dataset_->region_index, state_.focus);
  std::tie(scene.trigger_point, scene.side) = shown_pattern();
  // A pattern that is the same on either side is drawn on the left.
  if (scene.side == Side::midline) scene.side = Side::left;
  map_dirty_ = false;
  return bound_->canvas.draw(scene);
}

json Session::model(Part part) {
  if (!bound_) return json::object();
  const std::string& lang = state_.language;
  switch (part) {
    case part_map: {
      const auto [point, side] = shown_pattern();
      return map_model(*dataset_, state_, bound_->canvas.frame(view_index()), point, side);
    }
    case part_panel: return panel_model(*dataset_, state_, outcome(), focused_result(), open_result());
    case part_outcome: return outcome_json(*dataset_, outcome(), lang);
    case part_chrome: return chrome_model(*dataset_, lang);
    case part_regions: return region_list_model(*dataset_, lang);
    case part_print: {
      json drawings = json::array();
      MapScene scene;
      for (const std::string& id : state_.selection) scene.selection.push_back(find(dataset_->region_index, id));
      for (int view : print_views()) {
        scene.view = view;
        drawings.push_back({{"label", localize(at(dataset_->views, view).label, lang)},
                            {"svg", bound_->canvas.svg(scene, print_drawing_height)}});
      }
      return print_model(*dataset_, state_, outcome(), drawings);
    }
  }
  return json::object();
}

}  // namespace tpl
