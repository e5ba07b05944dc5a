// The packed npm tarball, installed into an empty folder and used from Node as a user would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, tarballPath, toolchainModules } from '../support/paths.mjs';

let folder;
let newsprism;

before(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'newsprism-package-'));
  writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', '--loglevel=error', tarballPath()],
    { cwd: folder, stdio: 'pipe' });
});

after(() => rmSync(folder, { recursive: true, force: true }));

async function importInstalled(specifier) {
  // Resolve from inside the consumer folder, exactly as its own code would.
  const require = createRequire(path.join(folder, 'index.js'));
  const resolved = require.resolve(specifier);
  return import(pathToFileURL(resolved).href);
}

test('the tarball installs and exposes its files', () => {
  const installed = path.join(folder, 'node_modules/newsprism');
  for (const file of ['package.json', 'src/index.js', 'src/index.d.ts', 'src/worker.js',
    'src/worker-client.js', 'src/worker-client.d.ts', 'report.schema.json',
    'dist/newsprism-simd.js', 'dist/newsprism-simd.wasm', 'dist/newsprism-baseline.js',
    'dist/newsprism-baseline.wasm']) {
    assert.ok(existsSync(path.join(installed, file)), `${file} is missing from the package`);
  }
});

test('import by name from a consumer folder and analyze a string', async () => {
  newsprism = await importInstalled('newsprism');
  const report = await newsprism.analyze('Dam opens new fish ladder\n\nSalmon can pass the dam again.');
  assert.equal(report.schema_version, '1.2');
  assert.equal(report.articles.length, 1);
  assert.equal(report.articles[0].metadata.title, 'Dam opens new fish ladder');
  assert.equal(report.articles[0].blocks.length, 2);
});

test('SIMD is detected in Node 20 and both flavours load', async () => {
  assert.equal(newsprism.simdSupported(), true);
  assert.equal((await newsprism.loadNewsprism()).flavour, 'simd');
  assert.equal((await newsprism.loadNewsprism({ flavour: 'baseline' })).flavour, 'baseline');
});

test('the report follows the JSON Schema shipped in the package', async () => {
  const require = createRequire(path.join(toolchainModules, 'x.js'));
  const Ajv2020 = require('ajv/dist/2020').default;
  const schema = JSON.parse(readFileSync(path.join(folder, 'node_modules/newsprism/report.schema.json'), 'utf8'));
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  const report = await newsprism.analyze([
    'Title\n\nBody.', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), '', 'caf\u00e9',
  ]);
  assert.ok(validate(report), JSON.stringify(validate.errors));
});

test('fingerprint(): the same signature in both flavours and in the report', async () => {
  const text = 'The council voted on Tuesday to keep the harbour open through the winter months, after a ' +
    'season in which the number of fishing boats using it rose by a third, the harbour master said.';
  const simd = await newsprism.loadNewsprism({ flavour: 'simd' });
  const baseline = await newsprism.loadNewsprism({ flavour: 'baseline' });
  const a = simd.fingerprint(text);
  assert.match(a.signature, /^[0-9a-f]{1024}$/);
  assert.ok(a.shingles > 20);
  assert.deepEqual(baseline.fingerprint(new TextEncoder().encode(text)), a);
  const report = simd.analyze(text);
  assert.equal(report.articles[0].fingerprint.signature, a.signature);
});

test('the report follows the JSON Schema also with pairs and stories', async () => {
  const require = createRequire(path.join(toolchainModules, 'x.js'));
  const Ajv2020 = require('ajv/dist/2020').default;
  const schema = JSON.parse(readFileSync(path.join(folder, 'node_modules/newsprism/report.schema.json'), 'utf8'));
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  const story = 'Harbour stays open\n\nThe council voted on Tuesday to keep the harbour open all winter.\n\n' +
    'Harbour master Ines Hart said crews would be spared a long trip.\n\nThe council voted on Tuesday to keep the harbour open all winter.\n';
  const report = await newsprism.analyze([story, story, 'Library opens on Sundays\n\nThe library opens on Sundays from May.']);
  assert.ok(validate(report), JSON.stringify(validate.errors));
  assert.equal(report.pairs.length, 3);
  assert.equal(report.pairs[0].relation, 'identical');
  assert.equal(report.articles[0].repeats.length, 1);
  assert.deepEqual(report.stories.map((s) => s.members), [[0, 1], [2]]);
});

test('inputs: strings, bytes, ArrayBuffers and labelled objects', async () => {
  const bytes = new TextEncoder().encode('Bytes article\n\nBody one.');
  const report = await newsprism.analyze([
    'plain string', bytes, bytes.buffer, { source: 'named.txt', text: 'Named\n\nBody.' },
    { source: 'bytes.txt', bytes },
  ]);
  assert.deepEqual(report.inputs.map((i) => i.source),
    ['input 1', 'input 2', 'input 3', 'named.txt', 'bytes.txt']);
  await assert.rejects(newsprism.analyze([42]), TypeError);
});

