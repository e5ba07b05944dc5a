// Where the test suites find the builds and the shared data. Every path is absolute.
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const buildDir = path.join(repoRoot, 'build');
export const cliPath = path.join(buildDir, 'native-release/core/cli/newsprism');
export const packageDir = path.join(buildDir, 'package');
export const webDir = path.join(buildDir, 'web');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures');
export const toolchainModules = path.join(repoRoot, 'toolchain/node_modules');
/** ../shared beside the checkout: seeds and data sets that must not enter the repo. */
export const sharedDir = path.resolve(repoRoot, '../shared');
export const seedsDir = path.join(sharedDir, 'samples/seeds');
export const haveSeeds = existsSync(seedsDir);

/** The package tarball that build.sh packed. */
export function tarballPath() {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'wasm/package/package.json'), 'utf8'));
  return path.join(buildDir, `newsprism-${version}.tgz`);
}
