// The body map's regions: how a view's outline is divided among its regions, and which region a point hits.
//
// A view names, for each region, one or more seed points. Every point of the body belongs to the region of the
// nearest seed (distances measured in the view's true proportions). The regions therefore tile the body outline
// exactly, with no gaps or overlaps, by construction; their borders are straight cuts, as on clinical pain maps.
// At load time each seed's cell (a convex Voronoi cell) is cut out of the outline to give the pieces drawn for a
// region, and the cell walls between different regions, clipped to the body, give the borders to draw.
#pragma once

#include "dataset.h"

namespace tpl {

// Fills view.pieces and view.boundaries from view.silhouette and view.seeds.
void cut_regions(View& view);

// Whether `p` (view coordinates) lies on the body.
bool on_body(const View& view, Vec2 p);

// The region at `p` (view coordinates), or -1 off the body. Native cost: well under 5 µs (see bench).
int hit_test(const View& view, Vec2 p);

}  // namespace tpl
