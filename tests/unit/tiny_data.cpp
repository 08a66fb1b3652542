// The tiny dataset. Both views are the square from 0.1 to 0.9. The front view has zone "top" (seeds at y 0.3,
// left side at x 0.3, mirrored to 0.7 for the right) over zone "bottom" (y 0.7), with the midline zone "centre"
// between them; the back view has zone "rear" only. Points: "top_a" (common; top essential, bottom spillover),
// "top_b" (rare; top essential) of muscle "alpha", "bottom_c" (occasional; bottom essential, kept going by
// "sitting") of muscle "beta", and "rear_d" (common; rear essential, lies on the back view) of muscle "gamma".
#include "tiny_data.h"

namespace tpl::test {

namespace {
const char* regions = R"json({"regions": [
  {"id": "top", "sides": "both", "area": "head", "views": ["front"], "choir": {"left": 102, "right": 101}, "label": {"en": "Top", "es": "Arriba"}, "in_sentence": {"en": "the top", "es": "la parte de arriba"}},
  {"id": "centre", "sides": "midline", "area": "chest", "views": ["front"], "choir": [106, 107], "label": {"en": "Centre", "es": "Centro"}, "in_sentence": {"en": "the centre", "es": "el centro"}},
  {"id": "bottom", "sides": "both", "area": "leg", "views": ["front"], "choir": {"left": 130, "right": 129}, "label": {"en": "Bottom", "es": "Abajo"}, "in_sentence": {"en": "the bottom", "es": "la parte de abajo"}},
  {"id": "rear", "sides": "both", "area": "low_back", "views": ["back"], "choir": {"left": 217, "right": 218}, "label": {"en": "Rear", "es": "Detrás"}, "in_sentence": {"en": "the rear", "es": "la parte de atrás"}}
]})json";

const char* views = R"json({"views": [
  {"id": "front", "label": {"en": "Front", "es": "Delante"}, "aspect": 1, "symmetry": "bilateral",
   "silhouette": [{"points": [[0.1, 0.1], [0.9, 0.1], [0.9, 0.9], [0.1, 0.9]]}],
   "regions": [{"zone": "top", "seeds": [[0.3, 0.3]]}, {"zone": "centre", "seeds": [[0.5, 0.5]]},
               {"zone": "bottom", "seeds": [[0.3, 0.7]]}]},
  {"id": "back", "label": {"en": "Back", "es": "Detrás"}, "aspect": 1, "symmetry": "bilateral",
   "silhouette": [{"points": [[0.1, 0.1], [0.9, 0.1], [0.9, 0.9], [0.1, 0.9]]}],
   "regions": [{"zone": "rear", "seeds": [[0.3, 0.5]]}]}
]})json";

const char* muscles = R"json({"muscles": [
  {"id": "alpha", "area": "head", "name": {"en": "Alpha", "es": "Alfa"}, "latin": "Musculus alpha",
   "attachments": {"en": "a"}, "action": {"en": "a"}, "nerve": {"en": "a"},
   "sources": [{"source": "book", "where": "Chapter 1"}],
   "trigger_points": [
     {"id": "top_a", "name": {"en": "Point A", "es": "Punto A"}, "prevalence": "common", "symptoms": {"en": ["Ache"]},
      "location": {"view": "front", "region": "top", "x": 0.3, "y": 0.3, "text": {"en": "In the top", "es": "Arriba"}},
      "referral": [{"zone": "top", "kind": "essential"}, {"zone": "bottom", "kind": "spillover"}],
      "self_help": ["stretch_alpha"], "rule_out": ["strain"]},
     {"id": "top_b", "name": {"en": "Point B"}, "prevalence": "rare", "symptoms": {"en": ["Ache"]}, "self_help": ["stretch_alpha"],
      "location": {"view": "front", "region": "top", "x": 0.35, "y": 0.25, "text": {"en": "Near the top"}},
      "referral": [{"zone": "top", "kind": "essential"}]}]},
  {"id": "beta", "area": "leg", "name": {"en": "Beta"}, "latin": "Musculus beta",
   "attachments": {"en": "b"}, "action": {"en": "b"}, "nerve": {"en": "b"},
   "sources": [{"source": "book", "where": "Chapter 2"}],
   "trigger_points": [
     {"id": "bottom_c", "name": {"en": "Point C"}, "prevalence": "occasional", "symptoms": {"en": ["Ache"]}, "self_help": ["stretch_alpha"],
      "location": {"view": "front", "region": "bottom", "x": 0.3, "y": 0.7, "text": {"en": "In the bottom"}},
      "referral": [{"zone": "bottom", "kind": "essential"}], "factors": ["sitting"]}]},
  {"id": "gamma", "area": "low_back", "name": {"en": "Gamma"}, "latin": "Musculus gamma",
   "attachments": {"en": "g"}, "action": {"en": "g"}, "nerve": {"en": "g"},
   "sources": [{"source": "book", "where": "Chapter 3"}],
   "trigger_points": [
     {"id": "rear_d", "name": {"en": "Point D"}, "prevalence": "common", "symptoms": {"en": ["Ache"]}, "self_help": ["stretch_alpha"],
      "location": {"view": "back", "region": "rear", "x": 0.3, "y": 0.5, "text": {"en": "In the rear"}},
      "referral": [{"zone": "rear", "kind": "essential"}, {"zone": "centre", "kind": "spillover"}]}]}
]})json";

