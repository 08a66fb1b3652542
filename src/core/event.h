// Input to the widget's session, in one plain type: the native shell and the page translate their own input (SDL
// events, DOM events, calls of the element's API) into these, so both drive the core through the same rules.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace tpl {

struct Event {
  enum class Type {
    pointer_down,   // x, y: pressed on the map (toggles the region under it)
    pointer_move,   // x, y: the pointer moved over the map (hover)
    pointer_up,     // x, y: released
    pointer_leave,  // the pointer left the map
    key,            // key: a key name as the web's KeyboardEvent.key gives it ("ArrowRight", "Escape")
    select,         // ids: exactly these regions
    toggle,         // id: one region on or off
    clear,          // no region, no result in focus
    view,           // id: the view to show
    answer,         // id: a refinement question (factor) or warning sign (red flag); answer: "yes", "no" or ""
    focus_region,   // id: the region with keyboard focus in the region list ("" for none)
    focus_result,   // id, side: the result in focus, whose pattern the map shows and whose details open; the
                    // result in focus with its details open closes them
    preview_result, // id, side: a result pointed at or focused, whose pattern the map shows meanwhile ("" ends it)
    fold,           // id: a part of the panel ("warning_signs"); answer: "open" or "closed"
    language,       // id: the language of every text from now on
    resize,         // width, height (CSS pixels), ratio (device pixels per CSS pixel)
    clinic,         // name, booking_url, phone: the embedder's practice for the professional prompt
  };
  Type type = Type::clear;
  float x = 0, y = 0;
  float width = 0, height = 0, ratio = 1;
  std::string id, key, side, answer;
  std::vector<std::string> ids;
  std::string name, booking_url, phone;
};

// A resize to a canvas of `width` x `height` CSS pixels with `ratio` device pixels each.
Event resize_event(float width, float height, float ratio);

// Reads an event from its JSON form, {"type": "pointer_down", "x": 10, "y": 20} (the member names above). Returns
// false and says why in `problem` when the value is not an event; members of the wrong type count as absent.
bool parse_event(const nlohmann::json& value, Event& event, std::string& problem);

}  // namespace tpl
