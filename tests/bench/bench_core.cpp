// Benchmarks of the core on the shipped data (Catch2 BENCHMARK; run by `make bench`, never by `make test`).
#define CATCH_CONFIG_MAIN
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>

#include <cstdio>

#include "body_map.h"
#include "data_fixture.h"

namespace {
const tpl::Dataset& data() { return tpl::test::shipped_data().dataset; }
}  // namespace

TEST_CASE("hit-testing a point on the body map") {
  const tpl::View& front = data().views[static_cast<std::size_t>(tpl::find(data().view_index, "front"))];
  // A fixed walk over the frame, so each run hits the body, its edge and the background alike.
  std::vector<tpl::Vec2> points;
  for (int i = 0; i < 1024; ++i) points.push_back({static_cast<float>((i * 37) % 101) / 101.0f, static_cast<float>((i * 53) % 211) / 211.0f});
  std::size_t next = 0;
  BENCHMARK("hit_test, front view, one point") { return tpl::hit_test(front, points[next++ % points.size()]); };
}

namespace {
// The shipped dataset with every trigger point repeated `times` times: the same referral patterns, ten times the
// candidates, to show how the cost of a query grows with the number of trigger points.
tpl::Dataset repeated(int times) {
  tpl::Dataset copy = data();
  const auto original = copy.trigger_points;
  for (int k = 1; k < times; ++k) copy.trigger_points.insert(copy.trigger_points.end(), original.begin(), original.end());
  return copy;
}

const std::vector<std::string> five = {"heel_left", "calf_lower_left", "achilles_left", "knee_back_left", "low_back_left"};
}  // namespace

TEST_CASE("ranking trigger points") {
  static const tpl::Matcher matcher(data());
  BENCHMARK("locate, one region") { return matcher.locate({{"heel_left"}}).results.size(); };
  BENCHMARK("locate, five regions") { return matcher.locate({five}).results.size(); };
}

TEST_CASE("ranking trigger points on a 10x synthetic dataset") {
  static const tpl::Dataset big = repeated(10);
  static const tpl::Matcher matcher(big);
  BENCHMARK("locate x10, one region") { return matcher.locate({{"heel_left"}}).results.size(); };
  BENCHMARK("locate x10, five regions") { return matcher.locate({five}).results.size(); };
}

// The widget's start-up work after the download: reading the data, then the first frame's draw list (which cuts
// the front view into region cells).
TEST_CASE("start-up") {
  BENCHMARK("load the shipped data") { return tpl::load_dataset(tpl::test::shipped_files()).problems.size(); };
  const tpl::View& front = data().views[static_cast<std::size_t>(tpl::find(data().view_index, "front"))];
  BENCHMARK("cut the front view into cells") { return tpl::cut_regions(front).boundaries.size(); };
  BENCHMARK("first draw list, front view") {
    tpl::Session session;
    session.bind(data());
    session.handle(tpl::resize_event(560, 800, 1));
    return session.draw().vertices.size();
  };
}

// What a tap costs the core: the event, the panel's view model as JSON text, and the redrawn map.
TEST_CASE("a tap") {
  tpl::Session session;
  session.bind(data());
  tpl::Event toggle;
  toggle.type = tpl::Event::Type::toggle;
  toggle.id = "heel_left";
  session.draw();
  BENCHMARK("tap: event, panel model, draw list") {
    session.handle(toggle);
    const std::size_t panel = tpl::dump_text(session.model(tpl::part_panel)).size();
    return panel + session.draw().vertices.size();
  };
}

namespace {
// Resident memory in KiB, from /proc (Linux).
long resident_kib() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return resident * 4;
}
}  // namespace

// Not a benchmark of speed: a million varied queries must leave memory where it was. Prints one line of JSON
// ("SOAK {...}") that `make bench` puts into build/bench.json.
TEST_CASE("soak: a million queries keep memory flat", "[soak]") {
  const tpl::Matcher matcher(data());
  const auto& regions = data().regions;
  std::size_t checksum = 0;
  auto run = [&](int count, int offset) {
    for (int i = 0; i < count; ++i) {
      tpl::Query query;
      const int n = 1 + (i + offset) % 5;
      for (int k = 0; k < n; ++k) {
        const std::size_t pick = static_cast<std::size_t>(i) * 7919u + static_cast<std::size_t>(k) * 104729u + static_cast<std::size_t>(offset);
        query.regions.push_back(regions[pick % regions.size()].id);
      }
      checksum += matcher.locate(query).results.size();
    }
  };
  run(100000, 0);  // warm up: allocator pools and caches reach their working size
  const long before = resident_kib();
  run(1000000, 1);
  const long after = resident_kib();
  std::printf("SOAK {\"queries\": 1000000, \"rss_before_kib\": %ld, \"rss_after_kib\": %ld, \"checksum\": %zu}\n", before, after, checksum);
  CHECK(after - before < 1024);
}
