// The widget's whole state and its rules. A Session holds what the visitor chose (regions, view, answers, the
// result in focus, language) and what the pointer and keyboard are on, keyed by ids so that it survives loading
// another language's data unchanged. Events go in (event.h); out come the map's draw list and the view models the
// page renders: every text already formatted in the visitor's language, nothing left for the page to decide.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dataset.h"
#include "event.h"
#include "map_canvas.h"
#include "matcher.h"

namespace tpl {

// The embedder's practice, shown in the professional prompt.
struct Clinic {
  std::string name, booking_url, phone;
};

// Every piece of widget state, by id ("" for none).
struct SessionState {
  std::vector<std::string> selection;        // region ids in the order chosen
  std::string view;                          // the view on the map ("" until data is bound: its first view)
  std::string hover, focus;                  // regions under the pointer and with keyboard focus in the list
  std::string result_point;                  // the result the visitor put in focus ("": the first result is),
  Side result_side = Side::left;             // on this side of the body,
  bool details_open = false;                 // with its details open
  std::string preview_point;                 // a result pointed at, previewed on the map ("" for none),
  Side preview_side = Side::left;            // on this side of the body
  bool warning_signs_reopened = false;       // answered warning signs shown in full again
  std::vector<std::string> factors_yes;      // refinement questions answered yes
  std::map<std::string, bool> warning_signs; // warning signs answered, yes (true) or no
  std::string language = default_language;
  Clinic clinic;
};

// The parts of the view model an event can change; the page re-renders only those.
enum Part : unsigned {
  part_map = 1u << 0,      // the draw list and the map's model (view, hover, selection, frame)
  part_panel = 1u << 1,    // the results panel
  part_outcome = 1u << 2,  // the ranking a visitor's selection and answers give (the page's tpl-results event)
  part_chrome = 1u << 3,   // language-dependent labels around the map (views, headings)
  part_regions = 1u << 4,  // the labels of the accessible region list
  part_print = 1u << 5,    // the summary to print for a therapist, with drawings; asked for, never reported changed
};

// A part's name in the page's bridge ("map", "panel", ...), and the part of a name (0 for none).
const char* to_string(Part part);
Part part_named(const std::string& name);

// What an event did.
struct Update {
  unsigned parts = 0;              // Part bits
  std::vector<std::string> notes;  // what was ignored, and why
};

// {"parts": ["map", "panel"], "notes": [...]}.
nlohmann::json update_json(const Update& update);

class Session {
 public:
  // The number of results the panel lists, and the refinement questions it asks: those of the first
  // `refine_from_results` results, at most `max_refine_questions`.
  static constexpr int max_results = 10;
  static constexpr std::size_t refine_from_results = 4;
  static constexpr std::size_t max_refine_questions = 8;
  // The self-help items shown first in a result's details (the rest behind "more"), and the chosen areas named in
  // the panel's summary (the rest counted).
  static constexpr std::size_t first_self_help = 2;
  static constexpr std::size_t named_areas = 3;
  // The results listed first, as the most likely; the warning signs follow them, then the other results.
  static constexpr std::size_t top_results = 3;
  // How far off the body, in CSS pixels, a press or the pointer still finds the nearest area: about half a
  // fingertip, so that the thin parts (the top of the shoulder, a thumb, an ankle) can be hit on a phone.
  static constexpr float pointer_reach = 12;

  Session();
  ~Session();

  // Binds the session to a dataset (it must outlive the binding). The state keeps its ids; those the new data does
  // not know are dropped with a note.
  Update bind(const Dataset& dataset);
  bool bound() const { return dataset_ != nullptr; }

  Update handle(const Event& event);
  // Starts the visit over: nothing chosen or answered, the first view; the data, language, clinic and canvas stay.
  Update restart();
  void set_theme(const Theme& theme);
  const Theme& theme() const { return theme_; }

  const SessionState& state() const { return state_; }

  // Whether the map changed since it was last drawn, and its draw list (built only then).
  bool needs_redraw() const { return map_dirty_; }
  const DrawList& draw();

  // The view model, by part (one Part bit): JSON values the page renders as they are.
  nlohmann::json model(Part part);

 private:
  struct Bound;
  int view_index() const;
  const MatchOutcome& outcome();
  void changed(Update& update, unsigned parts);
  void toggle(Update& update, int region);
  void clear(Update& update);
  void set_selection(Update& update, const std::vector<std::string>& ids);
  void set_view(Update& update, int view);
  void answer(Update& update, const Event& event);
  void focus_region(Update& update, const std::string& id);
  void focus_result(Update& update, const Event& event);
  void preview_result(Update& update, const Event& event);
  void fold(Update& update, const Event& event);
  // The result in focus: the visitor's pick while it is among the results, else the first; -1 without results.
  int focused_result();
  // The result whose details are open: the visitor's pick, while open and among the results; else -1.
  int open_result();
  // The views a printed summary draws, each with the chosen areas marked: front and back, and any other view that
  // draws a chosen area neither of them does.
  std::vector<int> print_views();
  // The trigger point whose pattern the map shows (the previewed one, else the one in focus) and its side (midline
  // for a match that is the same on either side).
  std::pair<int, Side> shown_pattern();
  void key(Update& update, const std::string& key);
  void pointer(Update& update, const Event& event);
  void set_clinic(Update& update, const Event& event);

  SessionState state_;
  Theme theme_;
  const Dataset* dataset_ = nullptr;
  std::unique_ptr<Bound> bound_;  // the matcher and canvas of the bound dataset
  float width_ = 0, height_ = 0, ratio_ = 1;
  bool map_dirty_ = true;
  bool outcome_stale_ = true;
  MatchOutcome outcome_;
};

}  // namespace tpl
