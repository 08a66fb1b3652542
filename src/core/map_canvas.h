// The body map as it is drawn: a view letterboxed into the canvas, hit-testing in canvas coordinates, and the draw
// list for a scene (the selection, hover, keyboard focus and a referral pattern). It holds no widget state: the
// session (session.h) decides what the scene is. Input is in CSS pixels relative to the canvas; the draw list is in
// device pixels.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dataset.h"
#include "geometry.h"

namespace tpl {

struct Theme {
  Color background{255, 255, 255, 255};
  Color body{238, 226, 216, 255};
  Color body_edge{120, 96, 84, 255};
  Color region_edge{214, 196, 184, 255};
  Color detail{196, 170, 156, 255};
  Color hover{246, 196, 170, 255};
  Color selected{214, 92, 64, 255};
  Color focus{30, 80, 160, 255};
  Color essential{200, 40, 40, 235};
  Color spillover{226, 110, 100, 150};
  Color marker{20, 20, 20, 255};
};

// Reads "#rgb" or "#rrggbb" into `colour` (alpha unchanged); returns false and leaves it alone otherwise.
bool parse_colour(const std::string& text, Color& colour);

// What the map shows: indices into the dataset, -1 for none.
struct MapScene {
  int view = 0;
  std::vector<int> selection;
  int hover = -1, focus = -1;
  int trigger_point = -1;  // its referral pattern and an X where it lies
  Side side = Side::left;  // the side of the body the trigger point is on
};

// A rectangle in CSS pixels.
struct Box {
  float x = 0, y = 0, width = 0, height = 0;
};

class MapCanvas {
 public:
  explicit MapCanvas(const Dataset& dataset);

  // Returns whether anything changed.
  bool resize(float css_width, float css_height, float pixel_ratio);
  void set_theme(const Theme& theme) { theme_ = theme; }
  const Theme& theme() const { return theme_; }

  // Where `view`'s frame lies on the canvas: a view point (x, y) in 0..1 is at box.x + x * box.width, ...
  Box frame(int view) const;
  // The region of `view` under a canvas point, or -1 off the body.
  int region_at(int view, float x, float y) const;
  // The region under a canvas point or, just off the body, the nearest one within `reach` CSS pixels; -1 when there
  // is none.
  int region_near(int view, float x, float y, float reach) const;

  // The scene's draw list.
  const DrawList& draw(const MapScene& scene);
  // The scene as an SVG document `height` units tall, drawn as on the canvas (for the print view).
  std::string svg(const MapScene& scene, float height);

 private:
  // Paints the scene with the view's frame at `frame`, in the painter's units.
  void paint(const MapScene& scene, const Box& frame, Painter& out);
  const ViewDrawing& drawing(int view);
  const std::vector<Shape>& pieces(int view, int region);

  const Dataset& dataset_;
  Theme theme_;
  float width_ = 0, height_ = 0, ratio_ = 1;
  DrawList draw_list_;
  std::vector<std::optional<ViewDrawing>> drawings_;          // per view, cut when first drawn
  std::map<std::pair<int, int>, std::vector<Shape>> pieces_;  // per view and region, cut when first filled
};

}  // namespace tpl
