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
//   3. Session                      the widget's whole state, keyed by ids: bind(dataset), then handle(Event) for
//                                   every input (pointer, key, the page's API calls) -> which parts changed;
//                                   draw() -> a DrawList of coloured triangles in device pixels (map_canvas.h;
//                                   a view is cut into regions, body_map.h, when it is first drawn);
//                                   model(part) -> the view model the page renders, every text formatted
//                                   (view_model.h)
//
// The platform shell (src/platform/) owns the window, the loop, translating input into Events, rendering the
// DrawList with SDL_RenderGeometry, and the JS bridge. The CLI (src/cli/) reads files and prints what the core
// returns.
//
// USAGE
// =====
//   auto loaded = tpl::load_dataset({{"regions.json", text}, ...});
//   if (!loaded.ok()) for (auto& p : loaded.problems) puts(tpl::to_string(p).c_str());
//   tpl::Matcher matcher(loaded.dataset);
//   auto outcome = matcher.locate({{"heel_left"}});
//   std::string json = tpl::dump_text(tpl::outcome_json(loaded.dataset, outcome, "en"));
//
//   tpl::Session session;
//   session.bind(loaded.dataset);
//   tpl::Event tap;
//   tap.type = tpl::Event::Type::select;
//   tap.ids = {"heel_left"};
//   session.handle(tap);                       // -> parts map, panel, outcome
//   nlohmann::json panel = session.model(tpl::part_panel);
#pragma once

#include "body_map.h"
#include "dataset.h"
#include "event.h"
#include "geometry.h"
#include "map_canvas.h"
#include "matcher.h"
#include "pain_guide.h"
#include "report.h"
#include "session.h"
#include "svg.h"
#include "text.h"
#include "view_model.h"
