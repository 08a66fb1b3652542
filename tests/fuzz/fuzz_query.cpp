// libFuzzer target: arbitrary event sequences against a session on the shipped data. Each input line is an event
// in its JSON form (event.h); a line that is not JSON toggles the region it names. After the events the session
// gives every part of its view model and draws. Nothing may crash or trip a sanitizer.
#include <cstddef>
#include <cstdint>
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
  // One session for all inputs, so views are cut once (as on a page); every input starts the visit over.
  static tpl::Session session;
  if (!session.bound()) {
    session.bind(dataset());
    session.handle(tpl::resize_event(320, 640, 2));
  }
  session.restart();
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    tpl::Event event;
    std::string problem;
    if (!tpl::parse_event(nlohmann::json::parse(line, nullptr, false), event, problem)) {
      event.type = tpl::Event::Type::toggle;
      event.id = line;
    }
    (void)tpl::dump_text(tpl::update_json(session.handle(event)));
  }
  for (tpl::Part part : {tpl::part_map, tpl::part_panel, tpl::part_outcome, tpl::part_chrome, tpl::part_regions}) {
    (void)tpl::dump_text(session.model(part));
  }
  (void)session.draw();
  return 0;
}
