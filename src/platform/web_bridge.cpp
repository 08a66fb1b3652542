// The JS bridge: eight exported C functions that forward into the shell and the session. Strings go in as UTF-8
// pointers and JSON comes back as a pointer to a buffer that stays valid until the next call. Each widget on a
// page is its own module instance, so these statics are per widget.
#include <emscripten.h>

#include <nlohmann/json.hpp>

#include "loader.h"
#include "shell.h"

namespace {
tpl::Shell shell;
std::string reply;
// The data bundle tpl_parse read, until tpl_build makes it the session's data.
tpl::ParsedBundle parsed;

const char* answer(const nlohmann::json& value) {
  reply = tpl::dump_text(value);
  return reply.c_str();
}

// An update as tpl_event gives it, with {"problems": [{file, where, message}...]}.
const char* answer_with_problems(const tpl::Update& update, const std::vector<tpl::Problem>& problems) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& p : problems) list.push_back({{"file", p.file}, {"where", p.where}, {"message", p.message}});
  nlohmann::json result = tpl::update_json(update);
  result["problems"] = std::move(list);
  return answer(result);
}

nlohmann::json parse(const char* text) { return nlohmann::json::parse(text ? text : "", nullptr, false); }
}  // namespace

extern "C" {

void tpl_bind_canvas();              // web_library.js
void tpl_remove_html5_listeners();  // web_library.js

// Opens the map on the module's canvas; returns 1 when it can draw.
EMSCRIPTEN_KEEPALIVE int tpl_open(int css_width, int css_height) {
  tpl_bind_canvas();
  const bool opened = shell.open("Trigger Point Locator", css_width, css_height);
  // SDL's web backend listens on the canvas and on the host page's document and window (mouse up, focus, blur,
  // resize, fullscreen, pointer lock, visibility, before-unload) and queues each event for SDL_PollEvent. The
  // page sends the widget's input to tpl_event and nothing polls, so those listeners would only cost the host
  // page time on every event.
  tpl_remove_html5_listeners();
  return opened ? 1 : 0;
}

// Loading a data bundle, in two calls so that the page can give the browser a turn between them. tpl_parse reads
// it and keeps it: {"problems": [{file, where, message}...]}, those of a bundle that does not parse or is not shaped
// as one (then tpl_build has nothing to build). tpl_build checks what tpl_parse kept and binds the session to it:
// its problems (none when it loaded; with any, the data stays as it was), plus the update as tpl_event gives it.
EMSCRIPTEN_KEEPALIVE const char* tpl_parse(const char* bundle) {
  parsed = tpl::parse_bundle(bundle ? bundle : "");
  return answer_with_problems({}, parsed.readable ? std::vector<tpl::Problem>{} : parsed.problems);
}

EMSCRIPTEN_KEEPALIVE const char* tpl_build() {
  tpl::Update update;
  const auto problems = shell.load(tpl::build_bundle(std::move(parsed)), update);
  parsed = {};
  return answer_with_problems(update, problems);
}

// The texts part of a first-part bundle (self-help steps and lists, symptoms, sources...), once it has loaded: the
// same answer as tpl_build's; what could be read is kept even when the rest could not.
EMSCRIPTEN_KEEPALIVE const char* tpl_texts(const char* texts) {
  tpl::Update update;
  const auto problems = shell.attach_texts(texts ? texts : "", update);
  return answer_with_problems(update, problems);
}

// One event (event.h's JSON form); returns {"parts": [the view model's parts it changed], "notes": [what was
// ignored]}.
EMSCRIPTEN_KEEPALIVE const char* tpl_event(const char* event_json) {
  tpl::Event event;
  std::string problem;
  if (!tpl::parse_event(parse(event_json), event, problem)) return answer(tpl::update_json({0, {problem}}));
  return answer(tpl::update_json(shell.dispatch(event)));
}

// One part of the view model by name: "map", "panel", "outcome", "chrome" or "regions".
EMSCRIPTEN_KEEPALIVE const char* tpl_state(const char* part) {
  const tpl::Part named = tpl::part_named(part ? part : "");
  return answer(named ? shell.session().model(named) : nlohmann::json::object());
}

// Draws the map if it changed; returns 1 when it drew.
EMSCRIPTEN_KEEPALIVE int tpl_frame() { return shell.frame() ? 1 : 0; }

// Colours for the map from the host's theme: a JSON object of "#rrggbb" strings (unknown keys are ignored).
EMSCRIPTEN_KEEPALIVE void tpl_theme(const char* colours) {
  const auto theme_json = parse(colours);
  if (!theme_json.is_object()) return;
  tpl::Theme theme = shell.session().theme();
  const std::pair<const char*, tpl::Color*> slots[] = {
      {"background", &theme.background}, {"body", &theme.body},   {"edge", &theme.body_edge},
      {"selected", &theme.selected},     {"hover", &theme.hover}, {"focus", &theme.focus},
      {"essential", &theme.essential},   {"spillover", &theme.spillover}};
  for (const auto& [key, slot] : slots) {
    auto it = theme_json.find(key);
    if (it != theme_json.end() && it->is_string()) tpl::parse_colour(it->get<std::string>(), *slot);
  }
  shell.session().set_theme(theme);
}

}  // extern "C"

// No main loop: the page calls tpl_frame() from requestAnimationFrame only after input or a change, so an idle
// widget costs nothing. main() exists because SDL's web backend expects a normal program start.
int main() { return 0; }
