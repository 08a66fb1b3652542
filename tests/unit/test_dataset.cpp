// Loading and validating data/: the shipped data is sound, and every class of breakage is reported with its
// file, JSON pointer (or line and column) and what is wrong.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>

#include <nlohmann/json.hpp>

#include "data_fixture.h"
#include "exact_decimal.h"
#include "loader.h"

using tpl::test::has_problem;
using tpl::test::load_with;
using tpl::test::shipped_data;

namespace {
// A small extra file holding one muscle; `tp` is spliced in as its only trigger point.
std::string muscle_file(const std::string& muscle_fields, const std::string& tp) {
  return R"({"muscles": [{"id": "test_muscle", "area": "leg", "name": {"en": "Test"}, "latin": "Musculus testis",
    "attachments": {"en": "a"}, "action": {"en": "b"}, "nerve": {"en": "c"},
    "sources": [{"source": "travell_simons_vol2", "where": "ch. 1"}])" + muscle_fields + R"(,
    "trigger_points": [)" + tp + "]}]}";
}
const std::string good_tp = R"({"id": "test_point", "name": {"en": "Test point"}, "prevalence": "common",
    "location": {"view": "back", "region": "calf_lower", "x": 0.41, "y": 0.86, "text": {"en": "here"}},
    "referral": [{"zone": "heel", "kind": "essential"}],
    "symptoms": {"en": ["ache"]}, "self_help": ["stretch_soleus_bent_knee"]})";
}  // namespace

TEST_CASE("the shipped data loads without problems") {
  const auto& result = shipped_data();
  for (const auto& problem : result.problems) UNSCOPED_INFO(tpl::to_string(problem));
  REQUIRE(result.ok());
  CHECK(result.dataset.regions.size() >= 150);
  CHECK(tpl::find(result.dataset.region_index, "calf_lower_left") >= 0);
  CHECK(tpl::find(result.dataset.region_index, "sacrum") >= 0);
  CHECK(tpl::find(result.dataset.region_index, "sacrum_left") < 0);
}

// The validator enforces this (so `tpl validate data` proves it too); spelled out here as the clinical promise.
TEST_CASE("every shipped marker lies in the region its location names") {
  const auto& d = shipped_data().dataset;
  for (const auto& tp : d.trigger_points) {
    INFO(tp.id);
    const int view = tpl::find(d.view_index, tp.location.view);
    REQUIRE(view >= 0);
    REQUIRE(tp.location.zone >= 0);
    CHECK(tpl::hit_test(tpl::at(d.views, view), tp.location.at) == d.region_of(tp.location.zone, tpl::Side::left));
  }
}

TEST_CASE("a well-formed extra file loads") {
  auto result = load_with("muscles/test.json", muscle_file("", good_tp));
  for (const auto& problem : result.problems) UNSCOPED_INFO(tpl::to_string(problem));
  CHECK(result.ok());
}

TEST_CASE("malformed JSON is reported with file, line and column") {
  auto result = load_with("muscles/test.json", "{\n  \"muscles\": [\n    {\"id\": }\n]}");
  REQUIRE_FALSE(result.ok());
  CHECK(has_problem(result, {"muscles/test.json", "line 3, column 12", "malformed JSON"}));
}

TEST_CASE("a missing field is reported with its JSON pointer") {
  std::string tp = good_tp;
  tp.replace(tp.find("\"name\""), std::string("\"name\": {\"en\": \"Test point\"}, ").size(), "");
  auto result = load_with("muscles/test.json", muscle_file("", tp));
  CHECK(has_problem(result, {"muscles/test.json", "/muscles/0/trigger_points/0", "missing field \"name\""}));
}

TEST_CASE("a value of the wrong type is reported") {
  auto result = load_with("muscles/test.json", muscle_file(R"(, "synergists": "soleus")", good_tp));
  CHECK(has_problem(result, {"/muscles/0/synergists", "wrong type: expected array, found string"}));
}

