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

/** One generated article as parts, for the format writers below. */
function articleParts(next) {
  const text = article(next);
  const [title, ...paragraphs] = text.trimEnd().split('\n\n');
  return { title, paragraphs };
}

function generatedArticles(bytes, seed, overhead) {
  const next = generator(seed);
  const list = [];
  let size = 0;
  while (size < bytes) {
    const parts = articleParts(next);
    list.push(parts);
    size += parts.title.length + parts.paragraphs.join('\n\n').length + overhead;
  }
  return list;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isoDay = (i) => `2025-01-${String(1 + (i % 28)).padStart(2, '0')}`;

/** The same kind of articles in each format newsprism reads, about `bytes` bytes each. */
export function formatCorpora(bytes, seed = 20250128) {
  const list = generatedArticles(bytes, seed, 400);
  const html = (p) => `<p>${escapeHtml(p)}</p>`;
  const markdown = list.map(({ title, paragraphs }, i) =>
    `# ${title}\n\n${paragraphs.map((p, k) => (k === 2 ? `## ${p.split(' ').slice(0, 5).join(' ')}\n\n${p}` : p))
      .map((p, k) => (k === 0 ? `**${p.slice(0, 20)}**${p.slice(20)}` : p)).join('\n\n')}\n\n* Tags: harbour, council ${i}\n`).join('\n');
  const wordpress = JSON.stringify(list.map(({ title, paragraphs }, i) => ({
    id: i, date_gmt: `${isoDay(i)}T08:00:00`, link: `https://news.example/${i}/`,
    title: { rendered: escapeHtml(title) },
    content: { rendered: paragraphs.map(html).join('\n') + '\n<div>The post appeared first on News Example.</div>' },
    excerpt: { rendered: html(paragraphs[0].slice(0, 120)) },
  }))).replace(/\//g, '\\/');
  const ndjson = list.map(({ title, paragraphs }, i) =>
    JSON.stringify({ title, text: paragraphs.join('\n\n'), date: isoDay(i), url: `https://news.example/${i}/`, author: 'Alys Penrose' })).join('\n') + '\n';
  const rss = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel><title>News Example</title><link>https://news.example/</link>\n` +
    list.map(({ title, paragraphs }, i) => `<item><title>${escapeHtml(title)}</title><link>https://news.example/${i}/</link>` +
      `<pubDate>Tue, ${String(1 + (i % 28)).padStart(2, '0')} Jan 2025 08:00:00 GMT</pubDate><dc:creator>Alys Penrose</dc:creator>` +
      `<description>${escapeHtml(paragraphs[0].slice(0, 120))}</description><content:encoded><![CDATA[${paragraphs.map(html).join('\n')}]]></content:encoded></item>\n`).join('') +
    '</channel></rss>\n';
  // Whole pages: furniture around the article, as saved from a news site.
  const pages = list.map(({ title, paragraphs }, i) => `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | News Example</title>
<meta property="og:site_name" content="News Example"><meta property="article:published_time" content="${isoDay(i)}T08:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title)},"author":{"@type":"Person","name":"Alys Penrose"}}</script>
<style>body{font-family:serif}</style></head><body>
<header><nav><ul>${['Home', 'World', 'Business', 'Sport', 'Culture'].map((s) => `<li><a href="/${s}">${s}</a></li>`).join('')}</ul></nav></header>
<main><article><h1>${escapeHtml(title)}</h1><p class="byline">By Alys Penrose</p>
${paragraphs.map(html).join('\n')}
</article><aside class="related"><h2>Related</h2><ul>${[1, 2, 3].map((k) => `<li><a href="/a/${i + k}">Other story ${i + k}</a></li>`).join('')}</ul></aside></main>
<footer><p>&copy; 2025 News Example</p><a href="/privacy">Privacy</a></footer>
<script>window.analytics = {page: ${i}};</script></body></html>\n`);
  return { markdown, wordpress, ndjson, rss, pages };
}
