// The name tagger through the packed npm package, where ../shared/data/ner is present: tagging
// CoNLL-2003 eng.testa gives exactly the native CLI's tags in both builds, and reaches the dev
// F1 recorded in the model card. Without the data (kept out of the repo) the tests skip.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliPath, repoRoot, sharedDir, tarballPath } from '../support/paths.mjs';
import { readConll, scoreTags } from '../support/conll.mjs';

const devFile = path.join(sharedDir, 'data/ner/conll2003/eng.testa');
const haveData = existsSync(devFile);
const skip = haveData ? false : `${devFile} is not present (CoNLL-2003 stays outside the repo)`;

let folder;
let newsprism;

before(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'newsprism-ner-'));
  writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', '--loglevel=error', tarballPath()],
    { cwd: folder, stdio: 'pipe' });
  const require = createRequire(path.join(folder, 'index.js'));
  newsprism = await import(pathToFileURL(require.resolve('newsprism')).href);
});

after(() => rmSync(folder, { recursive: true, force: true }));

// The dev F1 figures the model card records (lines "dev F1 (all four types): 91.54").
function recordedF1() {
  const card = readFileSync(path.join(repoRoot, 'core/models/ner-en-1.md'), 'utf8');
  const all = card.match(/dev F1 \(all four types\):\s*([0-9.]+)/);
  const withoutMisc = card.match(/dev F1 \(PER, ORG, LOC\):\s*([0-9.]+)/);
  assert.ok(all && withoutMisc, 'the model card records its dev F1');
  return { all: Number(all[1]), withoutMisc: Number(withoutMisc[1]) };
}

test('tagTokens checks its input and tags small documents', async () => {
  const module = await newsprism.loadNewsprism();
  assert.deepEqual(module.tagTokens([]), []);
  assert.deepEqual(module.tagTokens([[], [[]]]), [[], [[]]]);
  const tags = module.tagTokens([[['Angela', 'Merkel', 'visited', 'Paris', '.']]]);
  assert.equal(tags.length, 1);
  assert.equal(tags[0][0].length, 5);
  assert.throws(() => module.tagTokens('text'), TypeError);
  assert.throws(() => module.tagTokens([[['a', 3]]]), TypeError);
  assert.throws(() => module.tagTokens([[['a']]], { scheme: 'iob9' }), TypeError);
  // A word holding a newline does not shift the others.
  assert.equal(module.tagTokens([[['a\nb', 'Paris']]])[0][0].length, 2);
});

// Tags the CLI prints for a CoNLL file (the last column of each word line).
function cliTags(file) {
  const out = execFileSync(cliPath, ['tag', '--conll', file, '--scheme', 'iob2'], { maxBuffer: 1 << 28 }).toString();
  const tags = [];
  for (const line of out.split('\n')) {
    const columns = line.trim().split(/[ \t]+/);
    if (columns.length < 2 || columns[0] === '-DOCSTART-') continue;
    tags.push(columns.at(-1));
  }
  return tags;
}

test('generated odd text: the same tags as the native CLI, in both builds', async () => {
  // Project-written words: names, all-caps, other scripts, digits, punctuation, long sentences.
  const words = ['The', 'EU', 'said', 'Angela', 'Merkel', 'met', 'officials', 'in', 'Paris', ',', 'BERLIN',
    '1996-08-22', 'Liang', "'s", '\u5317\u4eac', '\u0645\u0635\u0631', 'New', 'York', 'Stock', 'Exchange',
    'ÉCOLE', 'naïve', 'U.S.', '(', ')', '--', 'x', 'McDonald', 'iPhone', '3-1', '.'];
  let state = 7;
  const next = () => { state = (state * 1103515245 + 12345) % 2147483648; return state; };
  const lines = [];
  for (let d = 0; d < 20; ++d) {
    lines.push('-DOCSTART- -X- -X- O', '');
    for (let s = 0; s < 15; ++s) {
      const length = s === 0 ? 400 : 1 + (next() % 25);
      for (let i = 0; i < length; ++i) lines.push(`${words[next() % words.length]} O`);
      lines.push('');
    }
  }
  const file = path.join(folder, 'odd.conll');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const { documents } = readConll(file);
  const expected = cliTags(file);
  for (const flavour of ['simd', 'baseline']) {
    const module = await newsprism.loadNewsprism({ flavour });
    const tags = module.tagTokens(documents).flat(2);
    assert.equal(tags.length, expected.length);
    assert.ok(tags.every((tag, i) => tag === expected[i]), `${flavour}: tags differ from the CLI's`);
  }
});

test('eng.testa: the same tags as the native CLI, in both builds', { skip }, async () => {
  const { documents } = readConll(devFile);
  const nativeTags = cliTags(devFile);
  for (const flavour of ['simd', 'baseline']) {
    const module = await newsprism.loadNewsprism({ flavour });
    const tags = module.tagTokens(documents).flat(2);
    assert.equal(tags.length, nativeTags.length);
    assert.ok(tags.every((tag, i) => tag === nativeTags[i]), `${flavour}: tags differ from the CLI's`);
  }
});

test('eng.testa: F1 reaches the model card figures', { skip }, async () => {
  const { documents, gold } = readConll(devFile);
  const recorded = recordedF1();
  for (const flavour of ['simd', 'baseline']) {
    const module = await newsprism.loadNewsprism({ flavour });
    const predicted = module.tagTokens(documents, { scheme: 'iob1' });
    const all = scoreTags(gold, predicted);
    const withoutMisc = scoreTags(gold, predicted, ['PER', 'ORG', 'LOC']);
    assert.equal(all.gold, 5942);
    assert.ok(all.f1 >= recorded.all, `${flavour}: F1 ${all.f1.toFixed(2)} < ${recorded.all}`);
    assert.ok(withoutMisc.f1 >= recorded.withoutMisc,
      `${flavour}: PER/ORG/LOC F1 ${withoutMisc.f1.toFixed(2)} < ${recorded.withoutMisc}`);
  }
});
