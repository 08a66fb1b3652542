// Plane geometry for the body map: smoothing outlines, hit-testing, triangulating, and the draw list that the
// platform shell renders (anti-aliased fills and strokes as coloured triangles, ready for SDL_RenderGeometry).
#pragma once

#include <cstdint>
#include <vector>


namespace tpl {

struct Vec2 {
  float x = 0, y = 0;
};
using Polygon = std::vector<Vec2>;

// A closed outline and its triangulation (indices into `points`).
struct Shape {
  Polygon points;
  std::vector<int> triangles;
};

// A closed Catmull-Rom curve through `control`, with `subdivisions` points per segment.
Polygon smooth_closed(const Polygon& control, int subdivisions);

// An open Catmull-Rom curve through `control` (ends included), with `subdivisions` points per segment.
Polygon smooth_open(const Polygon& control, int subdivisions);

// Even-odd rule: whether `p` lies inside the closed outline.
bool contains(const Polygon& outline, Vec2 p);

// Positive for counter-clockwise outlines in a y-up frame (clockwise on screen).
float signed_area(const Polygon& outline);

// Triangles covering a simple polygon (either winding), as indices into it; ear clipping.
std::vector<int> triangulate(const Polygon& outline);

// The part of convex polygon `subject` inside convex polygon `clip` (Sutherland–Hodgman).
Polygon clip_convex(const Polygon& subject, const Polygon& clip);

// An outline with its triangulation.
Shape make_shape(Polygon outline);

struct Color {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
};

struct Vertex {
  Vec2 pos;
  Color color;
};

// What the map is drawn with: shapes in pixels. The canvas gets triangles (DrawList), the print view SVG (svg.h),
// from the same drawing code.
class Painter {
 public:
  virtual ~Painter() = default;
  // Fills `points` (triangulated by `triangles`), with a one-pixel anti-aliased edge.
  virtual void fill(const Polygon& points, const std::vector<int>& triangles, Color color) = 0;
  // Fills without the anti-aliased edge: for pieces that meet other pieces or lie under a stroke.
  virtual void fill_plain(const Polygon& points, const std::vector<int>& triangles, Color color) = 0;
  // Strokes an open line through `points`.
  virtual void polyline(const Polygon& points, float width, Color color) = 0;
  // Strokes a closed outline with a line `width` pixels wide.
  virtual void stroke(const Polygon& points, float width, Color color) = 0;
  virtual void line(Vec2 a, Vec2 b, float width, Color color) = 0;
  virtual void disc(Vec2 centre, float radius, Color color) = 0;
};

// Coloured triangles in device pixels, anti-aliased by a fringe that fades to transparent.
class DrawList : public Painter {
 public:
  std::vector<Vertex> vertices;
  std::vector<int> indices;

  void clear();
  void fill(const Polygon& points, const std::vector<int>& triangles, Color color) override;
  void fill_plain(const Polygon& points, const std::vector<int>& triangles, Color color) override;
  void polyline(const Polygon& points, float width, Color color) override;
  void stroke(const Polygon& points, float width, Color color) override;
  void line(Vec2 a, Vec2 b, float width, Color color) override;
  void disc(Vec2 centre, float radius, Color color) override;
};

}  // namespace tpl
