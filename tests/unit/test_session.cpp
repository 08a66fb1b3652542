// The widget's session on the tiny synthetic data: events change the state by ids, each reports the parts of the
// view model it touched (and nothing when nothing changed), bad input is ignored with a note, and the view model
// carries every text formatted.
#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <set>

#include "tiny_data.h"

namespace {
using tpl::Event;
using Type = tpl::Event::Type;

const tpl::Dataset& data() { return tpl::test::tiny_data().dataset; }

Event event(Type type, std::string id = "") {
  Event e;
  e.type = type;
  e.id = std::move(id);
  return e;
}

Event pointer(Type type, float x, float y) {
  Event e = event(type);
  e.x = x;
  e.y = y;
  return e;
}

Event answer(const std::string& question, const std::string& value) {
  Event e = event(Type::answer, question);
  e.answer = value;
  return e;
}

Event key(const std::string& name) {
  Event e = event(Type::key);
  e.key = name;
  return e;
}

// A session bound to the tiny data on a 200 x 200 canvas (its views' frame: 8 to 192 px on both axes).
struct Fixture {
  tpl::Session session;
  Fixture() {
    session.bind(data());
    session.handle(tpl::resize_event(200, 200, 1));
  }
  // Where a point of the current view (0..1) lies on the canvas, as the map model says.
  std::pair<float, float> at(float x, float y) {
    const auto frame = session.model(tpl::part_map)["frame"];
    return {frame["x"].get<float>() + x * frame["width"].get<float>(),
            frame["y"].get<float>() + y * frame["height"].get<float>()};
  }
  tpl::Update tap(float x, float y) {
    const auto [cx, cy] = at(x, y);
    return session.handle(pointer(Type::pointer_down, cx, cy));
  }
  const std::vector<std::string>& selection() const { return session.state().selection; }
};

bool has_part(const tpl::Update& update, tpl::Part part) { return (update.parts & part) != 0; }
}  // namespace

TEST_CASE("the tiny data loads") { REQUIRE(tpl::test::tiny_data().problems.empty()); }

TEST_CASE("a tap toggles the region under it, and reports the parts it changed") {
  Fixture f;
  CHECK(f.session.state().view == "front");
  const auto update = f.tap(0.3f, 0.3f);
  CHECK(f.selection() == std::vector<std::string>{"top_left"});
  CHECK(update.parts == (tpl::part_map | tpl::part_panel | tpl::part_outcome));
  CHECK(update.notes.empty());
  f.tap(0.7f, 0.7f);  // the mirrored seed: the body's right side
  CHECK(f.selection() == std::vector<std::string>{"top_left", "bottom_right"});
  f.tap(0.3f, 0.3f);
  CHECK(f.selection() == std::vector<std::string>{"bottom_right"});
}

TEST_CASE("a tap just off the body's edge finds the nearest area; farther off it changes nothing and says nothing") {
  Fixture f;
  // The body's left edge is at x 0.1 of the view (26.4 px); a fingertip 6 px outside it still reaches it.
  const auto [edge_x, y] = f.at(0.1f, 0.3f);
  f.session.handle(pointer(Type::pointer_down, edge_x - 6, y));
  CHECK(f.selection() == std::vector<std::string>{"top_left"});
  f.session.handle(pointer(Type::pointer_down, edge_x - 6, y));
  CHECK(f.session.handle(pointer(Type::pointer_down, edge_x - tpl::Session::pointer_reach - 2, y)).parts == 0);
  CHECK(f.selection().empty());
  const auto off_body = f.tap(0.02f, 0.02f);
  CHECK(off_body.parts == 0);
  CHECK(off_body.notes.empty());
  for (auto [x, y] : {std::pair{-5.0f, 10.0f}, {10.0f, 500.0f}, {NAN, 10.0f}, {INFINITY, 1.0f}}) {
    const auto update = f.session.handle(pointer(Type::pointer_down, x, y));
    CHECK(update.parts == 0);
    CHECK(update.notes == std::vector<std::string>{"pointer outside the map ignored"});
  }
  CHECK(f.selection().empty());
}

