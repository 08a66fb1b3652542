// The body map's state and what it should look like: the selection, hover and keyboard focus, the current view,
// the trigger point being shown, and the draw list for all of it. Input arrives in CSS pixels relative to the
// canvas; the draw list is in device pixels. The shell only forwards events here and renders draw().
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

class Widget {
 public:
  explicit Widget(const Dataset& dataset);

  void resize(float css_width, float css_height, float pixel_ratio);
  void set_theme(const Theme& theme);
  void set_view(int view);
  int view() const { return view_; }

  void pointer_move(float x, float y);
  void pointer_leave();
  // Where a point of the current view (normalized coordinates) lies on the canvas, in CSS pixels.
  Vec2 canvas_point(Vec2 view_point) const;
  // The region under a point of the canvas in the current view, or -1.
  int region_at(float x, float y) const;
  // Toggles the region under the point; returns it, or -1 when the click missed the body.
  int click(float x, float y);

  void toggle(int region);
  void set_selection(const std::vector<int>& regions);
  void clear();
  const std::vector<int>& selection() const { return selection_; }
  bool is_selected(int region) const;
  void set_focus(int region);

  // Draws a trigger point's referral pattern and an X at the point (trigger_point -1 hides it). Switches to the
  // view where the point lies when the current one cannot show it.
  void show_trigger_point(int trigger_point, Side side);

  bool needs_redraw() const { return dirty_; }
  // The frame's draw list, rebuilt only when something changed since the last call.
  const DrawList& draw();
  const Theme& theme() const { return theme_; }
  int width_px() const { return static_cast<int>(width_ * ratio_ + 0.5f); }
  int height_px() const { return static_cast<int>(height_ * ratio_ + 0.5f); }

 private:
  struct Frame {
    float x, y, w, h;  // the view's frame in device pixels
  };
  Frame frame() const;
  Vec2 to_pixels(Vec2 view_point, const Frame& f) const;
  Vec2 to_view(float css_x, float css_y) const;
  Polygon to_pixels(const Polygon& shape, const Frame& f) const;
  void build();
  void touch() { dirty_ = true; }
  const ViewDrawing& drawing(int view);
  const std::vector<Shape>& pieces(int view, int region);

  const Dataset& dataset_;
  Theme theme_;
  int view_ = 0;
  float width_ = 0, height_ = 0, ratio_ = 1;
  std::vector<int> selection_;
  int hover_ = -1, focus_ = -1;
  int shown_point_ = -1;
  Side shown_side_ = Side::left;
  bool dirty_ = true;
  DrawList draw_list_;
  std::vector<std::optional<ViewDrawing>> drawings_;          // per view, cut when first drawn
  std::map<std::pair<int, int>, std::vector<Shape>> pieces_;  // per view and region, cut when first filled
};

}  // namespace tpl
