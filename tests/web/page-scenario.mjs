// The page test every engine runs: load the page over loopback, paste two articles into two
// boxes, press Analyze, and check the rendered titles and paragraph counts; then load the examples
// (one file of each format) and check the cards: formats, metadata, headings, quotes, lists,
// collapsed boilerplate; then paste truncated JSON and check its diagnostics. Each engine supplies
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

/** web/examples/index.json: one box each, labelled with the file name. */
export const EXAMPLE_FILES = ['harbour-reopens.txt', 'eastmere-port-rewrite.txt', 'library-hours.txt', 'ferry-timetable.json',
  'orchard-festival.html', 'community-news.rss', 'bakery-cooperative.md'];

/** The cards the examples give, in order: [source, format]; the RSS feed gives two. */
export const EXAMPLE_CARDS = [
  ['harbour-reopens.txt', 'plain'],
  ['eastmere-port-rewrite.txt', 'plain'],
  ['library-hours.txt', 'plain'],
  ['ferry-timetable.json', 'wordpress'],
  ['orchard-festival.html', 'html'],
  ['community-news.rss', 'rss'],
  ['community-news.rss', 'rss'],
  ['bakery-cooperative.md', 'markdown'],
];

// Runs in the page: every card, as the reader sees it.
export const READ_CARDS = `(() => Array.from(document.querySelectorAll('#results > article')).map((card) => ({
  source: card.dataset.source,
  format: card.querySelector('.format-name').textContent,
  formatTooltip: card.querySelector('.format-name').title,
  title: card.querySelector('.article-title, .input-title').textContent,
  published: card.querySelector('.meta-published dd')?.textContent ?? null,
  authors: card.querySelector('.meta-authors dd')?.textContent ?? null,
  site: card.querySelector('.meta-site dd')?.textContent ?? null,
  url: card.querySelector('.meta-url dd')?.textContent ?? null,
  kinds: Array.from(card.querySelectorAll('[data-kind]')).map((node) => node.tagName.toLowerCase() + ':' + node.dataset.kind),
  boilerplate: Array.from(card.querySelectorAll('details.boilerplate > summary')).map((node) => node.textContent),
  diagnostics: Array.from(card.querySelectorAll('.diagnostic')).map((node) => node.dataset.scope + ':' + node.dataset.code),
  links: card.querySelectorAll('a').length,
})))()`;

function card(cards, source) {
  const found = cards.filter((c) => c.source === source);
  assert.ok(found.length > 0, `no card for ${source}: ${JSON.stringify(cards.map((c) => c.source))}`);
  return found[0];
}

/**
 * Whether the first element matching `selector` is rendered. A closed <details> hides its content
 * with content-visibility in Chromium (the boxes keep their rects), so ask checkVisibility() where
 * the engine has it.
 */
function shown(selector) {
  return `(() => { const node = document.querySelector(${JSON.stringify(selector)});
    if (node === null) return null;
    return node.checkVisibility ? node.checkVisibility() : node.getClientRects().length > 0; })()`;
}

async function checkBoilerplateCollapsed(driver) {
  const details = '[data-source="ferry-timetable.json"] details.boilerplate';
  assert.equal(await driver.evaluate(`document.querySelector('${details}').open`), false);
  assert.equal(await driver.evaluate(shown(`${details} > .block`)), false, 'boilerplate shown before the click');
  assert.equal(await driver.evaluate(shown(`${details} > summary`)), true);
  const height = `document.querySelector('${details}').getBoundingClientRect().height`;
  const closedHeight = await driver.evaluate(height);
  await driver.click(`${details} > summary`);
  await waitFor(driver, `document.querySelector('${details}').open`, 'the boilerplate to open');
  assert.equal(await driver.evaluate(shown(`${details} > .block`)), true, 'boilerplate hidden after the click');
  assert.ok(await driver.evaluate(height) > closedHeight + 10, 'the open boilerplate takes no room');
  const text = await driver.evaluate(`document.querySelector('${details} > .block').textContent`);
  assert.match(text, /appeared first on Coastal Courier/);
}

