// The ranking rules of matcher.h on the tiny synthetic data: essential over spillover, the prior, the bonus for
// explaining every area, one entry per muscle and side, midline regions, answers, and bad input.
#include <catch2/catch.hpp>

#include <algorithm>

#include "tiny_data.h"

namespace {
const tpl::Dataset& data() { return tpl::test::tiny_data().dataset; }
const tpl::Matcher& matcher() {
  static const tpl::Matcher m(data());
  return m;
}
std::string point_id(const tpl::Match& m) { return data().trigger_points[m.trigger_point].id; }
std::vector<std::string> ranking(const tpl::MatchOutcome& o) {
  std::vector<std::string> out;
  for (const auto& m : o.results) out.push_back(point_id(m) + "/" + tpl::to_string(m.side));
  return out;
}
}  // namespace

TEST_CASE("an essential zone outranks a spillover zone, and the score follows the formula") {
  const auto outcome = matcher().locate({{"bottom_left"}});
  // bottom_c: essential, occasional: 100 * 1 * 1 * 0.8 * (1 + 0.1 * 1/1) = 88.
  // top_a: spillover only, common: 100 * 0.5 * 0.6 * 1 * 1 = 30.
  REQUIRE(ranking(outcome) == std::vector<std::string>{"bottom_c/left", "top_a/left"});
  CHECK(outcome.results[0].score == Approx(88));
  CHECK(outcome.results[1].score == Approx(30));
}

TEST_CASE("a point that explains every selected area outranks one that explains one, one entry per muscle") {
  const auto outcome = matcher().locate({{"top_left", "bottom_left"}});
  REQUIRE_FALSE(outcome.results.empty());
  CHECK(point_id(outcome.results[0]) == "top_a");
  const auto& reasons = outcome.results[0].reasons;
  CHECK(std::any_of(reasons.begin(), reasons.end(), [](const tpl::Reason& r) { return r.kind == tpl::Reason::Kind::all_explained; }));
  // top_b (same muscle, also matching) rides along with top_a instead of taking a row of its own.
  CHECK(outcome.results[0].other_points == std::vector<int>{tpl::find(data().trigger_point_index, "top_b")});
  CHECK(std::none_of(outcome.results.begin(), outcome.results.end(), [](const tpl::Match& m) { return point_id(m) == "top_b"; }));
}

TEST_CASE("sides: left pain is explained by left muscles, midline regions count once, for either side") {
  for (const auto& m : matcher().locate({{"top_right"}}).results) CHECK(m.side == tpl::Side::right);
  const auto midline = matcher().locate({{"centre"}});
  REQUIRE(ranking(midline) == std::vector<std::string>{"rear_d/midline"});
}

TEST_CASE("an answer that keeps a point going raises its score, an emergency answer is flagged") {
  const double before = matcher().locate({{"bottom_left"}}).results[0].score;
  const auto after = matcher().locate({{"bottom_left"}, {"sitting"}});
  CHECK(after.results[0].score == Approx(before * 1.15));
  const auto alarm = matcher().locate({{"top_left"}, {}, {"top_emergency"}});
  CHECK(alarm.emergency);
  REQUIRE(alarm.red_flags.size() == 2);
  CHECK(data().red_flags[alarm.red_flags[0]].id == "top_emergency");  // most urgent first
  CHECK(matcher().locate({{"bottom_left"}, {}, {"top_emergency"}}).emergency);  // an answer counts, asked or not
}

