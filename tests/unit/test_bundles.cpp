// The data bundles the page downloads, as web/tools/bundle-data.mjs writes them from data/ (a ctest fixture runs it
// into TPL_BUNDLE_DIR), against data/ read whole: for each language, the first part with its texts part must give
// the same answers, word for word, as the full data. Native only: the wasm tests have no file system.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "data_fixture.h"
#include "matcher.h"
#include "report.h"
#include "text.h"

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("each language's two data bundles give every region the answer data/ gives, in that language") {
  const tpl::Dataset& full = tpl::test::shipped_data().dataset;
  const tpl::Matcher full_matcher(full);
  std::vector<std::string> languages;
  for (const auto& entry : std::filesystem::directory_iterator(TPL_BUNDLE_DIR)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("tpl-data.", 0) == 0) languages.push_back(name.substr(9, name.size() - 9 - 5));
  }
  std::sort(languages.begin(), languages.end());
  REQUIRE(languages == std::vector<std::string>{"en", "es"});

  for (const std::string& lang : languages) {
    INFO("language " << lang);
    const std::filesystem::path dir(TPL_BUNDLE_DIR);
    tpl::LoadResult loaded = tpl::load_bundle(read_file(dir / ("tpl-data." + lang + ".json")));
    REQUIRE(loaded.ok());
    tpl::Dataset& bundled = loaded.dataset;
    CHECK(bundled.texts_pending);
    REQUIRE(tpl::attach_texts(bundled, read_file(dir / ("tpl-texts." + lang + ".json"))).empty());
    CHECK_FALSE(bundled.texts_pending);

    // An answer holds every field the page shows of a result: the deferred texts and lists, the self-help cards,
    // the conditions to rule out, the sources, the warning signs.
    const tpl::Matcher matcher(bundled);
    REQUIRE(bundled.regions.size() == full.regions.size());
    int answers = 0;
    for (const tpl::Region& region : full.regions) {
      const auto expected = tpl::outcome_json(full, full_matcher.locate({{region.id}}), lang);
      const auto got = tpl::outcome_json(bundled, matcher.locate({{region.id}}), lang);
      const auto differences = nlohmann::json::diff(expected, got);
      INFO("region " << region.id << ": " << differences.dump().substr(0, 600));
      CHECK(differences.empty());
      if (!expected["results"].empty()) ++answers;
    }
    CHECK(answers > 100);
    // What an answer leaves out: the muscle's attachments and nerve, which the details show.
    REQUIRE(bundled.muscles.size() == full.muscles.size());
    for (std::size_t i = 0; i < full.muscles.size(); ++i) {
      INFO("muscle " << full.muscles[i].id);
      CHECK(tpl::localize(bundled.muscles[i].attachments, lang) == tpl::localize(full.muscles[i].attachments, lang));
      CHECK(tpl::localize(bundled.muscles[i].nerve, lang) == tpl::localize(full.muscles[i].nerve, lang));
    }
  }
}
