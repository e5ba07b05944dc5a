// Corpus dedup at scale: builds 10,000- and 100,000-article corpora from the BBC set
// (../shared/data/dedup/bbc/articles.ndjson, research use: read, never copied into the repo),
// runs the native `newsprism dedup` on them on 2 threads, and prints the median wall time, the
// peak memory (/usr/bin/time -v) and the recall of the near-duplicate pairs the corpus was built
// with.
//
// How a corpus is built (xorshift32 with a fixed seed: the same bytes every run):
// - 80% "base" articles: a BBC article with 40% of its words replaced by words drawn from the
//   whole set's vocabulary, so two bases share almost no word 5-gram even when made from the same
//   BBC article (two independent 40% replacements keep a 5-gram in both with p = 0.6^10 < 1%);
// - 20% "copies" of a random base: 0-2% of the words replaced, deleted or doubled, and one time
//   in four a paragraph dropped or another base's paragraph added: what reposts and light edits
//   look like.
// The true near-duplicate pairs are each copy with its base and copies of one base with each
// other. Their exact word 5-gram Jaccard (words: lower-cased runs of letters and digits, as the
// dedup test computes it) splits them into those >= 0.8 (dedup must find every one: its verified
// lines are 0.75 Jaccard and 0.8 containment) and the rest, whose recall is reported too.
//
// With --rewrites each size is also run with `newsprism dedup --rewrites` (sentence stems kept,
// rewrites looked for among articles sharing rare stems): its time, memory and pair counts, and
// a last line per size puts both runs side by side. --modes picks the runs instead (plain,
// rewrites or both: `--sizes 100000 --modes rewrites` runs only the 100k --rewrites case).
//
//   node wasm/bench/dedup-scale.mjs [--sizes 10000,100000] [--repeat 3] [--threads 2] [--seed 7]
//                                   [--rewrites] [--modes plain,rewrites]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, numberOption } from './bench-args.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'build/native-release/core/cli/newsprism');
const bbcPath = path.resolve(root, '../shared/data/dedup/bbc/articles.ndjson');
const args = process.argv.slice(2);
const sizesIndex = args.indexOf('--sizes');
const sizes = sizesIndex >= 0 ? args[sizesIndex + 1].split(',').map(Number) : [10000, 100000];
const repeat = numberOption('--repeat', 3);
const threads = numberOption('--threads', 2);
const seed = numberOption('--seed', 7);
const modesIndex = args.indexOf('--modes');
const modes = modesIndex >= 0 ? args[modesIndex + 1].split(',') : args.includes('--rewrites') ? ['plain', 'rewrites'] : ['plain'];
for (const mode of modes) {
  if (mode !== 'plain' && mode !== 'rewrites') {
    console.error(`dedup-scale: unknown mode '${mode}' (known: plain, rewrites)`);
    process.exit(2);
  }
}

if (!existsSync(bbcPath)) {
  console.error(`dedup-scale: ${bbcPath} is absent`);
  process.exit(1);
}

function generator(start) {
  let state = start >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  };
}