/** Loads the examples, analyzes them and checks what works on every branch; returns the cards. */
async function runExamples(driver) {
  await driver.click('#load-examples');
  await waitFor(driver, `document.querySelectorAll('textarea.article-input').length === ${EXAMPLE_FILES.length}`,
    'the example boxes');
  const labels = await driver.evaluate(`Array.from(document.querySelectorAll('.input-label')).map((l) => l.textContent)`);
  assert.deepEqual(labels, EXAMPLE_FILES);
  await driver.click('#analyze');
  await waitFor(driver, `/Analyzed ${EXAMPLE_FILES.length} input/.test(document.getElementById('status').textContent)`,
    'the examples to be analyzed');
  const cards = await driver.evaluate(READ_CARDS);
  for (const c of cards) assert.ok(c.formatTooltip.length > 0, `no format reason on ${c.source}`);
  assert.deepEqual(cards.filter((c) => c.format === 'plain' && c.source.endsWith('.txt')).map((c) => c.title),
    ['Harbour reopens after week-long storm closure', 'Eastmere port back in business after storm',
      'City libraries extend evening hours']);
  // No card holds a live link: the URL is text.
  assert.deepEqual(cards.map((c) => c.links), cards.map(() => 0));

  const wordpress = card(cards, 'ferry-timetable.json');
  assert.equal(wordpress.format, 'wordpress');
  assert.equal(wordpress.title, 'Island ferry adds winter crossings after petition');
  assert.match(wordpress.published, /^2025-03-14/);
  assert.equal(wordpress.authors, 'Tamsin Reed');
  assert.equal(wordpress.site, 'Coastal Courier');
  assert.equal(wordpress.url, 'https://coastal-courier.example/2025/03/14/island-ferry-adds-winter-crossings/');
  assert.deepEqual(wordpress.boilerplate, ['1 boilerplate block (appeared-first-on)']);
  await checkBoilerplateCollapsed(driver);

  const markdown = card(cards, 'bakery-cooperative.md');
  assert.equal(markdown.format, 'markdown');
  assert.equal(markdown.title, 'Bakery cooperative opens its doors on Mill Street');
  assert.equal(markdown.authors, 'Rosa Delgado');
  assert.deepEqual(markdown.kinds.filter((k) => !k.endsWith(':paragraph')), ['h3:title', 'p:byline', 'h4:heading',
    'blockquote:quote', 'li:list_item', 'li:list_item', 'li:list_item', 'details:boilerplate', 'p:boilerplate']);
  assert.deepEqual(markdown.boilerplate, ['1 boilerplate block (tags)']);
  await checkComparisons(driver);
  await checkEntities(driver);
  return cards;
}

/** Entities: names highlighted by type with a legend, the entity list (pressing a name marks its
 * mentions), type toggles, and the harbour article's quote with its speaker. */