TEST_CASE("an unknown id reference is reported with the id") {
  auto result = load_with("muscles/test.json", muscle_file(R"(, "synergists": ["no_such_muscle"])", good_tp));
  CHECK(has_problem(result, {"/muscles/0/synergists/0", "unknown muscle id \"no_such_muscle\""}));
  std::string tp = good_tp;
  tp.replace(tp.find("\"heel\""), 6, "\"heal\"");
  CHECK(has_problem(load_with("muscles/test.json", muscle_file("", tp)),
                    {"/muscles/0/trigger_points/0/referral/0/zone", "unknown region zone id \"heal\""}));
}

TEST_CASE("a duplicate id is reported") {
  std::string tp = good_tp;
  tp.replace(tp.find("test_point"), 10, "soleus_lower");
  auto result = load_with("muscles/test.json", muscle_file("", tp));
  CHECK(has_problem(result, {"muscles/test.json", "/muscles/0/trigger_points/0/id", "duplicate trigger point id \"soleus_lower\""}));
}

TEST_CASE("a trigger point without a referral zone is refused") {
  std::string tp = good_tp;
  tp.replace(tp.find("[{\"zone\""), std::string("[{\"zone\": \"heel\", \"kind\": \"essential\"}]").size(), "[]");
  CHECK(has_problem(load_with("muscles/test.json", muscle_file("", tp)), {"/referral", "trigger point without referral zone"}));
  std::string spill_only = good_tp;
  spill_only.replace(spill_only.find("essential"), 9, "spillover");
  CHECK(has_problem(load_with("muscles/test.json", muscle_file("", spill_only)), {"without an essential referral zone"}));
}

TEST_CASE("a local-only point has one spillover zone, the one it lies in, and a side is left or right") {
  std::string local = good_tp;
  local.replace(local.find("\"prevalence\""), 0, R"("local_only": true, "side": "right", )");
  CHECK(has_problem(load_with("muscles/test.json", muscle_file("", local)),
                    {"/muscles/0/trigger_points/0/referral", "a local-only point has one spillover zone"}));
  std::string fixed = local;
  fixed.replace(fixed.find("[{\"zone\": \"heel\", \"kind\": \"essential\"}]"),
                std::string("[{\"zone\": \"heel\", \"kind\": \"essential\"}]").size(),
                R"([{"zone": "calf_lower", "kind": "spillover"}])");
  CHECK(load_with("muscles/test.json", muscle_file("", fixed)).ok());
  std::string sideways = good_tp;
  sideways.replace(sideways.find("\"prevalence\""), 0, R"("side": "both", )");
  CHECK(has_problem(load_with("muscles/test.json", muscle_file("", sideways)),
                    {"/muscles/0/trigger_points/0/side", "unknown value \"both\""}));
}

TEST_CASE("a muscle without a source is refused") {
  std::string file = muscle_file("", good_tp);
  const std::string cited = R"([{"source": "travell_simons_vol2", "where": "ch. 1"}])";
  file.replace(file.find(cited), cited.size(), "[]");
  CHECK(has_problem(load_with("muscles/test.json", file), {"/muscles/0/sources", "a muscle must name at least one source"}));
}