TEST_CASE("hovering names the region, leaving clears it, moving within it changes nothing") {
  Fixture f;
  const auto [x, y] = f.at(0.3f, 0.7f);
  CHECK(has_part(f.session.handle(pointer(Type::pointer_move, x, y)), tpl::part_map));
  CHECK(f.session.model(tpl::part_map)["hover"] == "Bottom (left)");
  CHECK(f.session.handle(pointer(Type::pointer_move, x + 1, y)).parts == 0);
  CHECK(has_part(f.session.handle(event(Type::pointer_leave)), tpl::part_map));
  CHECK(f.session.model(tpl::part_map)["hover"] == "");
}

TEST_CASE("keys move between views and clear, other keys are noted") {
  Fixture f;
  f.tap(0.3f, 0.3f);
  CHECK(has_part(f.session.handle(key("ArrowRight")), tpl::part_map));
  CHECK(f.session.state().view == "back");
  f.session.handle(key("ArrowRight"));
  CHECK(f.session.state().view == "front");
  f.session.handle(key("ArrowLeft"));
  CHECK(f.session.state().view == "back");
  f.session.handle(key("Home"));
  CHECK(f.session.state().view == "front");
  const auto tab = f.session.handle(key("Tab"));
  CHECK(tab.parts == 0);
  CHECK(tab.notes == std::vector<std::string>{"key \"Tab\" does nothing here"});
  CHECK(has_part(f.session.handle(key("Escape")), tpl::part_outcome));
  CHECK(f.selection().empty());
}

TEST_CASE("selecting by id keeps the known ids, notes the others, and an unchanged selection is no change") {
  Fixture f;
  Event select = event(Type::select);
  select.ids = {"top_left", "nowhere", "top_left", "centre"};
  const auto update = f.session.handle(select);
  CHECK(f.selection() == std::vector<std::string>{"top_left", "centre"});
  CHECK(update.notes == std::vector<std::string>{"unknown region id \"nowhere\" ignored"});
  select.ids = {"top_left", "centre"};
  CHECK(f.session.handle(select).parts == 0);
  CHECK(f.session.handle(event(Type::toggle, "elbow")).notes.size() == 1);
  CHECK(f.session.handle(event(Type::view, "upside_down")).notes ==
        std::vector<std::string>{"unknown view \"upside_down\" ignored"});
}

TEST_CASE("answers re-rank and raise the alarm, bad answers are noted") {
  Fixture f;
  Event select = event(Type::select);
  select.ids = {"bottom_left"};
  f.session.handle(select);
  auto score_of = [&](const std::string& point) {
    const auto outcome = f.session.model(tpl::part_outcome);
    for (const auto& r : outcome["results"]) {
      if (r["trigger_point_id"] == point) return r["score"].get<double>();
    }
    return 0.0;
  };
  const double before = score_of("bottom_c");
  // A refinement may re-rank, and so change the result in focus whose pattern the map shows.
  CHECK(f.session.handle(answer("sitting", "yes")).parts == (tpl::part_map | tpl::part_panel | tpl::part_outcome));
  CHECK(score_of("bottom_c") > before);
  CHECK(f.session.handle(answer("sitting", "yes")).parts == 0);
  f.session.handle(answer("sitting", "no"));
  CHECK(score_of("bottom_c") == before);

  CHECK(f.session.model(tpl::part_panel)["emergency"].is_null());
  select.ids = {"top_left"};
  f.session.handle(select);
  f.session.handle(answer("top_emergency", "yes"));
  const auto panel = f.session.model(tpl::part_panel);
  CHECK(panel["emergency"]["messages"] == nlohmann::json::array({"Call for help."}));
  CHECK(panel["warning_signs"]["questions"][0]["answer"] == "yes");
  CHECK(panel["warning_signs"]["questions"][1]["answer"].is_null());
  CHECK(f.session.handle(answer("top_emergency", "maybe")).notes.size() == 1);
  CHECK(f.session.handle(answer("juggling", "yes")).notes ==
        std::vector<std::string>{"unknown question \"juggling\" ignored"});
}