async function checkEntities(driver) {
  const harbour = '#results > article[data-source="harbour-reopens.txt"]';
  const seen = await driver.evaluate(`(() => {
    const card = document.querySelector('${harbour}');
    const marks = Array.from(card.querySelectorAll('mark.mention'));
    return {
      marks: marks.map((m) => m.dataset.type + ':' + m.textContent),
      legend: Array.from(document.querySelectorAll('.entity-legend input')).map((i) => i.dataset.type),
      persons: Array.from(document.querySelectorAll('.entity-group.type-PER .entity-name')).map((b) => b.textContent),
      quotes: Array.from(card.querySelectorAll('.quote-item')).map((q) => q.dataset.speaker),
    };
  })()`);
  assert.ok(seen.marks.includes('PER:Alys Penrose'), JSON.stringify(seen.marks));
  assert.ok(seen.marks.includes('LOC:Eastmere'), JSON.stringify(seen.marks));
  assert.ok(seen.marks.some((m) => /^MONEY:(about )?£2\.4 million$/.test(m)), JSON.stringify(seen.marks));
  assert.ok(seen.legend.includes('PER') && seen.legend.includes('MONEY'), JSON.stringify(seen.legend));
  assert.ok(seen.persons.includes('Alys Penrose'), JSON.stringify(seen.persons));
  assert.ok(seen.quotes.includes('Alys Penrose'), JSON.stringify(seen.quotes));

  const button = `.entity-group.type-PER .entity[data-entity] .entity-name`;
  const index = seen.persons.indexOf('Alys Penrose');
  await driver.evaluate(`document.querySelectorAll('${button}')[${index}].setAttribute('id', 'entity-under-test')`);
  await driver.click('#entity-under-test');
  await waitFor(driver, `document.getElementById('entity-under-test').getAttribute('aria-pressed') === 'true'`,
    'the entity to be pressed');
  const selected = await driver.evaluate(
    `Array.from(document.querySelectorAll('mark.mention.selected')).map((m) => m.textContent)`);
  assert.ok(selected.length >= 1 && selected.every((text) => /Penrose/.test(text)), JSON.stringify(selected));
  await driver.click('#entity-toggle-PER');
  await waitFor(driver, `document.getElementById('results').classList.contains('hide-PER')`, 'persons to be hidden');
  await driver.click('#entity-toggle-PER');
  await waitFor(driver, `!document.getElementById('results').classList.contains('hide-PER')`, 'persons to be shown');
}

/** The rewrite example: its pasted-twice paragraph is marked in place, the matrix shows it as a
 * rewrite of the harbour article, and the two form one story with the harbour article's source. */
async function checkComparisons(driver) {
  const seen = await driver.evaluate(`(() => {
    const rewrite = document.querySelector('#results > article[data-source="eastmere-port-rewrite.txt"]');
    const cells = Array.from(document.querySelectorAll('.similarity-matrix td[data-relation]'));
    return {
      marks: Array.from(rewrite.querySelectorAll('.repeat-mark')).map((m) => m.textContent),
      rows: document.querySelectorAll('.similarity-matrix tr').length,
      relations: cells.map((c) => c.dataset.relation),
      rewriteCell: cells.filter((c) => c.dataset.relation === 'rewrite').map((c) => c.textContent),
      stories: Array.from(document.querySelectorAll('.story-list > li .story-members')).map((p) => p.textContent),
    };
  })()`);
  assert.deepEqual(seen.marks, ['repeats ¶5']);
  assert.equal(seen.rows, 1 + 8);  // a header row and one row per article
  assert.equal(seen.relations.length, 8 * 7);
  assert.equal(seen.rewriteCell.length, 2);  // the pair, seen from both sides
  assert.match(seen.rewriteCell[0], /^rewrite0\.\d{3}$/);
  assert.ok(seen.stories.some((s) => s.includes('#1 Harbour reopens') && s.includes('#2 Eastmere port')),
    JSON.stringify(seen.stories));
  await checkSideBySide(driver);
}

/** The rewrite pair side by side: aligned sentences numbered alike on both sides, each a link to
 * its partner that highlights it on hover and moves focus to it when followed; the sentences
 * the other article lacks are marked. */
