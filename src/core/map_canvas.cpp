// Drawing the body map. Referral zones are drawn the way the clinical charts do it, in our own artwork: the
// essential zone solid, the spillover zone stippled, an X where the point lies.
#include "map_canvas.h"

#include "body_map.h"
#include "svg.h"

#include <algorithm>
#include <cmath>

namespace tpl {

namespace {
// The space kept free around the figure, in CSS pixels.
constexpr float margin_css = 8.0f;
// Line widths and mark sizes are in "figure pixels": device pixels for a figure 600 device pixels tall, so the
// drawing keeps its proportions at any size; never thinner than `hairline`.
constexpr float figure_height = 600.0f;
constexpr float hairline = 0.75f;
constexpr float detail_width = 1.0f;
constexpr float region_edge_width = 0.9f;
constexpr float outline_width = 1.6f;
constexpr float focus_edge_width = 2.5f;
constexpr float selected_edge_width = 2.2f;
// A chosen area under a referral pattern is tinted rather than filled, so the pattern shows through.
constexpr std::uint8_t selected_tint_alpha = 110;
constexpr float stipple_step = 5.0f;
constexpr float stipple_radius = 1.3f;
constexpr float marker_arm = 6.0f;
constexpr float marker_width = 2.6f;
constexpr std::uint8_t focus_tint_alpha = 60;
const Color marker_halo{255, 255, 255, 220};

Vec2 to_pixels(Vec2 p, const Box& f) { return {f.x + p.x * f.width, f.y + p.y * f.height}; }
Polygon to_pixels(const Polygon& shape, const Box& f) {
  Polygon out;
  out.reserve(shape.size());
  for (Vec2 p : shape) out.push_back(to_pixels(p, f));
  return out;
}
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

MapCanvas::MapCanvas(const Dataset& dataset) : dataset_(dataset), drawings_(dataset.views.size()) {}

bool MapCanvas::resize(float css_width, float css_height, float pixel_ratio) {
  css_width = std::max(css_width, 1.0f);
  css_height = std::max(css_height, 1.0f);
  pixel_ratio = std::clamp(pixel_ratio, 0.5f, 4.0f);
  if (css_width == width_ && css_height == height_ && pixel_ratio == ratio_) return false;
  width_ = css_width;
  height_ = css_height;
  ratio_ = pixel_ratio;
  return true;
}

Box MapCanvas::frame(int view) const {
  const bool known = view >= 0 && static_cast<std::size_t>(view) < dataset_.views.size();
  const float aspect = known ? at(dataset_.views, view).aspect : 0.5f;
  const float avail_w = std::max(width_ - 2 * margin_css, 1.0f / ratio_),
              avail_h = std::max(height_ - 2 * margin_css, 1.0f / ratio_);
  float w = avail_w, h = w / aspect;
  if (h > avail_h) {
    h = avail_h;
    w = h * aspect;
  }
  return {(width_ - w) * 0.5f, (height_ - h) * 0.5f, w, h};
}

int MapCanvas::region_at(int view, float x, float y) const {
  if (view < 0 || static_cast<std::size_t>(view) >= dataset_.views.size()) return -1;
  const Box f = frame(view);
  return hit_test(at(dataset_.views, view), {(x - f.x) / f.width, (y - f.y) / f.height});
}

int MapCanvas::region_near(int view, float x, float y, float reach) const {
  const int here = region_at(view, x, y);
  if (here >= 0 || reach <= 0) return here;
  // Rings of samples, nearest first: the first ring that touches the body gives the region.
  constexpr int rings = 3, directions = 16;
  constexpr float turn = 6.2831853f;
  for (int ring = 1; ring <= rings; ++ring) {
    const float r = reach * static_cast<float>(ring) / rings;
    for (int k = 0; k < directions; ++k) {
      const float angle = turn * static_cast<float>(k) / directions;
      const int hit = region_at(view, x + r * std::cos(angle), y + r * std::sin(angle));
      if (hit >= 0) return hit;
    }
  }
  return -1;
}

const ViewDrawing& MapCanvas::drawing(int view) {
  auto& drawing = drawings_[static_cast<std::size_t>(view)];
  if (!drawing) drawing = cut_regions(at(dataset_.views, view));
  return *drawing;
}

const std::vector<Shape>& MapCanvas::pieces(int view, int region) {
  auto [slot, added] = pieces_.try_emplace({view, region});
  if (added) slot->second = region_pieces(at(dataset_.views, view), drawing(view), region);
  return slot->second;
}

const DrawList& MapCanvas::draw(const MapScene& scene) {
  draw_list_.clear();
  if (scene.view < 0 || static_cast<std::size_t>(scene.view) >= dataset_.views.size()) return draw_list_;
  const Box box = frame(scene.view);
  paint(scene, {box.x * ratio_, box.y * ratio_, box.width * ratio_, box.height * ratio_}, draw_list_);
  return draw_list_;
}

std::string MapCanvas::svg(const MapScene& scene, float height) {
  if (scene.view < 0 || static_cast<std::size_t>(scene.view) >= dataset_.views.size()) return {};
  const float width = height * at(dataset_.views, scene.view).aspect;
  SvgPainter out(width, height);
  paint(scene, {0, 0, width, height}, out);
  return out.svg();
}

void MapCanvas::paint(const MapScene& scene, const Box& f, Painter& out) {
  const View& view = at(dataset_.views, scene.view);
  const ViewDrawing& cut = drawing(scene.view);
  const float px = std::max(f.height / figure_height, hairline);
  const bool shows_point =
      scene.trigger_point >= 0 && static_cast<std::size_t>(scene.trigger_point) < dataset_.trigger_points.size();

  for (const Shape& body : cut.silhouette) out.fill(to_pixels(body.points, f), body.triangles, theme_.body);

  // Referral zones of the trigger point being shown.
  std::vector<std::pair<int, ZoneKind>> referral;
  if (shows_point) {
    for (const Referral& ref : at(dataset_.trigger_points, scene.trigger_point).referral) {
      referral.emplace_back(dataset_.region_of(ref.zone, scene.side), ref.kind);
    }
  }
  auto referral_kind = [&](int region) -> int {
    for (const auto& [r, kind] : referral) {
      if (r == region) return static_cast<int>(kind);
    }
    return -1;
  };
  auto is_selected = [&](int region) {
    return std::find(scene.selection.begin(), scene.selection.end(), region) != scene.selection.end();
  };

  // Region states, drawn piece by piece without edge fringes: pieces meet each other and the outline stroke
  // covers the body's edge. Only the regions with a state are cut into pieces. The visitor's areas are tinted and
  // outlined, as the legend shows them: recognisable under a referral pattern drawn over them, and never a solid
  // fill that reads as a main referral zone (the default accent is a red).
  std::vector<int> marked = scene.selection;
  for (int region : {scene.hover, scene.focus}) marked.push_back(region);
  for (const auto& entry : referral) marked.push_back(entry.first);
  std::sort(marked.begin(), marked.end());
  marked.erase(std::unique(marked.begin(), marked.end()), marked.end());
  const Color selected_tint{theme_.selected.r, theme_.selected.g, theme_.selected.b, selected_tint_alpha};
  const Color focus_tint{theme_.focus.r, theme_.focus.g, theme_.focus.b, focus_tint_alpha};
  for (int region : marked) {
    if (region < 0) continue;
    const int kind = referral_kind(region);
    for (const Shape& piece : pieces(scene.view, region)) {
      const Polygon points = to_pixels(piece.points, f);
      if (is_selected(region)) {
        out.fill_plain(points, piece.triangles, selected_tint);
      } else if (region == scene.hover) {
        out.fill_plain(points, piece.triangles, theme_.hover);
      }
      if (kind == static_cast<int>(ZoneKind::essential)) out.fill_plain(points, piece.triangles, theme_.essential);
      if (region == scene.focus) out.fill_plain(points, piece.triangles, focus_tint);
      if (kind == static_cast<int>(ZoneKind::spillover)) {
        // Stipple, as the charts draw spillover: a staggered grid of dots inside the piece.
        float lo_x = 1e9f, lo_y = 1e9f, hi_x = -1e9f, hi_y = -1e9f;
        for (Vec2 p : points) {
          lo_x = std::min(lo_x, p.x), lo_y = std::min(lo_y, p.y), hi_x = std::max(hi_x, p.x),
          hi_y = std::max(hi_y, p.y);
        }
        const float step = stipple_step * px;
        for (float y = std::floor(lo_y / step) * step + step * 0.5f; y < hi_y; y += step) {
          const float offset = std::fmod(std::floor(y / step), 2.0f) < 1.0f ? 0.0f : step * 0.5f;
          for (float x = std::floor(lo_x / step) * step + offset; x < hi_x; x += step) {
            if (contains(points, {x, y})) out.disc({x, y}, stipple_radius * px, theme_.spillover);
          }
        }
      }
    }
  }

  for (const Polygon& line : view.details) out.polyline(to_pixels(line, f), detail_width * px, theme_.detail);
  for (const Polygon& outline : view.silhouette) out.stroke(to_pixels(outline, f), outline_width * px, theme_.body_edge);
  // Region borders only where they help: around the visitor's areas, the region under the pointer and the one with
  // keyboard focus. The body itself reads as a body, not as a grid of cells.
  for (const Boundary& b : cut.boundaries) {
    const bool a_selected = is_selected(b.region_a), b_selected = is_selected(b.region_b);
    if (b.region_a == scene.focus || b.region_b == scene.focus) {
      out.line(to_pixels(b.a, f), to_pixels(b.b, f), focus_edge_width * px, theme_.focus);
    } else if (a_selected != b_selected) {
      out.line(to_pixels(b.a, f), to_pixels(b.b, f), selected_edge_width * px, theme_.selected);
    } else if (b.region_a == scene.hover || b.region_b == scene.hover) {
      out.line(to_pixels(b.a, f), to_pixels(b.b, f), region_edge_width * px, theme_.body_edge);
    }
  }

  if (shows_point) {
    const Location& where = at(dataset_.trigger_points, scene.trigger_point).location;
    if (where.view == view.id) {
      Vec2 p = where.at;
      if (scene.side == Side::right) p.x = 1.0f - p.x;
      const Vec2 c = to_pixels(p, f);
      const float r = marker_arm * px;
      out.disc(c, r * 1.5f, marker_halo);
      out.line({c.x - r, c.y - r}, {c.x + r, c.y + r}, marker_width * px, theme_.marker);
      out.line({c.x - r, c.y + r}, {c.x + r, c.y - r}, marker_width * px, theme_.marker);
    }
  }
}

}  // namespace tpl
