// Drawing the map on the tiny synthetic data: the view letterboxed in the canvas, hit-testing through it, and a
// scene's fills where its regions lie.
#include <catch2/catch.hpp>

#include "tiny_data.h"

namespace {
const tpl::Dataset& data() { return tpl::test::tiny_data().dataset; }
}  // namespace

TEST_CASE("a view is letterboxed into the canvas, centred, with a margin") {
  tpl::MapCanvas canvas(data());
  canvas.resize(300, 200, 2);
  const tpl::Box frame = canvas.frame(0);  // a square view in a wide canvas: the height decides
  CHECK(frame.height == Approx(184));
  CHECK(frame.width == Approx(184));
  CHECK(frame.x == Approx(58));
  CHECK(frame.y == Approx(8));
  CHECK_FALSE(canvas.resize(300, 200, 2));
  // Hit-testing works in CSS pixels whatever the pixel ratio.
  CHECK(canvas.region_at(0, 58 + 0.3f * 184, 8 + 0.3f * 184) == tpl::find(data().region_index, "top_left"));
  CHECK(canvas.region_at(0, 58 + 0.7f * 184, 8 + 0.3f * 184) == tpl::find(data().region_index, "top_right"));
  CHECK(canvas.region_at(0, 60, 10) == -1);
  CHECK(canvas.region_at(7, 100, 100) == -1);
}

TEST_CASE("a selected region is tinted in the selection colour where it lies, and only there") {
  tpl::MapCanvas canvas(data());
  canvas.resize(200, 200, 1);  // pixel ratio 1: draw list pixels are CSS pixels
  tpl::MapScene scene;
  // A tint, as the legend shows it: a solid fill in the (red) accent would read as a main referral zone.
  auto filled = [&] {
    std::vector<tpl::Vec2> points;
    const tpl::Color selected = canvas.theme().selected;
    for (const auto& v : canvas.draw(scene).vertices) {
      if (v.color.r == selected.r && v.color.g == selected.g && v.color.b == selected.b && v.color.a > 0 && v.color.a < 128) {
        points.push_back(v.pos);
      }
    }
    return points;
  };
  CHECK(filled().empty());
  const int bottom = tpl::find(data().region_index, "bottom_right");
  scene.selection = {bottom};
  const auto points = filled();
  REQUIRE(points.size() >= 3);
  float x = 0, y = 0;
  for (auto p : points) x += p.x, y += p.y;
  const float n = static_cast<float>(points.size());
  CHECK(canvas.region_at(0, x / n, y / n) == bottom);
}

TEST_CASE("a referral pattern adds its zones and the X only on the view where the point lies") {
  tpl::MapCanvas canvas(data());
  canvas.resize(200, 200, 1);
  tpl::MapScene scene;
  scene.view = tpl::find(data().view_index, "back");
  const std::size_t plain = canvas.draw(scene).indices.size();
  scene.trigger_point = tpl::find(data().trigger_point_index, "rear_d");
  CHECK(canvas.draw(scene).indices.size() > plain);
  scene.view = tpl::find(data().view_index, "front");
  scene.trigger_point = -1;
  const std::size_t front = canvas.draw(scene).indices.size();
  scene.trigger_point = tpl::find(data().trigger_point_index, "rear_d");  // only its spillover (centre) is here
  const std::size_t with_zone = canvas.draw(scene).indices.size();
  CHECK(with_zone > front);
}

TEST_CASE("theme colours are read from #rgb and #rrggbb, and anything else is refused") {
  tpl::Color colour{1, 2, 3, 200};
  CHECK(tpl::parse_colour("#b4452c", colour));
  CHECK((colour.r == 0xb4 && colour.g == 0x45 && colour.b == 0x2c && colour.a == 200));
  CHECK(tpl::parse_colour("#fff", colour));
  CHECK((colour.r == 255 && colour.g == 255 && colour.b == 255));
  for (const char* bad : {"", "red", "#ggg", "#12345", "rgb(1,2,3)", "#1234567"}) CHECK_FALSE(tpl::parse_colour(bad, colour));
  CHECK((colour.r == 255 && colour.g == 255 && colour.b == 255));
}
