// Ingest benchmark: plain-text MB/s natively (the CLI's `bench ingest`) and in wasm under Node
// (SIMD and baseline) on the same bytes in the same run, the package's cold start (import to
// first result, in fresh Node processes), and the .wasm sizes raw and gzipped.
// Usage: node wasm/bench/ingest.mjs [--mb N] [--repeat N]    (toolchain/bench.sh builds first)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDir, cliPath, packageDir } from '../../tests/support/paths.mjs';
import { plainCorpus } from './corpus.mjs';
import { median, numberOption } from './bench-args.mjs';

const megabytes = numberOption('--mb', 16);
const repeat = numberOption('--repeat', 15);

const mbPerSecond = (bytes, ms) => bytes / 1e6 / (ms / 1e3);

const benchDir = path.join(buildDir, 'bench');
mkdirSync(benchDir, { recursive: true });
const corpusFile = path.join(benchDir, `plain-${megabytes}mb.txt`);
const corpus = plainCorpus(megabytes * 1e6);
writeFileSync(corpusFile, corpus);
const bytes = Buffer.from(corpus, 'utf8');
console.log(`corpus: ${(bytes.length / 1e6).toFixed(1)} MB of generated plain text, ${repeat} runs each, medians\n`);

const rows = [];

// Native: analyze() and report_to_json() timed inside the CLI process.
const native = JSON.parse(execFileSync(cliPath, ['bench', 'ingest', '--repeat', String(repeat), corpusFile]).toString());
rows.push({ target: 'native', analyze_ms: native.analyze_median_ms,
  total_ms: native.analyze_median_ms + native.json_median_ms });

// wasm: analyze (copy in + analyze + JSON out + decode) through the package, the same bytes.
const { loadNewsprism } = await import(path.join(packageDir, 'src/index.js'));
for (const flavour of ['simd', 'baseline']) {
  const module = await loadNewsprism({ flavour });
  module.analyzeToJson({ source: 'warm-up', bytes }, { compare: false, entities: false });
  const times = [];
  for (let i = 0; i < repeat; ++i) {
    const start = performance.now();
    module.analyzeToJson({ source: corpusFile, bytes }, { compare: false, entities: false });
    times.push(performance.now() - start);
  }
  rows.push({ target: `wasm ${flavour} (Node)`, analyze_ms: null, total_ms: median(times) });
}

console.log('target               analyze only        analyze + JSON report');
for (const row of rows) {
  const analyze = row.analyze_ms === null ? '       -          '
    : `${mbPerSecond(bytes.length, row.analyze_ms).toFixed(0).padStart(6)} MB/s ${row.analyze_ms.toFixed(1).padStart(7)} ms`;
  console.log(`${row.target.padEnd(20)} ${analyze}  ${mbPerSecond(bytes.length, row.total_ms).toFixed(0).padStart(6)} MB/s ${row.total_ms.toFixed(1).padStart(7)} ms`);
}
const nativeTotal = rows[0].total_ms;
for (const row of rows.slice(1)) {
  console.log(`${row.target}: ${(100 * nativeTotal / row.total_ms).toFixed(0)}% of native (analyze + JSON)`);
}

// Cold start: a fresh Node process imports the package and analyzes one short article.
const coldScript = `
  const t0 = performance.now();
  const { analyze } = await import(${JSON.stringify(path.join(packageDir, 'src/index.js'))});
  const report = await analyze('Title\\n\\nOne paragraph.');
  if (report.articles.length !== 1) throw new Error('bad report');
  console.log(performance.now() - t0);`;
const cold = [];
for (let i = 0; i < 9; ++i) {
  cold.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', coldScript]).toString()));
}
console.log(`\ncold start (import to first result, fresh Node process): median ${median(cold).toFixed(1)} ms over ${cold.length} runs`);

console.log('\n.wasm sizes:');
for (const flavour of ['simd', 'baseline']) {
  const file = path.join(packageDir, 'dist', `newsprism-${flavour}.wasm`);
  const raw = statSync(file).size;
  const gzipped = gzipSync(readFileSync(file), { level: 9 }).length;
  const glue = statSync(path.join(packageDir, 'dist', `newsprism-${flavour}.js`)).size;
  console.log(`  ${flavour.padEnd(8)} ${(raw / 1024).toFixed(1)} KiB raw, ${(gzipped / 1024).toFixed(1)} KiB gzipped (+ ${(glue / 1024).toFixed(1)} KiB JS glue)`);
}
