// The key names of the data files that the loader looks for, in one place; data/README.md says what each holds.
// The fields inside an entry ("id", "label", ...) are named where the loader reads them, beside the member each
// one fills.
#pragma once

#include <array>
#include <string>

namespace tpl::schema {

// The top-level collections. Any file may hold any of them; the loader merges each one across files.
inline constexpr const char* regions = "regions";
inline constexpr const char* muscles = "muscles";
inline constexpr const char* self_help = "self_help";
inline constexpr const char* conditions = "conditions";
inline constexpr const char* factors = "factors";
inline constexpr const char* red_flags = "red_flags";
inline constexpr const char* sources = "sources";
// Per zone, the muscles the references name for pain there ({"zone", "muscles"}: keyed by zone, not by id).
inline constexpr const char* pain_guides = "pain_guides";
// The body map's views, read by body_map_loader.cpp.
inline constexpr const char* views = "views";
// Interface texts: an object of texts by key rather than an array of entries.
inline constexpr const char* ui = "ui";
// Notes for whoever edits the data (what a pain guide left out and why): a list of strings, never shown.
inline constexpr const char* notes = "notes";

// The collections that are arrays of entries (views and ui are read their own way).
inline constexpr std::array<const char*, 8> entry_collections = {regions, muscles,   self_help, conditions,
                                                                 factors, red_flags, sources,   pain_guides};

// A muscle's trigger points: entries of their own, with ids unique across all muscles.
inline constexpr const char* trigger_points = "trigger_points";

// The page's data bundle: {"language": "es", "files": {"<path>": {...the file...}}}.
inline constexpr const char* bundle_files = "files";
inline constexpr const char* bundle_language = "language";
// A first-part bundle's list of the fields it leaves out; its texts part: {"language", "texts"}.
inline constexpr const char* bundle_deferred = "deferred";
inline constexpr const char* bundle_texts = "texts";

// The JSON pointer of a top-level key, for a problem about the whole collection.
inline std::string pointer(const char* key) { return std::string("/") + key; }

}  // namespace tpl::schema
