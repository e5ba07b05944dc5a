// The page in Chromium (Debian's, driven by playwright-core): the scenario, every request kept
// on the page's origin, the Content-Security-Policy enforced, and axe-core accessibility checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toolchainModules } from '../support/paths.mjs';
import {
  checkDroppedFiles, checkExampleFormats, checkTextOnly, checkWorkerExtract, runPageScenario,
  startPageServer,
} from './page-scenario.mjs';

const require = createRequire(path.join(toolchainModules, 'x.js'));
const { chromium } = require('playwright-core');

let server;
let url;
let browser;
let page;
const requests = [];
const consoleErrors = [];

before(async () => {
  ({ server, url } = await startPageServer());
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
    // Playwright gives every launch a fresh, empty profile of its own.
  });
  const context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
  // Worker requests are recorded at the context level too.
  context.on('request', (request) => requests.push(request.url()));
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const driver = {
  goto: (target) => page.goto(target),
  click: (selector) => page.click(selector),
  fill: (selector, text) => page.fill(selector, text),
  evaluate: (expression) => page.evaluate(expression),
  screenshot: (file) => page.screenshot({ path: file, fullPage: true }),
};

let exampleCards = [];

test('chromium: paste two articles, load the examples, see each card, its metadata and diagnostics', async () => {
  ({ exampleCards } = await runPageScenario(driver, url, 'chromium'));
});

test('chromium: the examples give one card per article, in every format', () => {
  checkExampleFormats(exampleCards);
});

test('chromium: the analysis ran in a worker with the SIMD build', async () => {
  assert.ok(requests.some((r) => r.endsWith('/newsprism/src/worker.js')), 'worker.js was never loaded');
  assert.ok(requests.some((r) => r.endsWith('/newsprism-simd.wasm')));
  assert.equal(await page.evaluate(`document.getElementById('engine').textContent`), 'WebAssembly SIMD build');
});

test('chromium: no request leaves the page origin', () => {
  const origin = new URL(url).origin;
  const foreign = requests.filter((r) => !r.startsWith('data:') && !r.startsWith('blob:') && new URL(r).origin !== origin);
  assert.deepEqual(foreign, []);
  assert.ok(requests.length > 5, `only ${requests.length} requests recorded`);
});

test('chromium: the Content-Security-Policy blocks inline script and saw no violation so far', async () => {
  assert.deepEqual(await page.evaluate('window.__cspViolations'), []);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    return window.__inlineRan === true;
  });
  assert.equal(ran, false, 'an inline script ran despite the CSP');
  const violations = await page.evaluate('window.__cspViolations');
  assert.ok(violations.some((v) => v.startsWith('script-src')), JSON.stringify(violations));
});

test('chromium: dropped files of any kind each get a card, with diagnostics where there is no article', async () => {
  await checkDroppedFiles(driver);
});

test('chromium: pasted markup is inserted as text only', async () => {
  await checkTextOnly(driver);
});

test('chromium: the worker client extracts as the package does', async () => {
  await checkWorkerExtract(driver);
});

test('chromium: axe-core finds no serious or critical violation', async () => {
  // Over the example cards, one boilerplate run open and the others closed.
  await page.click('#clear-all');
  await page.click('#load-examples');
  await page.waitForFunction(() => document.querySelectorAll('textarea.article-input').length > 2);
  await page.click('#analyze');
  await page.waitForFunction(() => document.querySelectorAll('details.boilerplate').length > 1);
  await page.click('details.boilerplate > summary');
  await page.click('.compare-open[data-pair="0-1"]');  // the side-by-side view of the rewrite
  await page.waitForSelector('.compare-view');
  // Evaluated through the DevTools protocol: a <script> tag would (rightly) be blocked by the CSP.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
  }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target}`);
  assert.deepEqual(bad, []);
});

test('chromium: no console errors', () => {
  // The deliberate inline-script test above logs one CSP error; nothing else may.
  assert.deepEqual(consoleErrors.filter((e) => !/Content Security Policy/.test(e)), []);
});
