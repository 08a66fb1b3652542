// The real shipped data/, loaded once for every test: natively from the repository folder, in wasm from a copy
// compiled into the test binary.
#pragma once

#include <string>
#include <vector>

#include "tpl_core.h"

namespace tpl::test {

const std::vector<SourceFile>& shipped_files();
const LoadResult& shipped_data();

// Loads `files` as if they were the whole data folder plus one changed file.
LoadResult load_with(const std::string& name, const std::string& text);

// Whether any problem's formatted text contains all of `parts`.
bool has_problem(const LoadResult& result, const std::vector<std::string>& parts);
bool has_problem(const std::vector<Problem>& problems, const std::vector<std::string>& parts);

}  // namespace tpl::test
