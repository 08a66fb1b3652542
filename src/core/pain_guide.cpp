#include "pain_guide.h"

#include <algorithm>

namespace tpl {

std::vector<GuideMiss> pain_guide_misses(const Dataset& d, const Matcher& matcher, const PainGuide& guide) {
  // A guide is written side-free; left and right are mirror images, so the left region stands for both.
  const int region = d.region_of(guide.zone, Side::left);
  Query query;
  query.regions = {at(d.regions, region).id};
  query.top = guide_also_within;
  const MatchOutcome outcome = matcher.locate(query);
  std::vector<GuideMiss> misses;
  for (const PainGuideEntry& entry : guide.muscles) {
    auto found = std::find_if(outcome.results.begin(), outcome.results.end(), [&](const Match& match) {
      return at(d.trigger_points, match.trigger_point).muscle == entry.muscle;
    });
    const int rank = found == outcome.results.end() ? 0 : static_cast<int>(found - outcome.results.begin()) + 1;
    if (rank == 0 || rank > guide_within(entry.main)) misses.push_back({region, entry.muscle, entry.main, rank});
  }
  return misses;
}

std::string to_string(const Dataset& d, const GuideMiss& miss) {
  std::string text = at(d.regions, miss.region).id + ": " + at(d.muscles, miss.muscle).id + (miss.main ? " (main)" : " (also)");
  if (miss.rank == 0) return text + " does not come up";
  return text + " ranks " + std::to_string(miss.rank) + ", needs the top " + std::to_string(guide_within(miss.main));
}

}  // namespace tpl
