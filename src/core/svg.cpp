// SVG output of the map. Fills become closed paths (their triangulation is for the GPU and is not needed here),
// strokes become stroked paths with round joins; numbers keep one decimal, plenty for a printed figure.
#include "svg.h"

#include <cmath>

namespace tpl {

namespace {
// A number with one decimal, written by hand: printf's floating-point formatting would add its code to the
// WebAssembly module for this alone.
std::string number(float value) {
  const long tenths = std::lround(static_cast<double>(value) * 10.0);
  const long whole = std::labs(tenths) / 10, tenth = std::labs(tenths) % 10;
  return (tenths < 0 ? "-" : "") + std::to_string(whole) + "." + std::to_string(tenth);
}

// fill="rgb(r,g,b)" (or stroke=...), with its opacity where it is not opaque.
std::string paint(const char* what, Color c) {
  std::string out = std::string(what) + "=\"rgb(" + std::to_string(c.r) + "," + std::to_string(c.g) + "," +
                    std::to_string(c.b) + ")\"";
  if (c.a != 255) out += std::string(" ") + what + "-opacity=\"" + number(static_cast<float>(c.a) / 255.0f) + "\"";
  return out;
}

std::string stroke_paint(Color c, float width) {
  return "fill=\"none\" " + paint("stroke", c) + " stroke-width=\"" + number(width) +
         "\" stroke-linejoin=\"round\" stroke-linecap=\"round\"";
}
}  // namespace

SvgPainter::SvgPainter(float width, float height) : width_(width), height_(height) {}

void SvgPainter::path(const Polygon& points, bool closed, const std::string& attributes) {
  if (points.empty()) return;
  body_ += "<path d=\"M";
  for (std::size_t i = 0; i < points.size(); ++i) {
    body_ += (i ? " " : "") + number(points[i].x) + " " + number(points[i].y);
  }
  body_ += closed ? "Z\" " : "\" ";
  body_ += attributes + "/>";
}

void SvgPainter::fill(const Polygon& points, const std::vector<int>&, Color color) {
  path(points, true, paint("fill", color));
}

void SvgPainter::fill_plain(const Polygon& points, const std::vector<int>& triangles, Color color) {
  fill(points, triangles, color);
}

void SvgPainter::polyline(const Polygon& points, float width, Color color) {
  path(points, false, stroke_paint(color, width));
}

void SvgPainter::stroke(const Polygon& points, float width, Color color) {
  path(points, true, stroke_paint(color, width));
}

void SvgPainter::line(Vec2 a, Vec2 b, float width, Color color) { path({a, b}, false, stroke_paint(color, width)); }

void SvgPainter::disc(Vec2 centre, float radius, Color color) {
  body_ += "<circle cx=\"" + number(centre.x) + "\" cy=\"" + number(centre.y) + "\" r=\"" + number(radius) +
           "\" " + paint("fill", color) + "/>";
}

std::string SvgPainter::svg() const {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + number(width_) + " " + number(height_) + "\">" +
         body_ + "</svg>";
}

}  // namespace tpl