TEST_CASE("a pain guide must name known zones, muscles and sources, and every zone needs one") {
  const std::string entry = R"({"muscle": "soleus", "kind": "main", "source": "travell_simons_vol2", "where": "Chapter 22"})";
  auto guides = [&](const std::string& zone, const std::string& muscle) {
    return R"({"pain_guides": [{"zone": ")" + zone + R"(", "muscles": [)" + muscle + "]}]}";
  };
  auto unknown_muscle = entry;
  unknown_muscle.replace(unknown_muscle.find("soleus"), 6, "solius");
  CHECK(has_problem(load_with("pain_guides.json", guides("heel", unknown_muscle)),
                    {"pain_guides.json", "/pain_guides/0/muscles/0/muscle", "unknown muscle id \"solius\""}));
  CHECK(has_problem(load_with("pain_guides.json", guides("heal", entry)),
                    {"pain_guides.json", "/pain_guides/0/zone", "unknown region zone id \"heal\""}));
  auto unknown_source = entry;
  unknown_source.replace(unknown_source.find("travell_simons_vol2"), 19, "hearsay");
  CHECK(has_problem(load_with("pain_guides.json", guides("heel", unknown_source)),
                    {"/pain_guides/0/muscles/0/source", "unknown source id \"hearsay\""}));
  CHECK(has_problem(load_with("pain_guides.json", guides("heel", entry + ", " + entry)),
                    {"/pain_guides/0/muscles/1/muscle", "muscle \"soleus\" named twice"}));
  // A file that replaces the shipped guides with one for the heel leaves every other zone without one.
  const auto only_heel = load_with("pain_guides.json", guides("heel", entry));
  CHECK(has_problem(only_heel, {"pain_guides.json", "/pain_guides", "region zone \"arch\" has no pain guide"}));
  CHECK_FALSE(has_problem(only_heel, {"region zone \"heel\" has no pain guide"}));
}

TEST_CASE("text missing in the default language is refused") {
  std::string tp = good_tp;
  tp.replace(tp.find("{\"en\": \"Test point\"}"), std::string("{\"en\": \"Test point\"}").size(), "{\"es\": \"Punto\"}");
  CHECK(has_problem(load_with("muscles/test.json", muscle_file("", tp)),
                    {"/muscles/0/trigger_points/0/name", "text missing in the default language \"en\""}));
}

TEST_CASE("coordinates outside the view are refused") {
  std::string tp = good_tp;
  tp.replace(tp.find("\"y\": 0.86"), 9, "\"y\": 1.86");
  CHECK(has_problem(load_with("muscles/test.json", muscle_file("", tp)),
                    {"/muscles/0/trigger_points/0/location/y", "out of range"}));
}

TEST_CASE("a marker must lie on the body, in the zone its location names, on a view that draws that zone") {
  auto located = [](const std::string& from, const std::string& to) {
    std::string tp = good_tp;
    tp.replace(tp.find(from), from.size(), to);
    return load_with("muscles/test.json", muscle_file("", tp));
  };
  const std::string where = "muscles/test.json: /muscles/0/trigger_points/0/location";
  CHECK(has_problem(located("calf_lower", "calf_lowr"), {where + "/region: unknown region zone id \"calf_lowr\""}));
  CHECK(has_problem(located("calf_lower", "palm"), {where + "/region: view \"back\" does not draw zone \"palm\""}));
  CHECK(has_problem(located("\"x\": 0.41", "\"x\": 0.05"),
                    {where + ": marker (0.05, 0.86) is outside the body on view \"back\""}));
  CHECK(has_problem(located("\"y\": 0.86", "\"y\": 0.96"),
                    {where + ": marker (0.41, 0.96) lies in \"heel_left\", not in zone \"calf_lower\""}));
  CHECK(has_problem(located("\"region\": \"calf_lower\", ", ""), {where + ": missing field \"region\""}));
  // A midline zone has one region, for both sides.
  CHECK(located("calf_lower\", \"x\": 0.41, \"y\": 0.86", "sacrum\", \"x\": 0.5, \"y\": 0.43").ok());
}

