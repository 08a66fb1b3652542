// What the core tells the outside world, as JSON text: match results for the CLI and the page (the same function
// serves both, so they cannot disagree), the region list, the UI strings and dataset coverage.
#pragma once

#include <string>

#include "dataset.h"
#include "matcher.h"

namespace tpl {

// The results of `outcome` in `lang`: "results" (muscle, muscle_id, trigger_point_id, score, reasons, ...),
// "selected", "red_flags", "emergency", "self_help" (the cards the results name), "errors", "notes".
std::string outcome_json(const Dataset& dataset, const MatchOutcome& outcome, const std::string& lang);

// Every selectable region: id, view(s), side, label, CHOIR code(s), area.
std::string regions_json(const Dataset& dataset, const std::string& lang);

// The interface strings and view labels in `lang`, each falling back to English.
std::string ui_json(const Dataset& dataset, const std::string& lang);

// Counts, regions without a candidate, points without self-help, and text completeness per language.
std::string coverage_json(const Dataset& dataset);

// One line: "data ok: 156 regions, 82 muscles, ...".
std::string summary_line(const Dataset& dataset);

}  // namespace tpl
