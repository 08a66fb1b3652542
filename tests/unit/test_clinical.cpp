// Clinical cases on the real data, from the pain guides of the standard references (Travell & Simons' Trigger
// Point Manual, Davies' Trigger Point Therapy Workbook): for a painful area, the muscles those guides list first
// must rank near the top. Each line names the area, the muscles and the rank they must reach.
#include <catch2/catch.hpp>

#include <algorithm>

#include "data_fixture.h"

namespace {
const tpl::Dataset& data() { return tpl::test::shipped_data().dataset; }
const tpl::Matcher& matcher() {
  static const tpl::Matcher m(data());
  return m;
}

std::vector<std::string> ranked_muscles(const std::vector<std::string>& regions, int top = 10) {
  std::vector<std::string> muscles;
  for (const auto& match : matcher().locate({regions, {}, {}, top}).results) {
    muscles.push_back(data().muscles[data().trigger_points[match.trigger_point].muscle].id);
  }
  return muscles;
}

// The 1-based rank of `muscle` for `regions`, or 0 when it is not in the top 10.
std::size_t rank_of(const std::vector<std::string>& regions, const std::string& muscle) {
  const auto muscles = ranked_muscles(regions);
  auto it = std::find(muscles.begin(), muscles.end(), muscle);
  return it == muscles.end() ? 0 : static_cast<std::size_t>(it - muscles.begin()) + 1;
}

struct Case {
  std::vector<std::string> regions;
  std::vector<std::string> muscles;
  std::size_t within;
};
}  // namespace

TEST_CASE("single painful areas rank the muscles the references list first") {
  const std::vector<Case> cases = {
      {{"heel_left"}, {"soleus"}, 3},
      {{"heel_left"}, {"quadratus_plantae", "abductor_hallucis"}, 5},
      {{"temple_left"}, {"temporalis", "upper_trapezius", "sternocleidomastoid"}, 5},
      {{"between_shoulder_blades_left"}, {"rhomboids", "scalenes"}, 5},
      {{"between_shoulder_blades_left"}, {"middle_trapezius", "serratus_posterior_superior", "levator_scapulae"}, 10},
      {{"low_back_left"}, {"quadratus_lumborum", "multifidus", "iliopsoas", "gluteus_medius"}, 5},
      {{"shoulder_front_left"}, {"infraspinatus", "deltoid"}, 3},
      {{"shoulder_front_left"}, {"pectoralis_major", "biceps_brachii"}, 6},
      {{"elbow_outer_left"}, {"supinator", "extensor_carpi_radialis_longus"}, 3},
      {{"elbow_outer_left"}, {"triceps_brachii", "anconeus"}, 5},
      {{"elbow_outer_left"}, {"brachioradialis"}, 7},  // its elbow zone is spillover, behind five essential ones
      {{"kneecap_left"}, {"rectus_femoris", "vastus_medialis"}, 3},
      {{"knee_outer_left"}, {"vastus_lateralis"}, 1},
      {{"knee_back_left"}, {"gastrocnemius", "popliteus", "biceps_femoris"}, 5},
      {{"shin_left"}, {"tibialis_anterior"}, 1},
      {{"ankle_front_left"}, {"tibialis_anterior", "extensor_digitorum_longus"}, 3},
      {{"big_toe_left"}, {"tibialis_anterior", "flexor_hallucis_longus"}, 2},
      {{"big_toe_left"}, {"extensor_hallucis_longus", "flexor_hallucis_brevis"}, 5},
      {{"ball_of_foot_left"}, {"flexor_digitorum_brevis", "flexor_hallucis_brevis"}, 5},
      {{"ball_of_foot_left"}, {"flexor_hallucis_longus"}, 6},  // main at the big toe, spillover here
      {{"jaw_left"}, {"masseter"}, 1},
      {{"upper_teeth_left"}, {"temporalis", "masseter"}, 2},
      {{"ear_left"}, {"masseter", "lateral_pterygoid", "sternocleidomastoid"}, 4},
      {{"forehead_left"}, {"sternocleidomastoid", "frontalis"}, 3},
      {{"occiput_left"}, {"suboccipitals", "semispinalis_capitis"}, 3},
      {{"neck_back_left"}, {"upper_trapezius", "levator_scapulae"}, 3},
      {{"upper_chest_left"}, {"pectoralis_major"}, 1},
      {{"upper_chest_left"}, {"scalenes", "pectoralis_minor"}, 5},
      {{"hip_side_left"}, {"gluteus_minimus", "quadratus_lumborum", "tensor_fasciae_latae"}, 5},
      {{"thigh_outer_left"}, {"vastus_lateralis", "gluteus_minimus", "tensor_fasciae_latae"}, 3},
      {{"sacroiliac_left"}, {"quadratus_lumborum", "gluteus_medius", "gluteus_maximus"}, 3},
      {{"groin_left"}, {"adductor_longus", "pectineus", "iliopsoas"}, 5},
      {{"thumb_left"}, {"brachialis", "opponens_pollicis", "adductor_pollicis", "supinator"}, 5},
      {{"palm_left"}, {"palmaris_longus"}, 1},
      {{"wrist_back_left"}, {"extensor_carpi_radialis_brevis", "extensor_carpi_ulnaris"}, 3},
      {{"achilles_left"}, {"soleus"}, 1},
      {{"calf_upper_left"}, {"soleus", "gastrocnemius"}, 2},
  };
  for (const Case& c : cases) {
    for (const std::string& muscle : c.muscles) {
      INFO(c.regions[0] << " -> " << muscle << " within the top " << c.within);
      const std::size_t rank = rank_of(c.regions, muscle);
      CHECK(rank >= 1);
      CHECK(rank <= c.within);
    }
  }
}

