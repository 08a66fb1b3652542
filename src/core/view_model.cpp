// The view models of view_model.h. Texts come from the data (data/ui.json and the clinical files) through
// localize() and fill_template(), so a new language needs no code.
#include "view_model.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "report.h"
#include "session.h"

namespace tpl {

using nlohmann::json;

namespace {

// Formats texts in one language.
struct Words {
  const Dataset& d;
  const std::string& lang;
  std::string operator()(const std::string& key) const { return d.ui_text(key, lang); }
  std::string operator()(const std::string& key, const std::map<std::string, std::string>& values) const {
    return fill_template(d.ui_text(key, lang), values);
  }
  // "Soleus (left)": a name with the body side it is on, through the data's template; midline names stand alone.
  std::string with_side(const std::string& name, Side side) const {
    if (side == Side::midline) return name;
    return (*this)("region_with_side", {{"part", name}, {"side", (*this)(std::string("side_") + to_string(side))}});
  }
};

// The answer given to a warning sign: "yes", "no", or null when it has none yet.
json answer_of(const SessionState& state, const std::string& id) {
  auto it = state.warning_signs.find(id);
  if (it == state.warning_signs.end()) return nullptr;
  return it->second ? "yes" : "no";
}

json self_help_card(const SelfHelp& item, const Words& t) {
  std::vector<std::string> meta;
  if (item.hold_seconds) meta.push_back(t("hold", {{"n", std::to_string(item.hold_seconds)}}));
  if (item.repeats) meta.push_back(t("repeats", {{"n", std::to_string(item.repeats)}}));
  std::string meta_line;
  for (const std::string& part : meta) meta_line += (meta_line.empty() ? "" : " · ") + part;
  json card = {{"kind", item.kind},
               {"title", localize(item.title, t.lang)},
               {"steps", localize(item.steps, t.lang)},
               {"text", localize(item.text, t.lang)},
               {"meta", meta_line},
               {"avoid_if", nullptr},
               {"cautions", nullptr}};
  if (const std::string& avoid = localize(item.avoid_if, t.lang); !avoid.empty()) {
    card["avoid_if"] = {{"label", t("avoid_if")}, {"text", avoid}};
  }
  if (const auto& cautions = localize(item.cautions, t.lang); !cautions.empty()) {
    card["cautions"] = {{"label", t("cautions")}, {"items", cautions}};
  }
  return card;
}

json result_model(const Dataset& d, const SessionState& state, const Match& match, const Words& t) {
  const TriggerPoint& tp = at(d.trigger_points, match.trigger_point);
  const Muscle& muscle = at(d.muscles, tp.muscle);
  // A midline match is the same on either side; the map shows it on the left.
  const Side shown_side = match.side == Side::right ? Side::right : Side::left;
  json cards = json::array();
  for (int s : tp.self_help) cards.push_back(self_help_card(at(d.self_help, s), t));
  json factors = json::array(), rule_out = json::array();
  for (int f : tp.factors) factors.push_back(localize(at(d.factors, f).advice, t.lang));
  for (int c : tp.rule_out) {
    const Condition& condition = at(d.conditions, c);
    rule_out.push_back({{"name", localize(condition.name, t.lang)}, {"note", localize(condition.note, t.lang)}});
  }
  return {{"trigger_point_id", tp.id},
          {"side", to_string(shown_side)},
          {"title", t.with_side(localize(muscle.name, t.lang), match.side)},
          {"point", localize(tp.name, t.lang)},
          {"reasons", reason_texts(d, match, t.lang)},
          {"focused", state.result_point == tp.id && state.result_side == shown_side},
          {"where", {{"label", t("where_it_lies")}, {"text", localize(tp.location.text, t.lang)}}},
          {"self_help", {{"heading", t("self_help")}, {"cards", cards}}},
          {"factors", {{"heading", t("what_keeps_it_going")}, {"items", factors}}},
          {"rule_out", {{"heading", t("rule_out")}, {"items", rule_out}}}};
}

// Refinement questions: the activities and habits that keep the first results' points going, each asked once.
json refine_model(const Dataset& d, const SessionState& state, const MatchOutcome& outcome, const Words& t) {
  std::vector<int> asked;
  const std::size_t from = std::min(outcome.results.size(), Session::refine_from_results);
  for (std::size_t r = 0; r < from; ++r) {
    for (int f : at(d.trigger_points, outcome.results[r].trigger_point).factors) {
      if (asked.size() < Session::max_refine_questions && std::find(asked.begin(), asked.end(), f) == asked.end()) {
        asked.push_back(f);
      }
    }
  }
  if (asked.empty()) return nullptr;
  json questions = json::array();
  for (int f : asked) {
    const Factor& factor = at(d.factors, f);
    const bool yes = std::find(state.factors_yes.begin(), state.factors_yes.end(), factor.id) != state.factors_yes.end();
    questions.push_back({{"id", factor.id}, {"question", localize(factor.question, t.lang)}, {"checked", yes}});
  }
  return {{"legend", t("refine_heading")}, {"questions", questions}};
}

json warning_signs_model(const Dataset& d, const SessionState& state, const MatchOutcome& outcome, const Words& t) {
  if (outcome.red_flags.empty()) return nullptr;
  json questions = json::array();
  for (int f : outcome.red_flags) {
    const RedFlag& flag = at(d.red_flags, f);
    const json answer = answer_of(state, flag.id);
    questions.push_back({{"id", flag.id},
                         {"urgency", to_string(flag.urgency)},
                         {"question", localize(flag.question, t.lang)},
                         {"answer", answer},
                         {"message", answer == "yes" ? json(localize(flag.message, t.lang)) : json(nullptr)}});
  }
  return {{"heading", t("red_flags_heading")}, {"yes", t("yes")}, {"no", t("no")}, {"questions", questions}};
}

// The emergency call, with the message of every emergency sign answered yes.
json emergency_model(const Dataset& d, const SessionState& state, const MatchOutcome& outcome, const Words& t) {
  if (!outcome.emergency) return nullptr;
  json messages = json::array();
  for (int f : outcome.red_flags) {
    const RedFlag& flag = at(d.red_flags, f);
    if (flag.urgency == Urgency::emergency && answer_of(state, flag.id) == "yes") {
      messages.push_back(localize(flag.message, t.lang));
    }
  }
  return {{"heading", t("emergency_heading")}, {"messages", messages}};
}

// A telephone link: the digits and a leading plus of what the embedder wrote.
std::string tel_href(const std::string& phone) {
  std::string digits;
  for (char c : phone) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '+') digits += c;
  }
  return "tel:" + digits;
}