const bbc = readFileSync(bbcPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const vocabulary = [...new Set(bbc.flatMap((a) => a.text.split(/\s+/)).filter((w) => /^[A-Za-z]{3,}$/.test(w)))].sort();

function replaceWords(paragraphs, rate, next) {
  return paragraphs.map((p) => p.split(' ').map((w) => (next() % 10000 < rate * 10000 ? vocabulary[next() % vocabulary.length] : w)).join(' '));
}

function lightEdit(paragraphs, next, otherParagraph) {
  const rate = (next() % 201) / 10000;  // 0 to 2% of the words
  let out = paragraphs.map((p) => p.split(' ').flatMap((w) => {
    if (next() % 10000 >= rate * 10000) return [w];
    const kind = next() % 3;
    return kind === 0 ? [vocabulary[next() % vocabulary.length]] : kind === 1 ? [] : [w, w];
  }).join(' '));
  if (next() % 4 === 0) {
    if (next() % 2 === 0 && out.length > 3) out.splice(next() % out.length, 1);
    else out.splice(next() % (out.length + 1), 0, otherParagraph);
  }
  return out;
}

function buildCorpus(size) {
  const next = generator(seed * 7919 + size);
  const bases = Math.round(size * 0.8);
  const articles = [];  // {id, title, paragraphs, base}
  for (let i = 0; i < bases; ++i) {
    const source = bbc[i % bbc.length];
    articles.push({ id: `base-${i}`, title: source.title, paragraphs: replaceWords(source.text.split('\n\n'), 0.4, next), base: i });
  }
  for (let i = bases; i < size; ++i) {
    const base = next() % bases;
    const other = articles[next() % bases].paragraphs;
    articles.push({ id: `copy-${i}-of-${base}`, title: articles[base].title,
      paragraphs: lightEdit(articles[base].paragraphs, next, other[next() % other.length]), base });
  }
  return articles;
}

function shingles(text) {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set();
  for (let i = 0; i + 5 <= words.length; ++i) set.add(words.slice(i, i + 5).join(' '));
  return set;
}

function jaccard(a, b) {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

function truePairs(articles) {
  const byBase = new Map();
  articles.forEach((article, index) => {
    if (!byBase.has(article.base)) byBase.set(article.base, []);
    byBase.get(article.base).push(index);
  });
  const pairs = [];
  for (const members of byBase.values()) {
    if (members.length < 2) continue;
    const sets = members.map((m) => shingles(articles[m].paragraphs.join('\n\n')));
    for (let i = 0; i < members.length; ++i) {
      for (let j = i + 1; j < members.length; ++j) {
        pairs.push({ a: articles[members[i]].id, b: articles[members[j]].id, jaccard: jaccard(sets[i], sets[j]) });
      }
    }
  }
  return pairs;
}

function writeCorpus(articles, file) {
  // Written under a name of this process's, then renamed: another run reading the corpus (the
  // folder is shared by runs with the same seed) never sees it half written.
  const partial = `${file}.${process.pid}.partial`;
  const fd = openSync(partial, 'w');
  let chunk = '';
  for (const article of articles) {
    chunk += `${JSON.stringify({ id: article.id, title: article.title, text: article.paragraphs.join('\n\n') })}\n`;
    if (chunk.length > 1 << 22) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  renameSync(partial, file);
}

function runDedup(file, extra = '') {
  const out = path.join(path.dirname(file), `dedup-out-${process.pid}.ndjson`);  // runs may share the folder
  const result = spawnSync('/usr/bin/time', ['-v', '-o', `${out}.time`, 'sh', '-c',
    `"${cli}" dedup --threads ${threads} ${extra} "${file}" > "${out}"`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`dedup failed: ${result.stderr}`);
  const time = readFileSync(`${out}.time`, 'utf8');
  const wall = time.match(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/);
  const seconds = (Number(wall[1] ?? 0) * 3600) + Number(wall[2]) * 60 + Number(wall[3]);
  const rssKiB = Number(time.match(/Maximum resident set size \(kbytes\): (\d+)/)[1]);
  const user = Number(time.match(/User time \(seconds\): ([\d.]+)/)[1]);
  const system = Number(time.match(/System time \(seconds\): ([\d.]+)/)[1]);
  return { seconds, rssMiB: rssKiB / 1024, cpu: user + system, out };
}

function recall(truth, outFile) {
  const found = new Set();
  const relations = {};
  for (const line of readFileSync(outFile, 'utf8').split('\n')) {
    if (!line.startsWith('{"type":"pair"')) continue;
    const pair = JSON.parse(line);
    found.add(`${pair.a}\t${pair.b}`);
    found.add(`${pair.b}\t${pair.a}`);
    relations[pair.relation] = (relations[pair.relation] ?? 0) + 1;
  }
  // An article identical to an earlier one is paired with that first copy only (so a thousand
  // copies cost a thousand pairs): its other pairs are those of the first copy.
  const firstCopy = new Map();
  for (const line of readFileSync(outFile, 'utf8').split('\n')) {
    if (!line.startsWith('{"type":"pair"') || !line.includes('"identical"')) continue;
    const pair = JSON.parse(line);
    firstCopy.set(pair.b, firstCopy.get(pair.a) ?? pair.a);
  }
  const canonical = (id) => firstCopy.get(id) ?? id;
  const isFound = (p) => {
    const a = canonical(p.a);
    const b = canonical(p.b);
    return a === b || found.has(`${a}\t${b}`);
  };
  const high = truth.filter((p) => p.jaccard >= 0.8);
  const hit = (list) => list.filter(isFound).length;
  if (process.env.DEDUP_SCALE_MISSES) {
    for (const p of high.filter((q) => !isFound(q)).slice(0, 10)) console.log('  missed', JSON.stringify(p));
  }
  return { reported: found.size / 2, relations, all: [hit(truth), truth.length], high: [hit(high), high.length] };
}

const folder = path.join(os.tmpdir(), `newsprism-dedup-scale-${seed}`);
mkdirSync(folder, { recursive: true });
const load = () => os.loadavg().map((v) => v.toFixed(2)).join(' ');
console.log(`dedup-scale: ${os.cpus().length} cores, load average ${load()}, --threads ${threads}, seed ${seed}`);
for (const size of sizes) {
  const started = Date.now();
  const articles = buildCorpus(size);
  const truth = truePairs(articles);
  const file = path.join(folder, `corpus-${size}.ndjson`);
  writeCorpus(articles, file);
  const megabytes = statSync(file).size / 1e6;
  console.log(`\n${size} articles, ${megabytes.toFixed(0)} MB, ${truth.length} true near-duplicate pairs ` +
    `(${truth.filter((p) => p.jaccard >= 0.8).length} with exact 5-gram Jaccard >= 0.8); built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const summary = [];
  for (const mode of modes) {
    const extra = mode === 'rewrites' ? '--rewrites' : '';
    if (extra) console.log(`  with ${extra}:`);
    const runs = [];
    for (let r = 0; r < repeat; ++r) {
      const run = runDedup(file, extra);
      runs.push(run);
      console.log(`  run ${r + 1}: ${run.seconds.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU, peak ${run.rssMiB.toFixed(0)} MiB, load ${load()}`);
    }
    const found = recall(truth, runs[runs.length - 1].out);
    for (const run of runs) rmSync(run.out, { force: true });
    rmSync(`${runs[0].out}.time`, { force: true });
    const fraction = ([hit, all]) => `${hit}/${all} = ${all ? (hit / all).toFixed(4) : 'n/a'}`;
    const seconds = median(runs.map((r) => r.seconds));
    const cpu = median(runs.map((r) => r.cpu));
    const rssMiB = median(runs.map((r) => r.rssMiB));
    console.log(`  median: ${seconds.toFixed(2)} s wall (${(megabytes / seconds).toFixed(1)} MB/s), ` +
      `${cpu.toFixed(2)} s CPU, peak memory ${rssMiB.toFixed(0)} MiB`);
    console.log(`  recall: all true pairs ${fraction(found.all)}; Jaccard >= 0.8 ${fraction(found.high)}; ` +
      `pairs reported ${found.reported} ${JSON.stringify(found.relations)}`);
    const [hit, all] = found.high;
    summary.push(`${extra || 'plain'} ${seconds.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU, ${rssMiB.toFixed(0)} MiB, ` +
      `recall J>=0.8 ${all ? (hit / all).toFixed(4) : 'n/a'}` + (extra ? `, ${found.relations.rewrite ?? 0} rewrites` : ''));
  }
  console.log(`  ${size} articles, median of ${repeat}: ${summary.join(' | ')}`);
}
