// libFuzzer target: arbitrary queries and pointer input against the shipped data. Input lines are region ids;
// lines starting with '+' are refinement answers, '!' red-flag answers, '#' a view id, '@x,y' a click and
// '~x,y' a pointer move at canvas coordinates, '=' a top-N. Nothing may crash or trip a sanitizer.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "data_files.h"
#include "tpl_core.h"

namespace {
const tpl::Dataset& dataset() {
  static const tpl::LoadResult result = [] {
    std::vector<tpl::SourceFile> files;
    std::string error;
    tpl::read_data_files(TPL_DATA_DIR, files, error);
    return tpl::load_dataset(files);
  }();
  return result.dataset;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tpl::Matcher matcher(dataset());
  // One widget for all inputs, so views are cut once (as on a page); every input starts from the same state.
  static tpl::Widget widget(dataset());
  widget.clear();
  widget.set_view(0);
  widget.set_focus(-1);
  widget.pointer_leave();
  widget.show_trigger_point(-1, tpl::Side::left);
  widget.resize(320, 640, 2);
  tpl::Query query;
  std::string text(reinterpret_cast<const char*>(data), size), line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    const char kind = line[0];
    const std::string rest = line.substr(1);
    if (kind == '+') {
      query.factors.push_back(rest);
    } else if (kind == '!') {
      query.red_flags_yes.push_back(rest);
    } else if (kind == '#') {
      widget.set_view(tpl::find(dataset().view_index, rest));
    } else if (kind == '=') {
      query.top = std::atoi(rest.c_str());
    } else if (kind == '@' || kind == '~') {
      char* comma = nullptr;
      const float x = std::strtof(rest.c_str(), &comma);
      const float y = comma && *comma == ',' ? std::strtof(comma + 1, nullptr) : 0.0f;
      if (kind == '@') {
        widget.click(x, y);
      } else {
        widget.pointer_move(x, y);
      }
    } else {
      query.regions.push_back(line);
    }
  }
  auto outcome = matcher.locate(query);
  (void)tpl::outcome_json(dataset(), outcome, query.regions.empty() ? "en" : query.regions[0]);
  if (!outcome.results.empty()) widget.show_trigger_point(outcome.results[0].trigger_point, outcome.results[0].side);
  (void)widget.draw();
  return 0;
}
