// The body map's regions: how a view's outline is divided among its regions, and which region a point hits.
//
// A view names, for each region, one or more seed points. Every point of the body belongs to the region of the
// nearest seed (distances measured in the view's true proportions). The regions therefore tile the body outline
// exactly, with no gaps or overlaps, by construction; their borders are straight cuts, as on clinical pain maps.
// To draw a view, the cell walls between different regions (each seed's cell is a convex Voronoi cell), clipped to
// the body, give the borders; a region is filled (selected, hovered, referred to) with its cells cut out of the
// outline, only when it is.
#pragma once

#include "dataset.h"

namespace tpl {

// The view's outline triangulated, its seeds' cells and the borders between regions.
ViewDrawing cut_regions(const View& view);

// The pieces that fill `region` in the view: its cells cut out of the outline, triangulated.
std::vector<Shape> region_pieces(const View& view, const ViewDrawing& drawing, int region);

// Whether `p` (view coordinates) lies on the body.
bool on_body(const View& view, Vec2 p);

// The region at `p` (view coordinates), or -1 off the body. Cheap enough for every pointer move (`make bench`).
int hit_test(const View& view, Vec2 p);

}  // namespace tpl
