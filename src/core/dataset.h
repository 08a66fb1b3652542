// The clinical content and body map as typed values, and the loader that builds them from JSON text.
// The loader is also the validator: it never stops at the first problem and never throws; it returns every
// problem it finds, each naming the file, the JSON pointer and what is wrong.
#pragma once

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "geometry.h"
#include "text.h"

namespace tpl {

enum class Side : std::uint8_t { left, right, midline };
enum class Prevalence : std::uint8_t { common, occasional, rare };
enum class ZoneKind : std::uint8_t { essential, spillover };
enum class Urgency : std::uint8_t { emergency, doctor_today, clinician_soon };

const char* to_string(Side side);
const char* to_string(Prevalence prevalence);
const char* to_string(ZoneKind kind);
const char* to_string(Urgency urgency);

// A zone of regions.json: the side-free part of the body ("heel").
struct Zone {
  std::string id;
  bool bilateral = true;  // "both": a left and a right region; otherwise one midline region
  std::string area;
  std::vector<std::string> views;
  Text label;
  Text in_sentence;  // the label as a reason puts it mid-sentence, with its article: "the heel", "el talón"
};

// A selectable region: a zone on one side ("heel_left"), or a midline zone ("sacrum").
struct Region {
  std::string id;
  int zone = 0;  // index into Dataset::zones
  Side side = Side::midline;
  std::vector<int> choir;  // CHOIR Body Map codes the region falls within
};

struct Referral {
  int zone = 0;
  ZoneKind kind = ZoneKind::essential;
};

struct Location {
  std::string view;
  int zone = -1;  // index into Dataset::zones: the zone the point lies in (its region is the match's side's)
  Vec2 at;        // for the body's left side; mirrored for the right
  Text text;
};

struct TriggerPoint {
  std::string id;
  int muscle = 0;
  Text name;
  Location location;
  Prevalence prevalence = Prevalence::occasional;
  Side side = Side::midline;  // left or right when the references describe the point on that side only
  // The references give the point no referral pattern, only tenderness where it lies: its one zone is that area,
  // as spillover, so it ranks as a weak explanation.
  bool local_only = false;
  std::vector<Referral> referral;
  TextList symptoms;
  std::vector<int> factors, associated, rule_out, self_help;
};

struct SourceRef {
  int source = 0;
  std::string where;
};

struct Muscle {
  std::string id, area, latin;
  Text name, attachments, action, nerve;
  std::vector<int> synergists, antagonists;
  std::vector<SourceRef> sources;
  std::vector<int> trigger_points;
};

struct SelfHelp {
  std::string id, kind, topic;
  Text title, avoid_if, text;
  TextList steps, cautions;
  std::vector<int> targets;
  int hold_seconds = 0, repeats = 0;
};

struct Condition {
  std::string id;
  Text name, note;
};

struct Factor {
  std::string id;
  Text question, advice;
};

struct RedFlag {
  std::string id;
  bool general = false;
  std::vector<int> zones;
  Text question, message;
  Urgency urgency = Urgency::clinician_soon;
};

struct Source {
  std::string id, title, authors, kind;
  int year = 0;
};

// A region's pain guide: the muscles the references name for pain felt there, each with where it is named. The
// referral data must reproduce it (pain_guide.h checks that); the page never shows it, so its bundle leaves it out.
struct PainGuideEntry {
  int muscle = 0;
  bool main = true;  // named first, as an essential zone ("main"), or as a lesser source ("also")
  SourceRef source;
};

struct PainGuide {
  int zone = 0;
  std::vector<PainGuideEntry> muscles;  // main ones first
};

// A seed of the body map: the region owning the part of the body nearest to it (see body_map.h).
struct Seed {
  Vec2 at;
  int region = 0;
};

// A stretch of border between two regions, inside the body.
struct Boundary {
  Vec2 a, b;
  int region_a = 0, region_b = 0;
};

struct View {
  std::string id;
  float aspect = 0.5f;  // width / height of the view's frame
  Text label;
  Side shows = Side::midline;       // the side of the body a side view shows; midline: the view shows both sides
  std::vector<Polygon> silhouette;  // the body's outline, smoothed
  std::vector<Polygon> details;     // drawing lines inside the body (navel, kneecaps, fingers), not clickable
  std::vector<Seed> seeds;          // region seeds, mirrored to both sides where the view shows both
};

// What drawing a view takes beyond its outline (body_map.h makes it from the outline and the seeds): the outline's
// triangles, each seed's cell and the borders between regions. Made when a view is first drawn, not at load:
// cutting all nine views would hold up the first frame for views a visitor may never open.
struct ViewDrawing {
  std::vector<Shape> silhouette;
  std::vector<Polygon> cells;  // per seed: the convex part of the view nearer to it than to any other seed
  std::vector<Boundary> boundaries;
};

// The item at `index` of a collection: the core keeps indices as int, the standard library's size_t.
template <typename T>
const T& at(const std::vector<T>& items, int index) {
  return items[static_cast<std::size_t>(index)];
}

// The ids of one collection and the index of each.
using IdIndex = std::unordered_map<std::string, int>;

// Fields a first-part bundle leaves for its texts part, as "collection/field" ("trigger_points/location.text",
// "trigger_points/self_help"): long texts, and what only a result's details show.
using Deferred = std::set<std::string>;

// The index of `id` in `ids`, or -1: the one lookup by id, for every collection.
int find(const IdIndex& ids, const std::string& id);

// Everything the widget knows, with ids resolved to indices.
struct Dataset {
  std::vector<Zone> zones;
  std::vector<Region> regions;
  std::vector<Muscle> muscles;
  std::vector<TriggerPoint> trigger_points;
  std::vector<SelfHelp> self_help;
  std::vector<Condition> conditions;
  std::vector<Factor> factors;
  std::vector<RedFlag> red_flags;
  std::vector<Source> sources;
  std::vector<PainGuide> pain_guides;  // in the order of the data; at most one per zone
  // What a first-part bundle deferred (a muscle's attachments and sources, a point's symptoms and self-help list,
  // self-help steps...) is still to come, through attach_texts().
  bool texts_pending = false;
  std::vector<View> views;
  std::unordered_map<std::string, Text> ui;

