// The loader's content pass: merges the parsed data files into a Dataset, gathering each collection across files,
// indexing ids and checking every cross reference. dataset.cpp parses the files and the bundle for it.
#pragma once

#include <string>
#include <vector>

#include "dataset.h"
#include "json_check.h"

namespace tpl {

// A data file parsed: its name (for messages) and its document.
struct ParsedFile {
  std::string name;
  json root;
};

// A page's data bundle parsed but not yet built into a dataset: load_bundle in two halves, so that the page can
// give the browser a turn between them (each is about half of the start-up's longest task).
struct ParsedBundle {
  std::vector<ParsedFile> files;
  std::vector<Problem> problems;  // the bundle's, or those of files given as text that did not parse
  bool readable = false;          // it parsed and has the shape of a bundle: there is something to build
  std::string language = default_language;
  Deferred deferred;
};
ParsedBundle parse_bundle(const std::string& bundle_text);
LoadResult build_bundle(ParsedBundle parsed);

// Builds the dataset from `files`, after the `problems` that parsing them found. `language`: the language a bundle
// was made for; `deferred`: the fields a first-part bundle leaves for its texts part ("muscles/attachments",
// "trigger_points/self_help"), which may then be missing.
LoadResult build_dataset(const std::vector<ParsedFile>& files, std::vector<Problem> problems,
                         const std::string& language = default_language, const Deferred& deferred = {});

// Readers shared by the loader and by attach_texts (dataset.h), which reads the same fields from a texts part.
// {"source": id, "where": "chapter"}: a reference to sources.json and the place in it.
SourceRef source_ref(Checker& check, const Node& ref, const IdIndex& source_ids);
// A muscle's "sources", at least one.
std::vector<SourceRef> source_refs(Checker& check, const Node& muscle, const IdIndex& source_ids, bool required);
// A trigger point's "self_help", at least one item.
std::vector<int> self_help_refs(Checker& check, const Node& trigger_point, const IdIndex& self_help_ids, bool required);

}  // namespace tpl
