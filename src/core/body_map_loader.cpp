// Builds the body map's views from JSON and checks them against the regions; see body_map_loader.h. Points are
// given for the body's left side and in the view's normalized frame, as data/README.md describes.
#include "body_map_loader.h"

#include <algorithm>
#include <cmath>

#include "body_map.h"
#include "geometry.h"
#include "schema.h"

namespace tpl {

namespace {

Polygon mirrored(const Polygon& shape) {
  Polygon out(shape);
  for (Vec2& v : out) v.x = 1.0f - v.x;
  return out;
}

// A coordinate as the data would write it (0.41, not 0.4099999964).
std::string coordinate_text(float v) { return json(std::round(v * 10000.0) / 10000.0).dump(); }

std::string point_text(Vec2 p) { return "[" + coordinate_text(p.x) + ", " + coordinate_text(p.y) + "]"; }

class ViewBuilder {
 public:
  ViewBuilder(Dataset& d, Checker& check, const std::string* regions_file)
      : d_(d), check_(check), regions_file_(regions_file) {}

  void build(const std::vector<Node>& views) {
    for (std::size_t v = 0; v < views.size(); ++v) {
      const Node& node = views[v];
      View view;
      view.id = check_.string(node, "id");
      view.label = check_.text(node, "label");
      if (const json* source = check_.field(node, "mirror_of", json::value_t::string, false)) {
        // A mirror view (the right side) is the other view flipped, with every region moved to the other side.
        auto it = d_.view_index.find(source->get<std::string>());
        if (it == d_.view_index.end() || static_cast<std::size_t>(it->second) >= v) {
          check_.fail(node.child("mirror_of"), "\"mirror_of\" must name a view listed before this one");
        } else {
          mirror_view(d_.views[static_cast<std::size_t>(it->second)], view);
        }
        d_.views.push_back(std::move(view));
        continue;
      }
      view.aspect = check_.number(node, "aspect", 0.1f, 4.0f);
      std::string symmetry = check_.string(node, "symmetry");
      if (symmetry != "bilateral" && symmetry != "left" && !symmetry.empty()) {
        check_.fail(node.child("symmetry"), "unknown value \"" + symmetry + "\" (expected bilateral or left)");
      }
      const bool bilateral = symmetry == "bilateral";
      view.shows = bilateral ? Side::midline : Side::left;
      for (const Node& shape : check_.objects(node, "silhouette", true)) {
        Polygon outline = read_shape(shape);
        if (outline.size() < 3) continue;
        if (check_.flag(shape, "mirror")) view.silhouette.push_back(mirrored(outline));
        view.silhouette.push_back(std::move(outline));
      }
      for (const Node& line : check_.objects(node, "details", false)) {
        Polygon points = read_points(line, "points", 2);
        if (points.size() < 2) continue;
        if (check_.flag(line, "smooth")) points = smooth_open(points, 6);
        if (check_.flag(line, "mirror")) view.details.push_back(mirrored(points));
        view.details.push_back(std::move(points));
      }
      for (const Node& region : check_.objects(node, "regions", true)) {
        std::string zone_id = check_.string(region, "zone");
        auto zone = d_.zone_index.find(zone_id);
        if (zone == d_.zone_index.end()) {
          if (!zone_id.empty()) check_.fail(region.child("zone"), "unknown region zone id \"" + zone_id + "\"");
          continue;
        }
        const auto& sided = d_.zone_regions[static_cast<std::size_t>(zone->second)];
        const bool zone_bilateral = d_.zones[static_cast<std::size_t>(zone->second)].bilateral;
        for (Vec2 seed : read_points(region, "seeds", 1)) {
          if (!zone_bilateral) {
            view.seeds.push_back({seed, sided[2]});
            continue;
          }
          view.seeds.push_back({seed, sided[0]});
          if (bilateral) view.seeds.push_back({{1.0f - seed.x, seed.y}, sided[1]});
        }
      }
      check_seeds(node, view);
      d_.views.push_back(std::move(view));
    }
    check_region_views();
  }

 private:
  // Two regions claiming the same spot overlap; a seed off the body owns nothing anyone can click.
  void check_seeds(const Node& node, const View& view) {
    for (std::size_t i = 0; i < view.seeds.size(); ++i) {
      const Seed& seed = view.seeds[i];
      const std::string& id = d_.regions[static_cast<std::size_t>(seed.region)].id;
      if (!on_body(view, seed.at)) {
        check_.fail(node.child("regions"), "region \"" + id + "\" has a seed off the body at " + point_text(seed.at));
      }
      for (std::size_t j = i + 1; j < view.seeds.size(); ++j) {
        const Seed& other = view.seeds[j];
        if (other.region != seed.region && std::fabs(other.at.x - seed.at.x) < 1e-4f &&
            std::fabs(other.at.y - seed.at.y) < 1e-4f) {
          check_.fail(node.child("regions"), "region \"" + id + "\" overlaps region \"" +
                                                 d_.regions[static_cast<std::size_t>(other.region)].id + "\" at " +
                                                 point_text(seed.at));
        }
      }
    }
  }

