// The JS bridge: a handful of exported C functions that forward into the shell and the core. Strings go in as
// UTF-8 pointers and come back as pointers to a buffer that stays valid until the next call. Each widget on a
// page is its own module instance, so these statics are per widget.
#include <emscripten.h>

#include <nlohmann/json.hpp>

#include "shell.h"

namespace {
tpl::Shell shell;
std::string reply;

const char* answer(std::string text) {
  reply = std::move(text);
  return reply.c_str();
}

const char* answer_json(const nlohmann::json& value) {
  return answer(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// A JSON array of strings, or empty when `text` is anything else.
std::vector<std::string> string_list(const char* text) {
  std::vector<std::string> out;
  auto list = nlohmann::json::parse(text ? text : "", nullptr, false);
  if (!list.is_array()) return out;
  for (const auto& item : list) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

tpl::Side side_from(const char* side) {
  std::string s = side ? side : "";
  return s == "right" ? tpl::Side::right : s == "midline" ? tpl::Side::midline : tpl::Side::left;
}
}  // namespace

extern "C" {

void tpl_bind_canvas();              // web_library.js
void tpl_remove_html5_listeners();  // web_library.js

EMSCRIPTEN_KEEPALIVE int tpl_open(int css_width, int css_height) {
  tpl_bind_canvas();
  const bool opened = shell.open("Trigger Point Locator", css_width, css_height);
  // SDL's web backend listens on the canvas and on the host page's document and window (mouse up, focus, blur,
  // resize, fullscreen, pointer lock, visibility, before-unload) and queues each event for SDL_PollEvent. The
  // widget takes its input from its own pointer listeners and never polls, so those listeners only cost the host
  // page time on every event (a forced layout on each press of the map) and filled a queue nobody reads.
  tpl_remove_html5_listeners();
  return opened ? 1 : 0;
}

// Loads the data bundle; returns "" on success, else a JSON array of problems {file, where, message}.
EMSCRIPTEN_KEEPALIVE const char* tpl_load(const char* bundle) {
  auto problems = shell.load(tpl::load_bundle(bundle ? bundle : ""));
  if (problems.empty()) return answer("");
  nlohmann::json list = nlohmann::json::array();
  for (const auto& p : problems) list.push_back({{"file", p.file}, {"where", p.where}, {"message", p.message}});
  return answer_json(list);
}

EMSCRIPTEN_KEEPALIVE void tpl_resize(int css_width, int css_height, float pixel_ratio) {
  shell.resize(css_width, css_height, pixel_ratio);
}

// kind: 0 pointer moved, 1 pressed (toggles the region under it), 2 left the canvas.
// Returns the id of the region under the pointer, or "".
EMSCRIPTEN_KEEPALIVE const char* tpl_pointer(int kind, float x, float y) {
  tpl::Widget* widget = shell.widget();
  if (!widget) return answer("");
  int region = -1;
  if (kind == 0) {
    widget->pointer_move(x, y);
    region = widget->region_at(x, y);
  } else if (kind == 1) {
    region = widget->click(x, y);
  } else {
    widget->pointer_leave();
  }
  return answer(region >= 0 ? shell.dataset()->regions[static_cast<std::size_t>(region)].id : "");
}

EMSCRIPTEN_KEEPALIVE int tpl_frame() { return shell.frame() ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE int tpl_frames_drawn() { return static_cast<int>(shell.frames_drawn()); }

// Ranks trigger points for explicit region ids (JSON array) and answers: the same call the CLI makes.
EMSCRIPTEN_KEEPALIVE const char* tpl_locate(const char* regions, const char* answers, const char* lang, int top) {
  if (!shell.matcher()) return answer("{}");
  tpl::Query query{string_list(regions), string_list(answers), {}, top};
  return answer(tpl::outcome_json(*shell.dataset(), shell.matcher()->locate(query), lang ? lang : "en"));
}

// The results for the widget's own selection, with the factor and red-flag answers the visitor gave.
EMSCRIPTEN_KEEPALIVE const char* tpl_results(const char* answers, const char* red_flags_yes, const char* lang, int top) {
  tpl::Widget* widget = shell.widget();
  if (!widget) return answer("{}");
  tpl::Query query{{}, string_list(answers), string_list(red_flags_yes), top};
  for (int region : widget->selection()) query.regions.push_back(shell.dataset()->regions[static_cast<std::size_t>(region)].id);
  return answer(tpl::outcome_json(*shell.dataset(), shell.matcher()->locate(query), lang ? lang : "en"));
}

// Replaces the selection with the known ids of a JSON array; returns the unknown ones as a JSON array.
EMSCRIPTEN_KEEPALIVE const char* tpl_select(const char* ids) {
  tpl::Widget* widget = shell.widget();
  nlohmann::json unknown = nlohmann::json::array();
  if (!widget) return answer_json(unknown);
  std::vector<int> regions;
  for (const auto& id : string_list(ids)) {
    int region = tpl::find(shell.dataset()->region_index, id);
    if (region < 0) {
      unknown.push_back(id);
    } else {
      regions.push_back(region);
    }
  }
  widget->set_selection(regions);
  return answer_json(unknown);
}

EMSCRIPTEN_KEEPALIVE void tpl_toggle(const char* region_id) {
  if (shell.widget()) shell.widget()->toggle(tpl::find(shell.dataset()->region_index, region_id ? region_id : ""));
}

// Colours for the map from the host's theme: a JSON object of "#rrggbb" strings (unknown keys are ignored).
EMSCRIPTEN_KEEPALIVE void tpl_set_theme(const char* colours) {
  tpl::Widget* widget = shell.widget();
  auto theme_json = nlohmann::json::parse(colours ? colours : "", nullptr, false);
  if (!widget || !theme_json.is_object()) return;
  tpl::Theme theme = widget->theme();
  const std::pair<const char*, tpl::Color*> slots[] = {{"background", &theme.background}, {"body", &theme.body},
                                                       {"edge", &theme.body_edge},        {"selected", &theme.selected},
                                                       {"hover", &theme.hover},           {"focus", &theme.focus}};
  for (const auto& [key, slot] : slots) {
    auto it = theme_json.find(key);
    if (it != theme_json.end() && it->is_string()) tpl::parse_colour(it->get<std::string>(), *slot);
  }
  widget->set_theme(theme);
}

EMSCRIPTEN_KEEPALIVE void tpl_clear() {
  if (shell.widget()) shell.widget()->clear();
}

EMSCRIPTEN_KEEPALIVE int tpl_set_view(const char* id) {
  int view = shell.dataset() ? tpl::find(shell.dataset()->view_index, id ? id : "") : -1;
  if (view < 0) return 0;
  shell.widget()->set_view(view);
  return 1;
}

EMSCRIPTEN_KEEPALIVE const char* tpl_view() {
  if (!shell.widget()) return answer("");
  return answer(shell.dataset()->views[static_cast<std::size_t>(shell.widget()->view())].id);
}

// Draws a trigger point's referral pattern on the map ("" hides it).
EMSCRIPTEN_KEEPALIVE void tpl_show_point(const char* trigger_point_id, const char* side) {
  tpl::Widget* widget = shell.widget();
  if (!widget) return;
  widget->show_trigger_point(tpl::find(shell.dataset()->trigger_point_index, trigger_point_id ? trigger_point_id : ""), side_from(side));
}

EMSCRIPTEN_KEEPALIVE void tpl_focus(const char* region_id) {
  if (shell.widget()) shell.widget()->set_focus(tpl::find(shell.dataset()->region_index, region_id ? region_id : ""));
}

EMSCRIPTEN_KEEPALIVE const char* tpl_regions(const char* lang) {
  return answer(shell.dataset() ? tpl::regions_json(*shell.dataset(), lang ? lang : "en") : "{}");
}

EMSCRIPTEN_KEEPALIVE const char* tpl_ui(const char* lang) {
  return answer(shell.dataset() ? tpl::ui_json(*shell.dataset(), lang ? lang : "en") : "{}");
}

}  // extern "C"

// No main loop: the page calls tpl_frame() from requestAnimationFrame only after input or a change, so an idle
// widget costs nothing. main() exists because SDL's web backend expects a normal program start.
int main() { return 0; }
