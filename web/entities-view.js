// Entities on the page: mentions highlighted in the article bodies by type (colour, a text
// legend, the type in each mark's tooltip; the text itself is left as it was, so copying a
// passage copies the article's words only), type toggles, the list of canonical
// entities with their aliases and counts per article (choosing one marks all its mentions), and
// each article's quotes with their speakers. User text is only ever inserted as text.

/** Type codes of the report and the words people read. */
export const ENTITY_TYPES = [
  ['PER', 'person'], ['ORG', 'organization'], ['LOC', 'place'], ['MISC', 'other name'],
  ['DATE', 'date'], ['TIME', 'time'], ['MONEY', 'money'], ['PERCENT', 'percentage'],
  ['QUANTITY', 'quantity'], ['CARDINAL', 'number'], ['ORDINAL', 'ordinal'],
];
const TYPE_WORDS = new Map(ENTITY_TYPES);
const GROUP_NAMES = {
  PER: 'People', ORG: 'Organizations', LOC: 'Places', MISC: 'Other names', DATE: 'Dates', TIME: 'Times',
  MONEY: 'Amounts of money', PERCENT: 'Percentages', QUANTITY: 'Quantities', CARDINAL: 'Numbers', ORDINAL: 'Ordinals',
};
/** Names are listed open; dates, amounts and numbers start collapsed, one click away. */
const NAME_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The nodes of the text range [start, end) (UTF-16) of an article: plain text with each mention
 * inside it wrapped in a <mark>. Mentions that overlap an earlier one are left unmarked.
 */
export function highlightedText(article, start, end) {
  const nodes = [];
  const mentions = article.mentions ?? [];
  // Mentions are in text order: find the first one at or after `start`, stop past `end`.
  let low = 0;
  for (let high = mentions.length; low < high;) {
    const middle = (low + high) >> 1;
    if (mentions[middle].start_utf16 < start) low = middle + 1;
    else high = middle;
  }
  let at = start;
  for (let i = low; i < mentions.length && mentions[i].start_utf16 < end; i++) {
    const mention = mentions[i];
    if (mention.start_utf16 < at || mention.end_utf16 > end || mention.start_utf16 >= mention.end_utf16) continue;
    if (mention.start_utf16 > at) nodes.push(document.createTextNode(article.text.slice(at, mention.start_utf16)));
    const mark = element('mark', `mention type-${mention.type}`, article.text.slice(mention.start_utf16, mention.end_utf16));
    mark.dataset.type = mention.type;
    mark.dataset.entity = String(mention.entity);
    const word = TYPE_WORDS.get(mention.type) ?? mention.type;
    mark.title = mention.value ? `${word}: ${mention.value}` : word;
    nodes.push(mark);
    at = mention.end_utf16;
  }
  if (at < end) nodes.push(document.createTextNode(article.text.slice(at, end)));
  return nodes;
}

/**
 * The legend: one checkbox per type present in the report, labelled with its colour swatch and
 * name. Unticking a type removes its highlight everywhere inside `scope`.
 */
export function entityLegend(report, scope) {
  const present = new Set(report.articles.flatMap((article) => (article.mentions ?? []).map((m) => m.type)));
  const fieldset = element('fieldset', 'entity-legend');
  fieldset.append(element('legend', null, 'Highlighted in the text'));
  for (const [type, word] of ENTITY_TYPES) {
    if (!present.has(type)) continue;
    const id = `entity-toggle-${type}`;
    const label = element('label', 'entity-toggle');
    label.htmlFor = id;
    const box = element('input');
    box.type = 'checkbox';
    box.id = id;
    box.checked = true;
    box.dataset.type = type;
    box.addEventListener('change', () => scope.classList.toggle(`hide-${type}`, !box.checked));
    label.append(box, element('span', `swatch type-${type}`), ` ${word} (${type})`);
    fieldset.append(label);
  }
  return fieldset;
}

function articleLabel(articles, id) {
  const article = articles.get(id);
  return `#${id + 1}${article?.metadata.title ? ` ${article.metadata.title}` : ''}`;
}

/**
 * Canonical entities grouped by type: name, aliases, mentions per article. Each name is a
 * toggle button; pressing it marks every mention of the entity inside `scope` and says how
 * many there are.
 */