TEST_CASE("the panel's texts come formatted: side labels, reasons, every placeholder filled") {
  Fixture f;
  f.tap(0.3f, 0.3f);
  const auto panel = f.session.model(tpl::part_panel);
  REQUIRE(panel["results"].size() == 1);
  const auto& row = panel["results"][0];
  CHECK(row["title"] == "Alpha (left)");
  CHECK(row["point"] == "Point A");
  CHECK(row["reason"] == "refers to the top");
  CHECK(row["details"].is_null());  // until the visitor opens them
  f.session.handle(event(Type::focus_result, "top_a"));
  const auto details = f.session.model(tpl::part_panel)["results"][0]["details"];
  CHECK(details["self_help"]["cards"][0]["meta"] == "Hold 30 s · Repeat 3×");
  // The row says the first reason already, and how common the point is in its tag.
  CHECK(details["reasons"].empty());
  CHECK(row["prevalence"] == "Common");
  CHECK(panel["selection"]["summary"] == "Top (left)");
  CHECK(panel["announcement"] == "1 for Top (left), 1 in all");
  CHECK(panel["answer"]["top"]["title"] == "Alpha (left)");
  CHECK(panel["answer"]["warnings"] == nlohmann::json({{"label", "Check 2"}, {"go_to", "warning_signs"}, {"urgent", false}}));
}

TEST_CASE("the printed summary has the areas with their codes, the answers, the candidates and a drawing per view") {
  Fixture f;
  f.tap(0.3f, 0.3f);
  f.session.handle(answer("anywhere", "yes"));
  const auto print = f.session.model(tpl::part_print);
  CHECK(print["areas"] == nlohmann::json::array({"Top (left) (102)"}));
  CHECK(print["candidates"] == nlohmann::json::array({"Alpha (left): Point A"}));
  CHECK(print["warning_signs"] == nlohmann::json::array({"Is it sudden and severe? print_unanswered", "Do you have a fever? yes"}));
  REQUIRE(print["drawings"].size() == 2);
  CHECK(print["drawings"][0]["label"] == "Front");
  const std::string drawing = print["drawings"][0]["svg"];
  CHECK(drawing.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400.0 400.0\">", 0) == 0);
  // The chosen area is filled in the selection colour on the front, and nothing is on the back.
  CHECK(drawing.find("fill=\"rgb(214,92,64)\"") != std::string::npos);
  CHECK(print["drawings"][1]["svg"].get<std::string>().find("rgb(214,92,64)") == std::string::npos);
}

TEST_CASE("many areas are summed up short") {
  Fixture f;
  Event select = event(Type::select);
  select.ids = {"top_left", "centre", "bottom_left", "bottom_right", "rear_left"};
  f.session.handle(select);
  CHECK(f.session.model(tpl::part_panel)["selection"]["summary"] == "Top (left), Centre, Bottom (left) and 2 more");
}

TEST_CASE("the first result is in focus until the visitor picks another, whose details open and close") {
  Fixture f;
  Event select = event(Type::select);
  select.ids = {"top_left", "bottom_left"};
  f.session.handle(select);
  auto panel = f.session.model(tpl::part_panel);
  REQUIRE(panel["results"].size() == 2);
  CHECK(panel["results"][0]["focused"] == true);
  CHECK(panel["results"][1]["focused"] == false);
  CHECK(panel["results"][0]["details"].is_null());
  Event pick = event(Type::focus_result, "bottom_c");
  CHECK(f.session.handle(pick).parts == (tpl::part_map | tpl::part_panel));
  panel = f.session.model(tpl::part_panel);
  CHECK(panel["results"][0]["focused"] == false);
  CHECK(panel["results"][1]["focused"] == true);
  CHECK(panel["results"][1]["details"].is_object());
  CHECK(f.session.model(tpl::part_map)["pattern"]["title"] == "Beta (left)");
  // The same pick again closes its details and keeps it in focus.
  CHECK(f.session.handle(pick).parts == tpl::part_panel);
  panel = f.session.model(tpl::part_panel);
  CHECK(panel["results"][1]["details"].is_null());
  CHECK(panel["results"][1]["focused"] == true);
  // A pick that is no longer among the results gives way to the first.
  select.ids = {"top_left"};
  f.session.handle(select);
  CHECK(f.session.model(tpl::part_panel)["results"][0]["focused"] == true);
}

