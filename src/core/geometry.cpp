// Geometry kernels. Anti-aliasing follows Dear ImGui's approach: every filled or stroked edge gets a one-pixel
// fringe whose outer vertices are transparent, so edges look smooth without multisampling (WebGL contexts from
// SDL's Emscripten backend do not ask for it).
#include "geometry.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tpl {

namespace {
Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
Vec2 operator*(Vec2 a, float s) { return {a.x * s, a.y * s}; }
float cross(Vec2 a, Vec2 b) { return a.x * b.y - a.y * b.x; }
Vec2 normalized(Vec2 v) {
  float length = std::sqrt(v.x * v.x + v.y * v.y);
  return length > 1e-12f ? v * (1.0f / length) : Vec2{0, 0};
}

// Per-vertex outward offset directions (length grows at sharp corners, capped like ImGui's miter limit).
std::vector<Vec2> vertex_normals(const Polygon& points) {
  const std::size_t n = points.size();
  std::vector<Vec2> normals(n);
  // For a positive-area outline the interior lies left of each edge, so (d.y, -d.x) points outward.
  const float orientation = signed_area(points) > 0 ? 1.0f : -1.0f;
  for (std::size_t i = 0; i < n; ++i) {
    Vec2 prev = points[(i + n - 1) % n], here = points[i], next = points[(i + 1) % n];
    Vec2 d0 = normalized(here - prev), d1 = normalized(next - here);
    Vec2 n0{d0.y, -d0.x}, n1{d1.y, -d1.x};
    Vec2 average = (n0 + n1) * 0.5f;
    float length_sq = average.x * average.x + average.y * average.y;
    if (length_sq > 1e-6f) average = average * (1.0f / std::max(length_sq, 0.25f));
    normals[i] = average * orientation;
  }
  return normals;
}

Color transparent(Color c) { return {c.r, c.g, c.b, 0}; }
}  // namespace

Polygon smooth_closed(const Polygon& control, int subdivisions) {
  const std::size_t n = control.size();
  Polygon out;
  out.reserve(n * static_cast<std::size_t>(subdivisions));
  for (std::size_t i = 0; i < n; ++i) {
    Vec2 p0 = control[(i + n - 1) % n], p1 = control[i], p2 = control[(i + 1) % n], p3 = control[(i + 2) % n];
    for (int s = 0; s < subdivisions; ++s) {
      float t = static_cast<float>(s) / static_cast<float>(subdivisions), t2 = t * t, t3 = t2 * t;
      out.push_back((p1 * 2.0f + (p2 - p0) * t + (p0 * 2.0f - p1 * 5.0f + p2 * 4.0f - p3) * t2 +
                     (p1 * 3.0f - p0 - p2 * 3.0f + p3) * t3) *
                    0.5f);
    }
  }
  return out;
}

Polygon smooth_open(const Polygon& control, int subdivisions) {
  const std::size_t n = control.size();
  if (n < 3) return control;
  Polygon out;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    Vec2 p0 = control[i == 0 ? 0 : i - 1], p1 = control[i], p2 = control[i + 1], p3 = control[std::min(i + 2, n - 1)];
    for (int s = 0; s < subdivisions; ++s) {
      float t = static_cast<float>(s) / static_cast<float>(subdivisions), t2 = t * t, t3 = t2 * t;
      out.push_back((p1 * 2.0f + (p2 - p0) * t + (p0 * 2.0f - p1 * 5.0f + p2 * 4.0f - p3) * t2 +
                     (p1 * 3.0f - p0 - p2 * 3.0f + p3) * t3) *
                    0.5f);
    }
  }
  out.push_back(control.back());
  return out;
}