TEST_CASE("bad input gets a clear answer, never a crash") {
  SECTION("empty selection") {
    auto outcome = matcher().locate({});
    CHECK(outcome.results.empty());
    CHECK(outcome.notes == std::vector<std::string>{"no region selected"});
  }
  SECTION("unknown ids are named and refuse the query") {
    auto outcome = matcher().locate({{"top_left", "elbow_of_the_knee"}});
    CHECK(outcome.results.empty());
    CHECK(outcome.errors == std::vector<std::string>{"unknown region id \"elbow_of_the_knee\""});
  }
  SECTION("duplicates count once") {
    auto outcome = matcher().locate({{"top_left", "top_left"}});
    CHECK(outcome.regions.size() == 1);
    CHECK(outcome.notes.size() == 1);
  }
  SECTION("an unknown refinement is named") {
    auto outcome = matcher().locate({{"top_left"}, {"juggling"}});
    CHECK(outcome.errors == std::vector<std::string>{"unknown refinement \"juggling\""});
  }
  SECTION("hundreds of ids, and a limit on the results") {
    tpl::Query query;
    for (int i = 0; i < 100; ++i) {
      for (const auto& region : data().regions) query.regions.push_back(region.id);
    }
    query.top = 2;
    auto outcome = matcher().locate(query);
    CHECK(outcome.errors.empty());
    CHECK(outcome.regions.size() == data().regions.size());
    CHECK(outcome.results.size() == 2);
  }
  SECTION("ids that are not valid UTF-8 are named in the answer, not thrown on") {
    auto outcome = matcher().locate({{"top_left", std::string("cal_heel\xdb")}});
    REQUIRE(outcome.errors.size() == 1);
    const std::string json = tpl::dump_text(tpl::outcome_json(data(), outcome, "\xff"));
    CHECK(json.find("unknown region id") != std::string::npos);
  }
}

TEST_CASE("the JSON outcome carries what the CLI and page show, in the language asked for") {
  const auto outcome = matcher().locate({{"top_left"}});
  const auto english = tpl::outcome_json(data(), outcome, "en");
  CHECK(english["results"][0]["muscle"] == "Alpha");
  CHECK(english["results"][0]["trigger_point_id"] == "top_a");
  CHECK(english["self_help"].contains("stretch_alpha"));
  CHECK(tpl::outcome_json(data(), outcome, "es")["results"][0]["muscle"] == "Alfa");
}

TEST_CASE("coverage counts the candidate muscles of each region and each muscle's points and sources") {
  const auto coverage = tpl::coverage_json(data());
  CHECK(coverage["by_region"]["top_left"]["candidates"] == 1);     // alpha, with two points, counts once
  CHECK(coverage["by_region"]["bottom_right"]["candidates"] == 2);  // alpha's spillover and beta
  CHECK(coverage["by_region"]["centre"]["candidates"] == 1);
  CHECK(coverage["by_muscle"]["alpha"]["trigger_points"] == 2);
  CHECK(coverage["by_muscle"]["alpha"]["sources"] == nlohmann::json::array({"book, Chapter 1"}));
  CHECK(coverage["regions_without_candidate"].empty());
}

TEST_CASE("a point the references describe on one side only is matched on that side only") {
  auto files = tpl::test::tiny_files();
  const std::string point = R"("id": "top_b", )";
  for (auto& file : files) {
    if (auto at = file.text.find(point); at != std::string::npos) file.text.insert(at + point.size(), R"("side": "right", )");
  }
  const auto loaded = tpl::load_dataset(files);
  REQUIRE(loaded.ok());
  const tpl::Matcher one_sided(loaded.dataset);
  auto matched_points = [&](const std::string& region) {
    std::vector<std::string> ids;
    for (const auto& match : one_sided.locate({{region}}).results) {
      ids.push_back(loaded.dataset.trigger_points[match.trigger_point].id);
      for (int other : match.other_points) ids.push_back(loaded.dataset.trigger_points[other].id);
    }
    return ids;
  };
  CHECK(matched_points("top_left") == std::vector<std::string>{"top_a"});
  CHECK(matched_points("top_right") == std::vector<std::string>{"top_a", "top_b"});
}

TEST_CASE("a pain guide's muscle that does not come up, or comes too low, is a miss") {
  const int top = tpl::find(data().zone_index, "top"), bottom = tpl::find(data().zone_index, "bottom");
  const int alpha = 0, beta = 1, gamma = 2;
  // bottom: beta refers there as essential (rank 1), alpha as spillover (rank 2); gamma never.
  const tpl::PainGuide met{bottom, {{beta, true, {}}, {alpha, false, {}}}};
  CHECK(tpl::pain_guide_misses(data(), matcher(), met).empty());
  const tpl::PainGuide missed{top, {{alpha, true, {}}, {gamma, true, {}}, {beta, false, {}}}};
  const auto misses = tpl::pain_guide_misses(data(), matcher(), missed);
  REQUIRE(misses.size() == 2);
  CHECK(tpl::to_string(data(), misses[0]) == "top_left: gamma (main) does not come up");
  CHECK(tpl::to_string(data(), misses[1]) == "top_left: beta (also) does not come up");
}
