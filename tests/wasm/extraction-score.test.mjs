// The extraction benchmark's scorer on hand-made cases, so its figures can be trusted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreAll, scorePage, shingles, tokens } from '../../wasm/bench/extraction-score.mjs';

test('tokens: word characters only, underscore kept, combining marks split words', () => {
  assert.deepEqual(tokens('Hello, world! snake_case 3.5%'), ['Hello', 'world', 'snake_case', '3', '5']);
  assert.deepEqual(tokens('cafe\u0301 ok'), ['cafe', 'ok']);  // the combining acute accent splits
  assert.deepEqual(tokens('Ünïcödé 東京'), ['Ünïcödé', '東京']);
});

test('shingles: a multiset of four-token windows', () => {
  const counts = shingles('a b c d a b c d');
  assert.equal(counts.size, 4);  // abcd, bcda, cdab, dabc ... and abcd again
  assert.equal(counts.get(['a', 'b', 'c', 'd'].join('\u0001')), 2);
  assert.equal(shingles('one two').size, 1);  // short texts are one shingle
  assert.equal(shingles('').size, 0);
});

test('identical texts score 1, disjoint texts 0', () => {
  const text = 'The council voted on Tuesday to keep the harbour open.';
  assert.deepEqual(scorePage(text, text), { precision: 1, recall: 1 });
  assert.deepEqual(scorePage(text, 'Entirely different words appear in this other sentence here.'),
    { precision: 0, recall: 0 });
});

test('partial overlap: known figures', () => {
  // Truth has 5 shingles (8 tokens); the prediction is the truth plus 2 extra tokens at the end,
  // which adds 2 shingles that are not in the truth.
  const truth = 'one two three four five six seven eight';
  const predicted = `${truth} nine ten`;
  const score = scorePage(truth, predicted);
  assert.equal(score.recall, 1);
  assert.equal(score.precision, 5 / 7);
  // Missing the last two tokens: 3 of 5 shingles found.
  const short = scorePage(truth, 'one two three four five six');
  assert.equal(short.precision, 1);
  assert.equal(short.recall, 3 / 5);
});

test('punctuation and case: punctuation is ignored, case is not', () => {
  assert.equal(scorePage('One, two; three four.', 'One two three four').precision, 1);
  assert.equal(scorePage('One two three four', 'one two three four').precision, 0);
});

test('empty prediction scores 0; averages are over pages, F1 from the averages', () => {
  assert.deepEqual(scorePage('some true body text here', ''), { precision: 0, recall: 0 });
  const result = scoreAll([
    { truth: 'a b c d e', predicted: 'a b c d e' },        // P 1, R 1
    { truth: 'one two three four five six seven eight', predicted: 'one two three four five six' },  // P 1, R 0.6
  ]);
  assert.equal(result.precision, 1);
  assert.equal(result.recall, 0.8);
  assert.equal(result.f1, (2 * 1 * 0.8) / 1.8);
});
