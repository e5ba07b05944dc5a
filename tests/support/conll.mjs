// CoNLL-2003 files in JavaScript, for the tagger's node tests and benchmark: reading documents
// of sentences of words (with the gold tags of the last column) and conlleval-style scoring.
import { readFileSync } from 'node:fs';

/**
 * Reads a CoNLL file into {documents, gold}: documents[d][s][w] is a word (the first column),
 * gold[d][s][w] its tag (the last column). -DOCSTART- lines start documents, blank lines end
 * sentences; lines before the first -DOCSTART- form a document of their own (as the CLI reads).
 */
export function readConll(file) {
  const documents = [];
  const gold = [];
  let words = [];
  let tags = [];
  const endSentence = () => {
    if (words.length === 0) return;
    if (documents.length === 0) { documents.push([]); gold.push([]); }
    documents.at(-1).push(words);
    gold.at(-1).push(tags);
    words = [];
    tags = [];
  };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      endSentence();
    } else if (line.startsWith('-DOCSTART-')) {
      endSentence();
      documents.push([]);
      gold.push([]);
    } else {
      const columns = line.split(/[ \t]+/);
      words.push(columns[0]);
      tags.push(columns.length > 1 ? columns.at(-1) : 'O');
    }
  }
  endSentence();
  return { documents, gold };
}

// Names of one sentence's IOB1/IOB2 tags as "start:end:type" strings (conlleval's chunks).
function chunks(tags, prefix, out) {
  let start = -1;
  let type = '';
  const close = (end) => {
    if (start >= 0) out.add(`${prefix}:${start}:${end}:${type}`);
    start = -1;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.length < 3) { close(i); return; }
    const part = tag[0];
    const tagType = tag.slice(2);
    if (part === 'B' || part === 'U' || start < 0 || tagType !== type) {
      close(i);
      start = i;
      type = tagType;
    }
    if (part === 'L' || part === 'U') close(i + 1);
  });
  close(tags.length);
}

/** Micro-averaged precision, recall and F1 (percent) of predicted against gold tags. */
export function scoreTags(gold, predicted, types = ['PER', 'ORG', 'LOC', 'MISC']) {
  const goldChunks = new Set();
  const predictedChunks = new Set();
  gold.forEach((document, d) => document.forEach((sentence, s) => chunks(sentence, `${d}:${s}`, goldChunks)));
  predicted.forEach((document, d) => document.forEach((sentence, s) => chunks(sentence, `${d}:${s}`, predictedChunks)));
  const keep = (chunk) => types.includes(chunk.split(':').at(-1));
  const g = [...goldChunks].filter(keep);
  const p = [...predictedChunks].filter(keep);
  const correct = p.filter((chunk) => goldChunks.has(chunk)).length;
  const precision = p.length ? (100 * correct) / p.length : 0;
  const recall = g.length ? (100 * correct) / g.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold: g.length, predicted: p.length, correct, precision, recall, f1 };
}
