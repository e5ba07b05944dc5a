// The fixture files every golden test walks, as paths relative to the repository root (the
// label the CLI gives them), folder by folder, sorted.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir } from './paths.mjs';

export function fixtureFiles() {
  const files = [];
  for (const folder of readdirSync(fixturesDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(path.join(fixturesDir, folder.name)).sort()) {
      files.push(path.join('tests/fixtures', folder.name, name));
    }
  }
  return files;
}
