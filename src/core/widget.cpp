// Body map state and drawing. Referral zones are drawn the way the clinical charts do it, in our own artwork:
// the essential zone solid, the spillover zone stippled, an X where the point lies.
#include "widget.h"

#include "body_map.h"

#include <algorithm>
#include <cmath>

namespace tpl {

namespace {
constexpr float margin_css = 8.0f;

}  // namespace

bool parse_colour(const std::string& text, Color& colour) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  const bool short_form = text.size() == 4, long_form = text.size() == 7;
  if ((!short_form && !long_form) || text[0] != '#') return false;
  int channels[3];
  for (int i = 0; i < 3; ++i) {
    const int high = hex(text[static_cast<std::size_t>(short_form ? 1 + i : 1 + 2 * i)]);
    const int low = hex(text[static_cast<std::size_t>(short_form ? 1 + i : 2 + 2 * i)]);
    if (high < 0 || low < 0) return false;
    channels[i] = high * 16 + low;
  }
  colour.r = static_cast<std::uint8_t>(channels[0]);
  colour.g = static_cast<std::uint8_t>(channels[1]);
  colour.b = static_cast<std::uint8_t>(channels[2]);
  return true;
}

Widget::Widget(const Dataset& dataset) : dataset_(dataset), drawings_(dataset.views.size()) {}

void Widget::resize(float css_width, float css_height, float pixel_ratio) {
  if (css_width == width_ && css_height == height_ && pixel_ratio == ratio_) return;
  width_ = std::max(css_width, 1.0f);
  height_ = std::max(css_height, 1.0f);
  ratio_ = std::clamp(pixel_ratio, 0.5f, 4.0f);
  touch();
}

void Widget::set_theme(const Theme& theme) {
  theme_ = theme;
  touch();
}

void Widget::set_view(int view) {
  if (view < 0 || static_cast<std::size_t>(view) >= dataset_.views.size() || view == view_) return;
  view_ = view;
  hover_ = -1;
  touch();
}

Widget::Frame Widget::frame() const {
  const float aspect = dataset_.views.empty() ? 0.5f : dataset_.views[static_cast<std::size_t>(view_)].aspect;
  const float margin = margin_css * ratio_;
  const float avail_w = std::max(width_ * ratio_ - 2 * margin, 1.0f),
              avail_h = std::max(height_ * ratio_ - 2 * margin, 1.0f);
  float w = avail_w, h = w / aspect;
  if (h > avail_h) {
    h = avail_h;
    w = h * aspect;
  }
  return {(width_ * ratio_ - w) * 0.5f, (height_ * ratio_ - h) * 0.5f, w, h};
}

Vec2 Widget::to_pixels(Vec2 p, const Frame& f) const { return {f.x + p.x * f.w, f.y + p.y * f.h}; }

Polygon Widget::to_pixels(const Polygon& shape, const Frame& f) const {
  Polygon out;
  out.reserve(shape.size());
  for (Vec2 p : shape) out.push_back(to_pixels(p, f));
  return out;
}

Vec2 Widget::canvas_point(Vec2 view_point) const {
  const Vec2 p = to_pixels(view_point, frame());
  return {p.x / ratio_, p.y / ratio_};
}

Vec2 Widget::to_view(float css_x, float css_y) const {
  const Frame f = frame();
  return {(css_x * ratio_ - f.x) / f.w, (css_y * ratio_ - f.y) / f.h};
}

int Widget::region_at(float x, float y) const {
  if (dataset_.views.empty()) return -1;
  return hit_test(dataset_.views[static_cast<std::size_t>(view_)], to_view(x, y));
}

void Widget::pointer_move(float x, float y) {
  int region = region_at(x, y);
  if (region != hover_) {
    hover_ = region;
    touch();
  }
}

void Widget::pointer_leave() {
  if (hover_ != -1) {
    hover_ = -1;
    touch();
  }
}

int Widget::click(float x, float y) {
  int region = region_at(x, y);
  if (region >= 0) toggle(region);
  return region;
}

bool Widget::is_selected(int region) const {
  return std::find(selection_.begin(), selection_.end(), region) != selection_.end();
}

void Widget::toggle(int region) {
  if (region < 0 || static_cast<std::size_t>(region) >= dataset_.regions.size()) return;
  auto it = std::find(selection_.begin(), selection_.end(), region);
  if (it == selection_.end()) {
    selection_.push_back(region);
  } else {
    selection_.erase(it);
  }
  touch();
}

void Widget::set_selection(const std::vector<int>& regions) {
  selection_.clear();
  for (int region : regions) {
    if (region >= 0 && static_cast<std::size_t>(region) < dataset_.regions.size() && !is_selected(region)) {
      selection_.push_back(region);
    }
  }
  touch();
}

void Widget::clear() {
  selection_.clear();
  shown_point_ = -1;
  touch();
}

void Widget::set_focus(int region) {
  if (region != focus_) {
    focus_ = region;
    touch();
  }
}

void Widget::show_trigger_point(int trigger_point, Side side) {
  if (trigger_point < 0 || static_cast<std::size_t>(trigger_point) >= dataset_.trigger_points.size()) {
    shown_point_ = -1;
    touch();
    return;
  }
  shown_point_ = trigger_point;
  shown_side_ = side == Side::midline ? Side::left : side;
  int view = find(dataset_.view_index, dataset_.trigger_points[static_cast<std::size_t>(trigger_point)].location.view);
  if (view >= 0) set_view(view);
  touch();
}

