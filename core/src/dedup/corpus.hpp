// The corpus pass: fingerprints and in-article repeats for every article, candidate pairs (every
// pair of a small set, LSH band buckets beyond), exact figures for each pair, sentence
// alignment for rewrites, a relation with its reason, and stories with their likely source and
// what each member adds.
#pragma once

#include "newsprism/analyze.hpp"
#include "newsprism/report.hpp"

namespace newsprism::dedup {

/// Fills every article's repeats and fingerprint, and report.pairs and report.stories.
///
/// Relations, strongest first: identical (the bodies' shingle sets are equal), near_duplicate
/// (exact shingle Jaccard >= 0.75), contains (>= 0.8 of one body's shingles are in the other),
/// rewrite (sentences align, by sentence_similarity() >= kAlignedSentence, the threshold
/// cross-validated on MSRP: three or more covering a quarter of the shorter body, or five or
/// more with a content-word cosine >= 0.4), same_story (content-word cosine >= 0.3, or some
/// sentences align), unrelated. The article-level thresholds were set on the project's own cases
/// and the seeds. Stories join articles
/// linked by rewrite or stronger; same_story links stories as related without merging them.
/// Up to all_pairs_up_to articles every pair is compared; beyond, the LSH band candidates
/// (copies, near copies) and the articles that share three of their twelve rarest content stems
/// (rewrites), each with its sentences aligned; only related pairs are kept.
/// Identical bodies are compared once: later copies pair with the first, so a thousand copies
/// cost a thousand pairs, not half a million.
void compare_articles(Report& report, const DedupOptions& options);

}  // namespace newsprism::dedup
