// The JSON form of events, for the page's bridge and for tests. Exception-free: every member's type is checked
// before it is read.
#include "event.h"

#include <nlohmann/json.hpp>

namespace tpl {

namespace {
using nlohmann::json;

const std::pair<const char*, Event::Type> event_types[] = {
    {"pointer_down", Event::Type::pointer_down}, {"pointer_move", Event::Type::pointer_move},
    {"pointer_up", Event::Type::pointer_up},     {"pointer_leave", Event::Type::pointer_leave},
    {"key", Event::Type::key},                   {"select", Event::Type::select},
    {"toggle", Event::Type::toggle},             {"clear", Event::Type::clear},
    {"view", Event::Type::view},                 {"answer", Event::Type::answer},
    {"focus_region", Event::Type::focus_region}, {"focus_result", Event::Type::focus_result},
    {"language", Event::Type::language},         {"resize", Event::Type::resize},
    {"clinic", Event::Type::clinic},             {"preview_result", Event::Type::preview_result},
    {"fold", Event::Type::fold},
};

void read(const json& value, const char* key, float& out) {
  auto it = value.find(key);
  if (it != value.end() && it->is_number()) out = it->get<float>();
}

void read(const json& value, const char* key, std::string& out) {
  auto it = value.find(key);
  if (it != value.end() && it->is_string()) out = it->get<std::string>();
}
}  // namespace

Event resize_event(float width, float height, float ratio) {
  Event event;
  event.type = Event::Type::resize;
  event.width = width;
  event.height = height;
  event.ratio = ratio;
  return event;
}

bool parse_event(const json& value, Event& event, std::string& problem) {
  if (!value.is_object()) {
    problem = "an event is a JSON object with a \"type\"";
    return false;
  }
  std::string type;
  read(value, "type", type);
  event = Event{};
  bool known = false;
  for (const auto& [name, kind] : event_types) {
    if (type == name) {
      event.type = kind;
      known = true;
    }
  }
  if (!known) {
    problem = "unknown event type \"" + type + "\"";
    return false;
  }
  read(value, "x", event.x);
  read(value, "y", event.y);
  read(value, "width", event.width);
  read(value, "height", event.height);
  read(value, "ratio", event.ratio);
  const std::pair<const char*, std::string*> texts[] = {
      {"id", &event.id},     {"key", &event.key},   {"side", &event.side},   {"answer", &event.answer},
      {"name", &event.name}, {"phone", &event.phone}, {"booking_url", &event.booking_url}};
  for (const auto& [key, slot] : texts) read(value, key, *slot);
  if (auto ids = value.find("ids"); ids != value.end() && ids->is_array()) {
    for (const json& id : *ids) {
      if (id.is_string()) event.ids.push_back(id.get<std::string>());
    }
  }
  return true;
}

}  // namespace tpl