bool contains(const Polygon& outline, Vec2 p) {
  bool inside = false;
  for (std::size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
    const Vec2 a = outline[i], b = outline[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

float signed_area(const Polygon& outline) {
  float area = 0;
  for (std::size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++) area += cross(outline[j], outline[i]);
  return area * 0.5f;
}

std::vector<int> triangulate(const Polygon& outline) {
  std::vector<int> triangles;
  const int n = static_cast<int>(outline.size());
  if (n < 3) return triangles;
  std::vector<int> remaining;
  remaining.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) remaining.push_back(i);
  const float orientation = signed_area(outline) > 0 ? 1.0f : -1.0f;
  auto point = [&](int index) { return outline[static_cast<std::size_t>(index)]; };
  auto same = [](Vec2 a, Vec2 b) { return std::fabs(a.x - b.x) < 1e-9f && std::fabs(a.y - b.y) < 1e-9f; };
  // Inside or on the edge: a vertex touching the candidate ear's long side blocks it. Copies of the ear's own
  // corners are skipped by the caller.
  auto inside = [&](Vec2 p, Vec2 a, Vec2 b, Vec2 c) {
    return cross(b - a, p - a) * orientation >= 0 && cross(c - b, p - b) * orientation >= 0 && cross(a - c, p - c) * orientation >= 0;
  };
  auto corner = [&](std::size_t k) {
    const std::size_t m = remaining.size();
    return std::array<int, 3>{remaining[(k + m - 1) % m], remaining[k], remaining[(k + 1) % m]};
  };
  // Only a reflex (inward-turning) vertex can lie inside an ear, and clipping ears only ever turns vertices
  // convex: the ear test checks the reflex ones, a fraction of the outline.
  std::vector<int> reflex;
  for (std::size_t k = 0; k < remaining.size(); ++k) {
    const auto [ia, ib, ic] = corner(k);
    if (cross(point(ib) - point(ia), point(ic) - point(ib)) * orientation <= 0) reflex.push_back(ib);
  }
  auto update_reflex = [&](std::size_t k) {
    const auto [ia, ib, ic] = corner(k);
    if (cross(point(ib) - point(ia), point(ic) - point(ib)) * orientation > 0) {
      reflex.erase(std::remove(reflex.begin(), reflex.end(), ib), reflex.end());
    }
  };
  auto is_ear = [&](std::size_t k) {
    const auto [ia, ib, ic] = corner(k);
    const Vec2 a = point(ia), b = point(ib), c = point(ic);
    if (cross(b - a, c - b) * orientation <= 0) return false;
    for (int other : reflex) {
      const Vec2 p = point(other);
      if (other == ia || other == ib || other == ic || same(p, a) || same(p, b) || same(p, c)) continue;
      if (inside(p, a, b, c)) return false;
    }
    return true;
  };
  // Removes the corner at k; its neighbours may have turned convex.
  auto remove = [&](std::size_t k) {
    const int removed = remaining[k];
    remaining.erase(remaining.begin() + static_cast<std::ptrdiff_t>(k));
    reflex.erase(std::remove(reflex.begin(), reflex.end(), removed), reflex.end());
    const std::size_t m = remaining.size();
    if (m < 3) return;
    update_reflex((k + m - 1) % m);
    update_reflex(k % m);
  };
  std::size_t k = 0, without_ear = 0;
  while (remaining.size() > 3) {
    const std::size_t m = remaining.size(), at = k % m;
    const auto [ia, ib, ic] = corner(at);
    const float turn = cross(point(ib) - point(ia), point(ic) - point(ib));
    if (std::fabs(turn) < 1e-12f) {
      // Collinear or repeated point: drop it, it encloses nothing.
      remove(at);
      without_ear = 0;
    } else if (is_ear(at) || ++without_ear > 2 * m) {
      // The second case only for self-touching input: cut the corner anyway so the shape still fills.
      triangles.insert(triangles.end(), {ia, ib, ic});
      remove(at);
      without_ear = 0;
    } else {
      ++k;
    }
  }
  triangles.insert(triangles.end(), remaining.begin(), remaining.end());
  return triangles;
}

// Sutherland–Hodgman: the part of a convex polygon inside another convex polygon. (With a concave subject the
// result would need zero-width bridges that break even-odd tests, so outlines are clipped triangle by triangle.)
Polygon clip_convex(const Polygon& subject, const Polygon& clip) {
  Polygon out = subject, input;
  out.reserve(subject.size() + clip.size());
  input.reserve(subject.size() + clip.size());
  const std::size_t count = clip.size();
  const float orientation = signed_area(clip) > 0 ? 1.0f : -1.0f;
  for (std::size_t k = 0; k < count && !out.empty(); ++k) {
    const Vec2 a = clip[k], b = clip[(k + 1) % count];
    // A near-zero edge (two cuts meeting at one corner) has no meaningful direction; its neighbours bound the
    // polygon there anyway.
    if (std::fabs(b.x - a.x) + std::fabs(b.y - a.y) < 1e-6f) continue;
    auto side = [&](Vec2 p) { return ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) * orientation; };
    input.swap(out);
    out.clear();
    for (std::size_t i = 0; i < input.size(); ++i) {
      const Vec2 p = input[i], q = input[(i + 1) % input.size()];
      const float sp = side(p), sq = side(q);
      if (sp >= 0) out.push_back(p);
      if ((sp >= 0) != (sq >= 0)) {
        const float t = sp / (sp - sq);
        out.push_back({p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t});
      }
    }
  }
  return out;
}

Shape make_shape(Polygon outline) {
  Shape shape;
  shape.triangles = triangulate(outline);
  shape.points = std::move(outline);
  return shape;
}

void DrawList::clear() {
  vertices.clear();
  indices.clear();
}

void DrawList::fill(const Polygon& points, const std::vector<int>& triangles, Color color) {
  const int n = static_cast<int>(points.size());
  if (n < 3) return;
  const int base = static_cast<int>(vertices.size());
  const auto normals = vertex_normals(points);
  // Inner ring (opaque, half a pixel inside) then outer ring (transparent, half a pixel outside).
  for (int i = 0; i < n; ++i) vertices.push_back({points[i] - normals[i] * 0.5f, color});
  for (int i = 0; i < n; ++i) vertices.push_back({points[i] + normals[i] * 0.5f, transparent(color)});
  for (int index : triangles) indices.push_back(base + index);
  for (int i = 0; i < n; ++i) {
    int j = (i + 1) % n;
    indices.insert(indices.end(), {base + i, base + j, base + n + j, base + i, base + n + j, base + n + i});
  }
}

void DrawList::fill_plain(const Polygon& points, const std::vector<int>& triangles, Color color) {
  const int base = static_cast<int>(vertices.size());
  for (Vec2 p : points) vertices.push_back({p, color});
  for (int index : triangles) indices.push_back(base + index);
}

void DrawList::polyline(const Polygon& points, float width, Color color) {
  for (std::size_t i = 0; i + 1 < points.size(); ++i) line(points[i], points[i + 1], width, color);
}

void DrawList::stroke(const Polygon& points, float width, Color color) {
  const int n = static_cast<int>(points.size());
  if (n < 2) return;
  const int base = static_cast<int>(vertices.size());
  const auto normals = vertex_normals(points);
  const float core = std::max(width - 1.0f, 0.0f) * 0.5f, edge = core + 1.0f;
  for (int i = 0; i < n; ++i) {
    vertices.push_back({points[i] + normals[i] * edge, transparent(color)});
    vertices.push_back({points[i] + normals[i] * core, color});
    vertices.push_back({points[i] - normals[i] * core, color});
    vertices.push_back({points[i] - normals[i] * edge, transparent(color)});
  }
  for (int i = 0; i < n; ++i) {
    int a = base + 4 * i, b = base + 4 * ((i + 1) % n);
    for (int row = 0; row < 3; ++row) {
      indices.insert(indices.end(), {a + row, b + row, b + row + 1, a + row, b + row + 1, a + row + 1});
    }
  }
}

void DrawList::line(Vec2 a, Vec2 b, float width, Color color) {
  Vec2 d = normalized(b - a), n{-d.y, d.x};
  const float core = std::max(width - 1.0f, 0.0f) * 0.5f, edge = core + 1.0f;
  const int base = static_cast<int>(vertices.size());
  for (Vec2 p : {a, b}) {
    vertices.push_back({p + n * edge, transparent(color)});
    vertices.push_back({p + n * core, color});
    vertices.push_back({p - n * core, color});
    vertices.push_back({p - n * edge, transparent(color)});
  }
  for (int row = 0; row < 3; ++row) {
    indices.insert(indices.end(), {base + row, base + 4 + row, base + 5 + row, base + row, base + 5 + row, base + row + 1});
  }
}

void DrawList::disc(Vec2 centre, float radius, Color color) {
  constexpr int segments = 24;
  Polygon circle;
  for (int i = 0; i < segments; ++i) {
    float angle = 6.2831853f * static_cast<float>(i) / segments;
    circle.push_back({centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)});
  }
  std::vector<int> fan;
  for (int i = 1; i + 1 < segments; ++i) fan.insert(fan.end(), {0, i, i + 1});
  fill(circle, fan, color);
}

}  // namespace tpl