json professional_model(const SessionState& state, const Words& t) {
  const Clinic& clinic = state.clinic;
  json booking = nullptr, phone = nullptr;
  if (!clinic.booking_url.empty() && safe_link(clinic.booking_url)) {
    booking = {{"href", clinic.booking_url},
               {"label", clinic.name.empty() ? t("see_professional") : t("book_with", {{"clinic", clinic.name}})}};
  }
  if (!clinic.phone.empty()) phone = {{"href", tel_href(clinic.phone)}, {"label", t("call", {{"phone", clinic.phone}})}};
  const bool contact = !booking.is_null() || !phone.is_null();
  return {{"heading", clinic.name.empty() ? t("see_professional") : clinic.name},
          {"text", t("see_professional_text")},
          {"booking", booking},
          {"phone", phone},
          {"find", contact ? json(nullptr) : json(t("find_therapist"))}};
}

json print_model(const Dataset& d, const MatchOutcome& outcome, const json& titles, const Words& t) {
  json areas = json::array(), candidates = json::array();
  for (int region : outcome.regions) {
    std::string codes;
    for (int code : at(d.regions, region).choir) codes += (codes.empty() ? "" : ", ") + std::to_string(code);
    areas.push_back(d.region_label(region, t.lang) + " (" + codes + ")");
  }
  for (std::size_t r = 0; r < outcome.results.size(); ++r) {
    candidates.push_back(titles[r].get<std::string>() + ": " +
                         localize(at(d.trigger_points, outcome.results[r].trigger_point).name, t.lang));
  }
  return {{"heading", t("print_heading")},
          {"areas_heading", t("print_areas")},
          {"areas", areas},
          {"candidates_heading", t("print_candidates")},
          {"candidates", candidates}};
}

}  // namespace

bool safe_link(const std::string& url) {
  const auto colon = url.find(':');
  if (colon == std::string::npos) return false;
  std::string scheme = url.substr(0, colon);
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme == "http" || scheme == "https" || scheme == "tel" || scheme == "mailto";
}

json panel_model(const Dataset& d, const SessionState& state, const MatchOutcome& outcome) {
  const Words t{d, state.language};
  json panel = {{"heading", t("results_heading")},
                {"emergency", emergency_model(d, state, outcome, t)},
                {"hint", nullptr},
                {"selection", nullptr},
                {"announcement", ""},
                {"warning_signs", nullptr},
                {"no_results", nullptr},
                {"results", json::array()},
                {"reasons_label", t("why_it_matches")},
                {"show_label", t("show_on_map")},
                {"refine", nullptr},
                {"professional", professional_model(state, t)},
                {"safety", t("safety")},
                {"print", nullptr}};
  if (outcome.regions.empty()) {
    panel["hint"] = t("no_selection");
    return panel;
  }
  std::string areas;
  for (int region : outcome.regions) areas += (areas.empty() ? "" : ", ") + d.region_label(region, state.language);
  panel["selection"] = {{"summary", areas}, {"clear", t("clear")}, {"print", t("print")}};
  panel["announcement"] = t("announce_results", {{"count", std::to_string(outcome.results.size())}, {"areas", areas}});
  panel["warning_signs"] = warning_signs_model(d, state, outcome, t);
  if (outcome.results.empty()) panel["no_results"] = t("no_results");
  json titles = json::array();
  for (std::size_t r = 0; r < outcome.results.size(); ++r) {
    json result = result_model(d, state, outcome.results[r], t);
    titles.push_back(result["title"]);
    panel["results"].push_back(std::move(result));
  }
  panel["refine"] = refine_model(d, state, outcome, t);
  panel["print"] = print_model(d, outcome, titles, t);
  return panel;
}

json chrome_model(const Dataset& d, const std::string& lang) {
  const Words t{d, lang};
  json views = json::array();
  for (const View& view : d.views) views.push_back({{"id", view.id}, {"label", localize(view.label, lang)}});
  return {{"lang", lang},
          {"views", views},
          {"views_label", t("views_label")},
          {"region_list_heading", t("region_list_heading")},
          {"map_unavailable", t("map_unavailable")},
          {"data_error", t("data_error")}};
}

json region_list_model(const Dataset& d, const std::string& lang) {
  const Words t{d, lang};
  json groups = json::array();
  std::map<std::string, std::size_t> group_of;
  for (std::size_t r = 0; r < d.regions.size(); ++r) {
    const Zone& zone = at(d.zones, d.regions[r].zone);
    auto [it, added] = group_of.try_emplace(zone.area, groups.size());
    if (added) groups.push_back({{"legend", t("area_" + zone.area)}, {"regions", json::array()}});
    groups[it->second]["regions"].push_back(
        {{"id", d.regions[r].id}, {"label", d.region_label(static_cast<int>(r), lang)}});
  }
  return {{"heading", t("region_list_heading")}, {"groups", groups}};
}

}  // namespace tpl
