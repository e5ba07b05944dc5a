// Entities of the five real pastes in ../shared/samples/seeds, analyzed together as a user
// would paste them: the people they name are found, and short forms link to the full name.
// The seeds are copyrighted and stay out of the repository, so this suite skips where absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { cliPath, haveSeeds, seedsDir } from '../support/paths.mjs';

const skip = haveSeeds ? false : `seeds not found at ${seedsDir}`;

function analyzeSeeds() {
  const files = readdirSync(seedsDir).filter((file) => /^\d{3}_/.test(file)).sort();
  const result = spawnSync(cliPath, ['analyze', '--no-tokens', ...files.map((file) => path.join(seedsDir, file))],
    { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

const mentionText = (article, mention) => article.text.slice(mention.start_utf16, mention.end_utf16);

test('seeds: the people they name are found as persons', { skip }, () => {
  const report = analyzeSeeds();
  const persons = new Set(report.entities.filter((entity) => entity.type === 'PER').map((entity) => entity.name));
  for (const name of ['Liang Wenfeng', 'Marina Zhang', 'Gregory C. Allen', 'Elon Musk', 'Xi Jinping', 'Donald Trump']) {
    assert.ok(persons.has(name), `${name} is a person entity (persons: ${[...persons].join(', ')})`);
  }
});

test('seeds: "Liang" and "Mr. Liang" link to Liang Wenfeng, and the title is kept apart', { skip }, () => {
  const report = analyzeSeeds();
  const liang = report.entities.find((entity) => entity.type === 'PER' && entity.name === 'Liang Wenfeng');
  assert.ok(liang, 'Liang Wenfeng is an entity');
  assert.ok(liang.aliases.includes('Liang'), `aliases: ${liang.aliases.join(', ')}`);
  assert.ok(liang.articles.length >= 4, 'mentioned across the seeds');
  let short = 0;
  let titled = 0;
  for (const article of report.articles) {
    for (const mention of article.mentions) {
      if (mention.type !== 'PER' || mentionText(article, mention) !== 'Liang') continue;
      assert.equal(mention.entity, liang.id, `"Liang" in article ${article.id} links to Liang Wenfeng`);
      short++;
      if (mention.title !== null && /^Mr\.?$/.test(mention.title)) titled++;
    }
  }
  assert.ok(short > 0, 'short "Liang" mentions exist');
  assert.ok(titled > 0, '"Mr. Liang" keeps "Mr." as its title');
});

test('seeds: DeepSeek is one organization across the five pastes, whatever each article alone suggests', { skip }, () => {
  const report = analyzeSeeds();
  const named = report.entities.filter((entity) => entity.name.startsWith('DeepSeek') ||
    entity.aliases.includes('DeepSeek'));
  assert.equal(named.length, 1, JSON.stringify(named.map((e) => [e.type, e.name])));
  assert.equal(named[0].type, 'ORG');
  assert.equal(named[0].articles.length, 5);
});