export function entityList(report, scope, announce) {
  const articles = new Map(report.articles.map((article) => [article.id, article]));
  const section = element('section', 'entities');
  section.setAttribute('aria-labelledby', 'entities-heading');
  const heading = element('h2', null, 'Who and what is named');
  heading.id = 'entities-heading';
  section.append(heading, entityLegend(report, scope));
  let pressed = null;
  const select = (button, entity) => {
    scope.querySelectorAll('mark.mention.selected').forEach((mark) => mark.classList.remove('selected'));
    if (pressed) pressed.setAttribute('aria-pressed', 'false');
    if (pressed === button) {
      pressed = null;
      announce('');
      return;
    }
    pressed = button;
    button.setAttribute('aria-pressed', 'true');
    const marks = scope.querySelectorAll(`mark.mention[data-entity="${entity.id}"]`);
    marks.forEach((mark) => mark.classList.add('selected'));
    marks[0]?.scrollIntoView({ block: 'nearest' });
    announce(`${entity.name}: ${marks.length} mention${marks.length === 1 ? '' : 's'} marked.`);
  };
  for (const [type, word] of ENTITY_TYPES) {
    const entities = report.entities.filter((entity) => entity.type === type);
    if (entities.length === 0) continue;
    const collapsed = !NAME_TYPES.has(type);
    const group = element(collapsed ? 'details' : 'section', `entity-group type-${type}`);
    const groupId = `entity-group-${type}`;
    const groupHeading = element(collapsed ? 'summary' : 'h3', null, `${GROUP_NAMES[type] ?? word} (${entities.length})`);
    groupHeading.id = groupId;
    if (!collapsed) group.setAttribute('aria-labelledby', groupId);
    const list = element('ul', 'entity-list');
    for (const entity of entities) {
      const item = element('li', 'entity');
      item.dataset.entity = String(entity.id);
      item.dataset.type = entity.type;
      const button = element('button', `entity-name type-${type}`, entity.name);
      button.type = 'button';
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', () => select(button, entity));
      item.append(button);
      if (entity.value && entity.value !== entity.name) item.append(' ', element('code', 'entity-value', entity.value));
      // Per article "#2 ×12": the number alone (the card headings carry it too), with the
      // article's title on hover and for screen readers, so long titles do not bury the counts.
      const counts = element('span', 'entity-count', ` ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'}: `);
      entity.articles.forEach(([id, count], k) => {
        if (k > 0) counts.append(', ');
        const label = element('abbr', 'entity-article', `#${id + 1}`);
        label.title = articleLabel(articles, id);
        counts.append(label, element('span', 'visually-hidden', ` ${articles.get(id)?.metadata.title ?? ''}`), ` ×${count}`);
      });
      item.append(counts);
      if (entity.aliases.length > 0) {
        item.append(element('span', 'entity-aliases', ` also written ${entity.aliases.map((alias) => `“${alias}”`).join(', ')}`));
      }
      list.append(item);
    }
    group.append(groupHeading, list);
    section.append(group);
  }
  return section;
}

/** An article's quotations with their speakers, or null when it has none. */
export function quoteList(article, report) {
  if (!article.quotes || article.quotes.length === 0) return null;
  const section = element('section', 'quotes-section');
  const headingId = `article-quotes-${article.id}`;
  section.setAttribute('aria-labelledby', headingId);
  const heading = element('h4', 'quotes-heading', `Quotes (${article.quotes.length})`);
  heading.id = headingId;
  const list = element('ul', 'quote-list');
  for (const quote of article.quotes) {
    const item = element('li', 'quote-item');
    const entity = quote.speaker_entity >= 0 ? report.entities[quote.speaker_entity] : undefined;
    const speaker = entity?.name ?? (quote.speaker || 'unknown speaker');
    item.dataset.speaker = speaker;
    item.append(element('q', 'quote-text', article.text.slice(quote.start_utf16, quote.end_utf16)),
      element('span', 'quote-speaker', ` — ${speaker}`));
    if (entity && quote.speaker && quote.speaker !== entity.name) item.append(element('span', 'quote-as', ` (as “${quote.speaker}”)`));
    if (quote.cue) item.append(element('span', 'quote-cue', `, ${quote.cue}`));
    list.append(item);
  }
  section.append(heading, list);
  return section;
}
