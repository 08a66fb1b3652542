// tpl: the command-line face of the core.
//   tpl validate [DIR]                         check data/, one line per problem, exit 1 if any
//   tpl coverage [--json] [DIR]                what the dataset covers
//   tpl locate [--json] [--top N] [--lang L] [--data DIR] [--answer FACTOR]... REGION...
//   tpl regions [--json] [--lang L] [--data DIR]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "data_files.h"
#include "tpl_core.h"

namespace {

const char* usage =
    "usage:\n"
    "  tpl validate [DIR]\n"
    "  tpl coverage [--json] [DIR]\n"
    "  tpl locate [--json] [--top N] [--lang L] [--data DIR] [--answer FACTOR]... REGION...\n"
    "  tpl regions [--json] [--lang L] [--data DIR]\n"
    "DIR defaults to $TPL_DATA, else the repository's data/ folder.\n";

std::string default_data_dir() {
  const char* env = std::getenv("TPL_DATA");
  return env && *env ? env : TPL_DEFAULT_DATA_DIR;
}

struct Options {
  bool json = false;
  int top = 10;
  std::string lang = tpl::default_language;
  std::string data = default_data_dir();
  std::vector<std::string> answers, positional;
};

bool parse_options(int argc, char** argv, Options& options) {
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) {
        std::cerr << "tpl: " << arg << " needs a value\n";
        return false;
      }
      out = argv[++i];
      return true;
    };
    std::string text;
    if (arg == "--json") {
      options.json = true;
    } else if (arg == "--top") {
      if (!value(text)) return false;
      char* end = nullptr;
      long top = std::strtol(text.c_str(), &end, 10);
      if (*end != '\0' || top < 1 || top > 1000) {
        std::cerr << "tpl: --top needs a number from 1 to 1000, not \"" << text << "\"\n";
        return false;
      }
      options.top = static_cast<int>(top);
    } else if (arg == "--lang") {
      if (!value(options.lang)) return false;
    } else if (arg == "--data") {
      if (!value(options.data)) return false;
    } else if (arg == "--answer") {
      if (!value(text)) return false;
      options.answers.push_back(text);
    } else if (arg.rfind("--", 0) == 0) {
      std::cerr << "tpl: unknown option " << arg << "\n" << usage;
      return false;
    } else {
      options.positional.push_back(arg);
    }
  }
  return true;
}

// Loads the data folder; prints every problem and returns false when it is not sound.
bool load(const std::string& dir, tpl::LoadResult& result) {
  std::vector<tpl::SourceFile> files;
  std::string error;
  if (!tpl::read_data_files(dir, files, error)) {
    std::cerr << "tpl: " << error << "\n";
    return false;
  }
  result = tpl::load_dataset(files);
  for (const auto& problem : result.problems) std::cerr << tpl::to_string(problem) << "\n";
  return result.ok();
}

int validate(const Options& options) {
  tpl::LoadResult result;
  const std::string dir = options.positional.empty() ? options.data : options.positional[0];
  if (!load(dir, result)) {
    std::cerr << result.problems.size() << " problem(s) in " << dir << "\n";
    return 1;
  }
  std::cout << tpl::summary_line(result.dataset) << "\n";
  return 0;
}