  // Every view a region lists in regions.json must draw it, and every view that draws it must be listed.
  void check_region_views() {
    for (const View& view : d_.views) {
      std::vector<bool> drawn(d_.regions.size(), false);
      for (const Seed& seed : view.seeds) drawn[static_cast<std::size_t>(seed.region)] = true;
      for (std::size_t r = 0; r < d_.regions.size(); ++r) {
        const Zone& zone = d_.zones[static_cast<std::size_t>(d_.regions[r].zone)];
        const bool listed = std::find(zone.views.begin(), zone.views.end(), view.id) != zone.views.end();
        const Side side = d_.regions[r].side;
        const bool side_shown = view.shows == Side::midline || side == Side::midline || side == view.shows;
        if (listed && side_shown && !drawn[r]) {
          fail_at_regions("region \"" + d_.regions[r].id + "\" lists view \"" + view.id +
                          "\" but the view does not draw it");
        } else if (!listed && drawn[r]) {
          fail_at_regions("view \"" + view.id + "\" draws region \"" + d_.regions[r].id +
                          "\", which does not list that view");
        }
      }
    }
  }

  void fail_at_regions(const std::string& message) {
    if (regions_file_) check_.fail_at(*regions_file_, schema::pointer(schema::regions), message);
  }

  void mirror_view(const View& source, View& view) {
    view.aspect = source.aspect;
    view.shows = source.shows == Side::left ? Side::right : source.shows == Side::right ? Side::left : Side::midline;
    for (const Polygon& outline : source.silhouette) view.silhouette.push_back(mirrored(outline));
    for (const Polygon& line : source.details) view.details.push_back(mirrored(line));
    for (const Seed& seed : source.seeds) {
      const Region& region = d_.regions[static_cast<std::size_t>(seed.region)];
      const Side other =
          region.side == Side::left ? Side::right : region.side == Side::right ? Side::left : Side::midline;
      view.seeds.push_back({{1.0f - seed.at.x, seed.at.y}, d_.region_of(region.zone, other)});
    }
  }

  // A list of [x, y] points inside the view, at least `minimum` of them.
  Polygon read_points(const Node& list_node, std::size_t minimum) {
    Polygon points;
    if (!list_node.value->is_array()) {
      check_.fail(list_node,
                  std::string("wrong type: expected array of [x, y], found ") + list_node.value->type_name());
      return points;
    }
    for (std::size_t i = 0; i < list_node.value->size(); ++i) {
      const json& p = (*list_node.value)[i];
      if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) {
        check_.fail(list_node.item(i), "a point must be [x, y]");
        return {};
      }
      Vec2 v{p[0].get<float>(), p[1].get<float>()};
      if (!(v.x >= 0 && v.x <= 1 && v.y >= 0 && v.y <= 1)) {
        check_.fail(list_node.item(i), "coordinates outside the view");
        return {};
      }
      points.push_back(v);
    }
    if (points.size() < minimum) check_.fail(list_node, "needs at least " + std::to_string(minimum) + " point(s)");
    return points;
  }

  Polygon read_points(const Node& node, const char* key, std::size_t minimum) {
    if (!check_.field(node, key, json::value_t::array, true)) return {};
    return read_points(node.child(key), minimum);
  }

  // A closed outline from {"points": [[x, y], ...], "smooth": bool, "half": bool}. A half outline runs from the
  // midline round one side back to the midline; its mirror image completes it, so the body stays symmetric.
  Polygon read_shape(const Node& node) {
    Polygon points = read_points(node, "points", 0);
    if (check_.flag(node, "half") && points.size() >= 2) {
      Polygon other = mirrored(points);
      for (auto it = other.rbegin() + 1; it + 1 < other.rend(); ++it) points.push_back(*it);
    }
    if (points.size() < 3) {
      check_.fail(node.child("points"), "geometry does not close: a shape needs at least 3 points");
      return {};
    }
    return check_.flag(node, "smooth") ? smooth_closed(points, 6) : points;
  }

  Dataset& d_;
  Checker& check_;
  const std::string* regions_file_;
};

}  // namespace

void build_views(const std::vector<Node>& views, const std::string* regions_file, Dataset& dataset, Checker& check) {
  ViewBuilder(dataset, check, regions_file).build(views);
}

void check_markers(const std::vector<LocationNode>& locations, const Dataset& dataset, Checker& check) {
  for (const LocationNode& location : locations) {
    const Location& where = at(dataset.trigger_points, location.trigger_point).location;
    const int v = find(dataset.view_index, where.view);
    if (v < 0) continue;
    const View& view = at(dataset.views, v);
    const std::string& zone = at(dataset.zones, where.zone).id;
    // Markers are given for the body's left side (data/README.md); the right side's marker is their mirror image.
    const int region = dataset.region_of(where.zone, Side::left);
    if (std::none_of(view.seeds.begin(), view.seeds.end(), [&](const Seed& seed) { return seed.region == region; })) {
      check.fail(location.node.child("region"), "view \"" + view.id + "\" does not draw zone \"" + zone + "\"");
      continue;
    }
    const std::string marker = "marker (" + coordinate_text(where.at.x) + ", " + coordinate_text(where.at.y) + ")";
    const int hit = hit_test(view, where.at);
    if (hit < 0) {
      check.fail(location.node, marker + " is outside the body on view \"" + view.id + "\"");
    } else if (hit != region) {
      check.fail(location.node,
                 marker + " lies in \"" + at(dataset.regions, hit).id + "\", not in zone \"" + zone + "\"");
    }
  }
}

}  // namespace tpl