async function checkSideBySide(driver) {
  await driver.click('.compare-open[data-pair="0-1"]');
  await waitFor(driver, `document.querySelector('.compare-view[data-pair="0-1"]') !== null`, 'the side-by-side view');
  const seen = await driver.evaluate(`(() => {
    const view = document.querySelector('.compare-view');
    const a = Array.from(view.querySelectorAll('.compare-a .compare-sentence.aligned'));
    const b = Array.from(view.querySelectorAll('.compare-b .compare-sentence.aligned'));
    const partnersOk = a.every((link) => {
      const partner = view.querySelector(link.getAttribute('href'));
      return partner !== null && partner.closest('.compare-b') !== null &&
        partner.dataset.pairs.split(' ').some((n) => link.dataset.pairs.split(' ').includes(n));
    });
    const first = a[0];
    first.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const highlighted = Array.from(view.querySelectorAll('.highlighted')).map((n) => n.closest('.compare-column').className);
    first.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    const afterHover = view.querySelectorAll('.highlighted').length;
    first.click();
    const focused = document.activeElement;
    return {
      focusedHeading: view.querySelector('.compare-heading').textContent,
      aligned: a.length,
      numbersA: a.map((n) => n.dataset.pairs).join(' ').split(' ').map(Number).sort((x, y) => x - y),
      numbersB: b.map((n) => n.dataset.pairs).join(' ').split(' ').map(Number).sort((x, y) => x - y),
      badges: a.map((n) => n.querySelector('.compare-number').textContent),
      partnersOk,
      highlighted,
      afterHover,
      highlightedAfterFocus: view.querySelectorAll('.highlighted').length,
      focusMoved: focused !== first && focused.closest('.compare-b') !== null &&
        focused.id === first.getAttribute('href').slice(1),
      unsharedA: view.querySelectorAll('.compare-a .compare-sentence.unshared').length,
      unsharedB: view.querySelectorAll('.compare-b .compare-sentence.unshared').length,
      hiddenNote: view.querySelector('.compare-b .unshared .visually-hidden')?.textContent ?? null,
    };
  })()`);
  assert.match(seen.focusedHeading, /^Side by side: #1 Harbour reopens.* and #2 Eastmere port/);
  assert.ok(seen.aligned >= 3, JSON.stringify(seen));
  assert.deepEqual(seen.numbersA, seen.numbersA.map((_, k) => k + 1));  // 1..n, each once on side a
  assert.deepEqual([...new Set(seen.numbersB)], [...new Set(seen.numbersA)]);
  assert.equal(seen.badges[0], '1');
  assert.ok(seen.partnersOk, 'every aligned sentence links to a partner with its number');
  assert.ok(seen.highlighted.some((c) => c.includes('compare-a')) && seen.highlighted.some((c) => c.includes('compare-b')),
    JSON.stringify(seen.highlighted));
  assert.equal(seen.afterHover, 0);
  assert.ok(seen.focusMoved, 'following an aligned sentence moves focus to its partner');
  assert.ok(seen.highlightedAfterFocus >= 2, 'the focused partner highlights its pair');
  assert.ok(seen.unsharedA + seen.unsharedB > 0, 'sentences one article lacks are marked');
  assert.equal(seen.hiddenNote, ' (not in #1)');
  await checkMatrixOpensPairs(driver);
}

/** A matrix cell is a button that opens its pair side by side, unrelated pairs included. */
async function checkMatrixOpensPairs(driver) {
  const unrelated = await driver.evaluate(`(() => {
    const cell = document.querySelector('.similarity-matrix td[data-relation="unrelated"] .matrix-open');
    return cell ? cell.dataset.pair : null;
  })()`);
  assert.ok(unrelated, 'the examples hold an unrelated pair');
  await driver.click(`.similarity-matrix td[data-relation="unrelated"] .matrix-open[data-pair="${unrelated}"]`);
  await waitFor(driver, `document.querySelector('.compare-view[data-pair="${unrelated}"]') !== null`,
    'the side-by-side view of an unrelated pair');
  await driver.click('.similarity-matrix td[data-relation="rewrite"] .matrix-open');
  await waitFor(driver, `document.querySelector('.compare-view[data-pair="0-1"]') !== null`,
    'the side-by-side view opened from the matrix');
  const seen = await driver.evaluate(`(() => ({
    views: document.querySelectorAll('.compare-view').length,
    focused: document.activeElement?.classList.contains('compare-heading') ?? false,
    label: document.querySelector('.similarity-matrix td[data-relation="rewrite"] .matrix-open').getAttribute('aria-label'),
  }))()`);
  assert.equal(seen.views, 1, 'one side-by-side view at a time');
  assert.ok(seen.focused, 'focus moves to the view');
  assert.match(seen.label, /rewrite, Jaccard 0\.\d{3}; .*Press to compare side by side\.$/);
  await driver.click('.compare-close');
  await waitFor(driver, `document.querySelector('.compare-view') === null`, 'the view to close');
  const back = await driver.evaluate(`document.activeElement?.classList.contains('matrix-open') ?? false`);
  assert.ok(back, 'closing the view gives focus back to the cell that opened it');
}

/** The formats and the number of cards the examples give: one per article, two for the feed. */
export function checkExampleFormats(cards) {
  assert.deepEqual(cards.map((c) => [c.source, c.format]), EXAMPLE_CARDS);
}

/** Truncated JSON: its text is still shown, with the input's diagnostics. */
async function checkTruncatedJson(driver) {
  await driver.click('#clear-all');
  const truncated = '{"title": "x", "content": ';
  await driver.fill('#article-input-1', truncated);
  await driver.click('#analyze');
  await waitFor(driver, `document.querySelectorAll('.article-result .diagnostic').length > 0`, 'diagnostics');
  const [only] = await driver.evaluate(READ_CARDS);
  assert.ok(only.diagnostics.includes('input:json_truncated'), JSON.stringify(only.diagnostics));
  const text = await driver.evaluate(`document.querySelector('.article-result .article-body').textContent`);
  assert.ok(text.includes(truncated.trim()), text);
}

/** The scenario. Returns the plain results and the example cards it read, after asserting on them. */
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
  const exampleCards = await runExamples(driver);
  await driver.screenshot(screenshotPath(engine));
  await checkTruncatedJson(driver);
  return { results, exampleCards };
}

