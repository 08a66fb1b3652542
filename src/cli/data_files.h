// Reads the JSON files of a data folder from disk for the core (which does no file I/O itself).
#pragma once

#include <string>
#include <vector>

#include "dataset.h"

namespace tpl {

// Every *.json file under `dir`, recursively, sorted by path; names are relative to `dir`.
// Returns false with `error` set when the folder cannot be read.
bool read_data_files(const std::string& dir, std::vector<SourceFile>& files, std::string& error);

}  // namespace tpl