int coverage(const Options& options) {
  tpl::LoadResult result;
  if (!load(options.positional.empty() ? options.data : options.positional[0], result)) return 1;
  const nlohmann::json j = tpl::coverage_json(result.dataset);
  if (options.json) {
    std::cout << tpl::dump_text(j, 2) << "\n";
    return 0;
  }
  std::cout << j["muscles"] << " muscles, " << j["trigger_points"] << " trigger points, " << j["regions"]
            << " regions\nregions without a candidate: " << j["regions_without_candidate"].size()
            << "\ntrigger points without self-help: " << j["trigger_points_without_self_help"].size() << "\n";
  // The thinnest answers first: the regions with the fewest candidate muscles.
  std::vector<std::pair<int, std::string>> thin;
  for (const auto& [region, stats] : j["by_region"].items()) thin.emplace_back(stats["candidates"].get<int>(), region);
  std::sort(thin.begin(), thin.end());
  std::cout << "fewest candidates:";
  for (std::size_t i = 0; i < thin.size() && i < 8; ++i) std::cout << " " << thin[i].second << " " << thin[i].first;
  std::cout << "\n";
  const nlohmann::json& guides = j["pain_guides"];
  std::cout << "pain guides: " << guides["zones"] << " zones, " << guides["main"] << " main and " << guides["also"]
            << " also entries, " << guides["misses"].size() << " misses\n";
  for (const auto& miss : guides["misses"]) std::cout << "  " << miss.get<std::string>() << "\n";
  for (const auto& [lang, stats] : j["text_completeness"].items()) {
    std::cout << "text in " << lang << ": " << stats["complete"] << "%\n";
  }
  return 0;
}

int locate(const Options& options) {
  tpl::LoadResult result;
  if (!load(options.data, result)) return 1;
  if (options.positional.empty()) {
    std::cerr << "tpl locate: name at least one region (see `tpl regions`)\n";
    return 2;
  }
  tpl::Matcher matcher(result.dataset);
  tpl::Query query{options.positional, options.answers, {}, options.top};
  tpl::MatchOutcome outcome = matcher.locate(query);
  if (!outcome.errors.empty()) {
    for (const auto& e : outcome.errors) std::cerr << "tpl locate: " << e << "\n";
    return 2;
  }
  const nlohmann::json j = tpl::outcome_json(result.dataset, outcome, options.lang);
  if (options.json) {
    std::cout << tpl::dump_text(j) << "\n";
    return 0;
  }
  for (const auto& r : j["results"]) {
    std::printf("%2d. %-28s %-34s %-7s %6.1f\n", r["rank"].get<int>(), r["muscle"].get<std::string>().c_str(),
                r["trigger_point_id"].get<std::string>().c_str(), r["side"].get<std::string>().c_str(),
                r["score"].get<double>());
    std::string reasons;
    for (const auto& reason : r["reasons"]) reasons += (reasons.empty() ? "" : "; ") + reason.get<std::string>();
    std::printf("    %s\n", reasons.c_str());
  }
  for (const auto& flag : j["red_flags"]) {
    std::printf("! [%s] %s\n", flag["urgency"].get<std::string>().c_str(), flag["question"].get<std::string>().c_str());
  }
  for (const auto& note : j["notes"]) std::printf("note: %s\n", note.get<std::string>().c_str());
  return 0;
}

int regions(const Options& options) {
  tpl::LoadResult result;
  if (!load(options.data, result)) return 1;
  const nlohmann::json report = tpl::regions_json(result.dataset, options.lang);
  if (options.json) {
    std::cout << tpl::dump_text(report) << "\n";
    return 0;
  }
  for (const auto& r : report["regions"]) {
    std::string views, choir;
    for (const auto& v : r["views"]) views += (views.empty() ? "" : ",") + v.get<std::string>();
    for (const auto& c : r["choir"]) choir += (choir.empty() ? "" : ",") + std::to_string(c.get<int>());
    std::printf("%-32s %-8s %-16s %-40s %s\n", r["id"].get<std::string>().c_str(), r["side"].get<std::string>().c_str(),
                choir.c_str(), r["label"].get<std::string>().c_str(), views.c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << usage;
    return 2;
  }
  const std::string command = argv[1];
  Options options;
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << usage;
    return 0;
  }
  if (!parse_options(argc, argv, options)) return 2;
  if (command == "validate") return validate(options);
  if (command == "coverage") return coverage(options);
  if (command == "locate") return locate(options);
  if (command == "regions") return regions(options);
  std::cerr << "tpl: unknown command \"" << command << "\"\n" << usage;
  return 2;
}
