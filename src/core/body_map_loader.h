// The loader's reading of the body map: each view's outline, drawing lines and region seeds from JSON, mirrored
// views, and the checks that tie the views to regions.json. It makes the input that body_map.h cuts into regions.
#pragma once

#include <string>
#include <vector>

#include "dataset.h"
#include "json_check.h"

namespace tpl {

// Reads `views` (the entries of every file's "views", in file order) into `dataset.views`, once the regions are
// built. Problems about regions.json's view lists are reported at "/regions" of `regions_file` (none: no regions).
void build_views(const std::vector<Node>& views, const std::string* regions_file, Dataset& dataset, Checker& check);

}  // namespace tpl