const char* rest = R"json({
  "self_help": [{"id": "stretch_alpha", "kind": "stretch", "targets": ["alpha"], "title": {"en": "Alpha stretch"},
                 "steps": {"en": ["Stand.", "Lean."]}, "hold_seconds": 30, "repeats": 3,
                 "avoid_if": {"en": "It hurts sharply."}}],
  "conditions": [{"id": "strain", "name": {"en": "Strain"}, "note": {"en": "A torn fibre."}}],
  "factors": [{"id": "sitting", "question": {"en": "Do you sit a lot?"}, "advice": {"en": "Get up every half hour."}}],
  "red_flags": [
    {"id": "top_emergency", "zones": ["top"], "urgency": "emergency", "question": {"en": "Is it sudden and severe?"},
     "message": {"en": "Call for help."}},
    {"id": "anywhere", "general": true, "urgency": "clinician_soon", "question": {"en": "Do you have a fever?"},
     "message": {"en": "See a doctor soon."}}],
  "sources": [{"id": "book", "kind": "book", "authors": "A", "year": 2000, "title": "The Book"}],
  "ui": {
    "region_with_side": {"en": "{part} ({side})", "es": "{part} ({side})"},
    "side_left": {"en": "left", "es": "izquierda"}, "side_right": {"en": "right", "es": "derecha"},
    "book_with": {"en": "Book with {clinic}"}, "call": {"en": "Call {phone}"},
    "hold": {"en": "Hold {n} s"}, "repeats": {"en": "Repeat {n}×"},
    "announce_results": {"en": "{count} for {areas}, {count} in all"},
    "and_more": {"en": "{list} and {count} more"}, "warning_count": {"en": "Check {count}"},
    "warning_none": {"en": "None of {count}"}, "warning_some": {"en": "Yes to {count}"},
    "point_elsewhere": {"en": "On {view}"},
    "reason_essential": {"en": "refers to {region}"}, "reason_spillover": {"en": "spreads to {region}"},
    "reason_all_explained": {"en": "explains all"}, "reason_common": {"en": "common"}, "prevalence_common": {"en": "Common"},
    "reason_occasional": {"en": "occasional"}, "reason_rare": {"en": "rare"},
    "reason_factor": {"en": "you said yes to: {factor}"},
    "urgent_heading_emergency": {"en": "Emergency first"}, "urgent_heading_clinician_soon": {"en": "See a doctor soon"},
    "announce_with_advice": {"en": "{results}; {advice}"}
  }
})json";
}  // namespace

const std::vector<SourceFile>& tiny_files() {
  static const std::vector<SourceFile> files = {
      {"geometry.json", views}, {"muscles.json", muscles}, {"regions.json", regions}, {"rest.json", rest}};
  return files;
}

const LoadResult& tiny_data() {
  static const LoadResult result = load_dataset(tiny_files());
  return result;
}

}  // namespace tpl::test
