// Disk access for the native tools: the CLI and the native shell read data/ through this.
#include "data_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tpl {

bool read_data_files(const std::string& dir, std::vector<SourceFile>& files, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    error = "cannot read data folder \"" + dir + "\": not a directory";
    return false;
  }
  std::vector<fs::path> paths;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".json") paths.push_back(it->path());
  }
  if (ec) {
    error = "cannot read data folder \"" + dir + "\": " + ec.message();
    return false;
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({fs::relative(path, dir).generic_string(), text.str()});
  }
  return true;
}

}  // namespace tpl
