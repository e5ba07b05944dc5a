// newsprism dedup (corpus mode): NDJSON records on project-written cases, and on the BBC corpus
// (read from ../shared, skipped where absent) every pair with exact word-5-gram Jaccard >= 0.8
// is found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cliPath, repoRoot, sharedDir } from '../support/paths.mjs';

function dedup(args, input) {
  const result = spawnSync(cliPath, ['dedup', ...args], { cwd: repoRoot, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

const body = 'The council voted on Tuesday to keep the harbour open through the winter months, after a season ' +
  'in which the number of fishing boats using it rose by a third. Harbour master Ines Hart said the decision ' +
  'would save local crews a long trip to the nearest port, and the council will spend money on new lights.';

test('dedup: pairs and stories as NDJSON records, named by the records\' ids', () => {
  const lines = [
    { id: 'original', title: 'Harbour stays open', text: body, date: '2025-01-02' },
    { id: 'copy', title: 'Harbour stays open (repost)', text: body, date: '2025-01-03' },
    { id: 'edited', title: 'Harbour open', text: body.replace('Tuesday', 'Wednesday'), date: '2025-01-04' },
    { id: 'other', title: 'Library hours', text: 'The library will open on Sundays from May, the council said.' },
  ].map((o) => JSON.stringify(o)).join('\n');
  const records = dedup(['--signatures', '-'], `${lines}\n`);
  const pairs = records.filter((r) => r.type === 'pair');
  const stories = records.filter((r) => r.type === 'story');
  const signatures = records.filter((r) => r.type === 'signature');
  assert.equal(signatures.length, 4);
  assert.match(signatures[0].signature, /^[0-9a-f]{1024}$/);
  assert.equal(signatures[0].band_keys.length, 16);
  const identical = pairs.find((p) => p.a === 'original' && p.b === 'copy');
  assert.equal(identical.relation, 'identical');
  assert.equal(identical.jaccard, 1);
  assert.deepEqual(identical.containment, [1, 1]);
  const edited = pairs.find((p) => p.b === 'edited');
  assert.equal(edited.relation, 'near_duplicate');
  assert.ok(edited.jaccard >= 0.75 && edited.jaccard < 1);
  const story = stories.find((s) => s.members.includes('original'));
  assert.deepEqual(story.members, ['original', 'copy', 'edited']);
  assert.equal(story.source, 'original');
  assert.match(story.source_reason, /earliest publication/);
  assert.ok(stories.some((s) => s.members.length === 1 && s.members[0] === 'other'));
});

test('dedup: a file that is not NDJSON is one input named by its path', () => {
  const records = dedup(['tests/fixtures/formats/news.rss', 'tests/fixtures/plain/river-bridge.txt']);
  const members = records.filter((r) => r.type === 'story').flatMap((s) => s.members);
  assert.deepEqual(members, ['tests/fixtures/formats/news.rss#1', 'tests/fixtures/formats/news.rss#2',
    'tests/fixtures/plain/river-bridge.txt']);
});

const bbc = path.join(sharedDir, 'data/dedup/bbc/articles.ndjson');
test('dedup: on the BBC corpus every pair with exact word-5-gram Jaccard >= 0.8 is found', {
  skip: existsSync(bbc) ? false : `${bbc} is absent`,
}, () => {
  // The truth, brute force through an inverted index: word 5-grams of each article's text.
  const articles = readFileSync(bbc, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const sets = articles.map((a) => {
    const words = a.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const set = new Set();
    for (let i = 0; i + 5 <= words.length; ++i) set.add(words.slice(i, i + 5).join(' '));
    return set;
  });
  const postings = new Map();
  sets.forEach((set, doc) => { for (const s of set) { if (!postings.has(s)) postings.set(s, []); postings.get(s).push(doc); } });
  const shared = new Map();
  for (const docs of postings.values()) {
    if (docs.length > 50) continue;  // boilerplate phrases; a true near-duplicate shares many rarer ones
    for (let i = 0; i < docs.length; ++i) {
      for (let j = i + 1; j < docs.length; ++j) {
        const key = docs[i] * 100000 + docs[j];
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const truth = [];
  for (const [key, count] of shared) {
    const a = Math.floor(key / 100000);
    const b = key % 100000;
    const jaccard = count / (sets[a].size + sets[b].size - count);
    if (jaccard >= 0.8) truth.push([articles[a].id, articles[b].id]);
  }
  assert.ok(truth.length > 100, `only ${truth.length} true pairs: the corpus changed?`);

  const records = dedup([bbc]);
  const storyOf = new Map();
  for (const s of records.filter((r) => r.type === 'story')) for (const m of s.members) storyOf.set(m, s.id);
  const missed = truth.filter(([a, b]) => storyOf.get(String(a)) !== storyOf.get(String(b)));
  assert.deepEqual(missed, [], `${missed.length} of ${truth.length} pairs missed`);
});

test('dedup --rewrites: a rewrite among more than 64 articles is found, with its aligned sentences counted', () => {
  const source = 'The town council voted on Tuesday to keep the harbour open through the winter months. ' +
    'Harbour master Ines Hart said the decision would save local crews a 40-mile trip to the nearest port. ' +
    'The council will spend 120,000 pounds on new lights and a heated shelter for the night staff. ' +
    'Opponents argued that the money should go to the town\'s roads, damaged in the January storms.';
  const rewrite = 'Councillors decided on Tuesday that the harbour will stay open all through the winter months. ' +
    'According to harbour master Ines Hart, local crews will be spared a 40-mile trip to the nearest port. ' +
    'New lights and a heated shelter for the night staff will cost the council 120,000 pounds. ' +
    'A local bakery has also extended its hours for the fishermen.';
  const words = ['river', 'market', 'school', 'museum', 'bridge', 'garden', 'station', 'tower', 'forest', 'festival'];
  let state = 99;
  const next = () => { state = (state * 1103515245 + 12345) % 2147483648; return state; };
  const fillers = Array.from({ length: 70 }, (_, i) => ({
    id: `filler-${i}`,
    text: Array.from({ length: 4 }, () => `The ${Array.from({ length: 10 }, () => `${words[next() % 10]}${next() % 97}`).join(' ')}.`).join('\n\n'),
  }));
  const lines = [{ id: 'source', text: source }, { id: 'rewrite', text: rewrite }, ...fillers].map((o) => JSON.stringify(o)).join('\n');
  const plain = dedup(['-'], `${lines}\n`);
  assert.equal(plain.filter((r) => r.type === 'pair').length, 0);  // no copies: without --rewrites, nothing
  const records = dedup(['--rewrites', '-'], `${lines}\n`);
  const pairs = records.filter((r) => r.type === 'pair');
  assert.equal(pairs.length, 1, JSON.stringify(pairs));
  assert.equal(pairs[0].a, 'source');
  assert.equal(pairs[0].b, 'rewrite');
  assert.equal(pairs[0].relation, 'rewrite');
  assert.ok(pairs[0].aligned >= 3);
  assert.ok(pairs[0].jaccard < 0.2);
  const story = records.find((r) => r.type === 'story' && r.members.includes('source'));
  assert.deepEqual(story.members, ['source', 'rewrite']);
});

test('dedup: a 100 MB article, its copy and an excerpt of it: identical and contains, in one pass', () => {
  // Random words (xorshift), so the shingles do not repeat: about 12 million distinct ones.
  const words = ['river', 'market', 'school', 'museum', 'bridge', 'garden', 'station', 'tower', 'forest', 'harbour'];
  let state = 2025;
  const next = () => { state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0; return state; };
  const paragraphs = [];
  let size = 0;
  while (size < 100e6) {
    const paragraph = `${Array.from({ length: 60 }, () => `${words[next() % 10]}${next() % 1000}`).join(' ')}.`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  const long = paragraphs.join('\n\n');
  const excerpt = paragraphs.slice(0, 50).join('\n\n');
  const lines = [{ id: 'long', text: long }, { id: 'copy', text: long }, { id: 'excerpt', text: excerpt }]
    .map((o) => JSON.stringify(o)).join('\n');
  const records = dedup(['-'], `${lines}\n`);
  const pairs = Object.fromEntries(records.filter((r) => r.type === 'pair').map((p) => [`${p.a}-${p.b}`, p]));
  assert.deepEqual(Object.keys(pairs).sort(), ['copy-excerpt', 'long-copy', 'long-excerpt']);
  assert.equal(pairs['long-copy'].relation, 'identical');
  for (const key of ['long-excerpt', 'copy-excerpt']) {
    assert.equal(pairs[key].relation, 'contains');
    assert.equal(pairs[key].containment[1], 1);  // all of the excerpt is in the long article
    assert.ok(pairs[key].jaccard < 0.001, JSON.stringify(pairs[key]));
  }
  const story = records.find((r) => r.type === 'story');
  assert.deepEqual(story.members, ['long', 'copy', 'excerpt']);
});
