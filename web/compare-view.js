// Two articles side by side: the sentences the corpus pass aligned are numbered and linked (each
// one a link to its partner; hovering or focusing one highlights both), and the sentences the
// other article does not share are marked. Text is only ever inserted with textContent.

const HIDDEN_KINDS = new Set(['title', 'byline', 'boilerplate']);

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function articleName(article) {
  return `#${article.id + 1} ${article.metadata.title ?? article.source}`;
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Body blocks with the indexes of the sentences that start inside each one. */
function bodyBlocks(article) {
  const blocks = [];
  let s = 0;
  article.blocks.forEach((block) => {
    const sentences = [];
    while (s < article.sentences.length && article.sentences[s].start < block.end) {
      if (article.sentences[s].start >= block.start) sentences.push(s);
      s++;
    }
    if (!HIDDEN_KINDS.has(block.kind) && sentences.length > 0) blocks.push({ block, sentences });
  });
  return blocks;
}

/**
 * One side: its body as paragraphs of sentences. `links` maps a sentence index to the aligned
 * pairs it takes part in ({number, partner, score, exact}); `side` is 'a' or 'b'.
 */
function column(article, side, links, otherName, prefix) {
  const wrapper = element('div', `compare-column compare-${side}`);
  wrapper.append(element('h4', null, articleName(article)));
  for (const { sentences } of bodyBlocks(article)) {
    const paragraph = element('p', 'compare-paragraph');
    for (const index of sentences) {
      const sentence = article.sentences[index];
      const text = article.text.slice(sentence.start_utf16, sentence.end_utf16);
      const aligned = links.get(index);
      let node;
      if (aligned) {
        // A link to its (first) partner; the number(s) name the aligned pair(s).
        node = element('a', 'compare-sentence aligned');
        node.id = `${prefix}-${side}-${index}`;
        node.href = `#${prefix}-${side === 'a' ? 'b' : 'a'}-${aligned[0].partner}`;
        node.dataset.pairs = aligned.map((link) => link.number).join(' ');
        const badge = element('span', 'compare-number', aligned.map((link) => link.number).join(','));
        badge.setAttribute('aria-hidden', 'true');
        node.append(badge, ' ', text);
        const how = aligned[0].exact ? 'the same sentence' : `similarity ${aligned[0].score.toFixed(3)}`;
        node.title = `Aligned pair ${node.dataset.pairs} with ${otherName} (${how})`;
        node.append(element('span', 'visually-hidden', ` (aligned pair ${node.dataset.pairs}, ${how}; goes to its partner)`));
        if (aligned[0].exact) node.classList.add('exact');
      } else {
        node = element('span', 'compare-sentence unshared', text);
        node.id = `${prefix}-${side}-${index}`;
        node.title = `Not in ${otherName}`;
        node.append(element('span', 'visually-hidden', ` (not in ${otherName})`));
      }
      paragraph.append(node, ' ');
    }
    wrapper.append(paragraph);
  }
  return wrapper;
}

/** Highlights every sentence of the view that shares an aligned-pair number with `node`. */
function highlight(view, node, on) {
  const numbers = (node.dataset.pairs ?? '').split(' ').filter(Boolean);
  for (const other of view.querySelectorAll('.compare-sentence.aligned')) {
    const shared = other.dataset.pairs.split(' ').some((n) => numbers.includes(n));
    other.classList.toggle('highlighted', on && shared);
  }
}

let viewCount = 0;

/** The side-by-side view of one pair of the report. */
export function compareView(report, pair) {
  const articles = new Map(report.articles.map((article) => [article.id, article]));
  const a = articles.get(pair.a);
  const b = articles.get(pair.b);
  const prefix = `compare${++viewCount}`;
  const linksA = new Map();
  const linksB = new Map();
  pair.aligned.forEach((link, k) => {
    const number = k + 1;
    if (!linksA.has(link.a)) linksA.set(link.a, []);
    linksA.get(link.a).push({ number, partner: link.b, score: link.score, exact: link.exact });
    if (!linksB.has(link.b)) linksB.set(link.b, []);
    linksB.get(link.b).push({ number, partner: link.a, score: link.score, exact: link.exact });
  });
  const view = element('section', 'compare-view');
  view.dataset.pair = `${pair.a}-${pair.b}`;
  const heading = element('h3', 'compare-heading', `Side by side: ${articleName(a)} and ${articleName(b)}`);
  heading.id = `${prefix}-heading`;
  heading.tabIndex = -1;
  view.setAttribute('aria-labelledby', heading.id);
  const close = element('button', 'compare-close', 'Close side by side');
  close.type = 'button';
  close.addEventListener('click', () => {
    const opener = view.opener;
    view.remove();
    opener?.focus();
  });
  const summary = element('p', 'compare-summary',
    `${pair.relation.replace('_', ' ')}: ${plural(pair.aligned.length, 'aligned sentence pair')}, numbered alike on both ` +
    'sides; each links to its partner (hover or focus one to highlight both). Sentences shown with a dashed ' +
    'underline are not in the other article.');
  const columns = element('div', 'compare-columns');
  columns.append(column(a, 'a', linksA, `#${b.id + 1}`, prefix), column(b, 'b', linksB, `#${a.id + 1}`, prefix));
  view.append(heading, close, summary, columns);
  for (const event of ['mouseover', 'focusin']) {
    view.addEventListener(event, (e) => {
      const node = e.target.closest?.('.compare-sentence.aligned');
      if (node) highlight(view, node, true);
    });
  }
  for (const event of ['mouseout', 'focusout']) {
    view.addEventListener(event, (e) => {
      const node = e.target.closest?.('.compare-sentence.aligned');
      if (node) highlight(view, node, false);
    });
  }
  // Following a link moves focus to the partner (so the keyboard gets there too).
  view.addEventListener('click', (e) => {
    const link = e.target.closest?.('a.compare-sentence');
    if (!link) return;
    e.preventDefault();
    const partner = view.querySelector(link.getAttribute('href'));
    if (partner) {
      partner.focus();
      partner.scrollIntoView({ block: 'nearest' });
    }
  });
  return view;
}

/**
 * The pairs worth comparing (a relation other than unrelated), each with a button that opens
 * them side by side below the list. Returns `{ section, open(pair, opener) }`, where `open` shows
 * any pair of the report (the similarity matrix's cells use it too, unrelated pairs included),
 * or null when the report has no pair at all.
 */
export function compareSection(report) {
  if (report.pairs.length === 0) return null;
  const articles = new Map(report.articles.map((article) => [article.id, article]));
  const pairs = report.pairs.filter((pair) => pair.relation !== 'unrelated');
  const section = element('section', 'compare-pairs');
  section.setAttribute('aria-labelledby', 'compare-pairs-heading');
  const heading = element('h2', null, 'Compare side by side');
  heading.id = 'compare-pairs-heading';
  const holder = element('div', 'compare-holder');
  const open = (pair, opener) => {
    const view = compareView(report, pair);
    view.opener = opener;
    holder.replaceChildren(view);
    view.querySelector('.compare-heading').focus();
  };
  let list;
  if (pairs.length === 0) {
    list = element('p', 'compare-none', 'No two articles share a story; any cell of the matrix above opens its pair.');
  } else {
    list = element('ul', 'compare-pair-list');
    for (const pair of pairs) {
      const item = element('li');
      const button = element('button', 'compare-open',
        `${articleName(articles.get(pair.a))} ⇄ ${articleName(articles.get(pair.b))}`);
      button.type = 'button';
      button.dataset.pair = `${pair.a}-${pair.b}`;
      item.append(button, ' ', element('span', 'compare-pair-relation',
        `${pair.relation.replace('_', ' ')}, ${plural(pair.aligned.length, 'aligned sentence')}`));
      button.addEventListener('click', () => open(pair, button));
      list.append(item);
    }
  }
  section.append(heading, list, holder);
  return { section, open };
}
