// What the build fills in (web/tools/bundle-data.mjs writes this module's real content into the shipped file): the
// release version (CMakeLists.txt's), the languages that have a data bundle, and the strings shown before any data
// has loaded, per language.
export const BUILT = { version: '0.0.0-source', languages: ['en'], boot: {} };
