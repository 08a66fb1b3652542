// The loader's reading of the body map: each view's outline, drawing lines and region seeds from JSON, mirrored
// views, and the checks that tie the views to regions.json and the trigger points' markers to the views. It makes
// the input that body_map.h cuts into regions.
#pragma once

#include <string>
#include <vector>

#include "dataset.h"
#include "json_check.h"

namespace tpl {

// Reads `views` (the entries of every file's "views", in file order) into `dataset.views`, once the regions are
// built. Problems about regions.json's view lists are reported at "/regions" of `regions_file` (none: no regions).
void build_views(const std::vector<Node>& views, const std::string* regions_file, Dataset& dataset, Checker& check);

// A trigger point's "location" as read, for check_markers: the point's index in dataset.trigger_points and the node.
struct LocationNode {
  int trigger_point;
  Node node;
};

// Checks each marker against the built views: the view draws the zone the location names, and (x, y) lies on the
// body inside that zone's left-side region (the midline region for a midline zone), as hit_test finds it. Markers
// on a view without a drawing are left alone (the view name was checked where it was read).
void check_markers(const std::vector<LocationNode>& locations, const Dataset& dataset, Checker& check);

}  // namespace tpl