TEST_CASE("the map shows the pattern in focus, says when its point lies on another view, and previews another") {
  Fixture f;
  CHECK(f.session.handle(event(Type::view, "back")).parts == tpl::part_map);  // no answer yet to update
  f.session.handle(event(Type::view, "front"));
  f.tap(0.5f, 0.5f);  // the centre: Gamma's point lies on the back view
  auto map = f.session.model(tpl::part_map);
  CHECK(map["pattern"]["title"] == "Gamma");
  CHECK(map["pattern"]["elsewhere"]["view"] == "back");
  CHECK(map["pattern"]["elsewhere"]["text"] == "On Back");
  // The answer card, which lies over the map's caption on a phone, says so for the best match too.
  CHECK(f.session.model(tpl::part_panel)["answer"]["top_elsewhere"] == map["pattern"]["elsewhere"]);
  CHECK(f.session.handle(event(Type::view, "back")).parts == (tpl::part_map | tpl::part_panel));
  CHECK(f.session.model(tpl::part_map)["pattern"]["elsewhere"].is_null());
  CHECK(f.session.model(tpl::part_panel)["answer"]["top_elsewhere"].is_null());

  f.session.handle(event(Type::view, "front"));
  f.tap(0.3f, 0.7f);
  const std::size_t focused = f.session.draw().indices.size();
  const auto title = f.session.model(tpl::part_map)["pattern"]["title"];
  CHECK(title == "Beta (left)");
  Event preview = event(Type::preview_result, "top_a");
  CHECK(f.session.handle(preview).parts == tpl::part_map);
  CHECK(f.session.model(tpl::part_map)["pattern"]["title"] == "Alpha (left)");
  CHECK(f.session.draw().indices.size() != focused);
  CHECK(f.session.handle(event(Type::preview_result, "")).parts == tpl::part_map);
  CHECK(f.session.model(tpl::part_map)["pattern"]["title"] == title);
  CHECK(f.session.handle(event(Type::preview_result, "no_point")).notes.size() == 1);
}

TEST_CASE("answered warning signs fold into one line until they are opened again") {
  Fixture f;
  f.tap(0.3f, 0.3f);
  auto signs = [&] { return f.session.model(tpl::part_panel)["warning_signs"]; };
  CHECK(signs()["folded"] == false);
  CHECK(signs()["unanswered"] == 2);
  f.session.handle(answer("top_emergency", "no"));
  f.session.handle(answer("anywhere", "yes"));
  CHECK(signs()["folded"] == true);
  CHECK(signs()["summary"] == "Yes to 1");
  CHECK(signs()["advice"] == nlohmann::json::array({"See a doctor soon."}));
  Event open = event(Type::fold, "warning_signs");
  open.answer = "open";
  CHECK(f.session.handle(open).parts == tpl::part_panel);
  CHECK(signs()["folded"] == false);
  open.answer = "sideways";
  CHECK(f.session.handle(open).notes.size() == 1);
}

