// Trigger Point Locator core: the clinical data, matching and body map, in plain C++17.
//
// OVERVIEW
// ========
// The core knows nothing of SDL, Emscripten, files or clocks. JSON text goes in, values come out:
//
//   1. load_dataset(files)          data/ JSON texts -> a Dataset, or a list of Problems (file, JSON pointer, what);
//      load_bundle(text)            the same from the page's one-document bundle
//   2. Matcher(dataset).locate(q)   selected region ids (+ answers) -> ranked trigger points with reasons,
//                                   raised red flags; outcome_json() turns that into the JSON the CLI and page show
//   3. Widget(dataset)              body map state (view, selection, hover, focus, shown trigger point);
//                                   input in CSS pixels, draw() -> a DrawList of coloured triangles in device pixels;
//                                   a view is cut into regions (body_map.h) when it is first drawn
//
// The platform shell (src/platform/) owns the window, the loop, input translation, rendering the DrawList with
// SDL_RenderGeometry, and the JS bridge. The CLI (src/cli/) reads files and prints what the core returns.
//
// USAGE
// =====
//   auto loaded = tpl::load_dataset({{"regions.json", text}, ...});
//   if (!loaded.ok()) for (auto& p : loaded.problems) puts(tpl::to_string(p).c_str());
//   tpl::Matcher matcher(loaded.dataset);
//   auto outcome = matcher.locate({{"heel_left"}});
//   std::string json = tpl::outcome_json(loaded.dataset, outcome, "en");
#pragma once

#include "body_map.h"
#include "dataset.h"
#include "geometry.h"
#include "matcher.h"
#include "report.h"
#include "text.h"
#include "widget.h"