TEST_CASE("region geometry that does not close, overlaps another region or names an unknown region is refused") {
  const std::string square = R"({"points": [[0.1, 0.1], [0.9, 0.1], [0.9, 0.9], [0.1, 0.9]]})";
  auto view = [&](const std::string& silhouette, const std::string& regions) {
    return R"({"views": [{"id": "test_view", "label": {"en": "T"}, "aspect": 0.5, "symmetry": "bilateral",
      "silhouette": [)" + silhouette + R"(], "regions": [)" + regions + "]}]}";
  };
  auto open_outline = load_with("test_view.json", view(R"({"points": [[0.1, 0.1], [0.2, 0.2]]})", ""));
  CHECK(has_problem(open_outline, {"test_view.json", "/views/0/silhouette/0/points", "geometry does not close"}));
  auto overlap = load_with("test_view.json", view(square, R"({"zone": "heel", "seeds": [[0.3, 0.5]]},
    {"zone": "arch", "seeds": [[0.3, 0.5]]})"));
  CHECK(has_problem(overlap, {"/views/0/regions", "region \"heel_left\" overlaps region \"arch_left\" at [0.3, 0.5]"}));
  auto unknown = load_with("test_view.json", view(square, R"({"zone": "nowhere", "seeds": [[0.3, 0.5]]})"));
  CHECK(has_problem(unknown, {"/views/0/regions/0/zone", "unknown region zone id \"nowhere\""}));
  auto off_body = load_with("test_view.json", view(square, R"({"zone": "heel", "seeds": [[0.05, 0.5]]})"));
  CHECK(has_problem(off_body, {"region \"heel_left\" has a seed off the body at [0.05, 0.5]"}));
  auto not_drawn = load_with("test_view.json", view(square, R"({"zone": "heel", "seeds": [[0.3, 0.5]]})"));
  CHECK(has_problem(not_drawn, {"view \"test_view\" draws region \"heel_left\", which does not list that view"}));
}

TEST_CASE("an unknown collection or enum value is named") {
  CHECK(has_problem(load_with("extra.json", R"({"muscels": []})"), {"extra.json", "unknown collection \"muscels\""}));
  std::string tp = good_tp;
  tp.replace(tp.find("\"common\""), 8, "\"often\"");
  CHECK(has_problem(load_with("muscles/test.json", muscle_file("", tp)), {"/prevalence", "unknown value \"often\""}));
}

TEST_CASE("a data bundle loads like its files; a broken one is one clear problem") {
  // The shipped files, as the build bundles them (parsed documents) and as texts: the same dataset.
  nlohmann::json as_documents, as_texts;
  for (const auto& file : tpl::test::shipped_files()) {
    as_documents["files"][file.name] = nlohmann::json::parse(file.text);
    as_texts["files"][file.name] = file.text;
  }
  for (const auto& bundle : {as_documents, as_texts}) {
    const auto loaded = tpl::load_bundle(bundle.dump());
    CHECK(loaded.ok());
    CHECK(loaded.dataset.trigger_points.size() == shipped_data().dataset.trigger_points.size());
    CHECK(loaded.dataset.views.size() == shipped_data().dataset.views.size());
  }
  // A file given as text keeps its line and column; the bundle itself too.
  CHECK(has_problem(tpl::load_bundle(R"({"files": {"a.json": "{\n  \"regions\": [,]\n}"}})"),
                    {"a.json", "line 2, column"}));
  const auto broken = tpl::load_bundle(R"({"files": {"a.json": {})");
  REQUIRE(broken.problems.size() == 1);
  CHECK(tpl::to_string(broken.problems[0]).find("data bundle: line 1") == 0);
  CHECK(has_problem(tpl::load_bundle(R"({"files": []})"), {"data bundle", "/files"}));
  CHECK(has_problem(tpl::load_bundle(R"({"files": {"a.json": [1]}})"), {"a.json", "expected a JSON object"}));
}

TEST_CASE("a bundle read and built in two steps is the bundle loaded in one; nothing read builds nothing") {
  nlohmann::json bundle;
  for (const auto& file : tpl::test::shipped_files()) bundle["files"][file.name] = nlohmann::json::parse(file.text);
  tpl::ParsedBundle parsed = tpl::parse_bundle(bundle.dump());
  CHECK(parsed.readable);
  CHECK(parsed.problems.empty());
  CHECK(parsed.files.size() == tpl::test::shipped_files().size());
  const auto built = tpl::build_bundle(std::move(parsed));
  CHECK(built.ok());
  CHECK(built.dataset.trigger_points.size() == shipped_data().dataset.trigger_points.size());
  CHECK(built.dataset.regions.size() == shipped_data().dataset.regions.size());

  // What does not read as a bundle is its problems alone, and building it gives those, never an empty dataset.
  tpl::ParsedBundle broken = tpl::parse_bundle(R"({"files": []})");
  CHECK_FALSE(broken.readable);
  CHECK(has_problem(tpl::build_bundle(std::move(broken)), {"data bundle", "/files"}));
  CHECK(has_problem(tpl::build_bundle(tpl::ParsedBundle{}), {"data bundle", "no data bundle has been read"}));
}

