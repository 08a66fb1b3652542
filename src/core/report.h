// What the core tells the outside world, as JSON values: match results for the CLI and the page (the same function
// serves both, so they cannot disagree), the region list and dataset coverage. Callers serialise at the edge, with
// dump_text().
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "dataset.h"
#include "matcher.h"

namespace tpl {

// The results of `outcome` in `lang`: "results" (muscle, muscle_id, trigger_point_id, score, reasons, ...),
// "selected", "red_flags", "emergency", "self_help" (the cards the results name), "errors", "notes".
nlohmann::json outcome_json(const Dataset& dataset, const MatchOutcome& outcome, const std::string& lang);

// Why `match` matches, one sentence a reason, in `lang`.
std::vector<std::string> reason_texts(const Dataset& dataset, const Match& match, const std::string& lang);

// Every selectable region, {"regions": [{id, zone, side, label, choir, views, area}...]}.
nlohmann::json regions_json(const Dataset& dataset, const std::string& lang);

// Counts, regions without a candidate, per region the number of candidate muscles, per muscle its points and
// sources, points without self-help, and text completeness per language.
nlohmann::json coverage_json(const Dataset& dataset);

// JSON text of `value`; text from outside (region ids, language codes) may be any bytes, and invalid UTF-8 is
// replaced rather than thrown on.
std::string dump_text(const nlohmann::json& value, int indent = -1);

// One line: "data ok: 156 regions, 82 muscles, ...".
std::string summary_line(const Dataset& dataset);

}  // namespace tpl
