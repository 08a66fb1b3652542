// The body map's regions tile every view: a raster of each view proves that every point on the body belongs to
// exactly one region (the one hit-testing reports and the one drawn there), that points off the body belong to
// none, and that the left and right sides mirror each other.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <set>

#include "body_map.h"
#include "data_fixture.h"

namespace {
const tpl::Dataset& data() { return tpl::test::shipped_data().dataset; }

// The region on the other side of the body (midline regions are their own mirror).
int mirror_region(int region) {
  const tpl::Region& r = data().regions[region];
  const tpl::Side other = r.side == tpl::Side::left ? tpl::Side::right : r.side == tpl::Side::right ? tpl::Side::left : tpl::Side::midline;
  return data().region_of(r.zone, other);
}

// Whether p lies so close to the border between two seeds that rounding could tip it either way.
bool near_tie(const tpl::View& view, tpl::Vec2 p) {
  float best = 1e30f, second = 1e30f;
  for (const auto& seed : view.seeds) {
    const float dx = (seed.at.x - p.x) * view.aspect, dy = seed.at.y - p.y, d = std::sqrt(dx * dx + dy * dy);
    if (d < best) {
      second = best;
      best = d;
    } else if (d < second) {
      second = d;
    }
  }
  return second - best < 2e-4f;  // a fifth of a pixel on a 1000-pixel-high map
}

// Every region's pieces in a view, as the widget fills them.
using Pieces = std::vector<std::pair<int, tpl::Shape>>;
Pieces all_pieces(const tpl::View& view) {
  const tpl::ViewDrawing drawing = tpl::cut_regions(view);
  std::set<int> regions;
  for (const auto& seed : view.seeds) regions.insert(seed.region);
  Pieces out;
  for (int region : regions) {
    for (auto& shape : tpl::region_pieces(view, drawing, region)) out.emplace_back(region, std::move(shape));
  }
  return out;
}

// Whether p lies on an edge of one of `region`'s pieces (within rounding), where the even-odd test may go either way.
bool on_piece_edge(const Pieces& pieces, int region, tpl::Vec2 p) {
  for (const auto& [piece_region, piece] : pieces) {
    if (piece_region != region) continue;
    const auto& q = piece.points;
    for (std::size_t i = 0, j = q.size() - 1; i < q.size(); j = i++) {
      const float ex = q[i].x - q[j].x, ey = q[i].y - q[j].y, length_sq = ex * ex + ey * ey;
      if (length_sq == 0) continue;
      const float t = std::clamp(((p.x - q[j].x) * ex + (p.y - q[j].y) * ey) / length_sq, 0.0f, 1.0f);
      const float dx = q[j].x + ex * t - p.x, dy = q[j].y + ey * t - p.y;
      if (dx * dx + dy * dy < 1e-10f) return true;
    }
  }
  return false;
}
}  // namespace

TEST_CASE("every point on the body maps to exactly one region, in every view") {
  REQUIRE_FALSE(data().views.empty());
  for (const tpl::View& view : data().views) {
    INFO("view " << view.id);
    const Pieces pieces = all_pieces(view);
    const int columns = 240, rows = static_cast<int>(columns / view.aspect);
    int on_body = 0, mismatches = 0, uncovered = 0;
    std::string examples;
    std::set<int> regions_seen;
    for (int row = 0; row < rows; ++row) {
      for (int column = 0; column < columns; ++column) {
        // Off-grid sample positions, so no sample sits exactly on a shared border by construction.
        const tpl::Vec2 p{(static_cast<float>(column) + 0.3719f) / static_cast<float>(columns), (static_cast<float>(row) + 0.6173f) / static_cast<float>(rows)};
        const int region = tpl::hit_test(view, p);
        if (!tpl::on_body(view, p)) {
          CHECK(region == -1);
          continue;
        }
        ++on_body;
        if (region < 0) {
          ++uncovered;
          continue;
        }
        regions_seen.insert(region);
        if (near_tie(view, p)) continue;
        std::set<int> drawn;
        for (const auto& [piece_region, piece] : pieces) {
          if (tpl::contains(piece.points, p)) drawn.insert(piece_region);
        }
        if (drawn != std::set<int>{region} && !on_piece_edge(pieces, region, p)) {
          ++mismatches;
          if (examples.size() < 5) {
            examples += "(" + std::to_string(p.x) + ", " + std::to_string(p.y) + ") hits " + data().regions[region].id + " but " +
                        std::to_string(drawn.size()) + " region(s) drawn there; ";
          }
        }
      }
    }
    CHECK(on_body > 1000);
    CHECK(uncovered == 0);
    INFO(examples);
    CHECK(mismatches == 0);
    // Every region the view names can be hit.
    std::set<int> named;
    for (const auto& seed : view.seeds) named.insert(seed.region);
    CHECK(regions_seen == named);
  }
}

TEST_CASE("left and right mirror each other in the views that show both sides") {
  for (const tpl::View& view : data().views) {
    if (view.id == "left" || view.id == "right") continue;
    INFO("view " << view.id);
    int compared = 0, different = 0;
    for (int row = 0; row < 400; ++row) {
      for (int column = 0; column < 100; ++column) {
        const tpl::Vec2 p{(static_cast<float>(column) + 0.3719f) / 200.0f, (static_cast<float>(row) + 0.6173f) / 400.0f};  // the left half of the frame
        const tpl::Vec2 q{1.0f - p.x, p.y};
        const int a = tpl::hit_test(view, p), b = tpl::hit_test(view, q);
        if (a < 0 && b < 0) continue;
        if (near_tie(view, p)) continue;
        ++compared;
        if (a < 0 || b < 0 || b != mirror_region(a)) ++different;
      }
    }
    CHECK(compared > 1000);
    CHECK(different == 0);
  }
}

TEST_CASE("the right side view is the left side view mirrored") {
  const int left = tpl::find(data().view_index, "left"), right = tpl::find(data().view_index, "right");
  if (left < 0 || right < 0) return;
  const auto& l = data().views[left];
  const auto& r = data().views[right];
  for (float y = 0.05f; y < 1.0f; y += 0.01f) {
    for (float x = 0.05f; x < 1.0f; x += 0.013f) {
      const int a = tpl::hit_test(l, {x, y});
      if (a < 0 || near_tie(l, {x, y})) continue;
      CHECK(tpl::hit_test(r, {1.0f - x, y}) == mirror_region(a));
    }
  }
}