TEST_CASE("a first-part bundle loads without the texts it defers, and its texts part puts them in") {
  // The shipped files with some long texts (a point's symptoms, self-help steps) and some of what only the details
  // show (a point's self-help and rule-out lists, a muscle's sources) moved to a texts part.
  nlohmann::json first, texts;
  first["deferred"] = {"trigger_points/symptoms", "trigger_points/self_help", "trigger_points/rule_out",
                       "muscles/sources", "self_help/steps"};
  auto defer = [&](const char* collection, nlohmann::json& entry, const char* field) {
    if (!entry.contains(field)) return;
    texts["texts"][collection][entry["id"].get<std::string>()][field] = entry[field];
    entry.erase(field);
  };
  for (const auto& file : tpl::test::shipped_files()) {
    nlohmann::json doc = nlohmann::json::parse(file.text);
    if (doc.contains("muscles")) {
      for (auto& muscle : doc["muscles"]) {
        defer("muscles", muscle, "sources");
        for (auto& tp : muscle["trigger_points"]) {
          for (const char* field : {"symptoms", "self_help", "rule_out"}) defer("trigger_points", tp, field);
        }
      }
    }
    if (doc.contains("self_help")) {
      for (auto& item : doc["self_help"]) defer("self_help", item, "steps");
    }
    first["files"][file.name] = doc;
  }
  auto loaded = tpl::load_bundle(first.dump());
  REQUIRE(loaded.ok());
  auto& d = loaded.dataset;
  const auto& full = shipped_data().dataset;
  const int soleus = tpl::find(d.trigger_point_index, "soleus_lower");
  const int soleus_muscle = d.trigger_points[soleus].muscle;
  CHECK(d.texts_pending);
  const auto outcome = tpl::Matcher(d).locate({{"heel_left"}});
  CHECK(tpl::outcome_json(d, outcome, "en")["details_pending"] == true);
  CHECK(d.trigger_points[soleus].symptoms.empty());
  CHECK(d.trigger_points[soleus].self_help.empty());
  CHECK(d.muscles[soleus_muscle].sources.empty());
  // A texts part that leaves out a list its first part deferred is refused, naming what is missing.
  nlohmann::json without_a_list = texts;
  without_a_list["texts"]["trigger_points"]["soleus_lower"].erase("self_help");
  auto another = tpl::load_bundle(first.dump());
  CHECK(has_problem(tpl::attach_texts(another.dataset, without_a_list.dump()),
                    {"texts bundle", "/texts/trigger_points/soleus_lower", "missing field \"self_help\""}));
  CHECK(tpl::attach_texts(d, texts.dump()).empty());
  CHECK_FALSE(d.texts_pending);
  CHECK(tpl::outcome_json(d, outcome, "en")["details_pending"] == false);
  CHECK(d.trigger_points[soleus].symptoms == full.trigger_points[soleus].symptoms);
  CHECK(d.trigger_points[soleus].self_help == full.trigger_points[soleus].self_help);
  CHECK(d.trigger_points[soleus].rule_out == full.trigger_points[soleus].rule_out);
  REQUIRE(d.muscles[soleus_muscle].sources.size() == full.muscles[soleus_muscle].sources.size());
  CHECK(d.muscles[soleus_muscle].sources.front().where == full.muscles[soleus_muscle].sources.front().where);
  CHECK(d.self_help.front().steps == full.self_help.front().steps);
  // A first part may defer only what a texts part can fill in.
  nlohmann::json deferring_too_much = first;
  deferring_too_much["deferred"].push_back("trigger_points/factors");
  CHECK(has_problem(tpl::load_bundle(deferring_too_much.dump()),
                    {"data bundle", "/deferred", "\"trigger_points/factors\" cannot come in a texts part"}));
  // Without the list, a missing field is a problem as ever; a texts part naming an unknown entry is one too, and so
  // is one naming an unknown self-help item, source or condition, or leaving a point without self-help.
  first.erase("deferred");
  CHECK(has_problem(tpl::load_bundle(first.dump()), {"/trigger_points/0", "missing field \"symptoms\""}));
  CHECK(has_problem(tpl::attach_texts(d, R"({"texts": {"muscles": {"no_such_muscle": {"nerve": {"en": "x"}}}}})"),
                    {"texts bundle", "/texts/muscles/no_such_muscle", "unknown id \"no_such_muscle\""}));
  CHECK(has_problem(tpl::attach_texts(d, R"({"texts": {"trigger_points": {"soleus_lower": {"self_help": ["no_such_item"]}}}})"),
                    {"texts bundle", "/texts/trigger_points/soleus_lower/self_help/0", "unknown self-help id \"no_such_item\""}));
  CHECK(has_problem(tpl::attach_texts(d, R"({"texts": {"trigger_points": {"soleus_lower": {"self_help": []}}}})"),
                    {"texts bundle", "/texts/trigger_points/soleus_lower/self_help", "trigger point without self-help"}));
  CHECK(has_problem(tpl::attach_texts(d, R"({"texts": {"trigger_points": {"soleus_lower": {"rule_out": ["flu"]}}}})"),
                    {"texts bundle", "unknown condition id \"flu\""}));
  CHECK(has_problem(tpl::attach_texts(d, R"({"texts": {"muscles": {"soleus": {"sources": [{"source": "a_blog", "where": "x"}]}}}})"),
                    {"texts bundle", "/texts/muscles/soleus/sources/0/source", "unknown source id \"a_blog\""}));
  CHECK(has_problem(tpl::attach_texts(d, "["), {"texts bundle", "line 1"}));
}

