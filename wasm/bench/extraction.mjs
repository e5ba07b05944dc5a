// Article-body extraction on ../shared/data/extraction (50 real pages with true bodies): F1,
// precision and recall with the benchmark's scoring (extraction-score.mjs), and MB/s of HTML,
// for newsprism (wasm SIMD under Node, and native through the CLI) and for Readability.js with
// the linkedom DOM, in the same Node run. The pages are copyrighted: read from ../shared, never
// copied into the repository.
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
/** The article body newsprism extracted, as the benchmark wants it: body blocks, one a line. */
export function bodyOf(article) {
  return article.blocks.filter((block) => BODY_KINDS.has(block.kind))
    .map((block) => article.text.slice(block.start_utf16, block.end_utf16)).join('\n');
}

// newsprism in wasm (SIMD), through the package.
const { loadNewsprism } = await import(path.join(packageDir, 'src/index.js'));
const newsprism = await loadNewsprism({ flavour: 'simd' });
const ours = pages.map((page) => {
  const report = newsprism.analyze({ source: page.id, bytes: page.bytes }, { tokens: false, compare: false, entities: false });
  return report.articles.map(bodyOf).join('\n');
});
const oursTimes = [];
for (let r = 0; r < repeat; ++r) {
  const start = performance.now();
  for (const page of pages) newsprism.analyze({ source: page.id, bytes: page.bytes }, { tokens: false, compare: false, entities: false });
  oursTimes.push(performance.now() - start);
}

// newsprism native: the CLI's analyze() timing over the same pages.
const pagesDir = path.join(buildDir, 'bench/extraction');
mkdirSync(pagesDir, { recursive: true });
const files = pages.map((page) => {
  const file = path.join(pagesDir, `${page.id}.html`);
  writeFileSync(file, page.bytes);
  return file;
});
const native = JSON.parse(execFileSync(cliPath, ['bench', 'ingest', '--repeat', String(repeat), ...files]).toString());

// Readability.js with linkedom, the same pages.
const require = createRequire(path.join(toolchainModules, 'noop.js'));
const { Readability } = require('@mozilla/readability');
const { parseHTML } = require('linkedom');
const readability = (html) => {
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  return article?.textContent ?? '';
};
const theirs = pages.map((page) => readability(page.html));
const theirTimes = [];
for (let r = 0; r < repeat; ++r) {
  const start = performance.now();
  for (const page of pages) readability(page.html);
  theirTimes.push(performance.now() - start);
}

const mbps = (ms) => totalBytes / 1e6 / (ms / 1e3);
const row = (name, predicted, ms) => {
  const score = scoreAll(pages.map((page, i) => ({ truth: page.truth, predicted: predicted[i] })));
  console.log(`${name.padEnd(34)} F1 ${score.f1.toFixed(3)}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  ${mbps(ms).toFixed(1).padStart(7)} MB/s`);
  return score;
};
console.log('extractor                          quality                           speed');
row('newsprism (wasm SIMD, Node)', ours, median(oursTimes));
console.log(`${'newsprism (native, analyze only)'.padEnd(34)} (same output)                     ${mbps(native.analyze_median_ms).toFixed(1).padStart(7)} MB/s`);
row('Readability.js + linkedom (Node)', theirs, median(theirTimes));
console.log(`\nspeed ratio: newsprism wasm ${(median(theirTimes) / median(oursTimes)).toFixed(1)}x, native ${(median(theirTimes) / native.analyze_median_ms).toFixed(1)}x Readability.js`);

if (showWorst > 0) {
  const worst = pages.map((page, i) => ({ id: page.id, url: truth[page.id]?.url, ...scorePage(page.truth, ours[i]) }))
    .sort((a, b) => (a.precision + a.recall) - (b.precision + b.recall)).slice(0, showWorst);
  console.log('\nworst pages for newsprism:');
  for (const page of worst) console.log(`  P ${page.precision.toFixed(2)} R ${page.recall.toFixed(2)}  ${page.id.slice(0, 12)}  ${page.url}`);
}
