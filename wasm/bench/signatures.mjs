// Signature benchmark: MB/s of text to MinHash signature (normalize, tokenize, 5-word shingles,
// 128 hashes) natively (the CLI's `bench signatures`, with the widest MinHash kernel the CPU
// has: AVX-512, AVX2 or SSE2), in wasm under Node (SIMD and baseline, the package's
// fingerprint()), and with the npm bloom-filters MinHash (JS tokenizing and hashing the same
// shingles, 128 hashes), on the same generated text in the same run. Wall-clock medians: on a
// machine shared with other work, compare figures from one run only.
// Usage: node wasm/bench/signatures.mjs [--mb N] [--repeat N]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDir, cliPath, packageDir, toolchainModules } from '../../tests/support/paths.mjs';
import { article } from './corpus.mjs';
import { median, numberOption } from './bench-args.mjs';

const megabytes = numberOption('--mb', 4);
const repeat = numberOption('--repeat', 5);

// Articles of about 3 KB, the size of a news story.
let state = 20250128;
const next = () => { state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0; return state; };
const texts = [];
let total = 0;
while (total < megabytes * 1e6) {
  const text = article(next);
  texts.push(text);
  total += Buffer.byteLength(text);
}
const dir = path.join(buildDir, 'bench/signatures');
mkdirSync(dir, { recursive: true });
const files = texts.slice(0, 2000).map((text, i) => {
  const file = path.join(dir, `${i}.txt`);
  writeFileSync(file, text);
  return file;
});
const nativeBytes = texts.slice(0, 2000).reduce((sum, t) => sum + Buffer.byteLength(t), 0);
console.log(`${texts.length} generated articles, ${(total / 1e6).toFixed(1)} MB; ${repeat} runs, medians\n`);

const rows = [];
const native = JSON.parse(execFileSync(cliPath, ['bench', 'signatures', '--repeat', String(repeat), ...files]).toString());
rows.push(['native (CLI)', nativeBytes / 1e6 / (native.median_ms / 1e3)]);

const time = (fn) => {
  fn();
  const times = [];
  for (let r = 0; r < repeat; ++r) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return total / 1e6 / (median(times) / 1e3);
};

const { loadNewsprism } = await import(path.join(packageDir, 'src/index.js'));
const signatures = {};
for (const flavour of ['simd', 'baseline']) {
  const module = await loadNewsprism({ flavour });
  const encoded = texts.map((t) => Buffer.from(t));
  rows.push([`wasm ${flavour} (Node)`, time(() => { for (const bytes of encoded) module.fingerprint(bytes); })]);
  signatures[flavour] = module.fingerprint(encoded[0]).signature;
}
if (signatures.simd !== signatures.baseline) throw new Error('SIMD and baseline signatures differ');

const require = createRequire(path.join(toolchainModules, 'noop.js'));
const { MinHashFactory } = require('bloom-filters');
const factory = new MinHashFactory(128, 2 ** 32);
const shingleHash = (words, i) => {
  let h = 2166136261;
  for (let k = i; k < i + 5; ++k) {
    const w = words[k];
    for (let c = 0; c < w.length; ++c) h = Math.imul(h ^ w.charCodeAt(c), 16777619);
    h = Math.imul(h ^ 32, 16777619);
  }
  return h >>> 0;
};
rows.push(['bloom-filters MinHash', time(() => {
  for (const text of texts) {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const values = new Set();
    for (let i = 0; i + 5 <= words.length; ++i) values.add(shingleHash(words, i));
    const minhash = factory.create();
    minhash.bulkLoad([...values]);
  }
})]);

const peer = rows.at(-1)[1];
console.log('signer                      MB/s    vs bloom-filters');
for (const [name, mbps] of rows) console.log(`${name.padEnd(26)} ${mbps.toFixed(1).padStart(7)}   ${(mbps / peer).toFixed(1)}x`);