TEST_CASE("a bundle made for one language holds each text in that language, or in English where it has none") {
  auto bundle_with_label = [](const std::string& language, const std::string& label) {
    nlohmann::json bundle;
    for (const auto& file : tpl::test::shipped_files()) bundle["files"][file.name] = nlohmann::json::parse(file.text);
    bundle["files"]["regions.json"]["regions"][0]["label"] = nlohmann::json::parse(label);
    if (!language.empty()) bundle["language"] = language;
    return tpl::load_bundle(bundle.dump());
  };
  const auto spanish = bundle_with_label("es", R"({"es": "Talón"})");
  CHECK(spanish.ok());
  CHECK(tpl::localize(spanish.dataset.zones[0].label, "es") == "Talón");
  CHECK(bundle_with_label("es", R"({"en": "Heel"})").ok());
  CHECK(has_problem(bundle_with_label("es", R"({"fr": "Talon"})"), {"/regions/0/label", "missing in \"es\" and in the default language"}));
  CHECK(has_problem(bundle_with_label("", R"({"es": "Talón"})"), {"/regions/0/label", "text missing in the default language"}));
  CHECK(has_problem(tpl::load_bundle(R"({"language": 5, "files": {}})"), {"data bundle", "/language"}));
}

TEST_CASE("texts fall back to English string by string") {
  tpl::Text text{{"en", "Heel"}, {"es", "Talón"}};
  CHECK(tpl::localize(text, "es") == "Talón");
  CHECK(tpl::localize(text, "fr") == "Heel");
  const auto& d = shipped_data().dataset;
  CHECK(d.region_label(tpl::find(d.region_index, "heel_left"), "en") == "Heel (left)");
  CHECK(d.region_label(tpl::find(d.region_index, "sacrum"), "xx") == "Sacrum, base of the spine");
}

