// The native CLI: help, errors on stderr with a non-zero exit, the report on stdout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliPath, repoRoot } from '../support/paths.mjs';

function run(args, input) {
  return spawnSync(cliPath, args, { cwd: repoRoot, input, encoding: 'utf8', maxBuffer: 1 << 28 });
}

test('--help prints usage and exits 0', () => {
  const result = run(['--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /usage: newsprism <command>/);
  const analyzeHelp = run(['analyze', '--help']);
  assert.equal(analyzeHelp.status, 0);
  assert.match(analyzeHelp.stdout, /--pretty/);
});

test('no command is a usage error (exit 2)', () => {
  assert.equal(run([]).status, 2);
  const unknown = run(['frobnicate']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command 'frobnicate'/);
});

test('analyze reads standard input and prints one JSON line', () => {
  const result = run(['analyze'], 'Title\n\nBody.\n');
  assert.equal(result.status, 0);
  assert.equal(result.stdout.split('\n').length, 2);
  const report = JSON.parse(result.stdout);
  assert.equal(report.articles[0].source, '-');
  assert.equal(report.articles[0].metadata.title, 'Title');
});

test('--pretty indents', () => {
  const result = run(['analyze', '--pretty', '-'], 'Body only.');
  assert.match(result.stdout, /^\{\n  "schema_version": "1.2",\n/);
});

test('a missing file is an error naming it, exit 1, nothing on stdout', () => {
  const result = run(['analyze', 'tests/fixtures/plain/river-bridge.txt', 'no/such/file.txt']);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /cannot open 'no\/such\/file.txt': No such file or directory/);
});

test('a directory and an unreadable file are errors', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'newsprism-cli-'));
  try {
    assert.match(run(['analyze', folder]).stderr, /is a directory/);
    const secret = path.join(folder, 'secret.txt');
    writeFileSync(secret, 'text');
    chmodSync(secret, 0o000);
    const result = run(['analyze', secret]);
    // root can read anything; everyone else must get a clear error.
    if (process.getuid() !== 0) {
      assert.equal(result.status, 1);
      assert.match(result.stderr, /Permission denied/);
    } else {
      assert.equal(result.status, 0);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('over the size limit: a clear error with the limit, exit 1', () => {
  const result = run(['analyze', '--max-input-bytes', '100', 'tests/fixtures/plain/river-bridge.txt']);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /is 307 bytes, over the limit of 100 bytes/);
  const piped = run(['analyze', '--max-input-bytes', '1K'], 'x'.repeat(5000));
  assert.equal(piped.status, 1);
  assert.match(piped.stderr, /standard input' is over the limit of 1024 bytes/);
  assert.equal(run(['analyze', '--max-input-bytes', 'lots']).status, 2);
});

test('several files: one report, inputs in order', () => {
  const result = run(['analyze', 'tests/fixtures/plain/river-bridge.txt', 'tests/fixtures/plain/empty.txt']);
  const report = JSON.parse(result.stdout);
  assert.deepEqual(report.inputs.map((i) => i.format.name), ['plain', 'empty']);
});

test('--threads: the same report and extraction for any number of threads; a bad count is a usage error', () => {
  const fixtures = ['formats/articles.ndjson', 'formats/ferry-post.json', 'formats/page.html', 'formats/harbour.md',
    'formats/news.rss', 'plain/hard-wrapped.txt'].map((name) => `tests/fixtures/${name}`);
  for (const command of [['analyze'], ['extract', '--json']]) {
    const one = run([...command, '--threads', '1', ...fixtures]);
    const three = run([...command, '--threads', '3', ...fixtures]);
    assert.equal(one.status, 0);
    assert.equal(three.stdout, one.stdout);
  }
  const bad = run(['analyze', '--threads', '0', '-'], 'Body.');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--threads needs a number from 1 to 256/);
});

test('extract prints a header and the body without boilerplate', () => {
  const input = 'Harbour stays open | Coastal Post\n\nBy Mara Lindqvist\n\nThe council voted to keep it open.\n\n' +
    'Boats come first, the mayor said.\n\nShare this\n';
  const result = run(['extract'], input);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout,
    'title: Harbour stays open\nauthor: Mara Lindqvist\nsite: Coastal Post\nsource: - (plain)\n\n' +
    'The council voted to keep it open.\n\nBoats come first, the mayor said.\n');
});

test('extract --json prints one object a line per article', () => {
  const input = '{"title":"One","text":"First body.","date":"2025-01-28","url":"https://a.example/1"}\n' +
    '{"title":"Two","text":"Second body.","author":"Ann Lee"}\n';
  const result = run(['extract', '--json'], input);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.equal(lines.length, 2);
  for (const key of ['source', 'format', 'title', 'published', 'author', 'site', 'url', 'body']) {
    assert.ok(key in lines[0], key);
  }
  assert.equal(lines[0].format, 'ndjson');
  assert.equal(lines[0].published, '2025-01-28');
  assert.equal(lines[0].site, 'a.example');
  assert.equal(lines[0].body, 'First body.');
  assert.equal(lines[1].author, 'Ann Lee');
});

test('extract reports problems on stderr and still prints the text', () => {
  const result = run(['extract'], '{"title": "Harbour", "content": "The council vot');
  assert.equal(result.status, 0);
  assert.match(result.stderr, /json_read_as_text/);
  assert.match(result.stdout, /The council vot/);
});

test('entities lists who and what two articles name, merged across them, and the quotes', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsprism-entities-'));
  try {
    writeFileSync(path.join(dir, 'a.txt'), 'Harbour reopens\n\nHarbour master Alys Penrose reopened the port of Eastmere on Monday. ' +
      '"We worked all weekend," Ms Penrose said. Repairs will cost £2.4 million.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'Port back in business\n\nPenrose said the Eastmere fleet lost a week of income.\n');
    const text = run(['entities', path.join(dir, 'a.txt'), path.join(dir, 'b.txt')]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^PER +3 +Alys Penrose +\(also "Penrose"\) +in #1x2 #2x1$/m);
    assert.match(text.stdout, /^MONEY +1 +£2\.4 million = 2400000 GBP/m);
    assert.match(text.stdout, /^quotes:\n#1 Alys Penrose: "We worked all weekend,?"$/m);

    const json = run(['entities', '--json', path.join(dir, 'a.txt'), path.join(dir, 'b.txt')]);
    assert.equal(json.status, 0, json.stderr);
    const records = json.stdout.trim().split('\n').map((line) => JSON.parse(line));
    const penrose = records.find((r) => r.type === 'entity' && r.entity.name === 'Alys Penrose');
    assert.deepEqual(penrose.entity.articles, [[0, 2], [1, 1]]);
    const quote = records.find((r) => r.type === 'quote');
    assert.equal(quote.speaker, 'Alys Penrose');
    assert.equal(quote.entity, penrose.entity.id);
    assert.equal(run(['entities', '--frobnicate']).status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('entities of the project-written fixtures: bylines, aliases, values and quote speakers', () => {
  const files = ['tests/fixtures/entities/harbour-quotes.txt', 'tests/fixtures/entities/ferry-rewrite.txt'];
  const result = run(['entities', '--json', ...files]);
  assert.equal(result.status, 0, result.stderr);
  const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  const entity = (name) => records.find((r) => r.type === 'entity' && r.entity.name === name)?.entity;
  for (const name of ['Tamsin Reed', 'Alys Penrose', 'Idris Mawson', 'Ines Calloway']) {
    assert.equal(entity(name)?.type, 'PER', name);
  }
  assert.deepEqual(entity('Alys Penrose').aliases, ['Penrose']);
  assert.deepEqual(entity('Ines Calloway').aliases, ['Calloway']);
  assert.deepEqual(entity('United Kingdom').articles, [[0, 1], [1, 1]]);  // "U.K." and "United Kingdom"
  assert.equal(entity('Tuesday, 4 March 2025').value, '2025-03-04');
  assert.equal(entity('£120m').value, '120000000 GBP');
  const quotes = records.filter((r) => r.type === 'quote').map((r) => [r.article, r.speaker, r.cue]);
  assert.deepEqual(quotes.filter(([article]) => article === 0).map(([, speaker]) => speaker),
    ['Alys Penrose', 'Alys Penrose', 'Idris Mawson', 'Alys Penrose']);
  assert.ok(quotes.some(([, , cue]) => cue === 'continues'));
});
