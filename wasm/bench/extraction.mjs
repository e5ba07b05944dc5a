// Article-body extraction on ../shared/data/extraction (50 real pages with true bodies): F1,
// precision and recall with the benchmark's scoring (extraction-score.mjs), and MB/s of HTML, in
// the same Node run, for Readability.js with the linkedom DOM (title, byline, body: extraction
// only), and for newsprism: extract() (the same job: articles without the analysis) in wasm SIMD
// and baseline through the package, natively (the CLI's `bench extract`), and analyze() in wasm
// SIMD (the whole report minus tokens, corpus pass and entities). The pages are copyrighted:
// read from ../shared, never copied into the repository.
// Usage: node wasm/bench/extraction.mjs [--repeat N] [--show-worst K]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDir, cliPath, packageDir, sharedDir, toolchainModules } from '../../tests/support/paths.mjs';
import { scoreAll, scorePage } from './extraction-score.mjs';
import { median, numberOption } from './bench-args.mjs';

const repeat = numberOption('--repeat', 5);
const showWorst = numberOption('--show-worst', 0);

const dataDir = path.join(sharedDir, 'data/extraction');
if (!existsSync(dataDir)) {
  console.log(`extraction benchmark skipped: ${dataDir} is absent`);
  process.exit(0);
}
const truth = JSON.parse(readFileSync(path.join(dataDir, 'ground-truth.json'), 'utf8'));
const pages = readdirSync(path.join(dataDir, 'html')).filter((name) => name.endsWith('.html.gz')).sort().map((name) => {
  const id = name.replace(/\.html\.gz$/, '');
  const bytes = gunzipSync(readFileSync(path.join(dataDir, 'html', name)));
  return { id, bytes, html: bytes.toString('utf8'), truth: truth[id]?.articleBody ?? '' };
});
const totalBytes = pages.reduce((sum, page) => sum + page.bytes.length, 0);
console.log(`${pages.length} pages, ${(totalBytes / 1e6).toFixed(2)} MB of HTML; times are medians of ${repeat} runs over all pages\n`);

const BODY_KINDS = new Set(['paragraph', 'heading', 'quote', 'list_item']);
/** The article body newsprism's analyze() found, as the benchmark wants it: body blocks, one a line. */
export function bodyOf(article) {
  return article.blocks.filter((block) => BODY_KINDS.has(block.kind))
    .map((block) => article.text.slice(block.start_utf16, block.end_utf16)).join('\n');
}

const { loadNewsprism } = await import(path.join(packageDir, 'src/index.js'));
const modules = { simd: await loadNewsprism({ flavour: 'simd' }), baseline: await loadNewsprism({ flavour: 'baseline' }) };
const extractOne = (module) => (page) => module.extract({ source: page.id, bytes: page.bytes });
const analyzeOptions = { tokens: false, compare: false, entities: false };
const analyzeOne = (page) => modules.simd.analyze({ source: page.id, bytes: page.bytes }, analyzeOptions);

// Readability.js with linkedom, the same pages.
const require = createRequire(path.join(toolchainModules, 'noop.js'));
const { Readability } = require('@mozilla/readability');
const { parseHTML } = require('linkedom');
const readability = (page) => {
  const { document } = parseHTML(page.html);
  const article = new Readability(document).parse();
  return article?.textContent ?? '';
};

const extracted = {};
for (const [flavour, module] of Object.entries(modules)) {
  extracted[flavour] = pages.map((page) => extractOne(module)(page).articles.map((article) => article.body).join('\n'));
}
if (extracted.simd.some((body, i) => body !== extracted.baseline[i])) throw new Error('the SIMD and baseline bodies differ');
const analyzed = pages.map((page) => analyzeOne(page).articles.map(bodyOf).join('\n'));
const theirs = pages.map(readability);

// The contenders take turns, one pass over every page each per round, so that load from other
// work on the machine falls on all of them alike; each gets the median of its rounds.
const contenders = {
  readability,
  extractSimd: extractOne(modules.simd),
  extractBaseline: extractOne(modules.baseline),
  analyzeSimd: analyzeOne,
};
const rounds = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let r = 0; r < repeat; ++r) {
  for (const [name, work] of Object.entries(contenders)) {
    const start = performance.now();
    for (const page of pages) work(page);
    rounds[name].push(performance.now() - start);
  }
}
const ms = Object.fromEntries(Object.entries(rounds).map(([name, times]) => [name, median(times)]));

// newsprism native: the CLI's extract() timing over the same pages, and its bodies.
const pagesDir = path.join(buildDir, 'bench/extraction');
mkdirSync(pagesDir, { recursive: true });
const files = pages.map((page) => {
  const file = path.join(pagesDir, `${page.id}.html`);
  writeFileSync(file, page.bytes);
  return file;
});
const native = JSON.parse(execFileSync(cliPath, ['bench', 'extract', '--repeat', String(repeat), ...files]).toString());
const nativeBodies = files.map((file) => execFileSync(cliPath, ['extract', '--json', file],
  { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })
  .toString('utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line).body).join('\n'));

const mbps = (milliseconds) => totalBytes / 1e6 / (milliseconds / 1e3);
const row = (name, predicted, milliseconds) => {
  const score = scoreAll(pages.map((page, i) => ({ truth: page.truth, predicted: predicted[i] })));
  console.log(`${name.padEnd(40)} F1 ${score.f1.toFixed(3)}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  ` +
    `${mbps(milliseconds).toFixed(1).padStart(7)} MB/s  ${(ms.readability / milliseconds).toFixed(1).padStart(5)}x`);
  return score;
};
console.log(`${'extractor'.padEnd(40)} quality                           speed         vs Readability`);
row('Readability.js + linkedom (Node)', theirs, ms.readability);
row('newsprism extract(), wasm SIMD (Node)', extracted.simd, ms.extractSimd);
row('newsprism extract(), wasm baseline (Node)', extracted.baseline, ms.extractBaseline);
row('newsprism extract, native', nativeBodies, native.extract_median_ms);
row('newsprism analyze(), wasm SIMD (Node)', analyzed, ms.analyzeSimd);
console.log(`\nwasm SIMD extract() is ${(100 * native.extract_median_ms / ms.extractSimd).toFixed(0)}% of native speed ` +
  `(fastest native run: ${(totalBytes / 1e3 / native.extract_min_ms).toFixed(1)} MB/s)`);

if (showWorst > 0) {
  const worst = pages.map((page, i) => ({ id: page.id, url: truth[page.id]?.url, ...scorePage(page.truth, extracted.simd[i]) }))
    .sort((a, b) => (a.precision + a.recall) - (b.precision + b.recall)).slice(0, showWorst);
  console.log('\nworst pages for newsprism:');
  for (const page of worst) console.log(`  P ${page.precision.toFixed(2)} R ${page.recall.toFixed(2)}  ${page.id.slice(0, 12)}  ${page.url}`);
}