test('UTF-16 offsets slice the text in JavaScript', async () => {
  const report = await newsprism.analyze('Caf\u00e9 \u{1F600} title\n\nSecond \u4e2d\u6587 paragraph.');
  const article = report.articles[0];
  const slices = article.blocks.map((b) => article.text.slice(b.start_utf16, b.end_utf16));
  assert.deepEqual(slices, ['Caf\u00e9 \u{1F600} title', 'Second \u4e2d\u6587 paragraph.']);
  assert.equal(article.text.length, article.text_utf16_length);
});

test('errors are NewsprismError with a code that names the limit', async () => {
  await assert.rejects(newsprism.analyze('0123456789', { maxInputBytes: 5 }), (error) => {
    assert.equal(error.name, 'NewsprismError');
    assert.equal(error.code, 'input_too_large');
    assert.match(error.message, /max_input_bytes=5/);
    return true;
  });
  await assert.rejects(newsprism.analyze(['a', 'b'], { maxInputs: 1 }), { code: 'too_many_inputs' });
  await assert.rejects(newsprism.analyze('a', { maxInputBytes: -1 }), TypeError);
});

test('memory returns: repeated calls do not grow wasm memory', async () => {
  // A fresh module, so other tests' calls do not shape its heap.
  const wasmBinary = readFileSync(path.join(folder, 'node_modules/newsprism/dist/newsprism-simd.wasm'));
  const module = await newsprism.loadNewsprism({ flavour: 'simd', wasmBinary });
  const text = 'A paragraph of text that repeats.\n'.repeat(30000);  // ~1 MB
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < 3; ++i) module.analyze([text, bytes]);
  const warm = module.memoryBytes;
  // Every buffer is freed before a call returns: 50 more calls (100 MB of input, 150 MB of
  // reports) must fit in the memory the first three needed.
  for (let i = 0; i < 50; ++i) module.analyze([text, bytes]);
  assert.equal(module.memoryBytes, warm, `memory grew from ${warm} to ${module.memoryBytes} bytes`);
});

test('bad input: invalid UTF-8, NUL, PNG, empty: diagnostics, nothing lost', async () => {
  const report = await newsprism.analyze([
    { source: 'latin1', bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x0a, 0x4f, 0x6b]) },
    { source: 'nul', bytes: new Uint8Array([0x41, 0x00, 0x42]) },
    { source: 'png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { source: 'empty', text: '' },
  ]);
  const codes = (input) => [
    ...input.diagnostics.map((d) => d.code),
    ...input.articles.flatMap((id) => report.articles[id].diagnostics.map((d) => d.code)),
  ];
  assert.deepEqual(codes(report.inputs[0]), ['invalid_utf8']);
  assert.equal(report.articles[0].text, 'Caf\uFFFD\n\nOk');
  assert.deepEqual(codes(report.inputs[1]), ['nul_bytes']);
  assert.equal(report.articles[1].text, 'A\uFFFDB');
  assert.deepEqual(codes(report.inputs[2]), ['binary_input']);
  assert.deepEqual(codes(report.inputs[3]), ['empty_input']);
});

test('bad input: 64 MB of text is analyzed whole, every line accounted for', async () => {
  const line = 'Line of a very long paste, with words, numbers like 3.5% and $6 million.\n';
  const count = Math.ceil((64 << 20) / line.length);
  const text = line.repeat(count);
  // With its 18 million tokens the JSON would pass V8's largest string (512 MiB): a caller this
  // large leaves tokens out, as the option is there for.
  const report = await newsprism.analyze(text, { tokens: false });
  assert.equal(report.articles[0].tokens.length, 0);
  assert.ok(report.articles[0].sentences.length >= count);
  const article = report.articles[0];
  assert.equal(article.blocks.length, count);
  assert.equal(article.blocks.at(-1).input_end, text.length - 1);
  assert.equal(article.word_count, count * 14);
});

test('bad input: over the default limit is a clear error, not a crash', async () => {
  const big = new Uint8Array((128 << 20) + 1).fill(0x61);
  await assert.rejects(newsprism.analyze(big), { code: 'input_too_large' });
});

test('the types file declares the public API', () => {
  const types = readFileSync(path.join(folder, 'node_modules/newsprism/src/index.d.ts'), 'utf8');
  for (const name of ['analyze', 'analyzeToJson', 'loadNewsprism', 'simdSupported', 'NewsprismError',
    'interface Report', 'interface Article', 'interface Block']) {
    assert.ok(types.includes(name), `${name} missing from index.d.ts`);
  }
  assert.ok(repoRoot);
});
