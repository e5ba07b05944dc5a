// A deterministic, project-written benchmark corpus: news-like plain text generated from a word
// list with a fixed-seed generator, so every run and every machine times the same bytes.
const WORDS = (
  'the council said on monday that its plan to rebuild the harbour would cost more than expected ' +
  'officials from the ministry met residents in the town hall where several people asked about ' +
  'flooding schools roads and the new rail line which opened last year after a delay of two years ' +
  'prices rose by 3.5% in march while wages grew more slowly according to figures published by ' +
  'the statistics office a spokeswoman for the company declined to comment on the report but said ' +
  'it would study the findings carefully and respond within weeks analysts expect further changes ' +
  'in the market as investors weigh the risks of higher interest rates and slower growth abroad'
).split(' ');
const NAMES = ['Alys Penrose', 'Samuel Okafor', 'Rhea Lund', 'Marta Quill', 'Tomas Vey', 'Ines Hart'];

function generator(seed) {
  let state = seed >>> 0;
  return () => {
    // xorshift32: tiny, fast, and identical everywhere.
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  };
}

function sentence(next) {
  const length = 8 + (next() % 18);
  const words = [];
  for (let i = 0; i < length; ++i) words.push(WORDS[next() % WORDS.length]);
  if (next() % 4 === 0) words.splice(next() % words.length, 0, NAMES[next() % NAMES.length]);
  if (next() % 5 === 0) words.push(`$${(next() % 900) + 10} million`);
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1) + (next() % 10 === 0 ? '?' : '.');
}

/** One article: a title line, a blank line, then paragraphs of 2-5 sentences. */
export function article(next) {
  const title = sentence(next).replace(/[.?]$/, '');
  const paragraphs = [];
  const count = 6 + (next() % 10);
  for (let p = 0; p < count; ++p) {
    const sentences = [];
    for (let s = 0, n = 2 + (next() % 4); s < n; ++s) sentences.push(sentence(next));
    paragraphs.push(sentences.join(' '));
  }
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

/** About `bytes` bytes of articles separated by blank lines, as one string. */
export function plainCorpus(bytes, seed = 20250128) {
  const next = generator(seed);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const text = article(next);
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join('\n');
}
