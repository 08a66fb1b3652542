// libFuzzer target: arbitrary bytes as data. The first byte picks which data file the input replaces (or none:
// the input is added as an extra file); the rest is that file's text. The loader must report problems, never
// crash, and a bundle made of the bytes must be split or refused cleanly. To keep thousands of runs a minute,
// the base is the shipped data without its largest muscle files and the body map (all the cross-references stay
// exercised; geometry arrives through the corpus, which is seeded with data/).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "data_files.h"
#include "tpl_core.h"

namespace {
const std::vector<tpl::SourceFile>& shipped() {
  static const std::vector<tpl::SourceFile> files = [] {
    std::vector<tpl::SourceFile> all, out;
    std::string error;
    tpl::read_data_files(TPL_DATA_DIR, all, error);
    for (auto& file : all) {
      const bool other_muscles = (file.name.rfind("muscles/", 0) == 0 || file.name.rfind("self_help/", 0) == 0) &&
                                 file.name.find("leg.json") == std::string::npos;
      if (!other_muscles && file.name != "geometry.json") out.push_back(std::move(file));
    }
    return out;
  }();
  return files;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::vector<tpl::SourceFile> files = shipped();
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::size_t pick = data[0] % (files.size() + 1);
  if (pick == files.size()) {
    files.push_back({"fuzz.json", text});
  } else {
    files[pick].text = text;
  }
  tpl::LoadResult result = tpl::load_dataset(files);
  if (result.ok()) {
    // A dataset that loads must also be usable.
    tpl::Matcher matcher(result.dataset);
    auto outcome = matcher.locate({{result.dataset.regions.empty() ? "" : result.dataset.regions[0].id}});
    (void)tpl::outcome_json(result.dataset, outcome, "en");
    // Views are cut when first drawn; every one must cut.
    for (const tpl::View& view : result.dataset.views) (void)tpl::cut_regions(view);
  }
  (void)tpl::load_bundle(text);
  return 0;
}
