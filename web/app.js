// The newsprism page: collects pasted articles and dropped files, runs the analysis in a Web
// Worker through the npm package, and renders the report. User text is only ever inserted with
// textContent, never as markup.
import { loadNewsprism, simdSupported } from './newsprism/src/index.js';
import { createWorkerAnalyzer } from './newsprism/src/worker-client.js';
import { entityList, highlightedText, quoteList } from './entities-view.js';
import { compareSection } from './compare-view.js';

// The page shows blocks and sentences, not tokens: leaving them out keeps big pastes' reports small.
const ANALYZE_OPTIONS = { tokens: false };

const inputsElement = document.getElementById('inputs');
const filesElement = document.getElementById('files');
const resultsElement = document.getElementById('results');
const statusElement = document.getElementById('status');
const analyzeButton = document.getElementById('analyze');
const inputSection = document.getElementById('input-section');
const template = document.getElementById('input-template');

/** Files the user dropped or picked: analyzed as raw bytes, like the CLI reads them. */
const files = [];
let boxCount = 0;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function setStatus(message, isError = false) {
  statusElement.textContent = message;
  statusElement.classList.toggle('error', isError);
}

// A box holds a paste ("Article N") or an example, named after its file.
function boxLabel(box, index) {
  return box.dataset.source ?? `Article ${index + 1}`;
}

function renumberBoxes() {
  inputsElement.querySelectorAll('.input-box').forEach((box, index) => {
    const label = boxLabel(box, index);
    box.querySelector('.input-label').textContent = label;
    box.querySelector('.remove-input').setAttribute('aria-label', `Remove ${label}`);
  });
}

function addInputBox(text = '', source = undefined) {
  const box = template.content.firstElementChild.cloneNode(true);
  const id = `article-input-${++boxCount}`;
  const textarea = box.querySelector('textarea');
  textarea.id = id;
  textarea.value = text;
  if (source !== undefined) box.dataset.source = source;
  box.querySelector('.input-label').htmlFor = id;
  box.querySelector('.remove-input').addEventListener('click', () => {
    box.remove();
    if (!inputsElement.querySelector('.input-box')) addInputBox();
    renumberBoxes();
  });
  inputsElement.append(box);
  renumberBoxes();
  return textarea;
}

