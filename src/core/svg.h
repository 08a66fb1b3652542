// The map as SVG, for the print view: the same drawing as the canvas (MapCanvas paints both), written as paths.
#pragma once

#include <string>

#include "geometry.h"

namespace tpl {

class SvgPainter : public Painter {
 public:
  SvgPainter(float width, float height);

  void fill(const Polygon& points, const std::vector<int>& triangles, Color color) override;
  void fill_plain(const Polygon& points, const std::vector<int>& triangles, Color color) override;
  void polyline(const Polygon& points, float width, Color color) override;
  void stroke(const Polygon& points, float width, Color color) override;
  void line(Vec2 a, Vec2 b, float width, Color color) override;
  void disc(Vec2 centre, float radius, Color color) override;

  // The finished document: an <svg> element with a viewBox of the size given.
  std::string svg() const;

 private:
  void path(const Polygon& points, bool closed, const std::string& attributes);

  float width_, height_;
  std::string body_;
};

}  // namespace tpl
