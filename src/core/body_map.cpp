// Voronoi cells of region seeds, clipped to the body outline; see body_map.h.
#include "body_map.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

#include "geometry.h"

namespace tpl {

namespace {

// A convex polygon whose edge k (from vertex k to k+1) remembers the seed whose bisector made it (-1: frame).
struct Cell {
  std::vector<Vec2> points;
  std::vector<int> edge_owner;
};

// Keeps the part of `cell` where dot(n, p) <= c; the new edge along the line belongs to `owner`.
Cell clip_cell(const Cell& cell, Vec2 n, float c, int owner) {
  Cell out;
  const std::size_t count = cell.points.size();
  auto side = [&](Vec2 p) { return n.x * p.x + n.y * p.y - c; };
  for (std::size_t k = 0; k < count; ++k) {
    const Vec2 a = cell.points[k], b = cell.points[(k + 1) % count];
    const float sa = side(a), sb = side(b);
    if (sa <= 0) {
      out.points.push_back(a);
      out.edge_owner.push_back(cell.edge_owner[k]);
    }
    if ((sa <= 0) != (sb <= 0)) {
      const float t = sa / (sa - sb);
      out.points.push_back({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
      // Leaving the half-plane the next edge runs along the cut line; entering it continues the old edge.
      out.edge_owner.push_back(sa <= 0 ? owner : cell.edge_owner[k]);
    }
  }
  return out;
}

// The parts of segment a-b that lie on the body, appended as boundaries.
void add_inside_parts(const View& view, Vec2 a, Vec2 b, int region_a, int region_b, std::vector<Boundary>& boundaries) {
  std::vector<float> cuts = {0.0f, 1.0f};
  const float lo_x = std::min(a.x, b.x), hi_x = std::max(a.x, b.x), lo_y = std::min(a.y, b.y),
              hi_y = std::max(a.y, b.y);
  for (const Polygon& outline : view.silhouette) {
    for (std::size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
      const Vec2 p = outline[j], q = outline[i];
      if (std::max(p.x, q.x) < lo_x || std::min(p.x, q.x) > hi_x || std::max(p.y, q.y) < lo_y ||
          std::min(p.y, q.y) > hi_y)
        continue;
      const float denominator = (b.x - a.x) * (q.y - p.y) - (b.y - a.y) * (q.x - p.x);
      if (std::fabs(denominator) < 1e-12f) continue;
      const float t = ((p.x - a.x) * (q.y - p.y) - (p.y - a.y) * (q.x - p.x)) / denominator;
      const float u = ((p.x - a.x) * (b.y - a.y) - (p.y - a.y) * (b.x - a.x)) / denominator;
      if (t > 0 && t < 1 && u >= 0 && u <= 1) cuts.push_back(t);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
    const float t0 = cuts[k], t1 = cuts[k + 1], mid = (t0 + t1) * 0.5f;
    if (t1 - t0 < 1e-6f || !on_body(view, {a.x + (b.x - a.x) * mid, a.y + (b.y - a.y) * mid})) continue;
    boundaries.push_back({{a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0},
                          {a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1},
                          region_a,
                          region_b});
  }
}

}  // namespace

ViewDrawing cut_regions(const View& view) {
  ViewDrawing drawing;
  for (const Polygon& outline : view.silhouette) drawing.silhouette.push_back(make_shape(outline));
  drawing.cells.resize(view.seeds.size());
  const float aspect = view.aspect;
  // Work in true proportions (x scaled by the aspect), so "nearest" means nearest on the drawing.
  std::vector<Vec2> seeds;
  for (const Seed& seed : view.seeds) seeds.push_back({seed.at.x * aspect, seed.at.y});
  // The other seeds by distance, nearest first, taken from a heap: a cell is usually finished after its few
  // nearest neighbours, so sorting them all (as this did) was most of the first frame's cost.
  std::vector<std::pair<float, std::size_t>> nearest;
  for (std::size_t i = 0; i < seeds.size(); ++i) {
    Cell cell{{{0, 0}, {aspect, 0}, {aspect, 1}, {0, 1}}, {-1, -1, -1, -1}};
    nearest.clear();
    for (std::size_t k = 0; k < seeds.size(); ++k) {
      const float dx = seeds[k].x - seeds[i].x, dy = seeds[k].y - seeds[i].y;
      if (k != i) nearest.emplace_back(dx * dx + dy * dy, k);
    }
    const auto farther = std::greater<std::pair<float, std::size_t>>();
    std::make_heap(nearest.begin(), nearest.end(), farther);
    while (!nearest.empty() && !cell.points.empty()) {
      std::pop_heap(nearest.begin(), nearest.end(), farther);
      const auto [distance_sq, j] = nearest.back();
      nearest.pop_back();
      // Once a seed is more than twice as far as the cell's farthest corner, no farther seed can cut the cell.
      float reach_sq = 0;
      for (Vec2 p : cell.points) {
        const float dx = p.x - seeds[i].x, dy = p.y - seeds[i].y;
        reach_sq = std::max(reach_sq, dx * dx + dy * dy);
      }
      if (distance_sq > 4.0f * reach_sq) break;
      // Points nearer seed i than seed j: dot(sj - si, p) <= (|sj|² - |si|²) / 2.
      const Vec2 n{seeds[j].x - seeds[i].x, seeds[j].y - seeds[i].y};
      const float c =
          (seeds[j].x * seeds[j].x + seeds[j].y * seeds[j].y - seeds[i].x * seeds[i].x - seeds[i].y * seeds[i].y) *
          0.5f;
      cell = clip_cell(cell, n, c, static_cast<int>(j));
    }
    Polygon& cell_in_view = drawing.cells[i];
    if (cell.points.size() < 3) continue;
    for (Vec2 p : cell.points) cell_in_view.push_back({p.x / aspect, p.y});
    const int region = view.seeds[i].region;
    // Each wall between different regions once, from the side of the lower seed index.
    for (std::size_t k = 0; k < cell_in_view.size(); ++k) {
      const int owner = cell.edge_owner[k];
      if (owner <= static_cast<int>(i) || view.seeds[static_cast<std::size_t>(owner)].region == region) continue;
      add_inside_parts(view, cell_in_view[k], cell_in_view[(k + 1) % cell_in_view.size()], region,
                       view.seeds[static_cast<std::size_t>(owner)].region, drawing.boundaries);
    }
  }
  return drawing;
}

std::vector<Shape> region_pieces(const View& view, const ViewDrawing& drawing, int region) {
  std::vector<Shape> pieces;
  for (std::size_t i = 0; i < view.seeds.size() && i < drawing.cells.size(); ++i) {
    const Polygon& cell = drawing.cells[i];
    if (view.seeds[i].region != region || cell.size() < 3) continue;
    Vec2 lo{1e9f, 1e9f}, hi{-1e9f, -1e9f};
    for (Vec2 p : cell) {
      lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
      hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    }
    // The outline is concave, so it is cut triangle by triangle (see clip_convex).
    for (const Shape& body : drawing.silhouette) {
      for (std::size_t t = 0; t + 2 < body.triangles.size(); t += 3) {
        const Polygon triangle = {body.points[static_cast<std::size_t>(body.triangles[t])],
                                  body.points[static_cast<std::size_t>(body.triangles[t + 1])],
                                  body.points[static_cast<std::size_t>(body.triangles[t + 2])]};
        const float min_x = std::min({triangle[0].x, triangle[1].x, triangle[2].x}),
                    max_x = std::max({triangle[0].x, triangle[1].x, triangle[2].x});
        const float min_y = std::min({triangle[0].y, triangle[1].y, triangle[2].y}),
                    max_y = std::max({triangle[0].y, triangle[1].y, triangle[2].y});
        if (max_x < lo.x || min_x > hi.x || max_y < lo.y || min_y > hi.y) continue;
        Polygon piece = clip_convex(triangle, cell);
        if (piece.size() < 3 || std::fabs(signed_area(piece)) < 1e-9f) continue;
        std::vector<int> fan;
        for (int k = 1; k + 1 < static_cast<int>(piece.size()); ++k) fan.insert(fan.end(), {0, k, k + 1});
        pieces.push_back(Shape{std::move(piece), std::move(fan)});
      }
    }
  }
  return pieces;
}

bool on_body(const View& view, Vec2 p) {
  for (const Polygon& outline : view.silhouette) {
    if (contains(outline, p)) return true;
  }
  return false;
}

int hit_test(const View& view, Vec2 p) {
  if (view.seeds.empty() || !on_body(view, p)) return -1;
  const float aspect_sq = view.aspect * view.aspect;
  float best = 1e30f;
  int region = -1;
  for (const Seed& seed : view.seeds) {
    const float dx = seed.at.x - p.x, dy = seed.at.y - p.y;
    const float d = dx * dx * aspect_sq + dy * dy;
    if (d < best) {
      best = d;
      region = seed.region;
    }
  }
  return region;
}

}  // namespace tpl
