// Bundles every data/**/*.json file into one JSON document {"files": {"<path>": "<text>"}} so the widget loads
// its data with a single request. Files stay as text, so the core's errors still name file, line and column.
// Usage: node bundle-data.mjs DATA_DIR OUT_FILE
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [dataDir, outFile] = process.argv.slice(2);
if (!dataDir || !outFile) {
  console.error('usage: node bundle-data.mjs DATA_DIR OUT_FILE');
  process.exit(2);
}
const walk = (dir) => readdirSync(dir).sort().flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : name.endsWith('.json') ? [path] : [];
});
const files = {};
for (const path of walk(dataDir)) files[relative(dataDir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
writeFileSync(outFile, JSON.stringify({ files }));
