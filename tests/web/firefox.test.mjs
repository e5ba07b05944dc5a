// The page in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi).
import { test, before, after } from 'node:test';
import { createRequire } from 'node:module';
import path from 'node:path';
import { toolchainModules } from '../support/paths.mjs';
import {
  checkDroppedFiles, checkExampleFormats, checkTextOnly, checkWorkerExtract, runPageScenario,
  startPageServer,
} from './page-scenario.mjs';

const require = createRequire(path.join(toolchainModules, 'x.js'));
const puppeteer = require('puppeteer-core');

let server;
let url;
let browser;
let page;

before(async () => {
  ({ server, url } = await startPageServer());
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    // No update checks, telemetry or other traffic off the machine.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 1000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const driver = {
  goto: (target) => page.goto(target),
  click: (selector) => page.click(selector),
  fill: (selector, text) => page.locator(selector).fill(text),
  evaluate: (expression) => page.evaluate(expression),
  screenshot: (file) => page.screenshot({ path: file, fullPage: true }),
};

let exampleCards = [];

test('firefox: paste two articles, load the examples, see each card, its metadata and diagnostics', async () => {
  ({ exampleCards } = await runPageScenario(driver, url, 'firefox'));
});

test('firefox: the examples give one card per article, in every format', () => {
  checkExampleFormats(exampleCards);
});

test('firefox: dropped files of any kind each get a card, with diagnostics where there is no article', async () => {
  await checkDroppedFiles(driver);
});

test('firefox: pasted markup is inserted as text only', async () => {
  await checkTextOnly(driver);
});

test('firefox: the worker client extracts as the package does', async () => {
  await checkWorkerExtract(driver);
});