TEST_CASE("a yes to a warning sign makes the call to a professional urgent, announced, and sets self-help aside") {
  Fixture f;
  f.tap(0.3f, 0.3f);
  f.session.handle(event(Type::focus_result, "top_a"));
  auto panel = [&] { return f.session.model(tpl::part_panel); };
  CHECK(panel()["professional"]["urgency"].is_null());
  CHECK(panel()["results"][0]["details"]["self_help"]["cards"].size() == 1);
  CHECK(panel()["results"][0]["details"]["self_help"]["set_aside"].is_null());

  f.session.handle(answer("anywhere", "yes"));  // not an emergency
  CHECK(panel()["emergency"].is_null());
  CHECK(panel()["professional"]["urgency"] == "clinician_soon");
  CHECK(panel()["professional"]["heading"] == "See a doctor soon");
  CHECK(panel()["results"][0]["details"]["self_help"]["cards"].empty());
  CHECK(panel()["results"][0]["details"]["self_help"]["set_aside"] == "self_help_set_aside");
  CHECK(panel()["announcement"] == "1 for Top (left), 1 in all; See a doctor soon");
  CHECK(panel()["professional"]["booking"].is_null());
  CHECK(panel()["professional"]["find"] == "find_doctor");
  // A sign is still to check: that comes first on the answer card.
  CHECK(panel()["answer"]["warnings"]["go_to"] == "warning_signs");
  f.session.handle(answer("top_emergency", "no"));
  // All answered: the advice stays on the card.
  CHECK(panel()["answer"]["warnings"] == nlohmann::json({{"label", "See a doctor soon"}, {"go_to", "professional"}, {"urgent", true}}));
  CHECK(f.session.model(tpl::part_print)["professional"]["urgency"] == "clinician_soon");
  // The clinic stays for after the doctor.
  Event clinic = event(Type::clinic);
  clinic.booking_url = "https://calm.example/book";
  f.session.handle(clinic);
  CHECK(panel()["professional"]["booking"]["href"] == "https://calm.example/book");

  f.session.handle(answer("top_emergency", "yes"));  // the most urgent yes leads, with nothing to book
  CHECK(panel()["professional"]["heading"] == "Emergency first");
  CHECK(panel()["professional"]["text"] == "Call for help. urgent_text_emergency");  // the advice itself, then ours
  CHECK(panel()["professional"]["booking"].is_null());
  CHECK(panel()["professional"]["find"].is_null());
  CHECK(panel()["answer"]["warnings"]["go_to"] == "emergency");
  // Another area, whose warning signs do not include it: the emergency answer still holds, with its message.
  f.tap(0.3f, 0.3f);
  f.tap(0.3f, 0.7f);
  REQUIRE(f.selection() == std::vector<std::string>{"bottom_left"});
  CHECK(panel()["emergency"]["messages"] == nlohmann::json::array({"Call for help."}));
  CHECK(panel()["professional"]["urgency"] == "emergency");

  // Every yes taken back: self-help and the usual prompt return.
  f.tap(0.3f, 0.7f);
  f.tap(0.3f, 0.3f);  // its result's details are still open
  f.session.handle(answer("top_emergency", "no"));
  f.session.handle(answer("anywhere", "no"));
  CHECK(panel()["emergency"].is_null());
  CHECK(panel()["professional"]["urgency"].is_null());
  CHECK(panel()["answer"]["warnings"].is_null());
  CHECK(panel()["results"][0]["details"]["self_help"]["cards"].size() == 1);
}

TEST_CASE("keyboard focus in the region list shows on a view that draws the region") {
  Fixture f;
  f.session.handle(event(Type::view, "back"));
  CHECK(has_part(f.session.handle(event(Type::focus_region, "top_right")), tpl::part_map));
  CHECK(f.session.state().view == "front");
  f.session.handle(event(Type::focus_region, ""));
  CHECK(f.session.state().focus.empty());
}

TEST_CASE("the draw list is rebuilt only after a change") {
  Fixture f;
  CHECK(f.session.needs_redraw());
  CHECK_FALSE(f.session.draw().indices.empty());
  CHECK_FALSE(f.session.needs_redraw());
  f.session.handle(event(Type::pointer_leave));
  CHECK_FALSE(f.session.needs_redraw());
  f.tap(0.3f, 0.3f);
  CHECK(f.session.needs_redraw());
}

TEST_CASE("a new language keeps the state and changes no result, data without some ids drops them with a note") {
  Fixture f;
  f.tap(0.3f, 0.3f);
  f.session.handle(event(Type::view, "back"));
  f.session.handle(answer("sitting", "yes"));
  const auto update = f.session.handle(event(Type::language, "es"));
  CHECK_FALSE(has_part(update, tpl::part_outcome));
  CHECK(has_part(update, tpl::part_chrome));
  CHECK(f.session.model(tpl::part_panel)["results"][0]["title"] == "Alfa (izquierda)");
  CHECK(f.session.model(tpl::part_chrome)["views"][0]["label"] == "Delante");

  // The same content with zone "top" renamed: "top_left" is unknown there.
  std::vector<tpl::SourceFile> files = tpl::test::tiny_files();
  for (auto& file : files) {
    for (std::size_t at = file.text.find("\"top\""); at != std::string::npos; at = file.text.find("\"top\"", at)) {
      file.text.replace(at, 5, "\"peak\"");
    }
  }
  const auto renamed = tpl::load_dataset(files);
  REQUIRE(renamed.problems.empty());
  const auto rebound = f.session.bind(renamed.dataset);
  CHECK(rebound.notes == std::vector<std::string>{"region \"top_left\" is not in this data; dropped"});
  CHECK(f.selection().empty());
  CHECK(f.session.state().view == "back");
  CHECK(f.session.state().factors_yes == std::vector<std::string>{"sitting"});
  CHECK(f.session.state().language == "es");
}

