// newsprism eval-paraphrase: the corpus pass's sentence scorer, measured on MSRP's train split
// (read from ../shared, skipped where absent: its licence keeps it out of the repo), beats word
// Jaccard's F1 in the same 10-fold cross-validation; and a project-written file in the same
// format shows the command's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliPath, repoRoot, sharedDir } from '../support/paths.mjs';

function evaluate(args) {
  const result = spawnSync(cliPath, ['eval-paraphrase', '--json', ...args], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

test('eval-paraphrase: reads the MSRP format (BOM, header, tabs) and reports both scorers', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'np-para-'));
  const file = path.join(dir, 'pairs.txt');
  const rows = ['\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String'];
  for (let i = 0; i < 20; ++i) {
    rows.push(`1\t${i}\t${i + 100}\tThe council voted on Tuesday to keep harbour ${i} open.\tOn Tuesday the council voted to keep harbour ${i} open.`);
    rows.push(`0\t${i}\t${i + 200}\tThe library opens on Sundays in district ${i}.\tFishing boats used the harbour in district ${i} last year.`);
  }
  writeFileSync(file, `${rows.join('\r\n')}\r\n`);
  const figures = evaluate(['--folds', '5', file]);
  assert.equal(figures.pairs, 40);
  assert.equal(figures.positive, 20);
  assert.equal(figures.folds, 5);
  assert.equal(figures.ours.accuracy, 1);
  assert.equal(figures.ours.f1, 1);
  assert.ok(figures.jaccard.accuracy > 0.5);
});

const msrp = path.join(sharedDir, 'data/dedup/msrp/msr_paraphrase_train.txt');
test('eval-paraphrase: on MSRP train the sentence scorer beats word Jaccard F1 (10-fold CV)', {
  skip: existsSync(msrp) ? false : `${msrp} is absent`,
}, () => {
  const figures = evaluate([msrp]);
  assert.equal(figures.pairs, 4076);
  assert.equal(figures.folds, 10);
  assert.ok(figures.ours.f1 > figures.jaccard.f1, `ours F1 ${figures.ours.f1} vs Jaccard ${figures.jaccard.f1}`);
  // The alignment threshold of the corpus pass is this run's cross-validated one.
  assert.equal(figures.ours.threshold, 0.355);
  const byAccuracy = evaluate(['--select', 'accuracy', msrp]);
  assert.ok(byAccuracy.ours.accuracy > byAccuracy.jaccard.accuracy);
});
