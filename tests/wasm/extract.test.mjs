// The package's extract(): every article byte for byte the line `newsprism extract --json`
// prints, in the SIMD and the baseline build, on every fixture, the seed pastes and the
// extraction benchmark's pages (those two where ../shared is present); and the same articles as
// the package's analyze() gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fixtureFiles } from '../support/fixtures.mjs';
import { buildDir, cliPath, haveSeeds, packageDir, repoRoot, seedsDir, sharedDir } from '../support/paths.mjs';

const { loadNewsprism } = await import(path.join(packageDir, 'src/index.js'));
const flavours = {
  simd: await loadNewsprism({ flavour: 'simd' }),
  baseline: await loadNewsprism({ flavour: 'baseline' }),
};

function inputsOf(relativePaths) {
  return relativePaths.map((p) => ({ source: p, bytes: readFileSync(path.resolve(repoRoot, p)) }));
}

// The CLI's lines, joined as the package's JSON holds them: the "articles" array's text.
function cliArticlesJson(relativePaths) {
  const out = execFileSync(cliPath, ['extract', '--json', ...relativePaths],
    { cwd: repoRoot, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
  const lines = out === '' ? [] : out.slice(0, -1).split('\n');
  return `[${lines.join(',')}]`;
}

// Byte-identical articles in both builds, and inputs as the package's analyze() reports them.
function checkAgainstCli(relativePaths) {
  const expected = cliArticlesJson(relativePaths);
  const inputs = inputsOf(relativePaths);
  const reportInputs = flavours.simd.analyze(inputs, { tokens: false, compare: false, entities: false }).inputs;
  for (const [name, module] of Object.entries(flavours)) {
    const json = module.extractToJson(inputs);
    const prefix = '{"articles":';
    assert.ok(json.startsWith(prefix), `${name}: the JSON starts with the articles`);
    const inputsAt = json.lastIndexOf(',"inputs":[');
    assert.equal(json.slice(prefix.length, inputsAt), expected, `${name}: articles differ from the CLI's`);
    assert.deepEqual(JSON.parse(json).inputs, reportInputs, `${name}: inputs differ from analyze()'s`);
  }
}

for (const file of fixtureFiles()) {
  test(`extract ${file}: package = CLI extract --json (simd and baseline)`, () => checkAgainstCli([file]));
}

test('extract: all fixtures in one call, package = CLI', () => checkAgainstCli(fixtureFiles()));

test('extract: seed pastes, package = CLI', { skip: haveSeeds ? false : `no seeds at ${seedsDir}` }, () => {
  const names = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
  checkAgainstCli(names.map((n) => path.relative(repoRoot, path.join(seedsDir, n))));
});

const pagesDir = path.join(sharedDir, 'data/extraction/html');
const havePages = existsSync(pagesDir);

// The benchmark's pages, unpacked into build/ (the CLI reads files).
function extractionPages() {
  const out = path.join(buildDir, 'test-extraction-pages');
  mkdirSync(out, { recursive: true });
  return readdirSync(pagesDir).filter((n) => n.endsWith('.html.gz')).sort().map((name) => {
    const file = path.join(out, name.replace(/\.gz$/, ''));
    if (!existsSync(file)) writeFileSync(file, gunzipSync(readFileSync(path.join(pagesDir, name))));
    return path.relative(repoRoot, file);
  });
}

test('extract: the extraction pages, package = CLI', { skip: havePages ? false : `no pages at ${pagesDir}` }, () => {
  checkAgainstCli(extractionPages());
});

// What `newsprism extract` makes of an analyze() article, in JavaScript.
const BODY_KINDS = new Set(['heading', 'paragraph', 'quote', 'list_item', 'caption']);
function bodyOf(article) {
  return article.blocks.filter((block) => BODY_KINDS.has(block.kind)).map((block) => {
    const text = article.text.slice(block.start_utf16, block.end_utf16);
    return block.kind === 'list_item' ? `- ${text}` : block.kind === 'quote' ? `> ${text}` : text;
  }).join('\n\n');
}

function checkAgainstAnalyze(relativePaths) {
  const inputs = inputsOf(relativePaths);
  for (const module of Object.values(flavours)) {
    const report = module.analyze(inputs, { tokens: false, entities: false });
    const { articles } = module.extract(inputs);
    assert.equal(articles.length, report.articles.length);
    report.articles.forEach((article, i) => {
      const m = article.metadata;
      const got = articles[i];
      assert.equal(got.source, article.source);
      assert.equal(got.format, article.format.name);
      assert.equal(got.title, m.title);
      assert.equal(got.published, m.published ?? m.published_relative);
      assert.deepEqual(got.authors, m.authors);
      assert.equal(got.site, m.site);
      assert.equal(got.url, m.url);
      assert.equal(got.language, m.language);
      assert.equal(got.body, bodyOf(article), `${article.source}: the body differs from analyze()'s blocks`);
      assert.equal(got.boilerplate_blocks, article.blocks.filter((b) => b.kind === 'boilerplate').length);
    });
  }
}

test('extract: the same articles as analyze() on the fixtures', () => checkAgainstAnalyze(fixtureFiles()));

test('extract: the same articles as analyze() on the extraction pages',
  { skip: havePages ? false : `no pages at ${pagesDir}` }, () => checkAgainstAnalyze(extractionPages()));

test('extract: limits fail as in analyze()', () => {
  assert.throws(() => flavours.simd.extract({ text: 'x'.repeat(100) }, { maxInputBytes: 10 }),
    (error) => error.name === 'NewsprismError' && error.code === 'input_too_large');
});