// Runs in the page: drops three files on the input section, as a user dragging them from a file
// manager would. The app reads them as bytes.
const DROP_FILES = `(() => {
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    'photo.png', { type: 'image/png' }));
  transfer.items.add(new File([], 'empty.txt', { type: 'text/plain' }));
  transfer.items.add(new File([
    '{"title": "Tram line extended", "content": "The tram line now reaches the airport.", "date": "2025-04-01"}\\n',
    '{"title": "New bins in the park", "content": "Forty recycling bins were installed on Monday."}\\n',
  ], 'two.ndjson'));
  document.getElementById('input-section').dispatchEvent(
    new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  return transfer.files.length;
})()`;

// Three files chosen at once in the file picker: set on the input, then its change event, as
// a browser does; the page clears the input right after (so one file can be chosen twice).
const CHOOSE_FILES = `(() => {
  const transfer = new DataTransfer();
  for (const name of ['one.txt', 'two.txt', 'three.txt']) {
    transfer.items.add(new File(['Title ' + name + '\\n\\nThe body of ' + name + ' is one sentence.'], name, { type: 'text/plain' }));
  }
  const input = document.getElementById('file-input');
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return input.files.length;
})()`;

/** Several files chosen at once are all added, not only the first. */
async function checkChosenFiles(driver) {
  await driver.click('#clear-all');
  assert.equal(await driver.evaluate(CHOOSE_FILES), 0);  // the input is cleared at once
  await waitFor(driver, `document.querySelectorAll('#files li').length === 3`, 'three chosen files listed');
  assert.match(await driver.evaluate(`document.getElementById('status').textContent`), /^3 file\(s\) ready/);
}

/** Dropped files: every input gets a card; those with no article show their format and diagnostics. */
export async function checkDroppedFiles(driver) {
  await checkChosenFiles(driver);
  await driver.click('#clear-all');
  assert.equal(await driver.evaluate(DROP_FILES), 3);
  await waitFor(driver, `document.querySelectorAll('#files li').length === 3`, 'three dropped files listed');
  await driver.click('#analyze');
  await waitFor(driver, `/Analyzed 3 input/.test(document.getElementById('status').textContent)`, 'the files to be analyzed');
  const cards = await driver.evaluate(READ_CARDS);
  assert.deepEqual(cards.map((c) => [c.source, c.format, c.title]), [
    ['photo.png', 'binary', 'photo.png: no article'],
    ['empty.txt', 'empty', 'empty.txt: no article'],
    ['two.ndjson', 'ndjson', 'Tram line extended'],
    ['two.ndjson', 'ndjson', 'New bins in the park'],
  ]);
  assert.deepEqual(cards.slice(0, 2).map((c) => c.diagnostics), [['input:binary_input'], ['input:empty_input']]);
  assert.match(cards[2].published, /^2025-04-01/);
}

