// Name tagger benchmark: tokens per second of the whole tagging (features included) natively
// (the CLI's `bench tag`), in wasm under Node (SIMD and baseline, through the package's
// tagTokens) and of npm `compromise` (people, places and organizations) on the same text, in
// one run, with medians and ratios. The text is CoNLL-2003 eng.testa where ../shared/data/ner
// is present, else the project's generated corpus split into words.
// Usage: node wasm/bench/entities.mjs [--repeat N]    (toolchain/bench.sh builds first)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDir, cliPath, packageDir, sharedDir, toolchainModules } from '../../tests/support/paths.mjs';
import { readConll } from '../../tests/support/conll.mjs';
import { plainCorpus } from './corpus.mjs';
import { median, numberOption } from './bench-args.mjs';

const repeat = numberOption('--repeat', 9);

// The text: documents of sentences of words, and the same as a CoNLL file for the CLI.
let conllFile = path.join(sharedDir, 'data/ner/conll2003/eng.testa');
let source = 'CoNLL-2003 eng.testa';
if (!existsSync(conllFile)) {
  source = 'the generated corpus (../shared/data/ner absent)';
  const lines = [];
  for (const paragraph of plainCorpus(300e3).split(/\n+/)) {
    lines.push('-DOCSTART- -X- -X- O', '');
    for (const sentence of paragraph.split(/(?<=\.)\s+/)) {
      const words = sentence.split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      lines.push(...words.map((word) => `${word} O`), '');
    }
  }
  const benchDir = path.join(buildDir, 'bench');
  mkdirSync(benchDir, { recursive: true });
  conllFile = path.join(benchDir, 'entities-corpus.conll');
  writeFileSync(conllFile, `${lines.join('\n')}\n`);
}
const { documents } = readConll(conllFile);
const tokens = documents.flat(2).length;
console.log(`text: ${source}, ${documents.length} documents, ${tokens} tokens; ${repeat} runs each, medians\n`);

const rows = [];
const native = JSON.parse(execFileSync(cliPath, ['bench', 'tag', '--repeat', String(repeat), conllFile]).toString());
rows.push({ target: 'newsprism native', ms: native.median_ms, cpu_ms: native.cpu_median_ms });

// Median wall and CPU (process.cpuUsage: this thread and, a little, the engine's helpers) ms.
function timeRuns(run) {
  run();  // warm-up
  const times = [];
  const cpuTimes = [];
  for (let i = 0; i < repeat; ++i) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1e3);
  }
  return { ms: median(times), cpu_ms: median(cpuTimes) };
}

const { loadNewsprism } = await import(path.join(packageDir, 'src/index.js'));
for (const flavour of ['simd', 'baseline']) {
  const module = await loadNewsprism({ flavour });
  rows.push({ target: `newsprism wasm ${flavour}`, ...timeRuns(() => module.tagTokens(documents)) });
}

// compromise gets each document as text: its words joined by spaces, sentences by newlines.
const require = createRequire(path.join(toolchainModules, 'x.js'));
const nlp = require('compromise');
const texts = documents.map((document) => document.map((sentence) => sentence.join(' ')).join('\n'));
let found = 0;
rows.push({
  target: 'compromise (npm)',
  ...timeRuns(() => {
    found = 0;
    for (const text of texts) {
      const doc = nlp(text);
      found += doc.people().length + doc.places().length + doc.organizations().length;
    }
  }),
});

const perSecond = (ms) => Math.round(tokens / (ms / 1e3)).toLocaleString('en-US').padStart(11);
console.log('target                    tokens/s     median ms   tokens/CPU s  CPU ms');
for (const row of rows) {
  console.log(`${row.target.padEnd(24)} ${perSecond(row.ms)} ${row.ms.toFixed(1).padStart(10)}    ${perSecond(row.cpu_ms)} ${row.cpu_ms.toFixed(1).padStart(7)}`);
}
console.log('\nWall time is the figure; CPU time beside it shows what a busy machine took away.');
const compromise = rows.at(-1).ms;
for (const row of rows.slice(0, -1)) {
  console.log(`${row.target}: ${(compromise / row.ms).toFixed(1)}x the speed of compromise`);
}
console.log(`(compromise found ${found} people, places and organizations)`);
