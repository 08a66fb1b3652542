// The view models of view_model.h. Texts come from the data (data/ui.json and the clinical files) through
// localize() and fill_template(), so a new language needs no code.
#include "view_model.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

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
  std::string with_side(const std::string& name, Side side) const { return d.with_side(name, side, lang); }
};

// The answer given to a warning sign: "yes", "no", or null when it has none yet.
json answer_of(const SessionState& state, const std::string& id) {
  auto it = state.warning_signs.find(id);
  if (it == state.warning_signs.end()) return nullptr;
  return it->second ? "yes" : "no";
}

// The warning signs answered yes, in the data's order. They hold whatever areas are chosen now: the visitor who said
// their calf is swollen and red still has that calf when they tap their shoulder.
std::vector<const RedFlag*> answered_yes(const Dataset& d, const SessionState& state) {
  std::vector<const RedFlag*> flags;
  for (const RedFlag& flag : d.red_flags) {
    if (answer_of(state, flag.id) == "yes") flags.push_back(&flag);
  }
  return flags;
}

// The most urgent warning sign answered yes, or none. A yes sets self-help aside and makes the call to see a
// professional the urgent one: massage or stretching can harm (a clot in the calf) until a doctor has ruled the
// serious cause out.
std::optional<Urgency> most_urgent_yes(const Dataset& d, const SessionState& state) {
  std::optional<Urgency> most;
  for (const RedFlag* flag : answered_yes(d, state)) {
    // Urgency's values run from the most urgent down.
    if (!most || flag->urgency < *most) most = flag->urgency;
  }
  return most;
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

// Where a point lies when its view is not the one shown (`view`, an index into d.views), with the way there; null
// when it is on the view shown.
json elsewhere_model(const Dataset& d, const TriggerPoint& tp, int view, const Words& t) {
  const int point_view = find(d.view_index, tp.location.view);
  if (point_view < 0 || point_view == view) return nullptr;
  const std::string label = localize(at(d.views, point_view).label, t.lang);
  return {{"view", tp.location.view},
          {"text", t("point_elsewhere", {{"view", label}})},
          {"button", t("show_view", {{"view", label}})}};
}

// A result's row: always shown, one line of why.
json result_row(const Dataset& d, const Match& match, bool focused, const Words& t) {
  const TriggerPoint& tp = at(d.trigger_points, match.trigger_point);
  const Muscle& muscle = at(d.muscles, tp.muscle);
  const auto reasons = reason_texts(d, match, t.lang);
  return {{"trigger_point_id", tp.id},
          // A midline match is the same on either side; the map shows it on the left.
          {"side", to_string(match.side == Side::right ? Side::right : Side::left)},
          {"title", t.with_side(localize(muscle.name, t.lang), match.side)},
          {"point", localize(tp.name, t.lang)},
          {"reason", reasons.empty() ? "" : reasons.front()},
          {"prevalence", t(std::string("prevalence_") + to_string(tp.prevalence))},
          {"focused", focused},
          {"details", nullptr}};
}

// The details of the result in focus: every reason, where the point lies, the first self-help items with the rest
// behind "more", what keeps it going and what else it could be.
json result_details(const Dataset& d, const Match& match, bool self_help_set_aside, const Words& t) {
  const TriggerPoint& tp = at(d.trigger_points, match.trigger_point);
  json first = json::array(), more = json::array();
  if (!self_help_set_aside) {
    for (int s : tp.self_help) {
      (first.size() < Session::first_self_help ? first : more).push_back(self_help_card(at(d.self_help, s), t));
    }
  }
  json factors = json::array(), rule_out = json::array();
  for (int f : tp.factors) factors.push_back(localize(at(d.factors, f).advice, t.lang));
  for (int c : tp.rule_out) {
    const Condition& condition = at(d.conditions, c);
    rule_out.push_back({{"name", localize(condition.name, t.lang)}, {"note", localize(condition.note, t.lang)}});
  }
  // The first reason stands in the result's row already, and so does how common the point is (its tag).
  const auto texts = reason_texts(d, match, t.lang);
  json reasons = json::array();
  for (std::size_t r = 1; r < texts.size(); ++r) {
    if (match.reasons[r].kind != Reason::Kind::prevalence) reasons.push_back(texts[r]);
  }
  return {{"reasons_label", t("why_it_matches")},
          {"reasons", reasons},
          // The texts part of a first-part bundle is still on its way: say so rather than show empty sections.
          {"pending", d.texts_pending ? json(t("details_loading")) : json(nullptr)},
          {"where", {{"label", t("where_it_lies")}, {"text", localize(tp.location.text, t.lang)}}},
          {"self_help",
           {{"heading", t("self_help")},
            {"set_aside", self_help_set_aside ? json(t("self_help_set_aside")) : json(nullptr)},
            {"cards", first},
            {"more", more.empty() ? json(nullptr)
                                  : json{{"label", t("more_self_help", {{"count", std::to_string(more.size())}})},
                                         {"cards", more}}}}},
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

// Warning signs for the chosen areas. Unanswered, they are asked; once all are answered they fold into one line
// (with the advice for each yes) until the visitor opens them again.
json warning_signs_model(const Dataset& d, const SessionState& state, const MatchOutcome& outcome, const Words& t) {
  if (outcome.red_flags.empty()) return nullptr;
  json questions = json::array(), advice = json::array();
  int unanswered = 0, yes = 0;
  for (int f : outcome.red_flags) {
    const RedFlag& flag = at(d.red_flags, f);
    const json answer = answer_of(state, flag.id);
    if (answer.is_null()) ++unanswered;
    if (answer == "yes") {
      ++yes;
      // An emergency's message leads the panel already, in the call for help.
      if (flag.urgency != Urgency::emergency) advice.push_back(localize(flag.message, t.lang));
    }
    questions.push_back({{"id", flag.id},
                         {"urgency", to_string(flag.urgency)},
                         {"question", localize(flag.question, t.lang)},
                         {"answer", answer},
                         {"message", answer == "yes" ? json(localize(flag.message, t.lang)) : json(nullptr)}});
  }
  const std::string count = std::to_string(outcome.red_flags.size());
  const bool folded = unanswered == 0 && !state.warning_signs_reopened;
  return {{"heading", t("red_flags_heading")},
          {"count_label", t("warning_count", {{"count", std::to_string(unanswered)}})},
          {"unanswered", unanswered},
          {"folded", folded},
          {"summary", yes == 0 ? t("warning_none", {{"count", count}}) : t("warning_some", {{"count", std::to_string(yes)}})},
          {"advice", advice},
          {"change", t("warning_change")},
          {"done", t("warning_done")},
          {"yes", t("yes")},
          {"no", t("no")},
          {"questions", questions}};
}

// The message of every emergency sign answered yes.
std::vector<std::string> emergency_messages(const Dataset& d, const SessionState& state, const std::string& lang) {
  std::vector<std::string> messages;
  for (const RedFlag* flag : answered_yes(d, state)) {
    if (flag->urgency == Urgency::emergency) messages.push_back(localize(flag->message, lang));
  }
  return messages;
}

// The emergency call, with the message of every emergency sign answered yes.
json emergency_model(const Dataset& d, const SessionState& state, const Words& t) {
  const std::vector<std::string> messages = emergency_messages(d, state, t.lang);
  if (messages.empty()) return nullptr;
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

// The call to see a professional: the embedder's clinic, or a neutral prompt; after a warning sign answered yes, its
// urgency leads.
json professional_model(const Dataset& d, const SessionState& state, std::optional<Urgency> urgency, const Words& t) {
  const Clinic& clinic = state.clinic;
  json booking = nullptr, phone = nullptr;
  if (!clinic.booking_url.empty() && safe_link(clinic.booking_url)) {
    booking = {{"href", clinic.booking_url},
               {"label", clinic.name.empty() ? t("see_professional") : t("book_with", {{"clinic", clinic.name}})}};
  }
  if (!clinic.phone.empty()) phone = {{"href", tel_href(clinic.phone)}, {"label", t("call", {{"phone", clinic.phone}})}};
  if (urgency == Urgency::emergency) {
    // Emergency services come first, in the words of the signs answered yes (the printed summary has no call for help
    // above it); a booking would only distract from them.
    std::string text;
    for (const std::string& message : emergency_messages(d, state, t.lang)) text += message + " ";
    return {{"urgency", to_string(*urgency)},
            {"heading", t("urgent_heading_emergency")},
            {"text", text + t("urgent_text_emergency")},
            {"booking", nullptr},
            {"phone", nullptr},
            {"find", nullptr}};
  }
  const bool contact = !booking.is_null() || !phone.is_null();
  if (urgency) {
    // A doctor first; the clinic's links stay for afterwards, as the text says.
    const std::string level = to_string(*urgency);
    return {{"urgency", level},
            {"heading", t("urgent_heading_" + level)},
            {"text", t("urgent_text_" + level)},
            {"booking", booking},
            {"phone", phone},
            {"find", contact ? json(nullptr) : json(t("find_doctor"))}};
  }
  return {{"urgency", nullptr},
          {"heading", clinic.name.empty() ? t("see_professional") : clinic.name},
          {"text", t("see_professional_text")},
          {"booking", booking},
          {"phone", phone},
          {"find", contact ? json(nullptr) : json(t("find_therapist"))}};
}

}  // namespace

bool safe_link(const std::string& url) {
  const auto colon = url.find(':');
  if (colon == std::string::npos) return false;
  std::string scheme = url.substr(0, colon);
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme == "http" || scheme == "https" || scheme == "tel" || scheme == "mailto";
}

// "Heel (left), Arch (left), Calf (left) and 40 more": the chosen areas, kept short.
std::string areas_summary(const Dataset& d, const std::vector<int>& regions, const Words& t) {
  std::string list;
  const std::size_t named = std::min(regions.size(), Session::named_areas);
  for (std::size_t r = 0; r < named; ++r) list += (list.empty() ? "" : ", ") + d.region_label(regions[r], t.lang);
  if (named == regions.size()) return list;
  return t("and_more", {{"list", list}, {"count", std::to_string(regions.size() - named)}});
}

json panel_model(const Dataset& d, const SessionState& state, const MatchOutcome& outcome, int focused, int open) {
  const Words t{d, state.language};
  const std::optional<Urgency> urgency = most_urgent_yes(d, state);
  json panel = {{"heading", t("results_heading")},
                {"emergency", emergency_model(d, state, t)},
                {"hint", nullptr},
                {"selection", nullptr},
                {"answer", nullptr},
                {"announcement", ""},
                {"warning_signs", nullptr},
                {"no_results", nullptr},
                {"results", json::array()},
                {"top_results", Session::top_results},
                {"other_results", t("other_results")},
                {"details_label", t("see_details")},
                {"refine", nullptr},
                {"professional", professional_model(d, state, urgency, t)},
                {"safety", t("safety")}};
  if (outcome.regions.empty()) {
    panel["hint"] = t("no_selection");
    return panel;
  }
  const std::string areas = areas_summary(d, outcome.regions, t);
  panel["selection"] = {{"summary", areas}, {"clear", t("clear")}, {"print", t("print")}};
  const std::string results = t("announce_results", {{"count", std::to_string(outcome.results.size())}, {"areas", areas}});
  // A yes to a warning sign is announced too: a screen reader hears the urgent advice, not only the results.
  panel["announcement"] =
      urgency ? t("announce_with_advice", {{"results", results}, {"advice", panel["professional"]["heading"]}}) : results;
  panel["warning_signs"] = warning_signs_model(d, state, outcome, t);
  if (outcome.results.empty()) panel["no_results"] = t("no_results");
  for (std::size_t r = 0; r < outcome.results.size(); ++r) {
    json row = result_row(d, outcome.results[r], static_cast<int>(r) == focused, t);
    if (static_cast<int>(r) == open) row["details"] = result_details(d, outcome.results[r], urgency.has_value(), t);
    panel["results"].push_back(std::move(row));
  }
  // The answer at a glance, for a layout where the panel lies below the map: the areas, the best match (with the
  // view its point lies on, when the map shows another: the card covers the map's own caption on a phone) and the
  // way to the warning signs: how many are still to check, or, once one is answered yes, its advice.
  // `go_to` names the part of the panel the button brings into view.
  const json& warnings = panel["warning_signs"];
  // An emergency comes before any sign still to check.
  json to_warnings = nullptr;
  if (urgency == Urgency::emergency) {
    to_warnings = {{"label", panel["emergency"]["heading"]}, {"go_to", "emergency"}, {"urgent", true}};
  } else if (!warnings.is_null() && warnings["unanswered"] != 0) {
    to_warnings = {{"label", warnings["count_label"]}, {"go_to", "warning_signs"}, {"urgent", false}};
  } else if (urgency) {
    to_warnings = {{"label", panel["professional"]["heading"]}, {"go_to", "professional"}, {"urgent", true}};
  }
  panel["answer"] = {{"areas", areas},
                     {"top", panel["results"].empty() ? json(nullptr) : panel["results"][0]},
                     {"top_elsewhere", outcome.results.empty() ? json(nullptr)
                                                               : elsewhere_model(d, at(d.trigger_points, outcome.results[0].trigger_point),
                                                                                 find(d.view_index, state.view), t)},
                     {"top_label", t("top_match")},
                     {"warnings", to_warnings},
                     {"all_results", t("all_results", {{"count", std::to_string(outcome.results.size())}})}};
  panel["refine"] = refine_model(d, state, outcome, t);
  return panel;
}

// Which side of the body lies at each edge of a view that shows both sides: its left-side seeds tell.
json side_labels(const Dataset& d, const View& view, const Words& t) {
  if (view.shows != Side::midline) return nullptr;
  float sum = 0;
  int count = 0;
  for (const Seed& seed : view.seeds) {
    if (at(d.regions, seed.region).side == Side::left) sum += seed.at.x, ++count;
  }
  if (count == 0) return nullptr;
  const bool left_on_left = sum / static_cast<float>(count) < 0.5f;
  return {{"left", t(left_on_left ? "your_left" : "your_right")}, {"right", t(left_on_left ? "your_right" : "your_left")}};
}

json map_model(const Dataset& d, const SessionState& state, const Box& frame, int point, Side side) {
  const Words t{d, state.language};
  const int hover = find(d.region_index, state.hover);
  const int view = find(d.view_index, state.view);
  json pattern = nullptr;
  if (point >= 0) {
    const TriggerPoint& tp = at(d.trigger_points, point);
    pattern = {{"title", t.with_side(localize(at(d.muscles, tp.muscle).name, t.lang), side)},
               {"point", localize(tp.name, t.lang)},
               {"elsewhere", elsewhere_model(d, tp, view, t)}};
  }
  return {{"view", state.view},
          {"selection", state.selection},
          {"hover", hover >= 0 ? json(d.region_label(hover, t.lang)) : json("")},
          {"frame", {{"x", frame.x}, {"y", frame.y}, {"width", frame.width}, {"height", frame.height}}},
          {"sides", view >= 0 ? side_labels(d, at(d.views, view), t) : json(nullptr)},
          {"pattern", pattern},
          {"legend",
           {{"selected", t("legend_selected")},
            {"essential", t("legend_essential")},
            {"spillover", t("legend_spillover")},
            {"point", t("legend_point")}}}};
}

json print_model(const Dataset& d, const SessionState& state, const MatchOutcome& outcome, const json& drawings) {
  const Words t{d, state.language};
  json areas = json::array(), candidates = json::array();
  for (int region : outcome.regions) {
    std::string codes;
    for (int code : at(d.regions, region).choir) codes += (codes.empty() ? "" : ", ") + std::to_string(code);
    areas.push_back(d.region_label(region, t.lang) + " (" + codes + ")");
  }
  for (const Match& match : outcome.results) {
    const TriggerPoint& tp = at(d.trigger_points, match.trigger_point);
    candidates.push_back(t.with_side(localize(at(d.muscles, tp.muscle).name, t.lang), match.side) + ": " +
                         localize(tp.name, t.lang));
  }
  json answers = json::array();
  for (int f : outcome.red_flags) {
    const RedFlag& flag = at(d.red_flags, f);
    const json answer = answer_of(state, flag.id);
    answers.push_back(localize(flag.question, t.lang) + " " +
                      (answer.is_null() ? t("print_unanswered") : t(answer.get<std::string>())));
  }
  return {{"heading", t("print_heading")},
          {"areas_heading", t("print_areas")},
          {"areas", areas},
          {"warning_signs_heading", t("red_flags_heading")},
          {"warning_signs", answers},
          {"candidates_heading", t("print_candidates")},
          {"candidates", candidates},
          {"drawings", drawings},
          {"professional", professional_model(d, state, most_urgent_yes(d, state), t)},
          {"safety", t("safety")}};
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
    groups[it->second]["regions"].push_back({{"id", d.regions[r].id},
                                             {"label", d.region_label(static_cast<int>(r), lang)},
                                             {"side", to_string(d.regions[r].side)}});
  }
  return {{"heading", t("region_list_heading")}, {"groups", groups}};
}

}  // namespace tpl
