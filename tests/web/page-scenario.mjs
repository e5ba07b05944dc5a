// The page test every engine runs: load the page over loopback, paste two articles into two
// boxes, press Analyze, and check the rendered titles and paragraph counts. Each engine supplies
// a small driver: {goto, click, fill, evaluate, screenshot}.
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildDir, fixturesDir, webDir } from '../support/paths.mjs';
import { startStaticServer } from '../../toolchain/static-server.mjs';

export const ARTICLES = [
  { file: 'plain/river-bridge.txt', title: 'River bridge closes for repairs', paragraphs: 3 },
  { file: 'plain/one-paragraph-per-line.txt', title: 'School choir wins national prize', paragraphs: 4 },
];

export function articleText(article) {
  return readFileSync(path.join(fixturesDir, article.file), 'utf8');
}

export async function startPageServer() {
  return startStaticServer(webDir, 0);
}

export function screenshotPath(engine) {
  const folder = path.join(buildDir, 'screenshots');
  mkdirSync(folder, { recursive: true });
  return path.join(folder, `${engine}.png`);
}

// Runs in the page (passed as source text so every driver can send it).
export const READ_RESULTS = `(() => Array.from(document.querySelectorAll('.article-result')).map((a) => ({
  title: a.querySelector('.article-title').textContent,
  paragraphs: a.querySelectorAll('.block[data-kind="paragraph"]').length,
  meta: a.querySelector('.article-meta').textContent,
})))()`;

async function waitFor(driver, expression, what, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await driver.evaluate(expression);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The scenario. Returns the results it read, after asserting on them. */
export async function runPageScenario(driver, url, engine) {
  await driver.goto(url);
  await waitFor(driver, `document.getElementById('version').textContent !== ''`, 'the module to load');
  await driver.click('#add-input');
  await waitFor(driver, `document.querySelectorAll('textarea.article-input').length === 2`, 'a second box');
  await driver.fill('#article-input-1', articleText(ARTICLES[0]));
  await driver.fill('#article-input-2', articleText(ARTICLES[1]));
  await driver.click('#analyze');
  await waitFor(driver, `document.querySelectorAll('.article-result').length === 2`, 'two rendered articles');
  const results = await driver.evaluate(READ_RESULTS);
  assert.deepEqual(results.map((r) => r.title), ARTICLES.map((a) => a.title));
  assert.deepEqual(results.map((r) => r.paragraphs), ARTICLES.map((a) => a.paragraphs));
  const status = await driver.evaluate(`document.getElementById('status').textContent`);
  assert.match(status, /Analyzed 2 input\(s\) into 2 article\(s\)/);
  await driver.screenshot(screenshotPath(engine));
  return results;
}

/** Pasted markup must show as text: no element may be created from it. */
export async function checkTextOnly(driver) {
  await driver.click('#clear-all');
  await driver.fill('#article-input-1', '<img src=x onerror="window.__owned=1"><b>Bold?</b>\n\n<script>window.__owned=2</script> body');
  await driver.click('#analyze');
  await waitFor(driver, `document.querySelectorAll('.article-result').length === 1`, 'one rendered article');
  const check = await driver.evaluate(`(() => ({
    owned: window.__owned === undefined ? null : window.__owned,
    images: document.querySelectorAll('#results img, #results b, #results script').length,
    title: document.querySelector('.article-title').textContent,
  }))()`);
  assert.deepEqual(check, { owned: null, images: 0, title: '<img src=x onerror="window.__owned=1"><b>Bold?</b>' });
}
