// What the build fills in from data/ (web/tools/bundle-data.mjs writes this module's real content into the shipped
// file): the languages that have a data bundle, and the strings shown before any data has loaded, per language.
export const BUILT = { languages: ['en'], boot: {} };
