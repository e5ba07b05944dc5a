// The newsprism page: collects pasted articles and dropped files, runs the analysis in a Web
// Worker through the npm package, and renders the report. User text is only ever inserted with
// textContent, never as markup.
import { loadNewsprism, simdSupported } from './newsprism/src/index.js';
import { createWorkerAnalyzer } from './newsprism/src/worker-client.js';

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

function renumberBoxes() {
  inputsElement.querySelectorAll('.input-box').forEach((box, index) => {
    box.querySelector('.input-label').textContent = `Article ${index + 1}`;
    box.querySelector('.remove-input').setAttribute('aria-label', `Remove article ${index + 1}`);
  });
}

function addInputBox(text = '') {
  const box = template.content.firstElementChild.cloneNode(true);
  const id = `article-input-${++boxCount}`;
  const textarea = box.querySelector('textarea');
  textarea.id = id;
  textarea.value = text;
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
  for (const file of fileList) {
    files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  renderFiles();
  setStatus(`${files.length} file(s) ready.`);
}

function collectInputs() {
  const inputs = [];
  inputsElement.querySelectorAll('.input-box').forEach((box, index) => {
    const text = box.querySelector('textarea').value;
    if (text.trim() !== '') inputs.push({ source: `Article ${index + 1}`, text });
  });
  for (const file of files) inputs.push({ source: file.name, bytes: file.bytes });
  return inputs;
}

function describeDiagnostics(diagnostics) {
  const list = element('ul', 'diagnostics');
  for (const d of diagnostics) {
    const item = element('li', d.severity, `${d.severity}: ${d.message}`);
    list.append(item);
  }
  return list;
}

function renderArticle(article) {
  const section = element('article', 'article-result');
  section.dataset.articleId = String(article.id);
  const titleId = `article-title-${article.id}`;
  section.setAttribute('aria-labelledby', titleId);
  const heading = element('h3', 'article-title', article.metadata.title ?? '(untitled)');
  heading.id = titleId;
  const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph').length;
  const meta = element('p', 'article-meta',
    `${article.source} · ${article.format.name} · ${article.word_count.toLocaleString('en')} words · ` +
    `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`);
  meta.dataset.paragraphs = String(paragraphs);
  section.append(heading, meta);
  for (const block of article.blocks) {
    const paragraph = element('p', 'block');
    paragraph.dataset.kind = block.kind;
    paragraph.append(element('span', 'block-kind', block.kind.replace('_', ' ')));
    paragraph.append(document.createTextNode(article.text.slice(block.start_utf16, block.end_utf16)));
    section.append(paragraph);
  }
  if (article.diagnostics.length > 0) section.append(describeDiagnostics(article.diagnostics));
  return section;
}

function renderReport(report) {
  const nodes = [];
  for (const input of report.inputs) {
    if (input.articles.length === 0 && input.diagnostics.length > 0) {
      const box = element('div', 'input-issues');
      box.append(element('p', null, `${input.source}: no article`), describeDiagnostics(input.diagnostics));
      nodes.push(box);
    }
  }
  for (const article of report.articles) nodes.push(renderArticle(article));
  if (nodes.length === 0) nodes.push(element('p', 'empty', 'No articles found.'));
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
      return await workerAnalyzer.analyze(inputs);
    } catch (error) {
      if (error.code !== 'worker_error') throw error;
      workerAnalyzer = null;
    }
  }
  return (await loadNewsprism()).analyze(inputs);
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
    addInputBox(await (await fetch(`examples/${example.file}`)).text());
  }
  setStatus(`Loaded ${manifest.length} example articles. Press Analyze.`);
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
