// What the page shows, as JSON values with every text formatted in the visitor's language: the results panel
// (with its print summary), the labels around the map, and the accessible region list. The page turns these into
// DOM as they are; every choice of what to show, in what order and in which words is made here.
#pragma once

#include <nlohmann/json.hpp>

#include "dataset.h"
#include "map_canvas.h"
#include "matcher.h"

namespace tpl {

struct SessionState;

// The results panel for the state and its outcome: the call for help, the selection, warning signs, the ranked
// results with their details, refinement questions, the professional prompt, the safety note and the print
// summary. Which questions it asks follows Session's limits.
// `focused` is the index of the result in focus, `open` that of the result whose details are given (-1: none).
nlohmann::json panel_model(const Dataset& dataset, const SessionState& state, const MatchOutcome& outcome, int focused,
                           int open);

// The map's labels and where its view lies on the canvas (`frame`): the view, the selection, the region under the
// pointer, which side of the body each edge shows, the pattern shown (trigger point `point` on `side`, -1 for none)
// and the view where its point lies when that is another, and the legend.
nlohmann::json map_model(const Dataset& dataset, const SessionState& state, const Box& frame, int point, Side side);

// The summary to print for a therapist: the areas with their CHOIR codes, `drawings` ({label, svg} of the views
// with the areas marked), the answers to the warning signs, the candidate muscles, the professional prompt and the
// safety note.
nlohmann::json print_model(const Dataset& dataset, const SessionState& state, const MatchOutcome& outcome,
                           const nlohmann::json& drawings);

// Labels around the map: the views with their names, the view bar's and the region list's headings, the message
// for a browser without a map.
nlohmann::json chrome_model(const Dataset& dataset, const std::string& lang);

// The region list: every region, grouped by body area with the area's name.
nlohmann::json region_list_model(const Dataset& dataset, const std::string& lang);

// The booking link's scheme is one a visitor can follow safely: http, https, tel or mailto.
bool safe_link(const std::string& url);

}  // namespace tpl
