// Matching on the real data: the soleus for calf and heel pain, side awareness, and bad input.
#include <catch2/catch.hpp>

#include <algorithm>

#include "data_fixture.h"

namespace {
const tpl::Dataset& data() { return tpl::test::shipped_data().dataset; }
const tpl::Matcher& matcher() {
  static const tpl::Matcher m(data());
  return m;
}
std::string point_id(const tpl::Match& m) { return data().trigger_points[m.trigger_point].id; }
std::size_t rank_of(const tpl::MatchOutcome& o, const std::string& tp) {
  for (std::size_t i = 0; i < o.results.size(); ++i) {
    if (point_id(o.results[i]) == tp) return i + 1;
  }
  return 0;
}
}  // namespace

TEST_CASE("heel pain puts the lower soleus point in the top 3") {
  auto outcome = matcher().locate({{"heel_left"}});
  REQUIRE(outcome.errors.empty());
  auto rank = rank_of(outcome, "soleus_lower");
  CHECK(rank >= 1);
  CHECK(rank <= 3);
}

TEST_CASE("left-sided pain is explained by left-sided muscles") {
  auto outcome = matcher().locate({{"calf_upper_left"}});
  REQUIRE_FALSE(outcome.results.empty());
  for (const auto& m : outcome.results) CHECK(m.side == tpl::Side::left);
  CHECK(rank_of(outcome, "soleus_upper") >= 1);
}

TEST_CASE("a point that explains every selected region outranks one that explains one") {
  auto outcome = matcher().locate({{"heel_left", "achilles_left"}});
  REQUIRE_FALSE(outcome.results.empty());
  CHECK(point_id(outcome.results[0]) == "soleus_lower");
  const auto& reasons = outcome.results[0].reasons;
  CHECK(std::any_of(reasons.begin(), reasons.end(), [](const tpl::Reason& r) { return r.kind == tpl::Reason::Kind::all_explained; }));
}

TEST_CASE("midline regions count for both sides, and the point is reported once") {
  auto outcome = matcher().locate({{"sacrum"}});
  for (const auto& m : outcome.results) CHECK(m.side == tpl::Side::midline);
}

TEST_CASE("red flags for the calf are raised, and an emergency answer is flagged") {
  auto outcome = matcher().locate({{"calf_lower_left"}, {}, {"clot_breathing"}});
  auto raised = [&](const std::string& id) {
    return std::any_of(outcome.red_flags.begin(), outcome.red_flags.end(), [&](int f) { return data().red_flags[f].id == id; });
  };
  CHECK(raised("calf_clot"));
  CHECK(raised("general_systemic"));
  CHECK(outcome.emergency);
  CHECK_FALSE(matcher().locate({{"calf_lower_left"}}).emergency);
}

TEST_CASE("bad input gets a clear answer, never a crash") {
  SECTION("empty selection") {
    auto outcome = matcher().locate({});
    CHECK(outcome.results.empty());
    CHECK(outcome.notes == std::vector<std::string>{"no region selected"});
  }
  SECTION("unknown ids are named and refuse the query") {
    auto outcome = matcher().locate({{"heel_left", "elbow_of_the_knee"}});
    CHECK(outcome.results.empty());
    CHECK(outcome.errors == std::vector<std::string>{"unknown region id \"elbow_of_the_knee\""});
  }
  SECTION("duplicates count once") {
    auto outcome = matcher().locate({{"heel_left", "heel_left"}});
    CHECK(outcome.regions.size() == 1);
    CHECK(outcome.notes.size() == 1);
  }
  SECTION("an unknown refinement is named") {
    auto outcome = matcher().locate({{"heel_left"}, {"juggling"}});
    CHECK(outcome.errors == std::vector<std::string>{"unknown refinement \"juggling\""});
  }
  SECTION("hundreds of ids") {
    tpl::Query query;
    for (const auto& region : data().regions) query.regions.push_back(region.id);
    const auto once = query.regions;
    for (int i = 0; i < 3; ++i) query.regions.insert(query.regions.end(), once.begin(), once.end());
    auto outcome = matcher().locate(query);
    CHECK(outcome.errors.empty());
    CHECK(outcome.regions.size() == data().regions.size());
    CHECK(outcome.results.size() == 10);
  }
}

TEST_CASE("the JSON outcome carries what the CLI and page show") {
  auto json = tpl::outcome_json(data(), matcher().locate({{"calf_lower_left"}}), "en");
  CHECK(json.find("\"muscle\":\"Soleus\"") != std::string::npos);
  CHECK(json.find("\"trigger_point_id\":\"soleus_lower\"") != std::string::npos);
  CHECK(json.find("stretch_soleus_bent_knee") != std::string::npos);
  auto spanish = tpl::outcome_json(data(), matcher().locate({{"calf_lower_left"}}), "es");
  CHECK(spanish.find("\"muscle\":\"Sóleo\"") != std::string::npos);
}

TEST_CASE("ids that are not valid UTF-8 are named in the answer, not thrown on") {
  auto outcome = matcher().locate({{"heel_left", std::string("cal_heel\xdb")}});
  REQUIRE(outcome.errors.size() == 1);
  const std::string json = tpl::outcome_json(data(), outcome, "\xff");
  CHECK(json.find("unknown region id") != std::string::npos);
}
