// Geometry kernels: inside tests, triangulation of concave outlines, and anti-aliased fills.
#include <catch2/catch.hpp>
#include <cmath>

#include "tpl_core.h"

using tpl::Polygon;

namespace {
float triangles_area(const Polygon& p, const std::vector<int>& t) {
  float sum = 0;
  for (std::size_t i = 0; i + 2 < t.size(); i += 3) {
    auto a = p[t[i]], b = p[t[i + 1]], c = p[t[i + 2]];
    sum += std::fabs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) * 0.5f;
  }
  return sum;
}
const Polygon l_shape = {{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};
}  // namespace

TEST_CASE("contains follows the outline of a concave shape") {
  CHECK(tpl::contains(l_shape, {0.5f, 1.5f}));
  CHECK(tpl::contains(l_shape, {1.5f, 0.5f}));
  CHECK_FALSE(tpl::contains(l_shape, {1.5f, 1.5f}));
  CHECK_FALSE(tpl::contains(l_shape, {-0.1f, 0.5f}));
}

TEST_CASE("triangulation covers a concave outline exactly, in either winding") {
  auto t = tpl::triangulate(l_shape);
  CHECK(t.size() == 3 * (l_shape.size() - 2));
  CHECK(triangles_area(l_shape, t) == Approx(3.0f));
  Polygon reversed(l_shape.rbegin(), l_shape.rend());
  CHECK(triangles_area(reversed, tpl::triangulate(reversed)) == Approx(3.0f));
}

TEST_CASE("a smoothed outline passes through its control points") {
  Polygon square = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  auto smooth = tpl::smooth_closed(square, 4);
  REQUIRE(smooth.size() == 16);
  CHECK(smooth[4].x == Approx(1.0f));
  CHECK(smooth[4].y == Approx(0.0f));
}

TEST_CASE("an anti-aliased fill is opaque inside and fades out just outside the edge") {
  for (const Polygon& square : {Polygon{{10, 10}, {20, 10}, {20, 20}, {10, 20}}, Polygon{{10, 10}, {10, 20}, {20, 20}, {20, 10}}}) {
    tpl::DrawList list;
    list.fill(square, tpl::triangulate(square), {255, 0, 0, 255});
    REQUIRE(list.vertices.size() == 8);
    for (int i = 0; i < 4; ++i) {
      CHECK(list.vertices[i].color.a == 255);
      CHECK(tpl::contains(square, list.vertices[i].pos));
      CHECK(list.vertices[i + 4].color.a == 0);
      CHECK_FALSE(tpl::contains(square, list.vertices[i + 4].pos));
    }
  }
}