// The WebAssembly builds read numbers through a wrapped strtod (src/libc/strtod.cpp); natively it is the C library's.
// Either way a number in the data must come out as the nearest double, and strtod must keep its contract.
TEST_CASE("numbers in data read as the nearest double, and strtod keeps its contract") {
  const auto read = [](const char* text) { return nlohmann::json::parse(text).get<double>(); };
  CHECK(read("0.1") == 0.1);
  CHECK(read("0.4523") == 0.4523);
  CHECK(read("-12.5e-3") == -12.5e-3);
  CHECK(read("1.7976931348623157e308") == 1.7976931348623157e308);
  CHECK(read("2.2250738585072014e-308") == 2.2250738585072014e-308);
  CHECK(read("4.9406564584124654e-324") == 4.9406564584124654e-324);
  // Halfway between two doubles: rounds to the even one.
  CHECK(read("9007199254740993.0") == 9007199254740992.0);

  char* end = nullptr;
  const char* signed_text = "  +2.5e1 rest";
  CHECK(std::strtod(signed_text, &end) == 25.0);
  CHECK(end == signed_text + 8);
  const char* negative = "-0.75,";
  CHECK(std::strtod(negative, &end) == -0.75);
  CHECK(*end == ',');
  const char* hexadecimal = "0x1p3";
  CHECK(std::strtod(hexadecimal, &end) == 8.0);
  CHECK(*end == '\0');
  for (const char* not_a_number : {"", "abc", "--1", "+-1", " ."}) {
    CHECK(std::strtod(not_a_number, &end) == 0.0);
    CHECK(end == not_a_number);
  }
}

TEST_CASE("the exact decimal fast path agrees with strtod, and declines what it cannot do exactly") {
  std::mt19937_64 random(7);
  for (int i = 0; i < 200000; ++i) {
    // Data-like numbers: up to 15 significant digits, point anywhere, some with exponents, some negative.
    const auto digits = static_cast<int>(1 + random() % 15);
    std::uint64_t mantissa = random() % 1000000000000000ULL;
    for (int k = digits; k < 15; ++k) mantissa /= 10;
    std::string number = std::to_string(mantissa);
    const std::size_t at = random() % (number.size() + 1);
    if (at < number.size()) number.insert(at, at == 0 ? "0." : ".");
    if (random() % 4 == 0) number.insert(0, "-");
    if (random() % 3 == 0) number += "e" + std::to_string(static_cast<int>(random() % 41) - 20);
    number += ",";
    double fast = 0;
    const char* end = nullptr;
    char* libc_end = nullptr;
    const double expected = std::strtod(number.c_str(), &libc_end);
    if (tpl::exact_decimal(number.c_str(), fast, &end)) {
      INFO(number);
      REQUIRE(std::memcmp(&fast, &expected, sizeof fast) == 0);
      REQUIRE(end == libc_end);
    }
  }
  double value = 0;
  const char* end = nullptr;
  const char* zero = "-0.0";
  REQUIRE(tpl::exact_decimal(zero, value, &end));
  CHECK(std::signbit(value));
  for (const char* declined : {"", "-", ".", "1e", "1e+", "+1", " 1", "0x10", "inf", "nan", "1234567890123456",
                               "1e23", "1e-23", "1.00000000000000000"}) {
    INFO(declined);
    CHECK_FALSE(tpl::exact_decimal(declined, value, &end));
  }
}

TEST_CASE("a half outline whose points cannot be read is a problem, not a crash") {
  for (const char* points : {"\"nope\"", "[]", "[[0.5, 0.1]]"}) {
    const std::string view = std::string(R"({"views": [{"id": "extra", "label": {"en": "Extra"}, "aspect": 0.5,
      "symmetry": "bilateral", "silhouette": [{"half": true, "points": )") + points + R"(}], "regions": []}]})";
    const auto result = tpl::test::load_with("geometry_extra.json", view);
    CHECK(tpl::test::has_problem(result, {"geometry_extra.json", "/views/0/silhouette/0"}));
  }
}
