// Golden: for every fixture, the CLI's JSON and the npm package's JSON are byte-identical, for
// the SIMD and the baseline build. The seeds in ../shared are compared too where present.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fixtureFiles } from '../support/fixtures.mjs';
import { cliPath, haveSeeds, packageDir, repoRoot, seedsDir } from '../support/paths.mjs';

const { loadNewsprism } = await import(path.join(packageDir, 'src/index.js'));
const flavours = {
  simd: await loadNewsprism({ flavour: 'simd' }),
  baseline: await loadNewsprism({ flavour: 'baseline' }),
};

// The CLI labels inputs with the path it was given; the package gets the same label.
function cliJson(relativePaths) {
  const out = execFileSync(cliPath, ['analyze', ...relativePaths], { cwd: repoRoot, maxBuffer: 1 << 30 });
  const text = out.toString('utf8');
  assert.ok(text.endsWith('\n'));
  return text.slice(0, -1);
}

function inputsOf(relativePaths, root = repoRoot) {
  return relativePaths.map((p) => ({ source: p, bytes: readFileSync(path.join(root, p)) }));
}

for (const file of fixtureFiles()) {
  test(`golden ${file}: CLI = package (simd and baseline)`, () => {
    const expected = cliJson([file]);
    for (const [name, module] of Object.entries(flavours)) {
      assert.equal(module.analyzeToJson(inputsOf([file])), expected, `${name} differs from the CLI`);
    }
  });
}

test('golden: all fixtures in one call, CLI = package', () => {
  const files = fixtureFiles();
  const expected = cliJson(files);
  for (const module of Object.values(flavours)) {
    assert.equal(module.analyzeToJson(inputsOf(files)), expected);
    assert.deepEqual(module.analyze(inputsOf(files)), JSON.parse(expected));
  }
});

test('golden: pretty JSON matches the CLI --pretty', () => {
  const file = 'tests/fixtures/plain/river-bridge.txt';
  const expected = execFileSync(cliPath, ['analyze', '--pretty', file], { cwd: repoRoot }).toString();
  assert.equal(flavours.simd.analyzeToJson(inputsOf([file]), { pretty: true }) + '\n', expected);
});

test('golden: seed pastes, CLI = package', { skip: haveSeeds ? false : `no seeds at ${seedsDir}` }, () => {
  const names = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
  const files = names.map((n) => path.relative(repoRoot, path.join(seedsDir, n)));
  const expected = cliJson(files);
  for (const module of Object.values(flavours)) assert.equal(module.analyzeToJson(inputsOf(files)), expected);
});