TEST_CASE("the clinic's booking link is refused unless it is a web, phone or mail link") {
  Fixture f;
  Event clinic = event(Type::clinic);
  clinic.name = "  Calm <b>Hands</b> ";
  clinic.booking_url = "javascript:alert(1)";
  clinic.phone = "+1 (555) 0100";
  const auto update = f.session.handle(clinic);
  CHECK(update.notes.size() == 1);
  auto professional = f.session.model(tpl::part_panel)["professional"];
  CHECK(professional["heading"] == "Calm <b>Hands</b>");
  CHECK(professional["booking"].is_null());
  CHECK(professional["phone"]["href"] == "tel:+15550100");
  clinic.booking_url = "HTTPS://calm.example/book";
  f.session.handle(clinic);
  professional = f.session.model(tpl::part_panel)["professional"];
  CHECK(professional["booking"]["href"] == "HTTPS://calm.example/book");
  CHECK(professional["booking"]["label"] == "Book with Calm <b>Hands</b>");
  CHECK(f.session.handle(clinic).parts == 0);
}

TEST_CASE("events before any data keep the page's settings and ignore the rest") {
  tpl::Session session;
  session.handle(event(Type::language, "es"));
  CHECK(session.state().language == "es");
  CHECK(session.handle(event(Type::clear)).notes == std::vector<std::string>{"no data is loaded yet; event ignored"});
  CHECK(session.model(tpl::part_panel).empty());
}

TEST_CASE("events read from JSON, and anything else is refused with a reason") {
  tpl::Event e;
  std::string problem;
  REQUIRE(tpl::parse_event(nlohmann::json::parse(R"({"type": "select", "ids": ["a", 3, "b"], "x": "wide"})"), e, problem));
  CHECK(e.type == Type::select);
  CHECK(e.ids == std::vector<std::string>{"a", "b"});
  CHECK(e.x == 0);
  CHECK_FALSE(tpl::parse_event(nlohmann::json::parse(R"({"type": "explode"})"), e, problem));
  CHECK(problem == "unknown event type \"explode\"");
  CHECK_FALSE(tpl::parse_event(nlohmann::json::parse("[1]"), e, problem));
  CHECK(tpl::update_json({tpl::part_map | tpl::part_outcome, {"n"}}) ==
        nlohmann::json::parse(R"({"parts": ["map", "outcome"], "notes": ["n"]})"));
}

TEST_CASE("restarting the visit forgets what was chosen and answered, and keeps the language and the clinic") {
  Fixture f;
  f.tap(0.3f, 0.3f);
  f.session.handle(answer("sitting", "yes"));
  f.session.handle(answer("top_emergency", "no"));
  f.session.handle(event(Type::view, "back"));
  f.session.handle(event(Type::language, "es"));
  const auto update = f.session.restart();
  CHECK(has_part(update, tpl::part_outcome));
  CHECK(f.selection().empty());
  CHECK(f.session.state().factors_yes.empty());
  CHECK(f.session.state().warning_signs.empty());
  CHECK(f.session.state().view == "front");
  CHECK(f.session.state().language == "es");
}

TEST_CASE("the region list groups the regions by body area, each with its label and side") {
  Fixture f;
  std::map<std::string, std::string> side_of;
  std::set<std::string> areas;
  const auto groups = f.session.model(tpl::part_regions)["groups"];
  for (const auto& group : groups) {
    areas.insert(group["legend"].get<std::string>());
    for (const auto& region : group["regions"]) side_of[region["id"]] = region["side"];
  }
  CHECK(areas.size() == groups.size());  // one group per area
  CHECK(side_of.at("top_left") == "left");
  CHECK(side_of.at("top_right") == "right");
  CHECK(side_of.at("centre") == "midline");  // the page gives it a row of its own
}

TEST_CASE("an emergency answered yes leads the answer card even while other warning signs are still to check") {
  Fixture f;
  f.tap(0.3f, 0.3f);
  f.session.handle(answer("top_emergency", "yes"));
  const auto panel = f.session.model(tpl::part_panel);
  REQUIRE(panel["warning_signs"]["unanswered"] == 1);
  CHECK(panel["answer"]["warnings"] == nlohmann::json({{"label", "emergency_heading"}, {"go_to", "emergency"}, {"urgent", true}}));
}