function renderFiles() {
  filesElement.replaceChildren(...files.map((file, index) => {
    const item = element('li', null, `${file.name} (${file.bytes.length.toLocaleString('en')} bytes)`);
    const remove = element('button', null, 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', `Remove file ${file.name}`);
    remove.addEventListener('click', () => {
      files.splice(index, 1);
      renderFiles();
    });
    item.append(remove);
    return item;
  }));
}

async function addFiles(fileList) {
  // Copied before the first await: the input's FileList is live (the change handler clears it
  // right after this call returns) and a drop's list empties once its event is over.
  const chosen = Array.from(fileList);
  for (const file of chosen) {
    files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  renderFiles();
  setStatus(`${files.length} file(s) ready.`);
}

function collectInputs() {
  const inputs = [];
  inputsElement.querySelectorAll('.input-box').forEach((box, index) => {
    const text = box.querySelector('textarea').value;
    if (text.trim() !== '') inputs.push({ source: boxLabel(box, index), text });
  });
  for (const file of files) inputs.push({ source: file.name, bytes: file.bytes });
  return inputs;
}

function plural(count, word) {
  return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
}

/** One list of diagnostics; `scope` says whose they are ("article" or "input"). */
function describeDiagnostics(diagnostics, scope) {
  const list = element('ul', 'diagnostics');
  for (const d of diagnostics) {
    const item = element('li', `diagnostic ${d.severity}`);
    item.dataset.severity = d.severity;
    item.dataset.code = d.code;
    item.dataset.scope = scope;
    item.append(element('span', 'severity', d.severity), ' ', element('code', 'code', d.code), ` ${d.message}`);
    if (d.count > 1) item.append(` (${plural(d.count, 'time')})`);
    list.append(item);
  }
  return list;
}

/** The diagnostics of an article and of the input it came from, or nothing when there are none. */
function diagnosticsSection(groups, headingId) {
  const shown = groups.filter((group) => group.diagnostics.length > 0);
  if (shown.length === 0) return null;
  const section = element('section', 'diagnostics-section');
  section.setAttribute('aria-labelledby', headingId);
  const heading = element('h4', 'diagnostics-heading', 'Diagnostics');
  heading.id = headingId;
  section.append(heading);
  for (const group of shown) {
    if (shown.length > 1 || group.scope === 'input') section.append(element('p', 'diagnostics-scope', group.label));
    section.append(describeDiagnostics(group.diagnostics, group.scope));
  }
  return section;
}

/** "wordpress" in a badge, with why it was chosen as a tooltip and as text for screen readers. */
function formatLabel(format) {
  const line = element('p', 'article-format');
  const name = element('span', 'format-name', format.name);
  name.dataset.format = format.name;
  name.title = format.reason;
  line.append(element('span', 'visually-hidden', 'Format: '), name,
    element('span', 'visually-hidden', ` (${format.reason})`));
  return line;
}

function metadataList(article, paragraphs) {
  const meta = article.metadata;
  const list = element('dl', 'article-meta');
  list.dataset.paragraphs = String(paragraphs);
  const add = (term, value, className) => {
    if (value === null || value === undefined || value === '') return;
    const item = element('div', `meta-${className}`);
    const description = element('dd');
    description.append(value);
    item.append(element('dt', null, term), description);
    list.append(item);
  };
  if (meta.published !== null) {
    const time = element('time', 'published', meta.published);
    time.dateTime = meta.published;
    add('Published', time, 'published');
  } else {
    add('Published', meta.published_relative, 'published');
  }
  if (meta.modified !== null && meta.modified !== meta.published) add('Modified', meta.modified, 'modified');
  add(meta.authors.length === 1 ? 'Author' : 'Authors', meta.authors.join(', '), 'authors');
  add('Site', meta.site, 'site');
  // The URL is text, never a link: following it would leave the page's origin.
  add('URL', meta.url === null ? null : element('span', 'url', meta.url), 'url');
  add('Source', article.source, 'source');
  add('Size', `${plural(article.word_count, 'word')}, ${plural(paragraphs, 'paragraph')}`, 'size');
  return list;
}

/** A run of consecutive boilerplate blocks, collapsed: "3 boilerplate blocks (comments, tags)". */
function boilerplateRun(blockNodes, reasons) {
  const details = element('details', 'boilerplate');
  details.dataset.kind = 'boilerplate';
  const distinct = [...new Set(reasons.filter((reason) => reason))];
  const summary = element('summary', null,
    `${plural(blockNodes.length, 'boilerplate block')}${distinct.length ? ` (${distinct.join(', ')})` : ''}`);
  details.append(summary, ...blockNodes);
  return details;
}

const BLOCK_TAGS = { title: 'h3', heading: 'h4', quote: 'blockquote' };

function blockNode(article, block, index = -1) {
  const node = element(BLOCK_TAGS[block.kind] ?? (block.kind === 'list_item' ? 'li' : 'p'),
    `block ${block.kind.replace('_', '-')}`);
  node.append(...highlightedText(article, block.start_utf16, block.end_utf16));
  node.dataset.kind = block.kind;
  const repeat = index >= 0 ? article.repeats?.find((r) => r.unit === 'block' && r.index === index) : undefined;
  if (repeat !== undefined) {
    // Marked in place: which earlier block it repeats (numbered from 1 as people count).
    const mark = element('span', 'repeat-mark',
      `${repeat.exact ? 'repeats' : 'nearly repeats'} ¶${repeat.first + 1}`);
    mark.title = repeat.exact ? 'Same text as an earlier block' : `Similarity ${repeat.similarity}`;
    node.append(' ', mark);
    node.dataset.repeats = String(repeat.first);
  }
  if (block.reason !== undefined) node.dataset.reason = block.reason;
  if (block.level !== undefined) node.dataset.level = String(block.level);
  return node;
}

/** The body: blocks in order, list items grouped in lists, boilerplate runs collapsed. */
function articleBody(article, blocks) {
  const body = element('div', 'article-body');
  const node = (block) => blockNode(article, block, article.blocks.indexOf(block));
  for (let i = 0; i < blocks.length;) {
    const kind = blocks[i].kind;
    let end = i;
    while (end < blocks.length && blocks[end].kind === kind) end++;
    const run = blocks.slice(i, end);
    if (kind === 'boilerplate') {
      body.append(boilerplateRun(run.map(node), run.map((block) => block.reason)));
    } else if (kind === 'list_item') {
      const list = element('ul', 'block-list');
      list.append(...run.map(node));
      body.append(list);
    } else {
      body.append(...run.map(node));
    }
    i = end;
  }
  return body;
}

function renderArticle(article, input, report) {
  const card = element('article', 'article-result');
  card.dataset.articleId = String(article.id);
  card.dataset.source = article.source;
  card.dataset.format = article.format.name;
  const titleId = `article-title-${article.id}`;
  card.setAttribute('aria-labelledby', titleId);
  // The first title block heads the card; without one, the metadata's title does.
  const titleIndex = article.blocks.findIndex((block) => block.kind === 'title');
  const heading = titleIndex >= 0
    ? blockNode(article, article.blocks[titleIndex])
    : element('h3', null, article.metadata.title ?? '(untitled)');
  heading.classList.add('article-title');
  heading.id = titleId;
  const blocks = article.blocks.filter((_, index) => index !== titleIndex);
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph').length;
  const header = element('header', 'article-header');
  header.append(heading, formatLabel(article.format), metadataList(article, paragraphs));
  card.append(header, articleBody(article, blocks));
  const quotes = quoteList(article, report);
  if (quotes) card.append(quotes);
  const diagnostics = diagnosticsSection([
    { scope: 'article', label: 'This article:', diagnostics: article.diagnostics },
    { scope: 'input', label: `Its input, ${input.source}:`, diagnostics: input.diagnostics },
  ], `article-diagnostics-${article.id}`);
  if (diagnostics) card.append(diagnostics);
  return card;
}

/** An input that gave no article (binary, empty): its format and why. */
function renderInputWithoutArticle(input) {
  const card = element('article', 'input-issues');
  card.dataset.source = input.source;
  card.dataset.format = input.format.name;
  const titleId = `input-title-${input.index}`;
  card.setAttribute('aria-labelledby', titleId);
  const heading = element('h3', 'input-title', `${input.source}: no article`);
  heading.id = titleId;
  card.append(heading, formatLabel(input.format));
  const diagnostics = diagnosticsSection([{ scope: 'input', label: 'This input:', diagnostics: input.diagnostics }],
    `input-diagnostics-${input.index}`);
  if (diagnostics) card.append(diagnostics);
  return card;
}

const RELATION_LABELS = {
  identical: 'identical', near_duplicate: 'near-duplicate', contains: 'contains', rewrite: 'rewrite',
  same_story: 'same story', unrelated: 'unrelated',
};

function articleName(article) {
  return `#${article.id + 1} ${article.metadata.title ?? article.source}`;
}

/**
 * The pasted articles against each other: relation (colour and word) and exact Jaccard. Each
 * compared cell is a button that opens the pair side by side through `openPair(pair, opener)`.
 */
function similarityMatrix(report, openPair) {
  const section = element('section', 'comparisons');
  section.setAttribute('aria-labelledby', 'similarity-heading');
  const heading = element('h2', null, 'How the articles relate');
  heading.id = 'similarity-heading';
  const table = element('table', 'similarity-matrix');
  const caption = element('caption', null,
    'Each cell: the relation and the exact Jaccard of the two bodies\' word 5-shingles. Hover a cell for the ' +
    'reason; press it to see the two side by side.');
  const head = element('tr');
  head.append(element('td'));
  for (const article of report.articles) {
    const th = element('th', null, `#${article.id + 1}`);
    th.scope = 'col';
    th.title = articleName(article);
    head.append(th);
  }
  table.append(caption, head);
  const pairs = new Map(report.pairs.map((pair) => [`${pair.a}-${pair.b}`, pair]));
  for (const row of report.articles) {
    const tr = element('tr');
    const th = element('th', null, articleName(row));
    th.scope = 'row';
    tr.append(th);
    for (const column of report.articles) {
      if (row.id === column.id) {
        tr.append(element('td', 'self', '—'));
        continue;
      }
      const pair = pairs.get(`${Math.min(row.id, column.id)}-${Math.max(row.id, column.id)}`);
      const cell = element('td', pair ? `relation-${pair.relation}` : 'relation-none');
      if (pair) {
        const button = element('button', 'matrix-open');
        button.type = 'button';
        button.dataset.pair = `${pair.a}-${pair.b}`;
        button.append(element('span', 'relation', RELATION_LABELS[pair.relation]), element('span', 'figure', pair.jaccard.toFixed(3)));
        button.title = `${pair.reason} (press to compare side by side)`;
        button.setAttribute('aria-label', `${articleName(row)} and ${articleName(column)}: ${RELATION_LABELS[pair.relation]}, ` +
          `Jaccard ${pair.jaccard.toFixed(3)}; ${pair.reason}. Press to compare side by side.`);
        button.addEventListener('click', () => openPair(pair, button));
        cell.append(button);
        cell.dataset.relation = pair.relation;
      } else {
        cell.textContent = 'not compared';
      }
      tr.append(cell);
    }
    table.append(tr);
  }
  section.append(heading, table);
  return section;
}

/** Stories: which articles tell the same story, its likely source, and what each adds. */
function storyList(report) {
  const articles = new Map(report.articles.map((article) => [article.id, article]));
  const section = element('section', 'stories');
  section.setAttribute('aria-labelledby', 'stories-heading');
  const heading = element('h2', null, 'Stories');
  heading.id = 'stories-heading';
  const list = element('ol', 'story-list');
  for (const story of report.stories) {
    const item = element('li', 'story');
    item.dataset.storyId = String(story.id);
    item.append(element('p', 'story-members',
      `Story ${story.id + 1}: ${story.members.map((id) => articleName(articles.get(id))).join('; ')}`));
    item.append(element('p', 'story-source', `Likely source: ${articleName(articles.get(story.source))}; why: ${story.source_reason}`));
    if (story.related.length > 0) {
      item.append(element('p', 'story-related', `Same topic as: ${story.related.map((id) => `story ${id + 1}`).join(', ')}`));
    }
    for (const additions of story.additions) {
      if (additions.sentences.length === 0) continue;
      const article = articles.get(additions.article);
      const details = element('details', 'story-additions');
      details.append(element('summary', null,
        `${articleName(article)} adds ${plural(additions.sentences.length, 'sentence')} no other article of the story has`));
      const sentences = element('ul');
      for (const index of additions.sentences) {
        const sentence = article.sentences[index];
        sentences.append(element('li', null, article.text.slice(sentence.start_utf16, sentence.end_utf16)));
      }
      details.append(sentences);
      item.append(details);
    }
    list.append(item);
  }
  section.append(heading, list);
  return section;
}

function renderReport(report) {
  const articles = new Map(report.articles.map((article) => [article.id, article]));
  const nodes = [];
  for (const input of report.inputs) {
    if (input.articles.length === 0) nodes.push(renderInputWithoutArticle(input));
    for (const id of input.articles) nodes.push(renderArticle(articles.get(id), input, report));
  }
  if (nodes.length === 0) nodes.push(element('p', 'empty', 'No articles found.'));
  if (report.articles.length >= 2) {
    const compare = compareSection(report);
    nodes.push(similarityMatrix(report, (pair, opener) => compare?.open(pair, opener)));
    if (compare) nodes.push(compare.section);
    nodes.push(storyList(report));
  }
  if (report.entities.length > 0) nodes.push(entityList(report, resultsElement, (message) => setStatus(message)));
  resultsElement.replaceChildren(...nodes);
}

// Analysis runs in a worker so a large paste never freezes the page; if workers are unavailable
// the module runs on the main thread instead.
let workerAnalyzer = null;
try {
  workerAnalyzer = createWorkerAnalyzer();
} catch {
  workerAnalyzer = null;
}

async function runAnalysis(inputs) {
  if (workerAnalyzer) {
    try {
      return await workerAnalyzer.analyze(inputs, ANALYZE_OPTIONS);
    } catch (error) {
      if (error.code !== 'worker_error') throw error;
      workerAnalyzer = null;
    }
  }
  return (await loadNewsprism()).analyze(inputs, ANALYZE_OPTIONS);
}

async function analyzeAll() {
  const inputs = collectInputs();
  if (inputs.length === 0) {
    setStatus('Paste an article or add a file first.', true);
    return;
  }
  analyzeButton.disabled = true;
  setStatus('Analyzing…');
  const started = performance.now();
  try {
    const report = await runAnalysis(inputs);
    renderReport(report);
    const ms = Math.round(performance.now() - started);
    setStatus(`Analyzed ${report.inputs.length} input(s) into ${report.articles.length} article(s) in ${ms} ms.`);
  } catch (error) {
    setStatus(`Analysis failed: ${error.message}`, true);
  } finally {
    analyzeButton.disabled = false;
  }
}

async function loadExamples() {
  const manifest = await (await fetch('examples/index.json')).json();
  inputsElement.replaceChildren();
  for (const example of manifest) {
    addInputBox(await (await fetch(`examples/${example.file}`)).text(), example.file);
  }
  setStatus(`Loaded ${manifest.length} examples, one per box. Press Analyze.`);
}

document.getElementById('add-input').addEventListener('click', () => addInputBox().focus());
document.getElementById('analyze').addEventListener('click', analyzeAll);
document.getElementById('load-examples').addEventListener('click', () => {
  loadExamples().catch((error) => setStatus(`Cannot load the examples: ${error.message}`, true));
});
document.getElementById('clear-all').addEventListener('click', () => {
  inputsElement.replaceChildren();
  boxCount = 0;  // every box is gone, so ids can start again
  files.length = 0;
  renderFiles();
  addInputBox();
  resultsElement.replaceChildren(element('p', 'empty', 'Nothing analyzed yet.'));
  setStatus('');
});
document.getElementById('file-input').addEventListener('change', (event) => {
  addFiles(event.target.files).catch((error) => setStatus(error.message, true));
  event.target.value = '';
});
inputSection.addEventListener('dragover', (event) => {
  event.preventDefault();
  inputSection.classList.add('dragging');
});
inputSection.addEventListener('dragleave', () => inputSection.classList.remove('dragging'));
inputSection.addEventListener('drop', (event) => {
  event.preventDefault();
  inputSection.classList.remove('dragging');
  addFiles(event.dataTransfer.files).catch((error) => setStatus(error.message, true));
});

addInputBox();
document.getElementById('engine').textContent =
  simdSupported() ? 'WebAssembly SIMD build' : 'WebAssembly baseline build';
loadNewsprism().then((module) => {
  document.getElementById('version').textContent = module.version;
}).catch((error) => setStatus(`Cannot load newsprism: ${error.message}`, true));