TEST_CASE("several painful areas together point to the muscle that explains them all") {
  SECTION("temple, back of the neck and top of the shoulder: upper trapezius, not temporalis") {
    CHECK(ranked_muscles({"temple_left"})[0] == "temporalis");
    CHECK(ranked_muscles({"neck_back_left"})[0] != "temporalis");
    CHECK(ranked_muscles({"temple_left", "neck_back_left", "occiput_left"})[0] == "upper_trapezius");
  }
  SECTION("low back, front of the thigh and groin: iliopsoas") {
    const auto alone = ranked_muscles({"low_back_left"});
    CHECK(alone[0] != "iliopsoas");
    CHECK(ranked_muscles({"groin_left"})[0] != "iliopsoas");
    CHECK(ranked_muscles({"low_back_left", "thigh_front_left", "groin_left"})[0] == "iliopsoas");
  }
  SECTION("buttock, outer thigh and outer lower leg: gluteus minimus") {
    CHECK(ranked_muscles({"thigh_outer_left"})[0] != "gluteus_minimus");
    CHECK(ranked_muscles({"lower_buttock_left", "thigh_outer_left", "leg_outer_left"})[0] == "gluteus_minimus");
  }
  SECTION("heel and arch together: the calf before the foot's own muscles") {
    CHECK(ranked_muscles({"arch_left"})[0] != "soleus");
    const auto both = ranked_muscles({"heel_left", "arch_left"});
    CHECK(std::find(both.begin(), both.begin() + 2, "soleus") != both.begin() + 2);
  }
  SECTION("pain on both sides ranks muscles of both sides") {
    auto outcome = matcher().locate({{"neck_back_left", "neck_back_right"}});
    bool left = false, right = false;
    for (const auto& m : outcome.results) {
      left = left || m.side == tpl::Side::left;
      right = right || m.side == tpl::Side::right;
    }
    CHECK(left);
    CHECK(right);
  }
}

TEST_CASE("answers about activities re-rank the candidates") {
  const auto before = matcher().locate({{"heel_left"}});
  const auto after = matcher().locate({{"heel_left"}, {"high_heels", "uphill_running"}});
  REQUIRE_FALSE(before.results.empty());
  REQUIRE_FALSE(after.results.empty());
  CHECK(after.results[0].score > before.results[0].score);
  CHECK(data().trigger_points[after.results[0].trigger_point].id == "soleus_lower");
}

TEST_CASE("every region's pain guide comes up in its answer, the main muscles in the top five") {
  REQUIRE(data().pain_guides.size() == data().zones.size());
  std::string misses;
  std::size_t count = 0;
  for (const auto& guide : data().pain_guides) {
    for (const auto& miss : tpl::pain_guide_misses(data(), matcher(), guide)) {
      misses += tpl::to_string(data(), miss) + "\n";
      ++count;
    }
  }
  INFO(count << " pain-guide misses:\n" << misses);
  CHECK(count == 0);
}

TEST_CASE("a reason names the region as a sentence does, with its article and a name's capital") {
  auto first_reason = [](const std::string& region, const std::string& lang) {
    const auto outcome = matcher().locate({{region}});
    REQUIRE_FALSE(outcome.results.empty());
    return tpl::reason_texts(data(), outcome.results.front(), lang).front();
  };
  CHECK(first_reason("heel_left", "en") == "refers pain mainly to the heel");
  CHECK(first_reason("achilles_left", "en") == "refers pain mainly to the Achilles tendon");
  CHECK(first_reason("achilles_left", "es") == "causa dolor sobre todo en el tendón de Aquiles");
  CHECK(first_reason("kneecap_left", "es") == "causa dolor sobre todo en la rótula");
}
