// Loading of the shipped data for tests; see data_fixture.h.
#include "data_fixture.h"

#include <algorithm>

#ifndef TPL_EMBEDDED_DATA
#include "data_files.h"
#endif

namespace tpl::test {

const std::vector<SourceFile>& shipped_files() {
  static const std::vector<SourceFile> files = [] {
#ifdef TPL_EMBEDDED_DATA
    return std::vector<SourceFile>{
#include TPL_EMBEDDED_DATA
    };
#else
    std::vector<SourceFile> out;
    std::string error;
    read_data_files(TPL_DATA_DIR, out, error);
    return out;
#endif
  }();
  return files;
}

const LoadResult& shipped_data() {
  static const LoadResult result = load_dataset(shipped_files());
  return result;
}

LoadResult load_with(const std::string& name, const std::string& text) {
  std::vector<SourceFile> files = shipped_files();
  auto it = std::find_if(files.begin(), files.end(), [&](const SourceFile& f) { return f.name == name; });
  if (it == files.end()) {
    files.push_back({name, text});
  } else {
    it->text = text;
  }
  return load_dataset(files);
}

bool has_problem(const LoadResult& result, const std::vector<std::string>& parts) {
  return has_problem(result.problems, parts);
}

bool has_problem(const std::vector<Problem>& problems, const std::vector<std::string>& parts) {
  return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
    const std::string line = to_string(p);
    return std::all_of(parts.begin(), parts.end(), [&](const std::string& part) { return line.find(part) != std::string::npos; });
  });
}

}  // namespace tpl::test