  // The region of `zone` on `side` (a midline zone answers for any side), or -1.
  int region_of(int zone, Side side) const;
  // A UI string in `lang` (English fallback), or the key itself when it is missing.
  std::string ui_text(const std::string& key, const std::string& lang) const;
  // "Heel (left)": the region's label with its side, in `lang`.
  std::string region_label(int region, const std::string& lang) const;
  // "Soleus (left)": a name with the side of the body it is on, through the data's template; a midline name stands
  // alone.
  std::string with_side(const std::string& name, Side side, const std::string& lang) const;

  // Each collection's ids, for find().
  IdIndex region_index, zone_index, view_index, factor_index, trigger_point_index, red_flag_index;
  // zone index -> its regions by side (midline zones fill all three).
  std::vector<std::array<int, 3>> zone_regions;
};

// One JSON file of data/: its name (for messages) and its text.
struct SourceFile {
  std::string name;
  std::string text;
};

struct Problem {
  std::string file;
  std::string where;  // a JSON pointer, or "line L, column C" for malformed JSON
  std::string message;
};
std::string to_string(const Problem& problem);

struct LoadResult {
  Dataset dataset;
  std::vector<Problem> problems;  // empty when the data is sound
  bool ok() const { return problems.empty(); }
};

// Parses, merges and checks every file. A dataset with problems must not be shown to visitors.
LoadResult load_dataset(const std::vector<SourceFile>& files);

// Loads a bundle made by the build, {"files": {"name": {...file...}, ...}}: parsed once as a whole, which is what
// makes it faster than the files one by one. A file may also be given as its text ("name": "{...}"), and is then
// parsed on its own so that its errors name line and column. A bundle that does not parse is a single problem.
// A bundle may be a first part ({"deferred": ["collection/field", ...], "files": ...}) without the fields it lists
// (only those a texts part can fill in), so that the map and the first answer need less to download and parse; its
// texts part follows.
LoadResult load_bundle(const std::string& bundle_text);

// Puts a texts part, {"language": "en", "texts": {"muscles": {"<id>": {"attachments": ...}}, "trigger_points": ...,
// "self_help": ..., "conditions": ..., "factors": ...}}, into the dataset its first part made: the long texts, and
// what only a result's details show (a point's self-help and rule-out lists, a muscle's sources, self-help titles,
// condition names). Returns the problems (an unknown id, a text of the wrong shape); what it could read is put in
// either way.
std::vector<Problem> attach_texts(Dataset& dataset, const std::string& texts_text);

}  // namespace tpl