/**
 * Markup in an article's text must show as text: no element may be created from it. Two ways
 * in: prose that mentions tags (read as plain text), and an HTML paste whose text holds escaped
 * markup (read as HTML; its decoded text is markup again).
 */
export async function checkTextOnly(driver) {
  const cases = [
    ['Title with <img src=x onerror="window.__owned=1"> inside\n\nBody <script>window.__owned=2</script> text.',
      'Title with <img src=x onerror="window.__owned=1"> inside'],
    ['<h1>&lt;img src=x onerror="window.__owned=3"&gt;&lt;b&gt;Bold?&lt;/b&gt;</h1><p>&lt;script&gt;window.__owned=4&lt;/script&gt; body</p>',
      '<img src=x onerror="window.__owned=3"><b>Bold?</b>'],
  ];
  for (const [paste, title] of cases) {
    await driver.click('#clear-all');
    await driver.fill('#article-input-1', paste);
    await driver.click('#analyze');
    await waitFor(driver, `document.querySelectorAll('.article-result').length === 1`, 'one rendered article');
    const check = await driver.evaluate(`(() => ({
      owned: window.__owned === undefined ? null : window.__owned,
      images: document.querySelectorAll('#results img, #results b, #results script').length,
      title: document.querySelector('.article-title').textContent,
    }))()`);
    assert.deepEqual(check, { owned: null, images: 0, title });
  }
}

/**
 * The worker client's extract(), which the page itself does not call: imported from the page's
 * origin, it must resolve to the object the package's extract() gives on the main thread,
 * reject over a limit with the package's error code, and leave analyze() working on the same
 * worker. Started in the page and polled, so every driver can run it (none needs to await).
 */
export async function checkWorkerExtract(driver) {
  const inputs = ARTICLES.map((article) => ({ source: article.file, text: articleText(article) }));
  assert.equal(await driver.evaluate(`(() => {
    window.__workerExtract = null;
    const inputs = ${JSON.stringify(inputs)};
    const module = (file) => import(new URL('newsprism/src/' + file, document.baseURI).href);
    (async () => {
      const { createWorkerAnalyzer } = await module('worker-client.js');
      const { extract } = await module('index.js');
      const worker = createWorkerAnalyzer();
      try {
        const viaWorker = await worker.extract(inputs);
        const direct = await extract(inputs);
        const overLimit = await worker.extract(inputs, { maxInputBytes: 4 })
          .then(() => 'resolved', (error) => error.name + ':' + error.code);
        const report = await worker.analyze(inputs, { tokens: false });
        return {
          same: JSON.stringify(viaWorker) === JSON.stringify(direct),
          titles: viaWorker.articles.map((article) => article.title),
          sources: viaWorker.inputs.map((input) => input.source),
          overLimit,
          analyzedTitles: report.articles.map((article) => article.metadata.title),
        };
      } finally {
        worker.terminate();
      }
    })().then((value) => { window.__workerExtract = value; },
      (error) => { window.__workerExtract = { failed: String(error) }; });
    return true;
  })()`), true);
  const outcome = await waitFor(driver, 'window.__workerExtract', 'the worker extraction');
  const titles = ARTICLES.map((article) => article.title);
  assert.deepEqual(outcome, {
    same: true,
    titles,
    sources: ARTICLES.map((article) => article.file),
    overLimit: 'NewsprismError:input_too_large',
    analyzedTitles: titles,
  });
}
