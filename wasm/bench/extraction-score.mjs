// The article-extraction benchmark's score, written from ../shared/data/extraction/README.md:
// word tokens (maximal runs of Python's \w: letters, digits, underscore; combining marks split a
// word), multisets of 4-token shingles, per page matched/extra/missed scaled to sum to 1,
// precision and recall averaged over pages, F1 from the two averages.
//
// Conventions where the README leaves a choice: a text of fewer than four tokens is one shingle
// of all its tokens (so a short true body can still be matched); an empty prediction, or one
// that shares nothing, scores precision 0 and recall 0.

const WORD = /[\p{L}\p{N}_]+/gu;  // \w in Python 3 str patterns: letters (L), digits/numbers (N), underscore; marks (M) are not in it

/** Word tokens of `text`, case kept, punctuation dropped. */
export function tokens(text) {
  return text.match(WORD) ?? [];
}

/** The multiset of n-token shingles of `text`, as a Map from shingle to count. */
export function shingles(text, n = 4) {
  const words = tokens(text);
  const counts = new Map();
  if (words.length === 0) return counts;
  if (words.length < n) {
    counts.set(words.join('\u0001'), 1);
    return counts;
  }
  for (let i = 0; i + n <= words.length; ++i) {
    const key = words.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page: {precision, recall} of `predicted` against `truth`. */
export function scorePage(truth, predicted) {
  const want = shingles(truth);
  const got = shingles(predicted);
  let matched = 0;
  let extra = 0;
  let missed = 0;
  for (const [key, count] of got) {
    const expected = want.get(key) ?? 0;
    matched += Math.min(count, expected);
    extra += Math.max(0, count - expected);
  }
  for (const [key, count] of want) missed += Math.max(0, count - (got.get(key) ?? 0));
  const total = matched + extra + missed;
  if (total === 0 || matched === 0) return { precision: 0, recall: 0 };
  // Scaling matched, extra and missed to sum to 1 leaves the ratios unchanged.
  return { precision: matched / (matched + extra), recall: matched / (matched + missed) };
}

/** Pages: [{truth, predicted}] -> {precision, recall, f1} with P and R averaged over pages. */
export function scoreAll(pages) {
  if (pages.length === 0) return { precision: 0, recall: 0, f1: 0 };
  let precision = 0;
  let recall = 0;
  for (const page of pages) {
    const score = scorePage(page.truth, page.predicted);
    precision += score.precision;
    recall += score.recall;
  }
  precision /= pages.length;
  recall /= pages.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
