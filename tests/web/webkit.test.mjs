// The page in WebKit (Safari's engine): Debian's WebKitGTK MiniBrowser through WebKitWebDriver
// and selenium-webdriver. MiniBrowser has no headless mode: run this file under `xvfb-run -a`
// (toolchain/test.sh does). Without a display, session creation hangs, so it is time-limited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { toolchainModules } from '../support/paths.mjs';
import {
  checkDroppedFiles, checkExampleFormats, checkTextOnly, checkWorkerExtract, runPageScenario,
  startPageServer,
} from './page-scenario.mjs';

const require = createRequire(path.join(toolchainModules, 'x.js'));
const { Builder, By, Key } = require('selenium-webdriver');

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

let server;
let url;
let webdriverProcess;
let driver;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on ${port} within ${timeoutMs} ms`);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

before(async () => {
  assert.ok(process.env.DISPLAY, 'no DISPLAY: run this test under xvfb-run -a');
  ({ server, url } = await startPageServer());
  const port = await freePort();
  webdriverProcess = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  await waitForPort(port, 10000);
  driver = await withTimeout(new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build(), 60000, 'creating the WebKit session');
  await driver.manage().window().setRect({ width: 1200, height: 1000 });
});

after(async () => {
  await driver?.quit().catch(() => {});
  webdriverProcess?.kill();
  server?.close();
});

const webkitDriver = {
  goto: (target) => driver.get(target),
  click: async (selector) => (await driver.findElement(By.css(selector))).click(),
  fill: async (selector, text) => {
    const box = await driver.findElement(By.css(selector));
    await box.clear();
    // WebKitWebDriver drops "\n" inside typed text: type each line break as the Enter key.
    const keys = text.replace(/\r\n?/g, '\n').split('\n').flatMap((line, i) => (i === 0 ? [line] : [Key.ENTER, line]));
    await box.sendKeys(...keys.filter((k) => k !== ''));
  },
  evaluate: (expression) => driver.executeScript(`return ${expression};`),
  screenshot: async (file) => writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64')),
};

let exampleCards = [];

test('webkit: paste two articles, load the examples, see each card, its metadata and diagnostics', async () => {
  ({ exampleCards } = await withTimeout(runPageScenario(webkitDriver, url, 'webkit'), 180000, 'the WebKit scenario'));
});

test('webkit: the examples give one card per article, in every format', () => {
  checkExampleFormats(exampleCards);
});

test('webkit: dropped files of any kind each get a card, with diagnostics where there is no article', async () => {
  await withTimeout(checkDroppedFiles(webkitDriver), 60000, 'the WebKit dropped-files check');
});

test('webkit: pasted markup is inserted as text only', async () => {
  await withTimeout(checkTextOnly(webkitDriver), 60000, 'the WebKit text-only check');
});

test('webkit: the worker client extracts as the package does', async () => {
  await withTimeout(checkWorkerExtract(webkitDriver), 60000, 'the WebKit worker extract check');
});
