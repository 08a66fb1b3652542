// The body map state: clicks toggle regions, drawing happens only after a change, referral overlays switch view.
#include <catch2/catch.hpp>

#include "data_fixture.h"

namespace {
const tpl::Dataset& data() { return tpl::test::shipped_data().dataset; }

int point_index(const std::string& id) {
  for (std::size_t i = 0; i < data().trigger_points.size(); ++i) {
    if (data().trigger_points[i].id == id) return static_cast<int>(i);
  }
  FAIL("no trigger point " << id);
  return -1;
}
}  // namespace

TEST_CASE("clicking the left calf on the back view toggles that region") {
  tpl::Widget widget(data());
  widget.resize(400, 800, 2);
  widget.set_view(tpl::find(data().view_index, "back"));
  // The lower soleus point lies inside the left lower calf; find its canvas position by probing.
  const auto& tp = data().trigger_points[point_index("soleus_lower")];
  const auto [x, y] = widget.canvas_point(tp.location.at);
  int region = widget.click(x, y);
  REQUIRE(region >= 0);
  CHECK(data().regions[region].id == "calf_lower_left");
  CHECK(widget.is_selected(region));
  widget.click(x, y);
  CHECK_FALSE(widget.is_selected(region));
  CHECK(widget.click(2, 2) == -1);
}

TEST_CASE("the draw list is rebuilt only when something changed") {
  tpl::Widget widget(data());
  widget.resize(300, 600, 1);
  CHECK(widget.needs_redraw());
  const auto& list = widget.draw();
  CHECK_FALSE(list.indices.empty());
  CHECK_FALSE(widget.needs_redraw());
  widget.pointer_leave();
  widget.resize(300, 600, 1);
  CHECK_FALSE(widget.needs_redraw());
  widget.toggle(tpl::find(data().region_index, "heel_left"));
  CHECK(widget.needs_redraw());
}

TEST_CASE("a selected region is filled in the selection colour where it lies, and only there") {
  tpl::Widget widget(data());
  widget.resize(300, 600, 1);  // pixel ratio 1: draw list pixels are CSS pixels
  widget.set_view(tpl::find(data().view_index, "back"));
  const int heel = tpl::find(data().region_index, "heel_left");
  auto filled = [&] {
    std::vector<tpl::Vec2> points;
    const tpl::Color selected = widget.theme().selected;
    for (const auto& v : widget.draw().vertices) {
      if (v.color.r == selected.r && v.color.g == selected.g && v.color.b == selected.b && v.color.a == selected.a) {
        points.push_back(v.pos);
      }
    }
    return points;
  };
  CHECK(filled().empty());
  widget.toggle(heel);
  const auto points = filled();
  REQUIRE(points.size() >= 3);
  float x = 0, y = 0;
  for (auto p : points) x += p.x, y += p.y;
  const float n = static_cast<float>(points.size());
  CHECK(widget.region_at(x / n, y / n) == heel);
  widget.toggle(heel);
  CHECK(filled().empty());
}

TEST_CASE("showing a trigger point draws its zones and switches to its view") {
  tpl::Widget widget(data());
  widget.resize(300, 600, 1);
  widget.set_view(tpl::find(data().view_index, "front"));
  const std::size_t plain = widget.draw().indices.size();
  widget.show_trigger_point(point_index("soleus_lower"), tpl::Side::left);
  CHECK(data().views[widget.view()].id == "back");
  CHECK(widget.draw().indices.size() > plain);
}

TEST_CASE("theme colours are read from #rgb and #rrggbb, and anything else is refused") {
  tpl::Color colour{1, 2, 3, 200};
  CHECK(tpl::parse_colour("#b4452c", colour));
  CHECK((colour.r == 0xb4 && colour.g == 0x45 && colour.b == 0x2c && colour.a == 200));
  CHECK(tpl::parse_colour("#fff", colour));
  CHECK((colour.r == 255 && colour.g == 255 && colour.b == 255));
  for (const char* bad : {"", "red", "#ggg", "#12345", "rgb(1,2,3)", "#1234567"}) CHECK_FALSE(tpl::parse_colour(bad, colour));
  CHECK((colour.r == 255 && colour.g == 255 && colour.b == 255));
}
