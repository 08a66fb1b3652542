// The ranking described in matcher.h. Cost: one pass over the postings of the selected regions plus a partial
// sort of the candidates they touched, so it grows with the size of the referral patterns, not the dataset.
#include "matcher.h"

#include <algorithm>
#include <unordered_set>

namespace tpl {

namespace {
double prior(Prevalence prevalence) {
  switch (prevalence) {
    case Prevalence::common: return 1.0;
    case Prevalence::occasional: return 0.8;
    default: return 0.55;
  }
}
constexpr int max_counted_factors = 3;
}  // namespace

Matcher::Matcher(const Dataset& dataset) : dataset_(dataset), postings_(dataset.regions.size()) {
  essential_zone_count_.resize(dataset.trigger_points.size());
  for (std::size_t t = 0; t < dataset.trigger_points.size(); ++t) {
    const TriggerPoint& tp = dataset.trigger_points[t];
    for (const Referral& ref : tp.referral) {
      if (ref.kind == ZoneKind::essential) ++essential_zone_count_[t];
      for (int side = 0; side < 2; ++side) {
        const Side body_side = side == 0 ? Side::left : Side::right;
        if (tp.side != Side::midline && tp.side != body_side) continue;
        int region = dataset.region_of(ref.zone, body_side);
        if (region >= 0) postings_[static_cast<std::size_t>(region)].push_back({static_cast<int>(t) * 2 + side, ref.kind});
      }
    }
  }
}

MatchOutcome Matcher::locate(const Query& query) const {
  MatchOutcome out;
  std::unordered_set<int> seen;
  for (const std::string& id : query.regions) {
    int region = find(dataset_.region_index, id);
    if (region < 0) {
      out.errors.push_back("unknown region id \"" + id + "\"");
    } else if (!seen.insert(region).second) {
      out.notes.push_back("region \"" + id + "\" was given more than once; counted once");
    } else {
      out.regions.push_back(region);
    }
  }
  std::vector<int> factors;
  for (const std::string& id : query.factors) {
    int factor = find(dataset_.factor_index, id);
    if (factor < 0) {
      out.errors.push_back("unknown refinement \"" + id + "\"");
    } else if (std::find(factors.begin(), factors.end(), factor) == factors.end()) {
      factors.push_back(factor);
    }
  }
  if (!out.errors.empty()) {
    out.regions.clear();
    return out;
  }

  // Red flags: general ones always, zone ones when a selected region lies in their zones.
  if (!out.regions.empty()) {
    for (std::size_t f = 0; f < dataset_.red_flags.size(); ++f) {
      const RedFlag& flag = dataset_.red_flags[f];
      bool raised = flag.general || std::any_of(out.regions.begin(), out.regions.end(), [&](int region) {
        int zone = dataset_.regions[static_cast<std::size_t>(region)].zone;
        return std::find(flag.zones.begin(), flag.zones.end(), zone) != flag.zones.end();
      });
      if (raised) out.red_flags.push_back(static_cast<int>(f));
    }
    std::stable_sort(out.red_flags.begin(), out.red_flags.end(), [&](int a, int b) {
      return dataset_.red_flags[static_cast<std::size_t>(a)].urgency < dataset_.red_flags[static_cast<std::size_t>(b)].urgency;
    });
  }
  for (const std::string& id : query.red_flags_yes) {
    const int flag = find(dataset_.red_flag_index, id);
    if (flag < 0) {
      out.notes.push_back("unknown red flag \"" + id + "\" ignored");
    } else if (dataset_.red_flags[static_cast<std::size_t>(flag)].urgency == Urgency::emergency) {
      out.emergency = true;
    }
  }

  // Accumulate hits per candidate; `touched` keeps the pass proportional to the postings visited.
  struct Hits {
    int essential = 0, spillover = 0;
    std::vector<std::pair<int, ZoneKind>> regions;
  };
  std::vector<int> slot(dataset_.trigger_points.size() * 2, -1);
  std::vector<int> touched;
  std::vector<Hits> hits;
  for (int region : out.regions) {
    for (const Posting& posting : postings_[static_cast<std::size_t>(region)]) {
      int& s = slot[static_cast<std::size_t>(posting.candidate)];
      if (s < 0) {
        s = static_cast<int>(hits.size());
        hits.emplace_back();
        touched.push_back(posting.candidate);
      }
      Hits& h = hits[static_cast<std::size_t>(s)];
      (posting.kind == ZoneKind::essential ? h.essential : h.spillover)++;
      h.regions.emplace_back(region, posting.kind);
    }
  }

  const double n = static_cast<double>(out.regions.size());
  const bool only_midline = std::all_of(out.regions.begin(), out.regions.end(), [&](int region) {
    return dataset_.regions[static_cast<std::size_t>(region)].side == Side::midline;
  });
  for (std::size_t i = 0; i < touched.size(); ++i) {
    const int candidate = touched[i];
    const int t = candidate / 2;
    const Side side = candidate % 2 == 0 ? Side::left : Side::right;
    // With only midline regions selected both sides score alike: report the point once, for either side.
    if (only_midline && side == Side::right) continue;
    const Hits& h = hits[i];
    const TriggerPoint& tp = dataset_.trigger_points[static_cast<std::size_t>(t)];
    Match match{t, only_midline ? Side::midline : side, 0, {}};
    for (const auto& [region, kind] : h.regions) {
      match.reasons.push_back({kind == ZoneKind::essential ? Reason::Kind::essential : Reason::Kind::spillover, region});
    }
    if (h.essential + h.spillover == static_cast<int>(out.regions.size()) && out.regions.size() > 1) {
      match.reasons.push_back({Reason::Kind::all_explained});
    }
    match.reasons.push_back({Reason::Kind::prevalence});
    int counted_factors = 0;
    for (int factor : factors) {
      if (counted_factors < max_counted_factors &&
          std::find(tp.factors.begin(), tp.factors.end(), factor) != tp.factors.end()) {
        ++counted_factors;
        match.reasons.push_back({Reason::Kind::factor, factor});
      }
    }
    const double coverage = (h.essential + 0.5 * h.spillover) / n;
    const double focus = h.essential > 0 ? 1.0 : 0.6;
    const int essential_zones = std::max(1, essential_zone_count_[static_cast<std::size_t>(t)]);
    const double fit = 1.0 + 0.1 * std::min(1.0, h.essential / static_cast<double>(essential_zones));
    double factor_boost = 1.0;
    for (int k = 0; k < counted_factors; ++k) factor_boost *= 1.15;
    match.score = 100.0 * coverage * focus * prior(tp.prevalence) * fit * factor_boost;
    out.results.push_back(std::move(match));
  }

  auto better = [&](const Match& a, const Match& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.trigger_point != b.trigger_point) return a.trigger_point < b.trigger_point;
    return a.side < b.side;
  };
  std::sort(out.results.begin(), out.results.end(), better);
  // One entry per muscle and side: the best point leads, the others ride along.
  std::vector<Match> grouped;
  std::vector<int> entry_of(dataset_.muscles.size() * 3, -1);
  for (Match& match : out.results) {
    const int muscle = dataset_.trigger_points[static_cast<std::size_t>(match.trigger_point)].muscle;
    int& entry = entry_of[static_cast<std::size_t>(muscle * 3 + static_cast<int>(match.side))];
    if (entry >= 0) {
      grouped[static_cast<std::size_t>(entry)].other_points.push_back(match.trigger_point);
      continue;
    }
    entry = static_cast<int>(grouped.size());
    grouped.push_back(std::move(match));
  }
  const std::size_t top = static_cast<std::size_t>(std::max(0, query.top));
  if (grouped.size() > top) grouped.resize(top);
  out.results = std::move(grouped);
  if (out.regions.empty()) out.notes.push_back("no region selected");
  return out;
}

}  // namespace tpl
