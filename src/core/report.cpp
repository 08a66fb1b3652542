// JSON views of the dataset and of match outcomes, built with nlohmann/json.
#include "report.h"

#include "pain_guide.h"

#include <nlohmann/json.hpp>
#include <set>

namespace tpl {

using nlohmann::json;

namespace {

std::string reason_text(const Dataset& d, const Match& match, const Reason& reason, const std::string& lang) {
  const TriggerPoint& tp = at(d.trigger_points, match.trigger_point);
  switch (reason.kind) {
    case Reason::Kind::essential:
    case Reason::Kind::spillover: {
      const std::string key = reason.kind == Reason::Kind::essential ? "reason_essential" : "reason_spillover";
      const Zone& zone = at(d.zones, at(d.regions, reason.index).zone);
      return fill_template(d.ui_text(key, lang), {{"region", localize(zone.in_sentence, lang)}});
    }
    case Reason::Kind::all_explained: return d.ui_text("reason_all_explained", lang);
    case Reason::Kind::prevalence: return d.ui_text(std::string("reason_") + to_string(tp.prevalence), lang);
    case Reason::Kind::factor:
      return fill_template(d.ui_text("reason_factor", lang),
                           {{"factor", localize(at(d.factors, reason.index).question, lang)}});
  }
  return {};
}

json self_help_json(const Dataset& d, const SelfHelp& item, const std::string& lang) {
  json card = {{"id", item.id}, {"kind", item.kind}, {"title", localize(item.title, lang)}};
  if (!item.steps.empty()) card["steps"] = localize(item.steps, lang);
  if (item.hold_seconds) card["hold_seconds"] = item.hold_seconds;
  if (item.repeats) card["repeats"] = item.repeats;
  if (!item.avoid_if.empty()) card["avoid_if"] = localize(item.avoid_if, lang);
  if (!item.cautions.empty()) card["cautions"] = localize(item.cautions, lang);
  if (!item.topic.empty()) card["topic"] = item.topic;
  if (!item.text.empty()) card["text"] = localize(item.text, lang);
  json targets = json::array();
  for (int m : item.targets) targets.push_back(at(d.muscles, m).id);
  card["targets"] = targets;
  return card;
}

json match_json(const Dataset& d, const Match& match, int rank, const std::string& lang) {
  const TriggerPoint& tp = at(d.trigger_points, match.trigger_point);
  const Muscle& muscle = at(d.muscles, tp.muscle);
  json referral = json::array();
  for (const Referral& ref : tp.referral) {
    // The zone on the matched side; for a midline match, the left side stands for either.
    int region = d.region_of(ref.zone, match.side == Side::right ? Side::right : Side::left);
    referral.push_back({{"region", at(d.regions, region).id}, {"kind", to_string(ref.kind)}});
  }
  json other_points = json::array();
  for (int other : match.other_points) {
    const TriggerPoint& point = at(d.trigger_points, other);
    other_points.push_back({{"trigger_point_id", point.id}, {"trigger_point", localize(point.name, lang)}});
  }
  json self_help = json::array(), factors = json::array(), rule_out = json::array();
  for (int s : tp.self_help) self_help.push_back(at(d.self_help, s).id);
  for (int f : tp.factors) {
    const Factor& factor = at(d.factors, f);
    factors.push_back({{"id", factor.id}, {"question", localize(factor.question, lang)}, {"advice", localize(factor.advice, lang)}});
  }
  for (int c : tp.rule_out) {
    const Condition& condition = at(d.conditions, c);
    rule_out.push_back({{"id", condition.id}, {"name", localize(condition.name, lang)}, {"note", localize(condition.note, lang)}});
  }
  json sources = json::array();
  for (const SourceRef& ref : muscle.sources) {
    sources.push_back({{"title", at(d.sources, ref.source).title}, {"where", ref.where}});
  }
  return {{"rank", rank},
          {"muscle", localize(muscle.name, lang)},
          {"muscle_id", muscle.id},
          {"latin", muscle.latin},
          {"trigger_point_id", tp.id},
          {"trigger_point", localize(tp.name, lang)},
          {"side", to_string(match.side)},
          {"score", std::round(match.score * 10.0) / 10.0},
          {"prevalence", to_string(tp.prevalence)},
          {"reasons", reason_texts(d, match, lang)},
          {"other_points", other_points},
          {"location", {{"view", tp.location.view}, {"x", tp.location.at.x}, {"y", tp.location.at.y},
                        {"text", localize(tp.location.text, lang)}}},
          {"referral", referral},
          {"symptoms", localize(tp.symptoms, lang)},
          {"self_help", self_help},
          {"factors", factors},
          {"rule_out", rule_out},
          {"action", localize(muscle.action, lang)},
          {"sources", sources}};
}

json region_json(const Dataset& d, int region, const std::string& lang) {
  const Region& r = at(d.regions, region);
  const Zone& zone = at(d.zones, r.zone);
  return {{"id", r.id},   {"zone", zone.id},   {"side", to_string(r.side)}, {"label", d.region_label(region, lang)},
          {"choir", r.choir}, {"views", zone.views}, {"area", zone.area}};
}

}  // namespace

std::vector<std::string> reason_texts(const Dataset& d, const Match& match, const std::string& lang) {
  std::vector<std::string> texts;
  for (const Reason& reason : match.reasons) texts.push_back(reason_text(d, match, reason, lang));
  return texts;
}

std::string dump_text(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

json outcome_json(const Dataset& d, const MatchOutcome& outcome, const std::string& lang) {
  json selected = json::array(), results = json::array(), flags = json::array();
  for (int region : outcome.regions) selected.push_back(region_json(d, region, lang));
  std::set<int> cards;
  int rank = 0;
  for (const Match& match : outcome.results) {
    results.push_back(match_json(d, match, ++rank, lang));
    for (int s : at(d.trigger_points, match.trigger_point).self_help) cards.insert(s);
  }
  json self_help = json::object();
  for (int s : cards) self_help[at(d.self_help, s).id] = self_help_json(d, at(d.self_help, s), lang);
  for (int f : outcome.red_flags) {
    const RedFlag& flag = at(d.red_flags, f);
    flags.push_back({{"id", flag.id}, {"urgency", to_string(flag.urgency)}, {"question", localize(flag.question, lang)},
                     {"message", localize(flag.message, lang)}});
  }
  // Until a first-part bundle's texts part is in, the long texts and the details' lists are empty: say so.
  return {{"selected", selected},   {"results", results},         {"red_flags", flags},
          {"emergency", outcome.emergency}, {"self_help", self_help}, {"details_pending", d.texts_pending},
          {"errors", outcome.errors}, {"notes", outcome.notes}};
}

json regions_json(const Dataset& d, const std::string& lang) {
  json regions = json::array();
  for (std::size_t r = 0; r < d.regions.size(); ++r) regions.push_back(region_json(d, static_cast<int>(r), lang));
  return {{"regions", regions}};
}

json coverage_json(const Dataset& d) {
  // Per region, the muscles whose points refer there (a muscle with several points counts once).
  std::vector<std::set<int>> candidates(d.regions.size());
  json without_self_help = json::array();
  for (const TriggerPoint& tp : d.trigger_points) {
    for (const Referral& ref : tp.referral) {
      for (Side side : {Side::left, Side::right}) candidates[static_cast<std::size_t>(d.region_of(ref.zone, side))].insert(tp.muscle);
    }
    if (tp.self_help.empty()) without_self_help.push_back(tp.id);
  }
  json without_candidate = json::array(), by_region = json::object();
  for (std::size_t r = 0; r < d.regions.size(); ++r) {
    if (candidates[r].empty()) without_candidate.push_back(d.regions[r].id);
    by_region[d.regions[r].id] = {{"candidates", candidates[r].size()}};
  }
  // Per region, how its pain guide fares; a guide is side-free and the left region stands for both sides.
  const Matcher matcher(d);
  json guide_misses = json::array();
  std::size_t guided_main = 0, guided_also = 0;
  for (const PainGuide& guide : d.pain_guides) {
    const std::vector<GuideMiss> misses = pain_guide_misses(d, matcher, guide);
    for (const PainGuideEntry& entry : guide.muscles) ++(entry.main ? guided_main : guided_also);
    for (Side side : {Side::left, Side::right}) {
      by_region[at(d.regions, d.region_of(guide.zone, side)).id]["pain_guide"] = {{"muscles", guide.muscles.size()},
                                                                                  {"misses", misses.size()}};
    }
    for (const GuideMiss& miss : misses) guide_misses.push_back(to_string(d, miss));
  }
  json by_muscle = json::object();
  for (const Muscle& m : d.muscles) {
    json sources = json::array();
    for (const SourceRef& ref : m.sources) sources.push_back(at(d.sources, ref.source).id + (ref.where.empty() ? "" : ", " + ref.where));
    by_muscle[m.id] = {{"trigger_points", m.trigger_points.size()}, {"sources", sources}};
  }
  // Text completeness: for each language seen anywhere, the share of English texts that have it.
  std::map<std::string, int> present;
  int english = 0;
  auto count = [&](const auto& text) {
    if (text.empty()) return;
    ++english;
    for (const auto& [lang, value] : text) {
      if (!value.empty()) ++present[lang];
    }
  };
  for (const Zone& z : d.zones) count(z.label);
  for (const Muscle& m : d.muscles) {
    for (const Text* t : {&m.name, &m.attachments, &m.action, &m.nerve}) count(*t);
  }
  for (const TriggerPoint& tp : d.trigger_points) {
    count(tp.name);
    count(tp.location.text);
    count(tp.symptoms);
  }
  for (const SelfHelp& s : d.self_help) {
    count(s.title);
    count(s.steps);
    count(s.avoid_if);
    count(s.cautions);
    count(s.text);
  }
  for (const Condition& c : d.conditions) { count(c.name); count(c.note); }
  for (const Factor& f : d.factors) { count(f.question); count(f.advice); }
  for (const RedFlag& f : d.red_flags) { count(f.question); count(f.message); }
  for (const auto& [key, text] : d.ui) count(text);
  json languages = json::object();
  for (const auto& [lang, n] : present) {
    languages[lang] = {{"texts", n}, {"of", english}, {"complete", std::round(1000.0 * n / english) / 10.0}};
  }
  std::map<std::string, int> by_area;
  for (const Muscle& m : d.muscles) ++by_area[m.area];
  return {{"muscles", d.muscles.size()},
          {"trigger_points", d.trigger_points.size()},
          {"regions", d.regions.size()},
          {"muscles_by_area", by_area},
          {"regions_without_candidate", without_candidate},
          {"by_region", by_region},
          {"by_muscle", by_muscle},
          {"pain_guides", {{"zones", d.pain_guides.size()}, {"main", guided_main}, {"also", guided_also}, {"misses", guide_misses}}},
          {"trigger_points_without_self_help", without_self_help},
          {"self_help", d.self_help.size()},
          {"red_flags", d.red_flags.size()},
          {"text_completeness", languages}};
}

std::string summary_line(const Dataset& d) {
  return "data ok: " + std::to_string(d.regions.size()) + " regions, " + std::to_string(d.muscles.size()) +
         " muscles, " + std::to_string(d.trigger_points.size()) + " trigger points, " +
         std::to_string(d.self_help.size()) + " self-help items, " + std::to_string(d.red_flags.size()) +
         " red flags, " + std::to_string(d.views.size()) + " views";
}

}  // namespace tpl
