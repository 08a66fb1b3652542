// Whether the referral data reproduces the references' pain guides: for each region, every muscle its guide
// names must come up among the results the widget shows, and the main ones near the top.
#pragma once

#include <string>
#include <vector>

#include "dataset.h"
#include "matcher.h"

namespace tpl {

// Where a guide's muscle must rank when its region alone is selected (1-based, inclusive).
inline constexpr int guide_main_within = 5;
inline constexpr int guide_also_within = 10;
inline constexpr int guide_within(bool main) { return main ? guide_main_within : guide_also_within; }

struct GuideMiss {
  int region = 0;
  int muscle = 0;
  bool main = true;
  int rank = 0;  // where the muscle came (1-based), 0 when it did not come up at all
};

// The misses of the guide of `zone` (its left region, or its midline region), best ranked first.
std::vector<GuideMiss> pain_guide_misses(const Dataset& d, const Matcher& matcher, const PainGuide& guide);

// "heel_left: soleus (main) ranks 7th, needs the top 5" / "... does not come up".
std::string to_string(const Dataset& d, const GuideMiss& miss);

}  // namespace tpl
