// Ranks the trigger points whose referral patterns best explain the regions a visitor selected.
//
// Scoring, per trigger point on one side of the body (left and right muscles are separate candidates):
//   coverage = (E + 0.5 * S) / N   E, S: selected regions in its essential, spillover zone; N: regions selected
//   focus    = 1 if E > 0, else 0.6          a point whose main zone hurts is the better explanation
//   prior    = common 1, occasional 0.8, rare 0.55
//   fit      = 1 + 0.1 * (E / essential zones)   among equals, the tighter pattern wins
//   factors  = 1.15 per answered activity or habit that keeps the point going (at most three)
//   score    = 100 * coverage * focus * prior * fit * factors
// A point that explains every selected region keeps coverage 1 and so outranks one that explains a single region.
// Each muscle appears once per side: its best-scoring point leads, its other matching points come with it, so a
// muscle with four points on the temple cannot crowd out the other muscles that refer there.
// Midline regions (sacrum, breastbone) belong to both sides, so they count for left and right muscles alike.
#pragma once

#include <string>
#include <vector>

#include "dataset.h"

namespace tpl {

struct Query {
  std::vector<std::string> regions;          // region ids, e.g. "heel_left"
  std::vector<std::string> factors;          // refinement answers: factor ids the visitor said yes to
  std::vector<std::string> red_flags_yes;    // red-flag ids the visitor answered yes
  int top = 10;
};

struct Reason {
  enum class Kind { essential, spillover, all_explained, prevalence, factor };
  Kind kind;
  int index = -1;  // the region (essential, spillover) or factor it names
};

struct Match {
  int trigger_point = 0;
  Side side = Side::left;  // midline: the same on either side (only midline regions were selected)
  double score = 0;
  std::vector<Reason> reasons;
  std::vector<int> other_points;  // further points of the same muscle that also match, best first
};

struct MatchOutcome {
  std::vector<int> regions;     // the selection, resolved and without duplicates, in the order given
  std::vector<Match> results;   // best first
  std::vector<int> red_flags;   // raised by the selection, most urgent first
  bool emergency = false;       // a red flag answered yes calls for emergency help
  std::vector<std::string> errors;    // unknown ids: the query is refused
  std::vector<std::string> notes;     // what was tolerated, e.g. duplicates
};

// Built once per dataset: an inverted index from region to the (trigger point, side) pairs that refer there.
class Matcher {
 public:
  explicit Matcher(const Dataset& dataset);
  MatchOutcome locate(const Query& query) const;

 private:
  struct Posting {
    int candidate;  // trigger point * 2 + side (0 left, 1 right)
    ZoneKind kind;
  };
  const Dataset& dataset_;
  std::vector<std::vector<Posting>> postings_;  // by region
  std::vector<int> essential_zone_count_;       // by trigger point
};

}  // namespace tpl