const DrawList& Widget::draw() {
  if (dirty_) build();
  dirty_ = false;
  return draw_list_;
}

const ViewDrawing& Widget::drawing(int view) {
  auto& drawing = drawings_[static_cast<std::size_t>(view)];
  if (!drawing) drawing = cut_regions(dataset_.views[static_cast<std::size_t>(view)]);
  return *drawing;
}

const std::vector<Shape>& Widget::pieces(int view, int region) {
  auto [at, added] = pieces_.try_emplace({view, region});
  if (added) at->second = region_pieces(dataset_.views[static_cast<std::size_t>(view)], drawing(view), region);
  return at->second;
}

void Widget::build() {
  draw_list_.clear();
  if (dataset_.views.empty()) return;
  const View& view = dataset_.views[static_cast<std::size_t>(view_)];
  const ViewDrawing& cut = drawing(view_);
  const Frame f = frame();
  const float px = std::max(f.h / 600.0f, 0.75f);  // line widths scale with the figure, never below a hairline

  for (const Shape& body : cut.silhouette) draw_list_.fill(to_pixels(body.points, f), body.triangles, theme_.body);

  // Referral zones of the trigger point being shown.
  std::vector<std::pair<int, ZoneKind>> referral;
  if (shown_point_ >= 0) {
    for (const Referral& ref : dataset_.trigger_points[static_cast<std::size_t>(shown_point_)].referral) {
      referral.emplace_back(dataset_.region_of(ref.zone, shown_side_), ref.kind);
    }
  }
  auto referral_kind = [&](int region) -> int {
    for (const auto& [r, kind] : referral) {
      if (r == region) return static_cast<int>(kind);
    }
    return -1;
  };

  // Region states, drawn piece by piece without edge fringes: pieces meet each other and the outline stroke
  // covers the body's edge. Only the regions with a state are cut into pieces.
  std::vector<int> marked = selection_;
  for (int region : {hover_, focus_}) marked.push_back(region);
  for (const auto& entry : referral) marked.push_back(entry.first);
  std::sort(marked.begin(), marked.end());
  marked.erase(std::unique(marked.begin(), marked.end()), marked.end());
  const Color focus_tint{theme_.focus.r, theme_.focus.g, theme_.focus.b, 60};
  for (int region : marked) {
    if (region < 0) continue;
    const int kind = referral_kind(region);
    Color color{0, 0, 0, 0};
    if (kind == static_cast<int>(ZoneKind::essential)) {
      color = theme_.essential;
    } else if (is_selected(region)) {
      color = theme_.selected;
    } else if (region == hover_) {
      color = theme_.hover;
    }
    for (const Shape& piece : pieces(view_, region)) {
      const Polygon points = to_pixels(piece.points, f);
      if (color.a != 0) draw_list_.fill_plain(points, piece.triangles, color);
      if (region == focus_) draw_list_.fill_plain(points, piece.triangles, focus_tint);
      if (kind == static_cast<int>(ZoneKind::spillover)) {
        // Stipple, as the charts draw spillover: a staggered grid of dots inside the piece.
        float lo_x = 1e9f, lo_y = 1e9f, hi_x = -1e9f, hi_y = -1e9f;
        for (Vec2 p : points) {
          lo_x = std::min(lo_x, p.x), lo_y = std::min(lo_y, p.y), hi_x = std::max(hi_x, p.x),
          hi_y = std::max(hi_y, p.y);
        }
        const float step = 5.0f * px;
        for (float y = std::floor(lo_y / step) * step + step * 0.5f; y < hi_y; y += step) {
          const float offset = std::fmod(std::floor(y / step), 2.0f) < 1.0f ? 0.0f : step * 0.5f;
          for (float x = std::floor(lo_x / step) * step + offset; x < hi_x; x += step) {
            if (contains(points, {x, y})) draw_list_.disc({x, y}, 1.3f * px, theme_.spillover);
          }
        }
      }
    }
  }

  for (const Polygon& line : view.details) draw_list_.polyline(to_pixels(line, f), 1.0f * px, theme_.detail);
  for (const Boundary& b : cut.boundaries) {
    draw_list_.line(to_pixels(b.a, f), to_pixels(b.b, f), 0.9f * px, theme_.region_edge);
  }
  for (const Polygon& outline : view.silhouette) draw_list_.stroke(to_pixels(outline, f), 1.6f * px, theme_.body_edge);
  for (const Boundary& b : cut.boundaries) {
    if (b.region_a == focus_ || b.region_b == focus_)
      draw_list_.line(to_pixels(b.a, f), to_pixels(b.b, f), 2.5f * px, theme_.focus);
  }

  if (shown_point_ >= 0) {
    const Location& at = dataset_.trigger_points[static_cast<std::size_t>(shown_point_)].location;
    if (at.view == view.id) {
      Vec2 p = at.at;
      if (shown_side_ == Side::right) p.x = 1.0f - p.x;
      const Vec2 c = to_pixels(p, f);
      const float r = 6.0f * px;
      draw_list_.disc(c, r * 1.5f, Color{255, 255, 255, 220});
      draw_list_.line({c.x - r, c.y - r}, {c.x + r, c.y + r}, 2.6f * px, theme_.marker);
      draw_list_.line({c.x - r, c.y + r}, {c.x + r, c.y - r}, 2.6f * px, theme_.marker);
    }
  }
}

}  // namespace tpl
