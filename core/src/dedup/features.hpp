// What the corpus stages compare, computed once per article from its tokens: normalized words
// (folded quotes and dashes, lower case, Markdown markers gone since they are not tokens), word
// shingles, a key per sentence and per block, and weighted content-word stems for alignment.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "newsprism/analyze.hpp"
#include "newsprism/report.hpp"
#include "dedup/sentence_similarity.hpp"

namespace newsprism::dedup {

/// An article, as the comparison stages see it.
struct ArticleFeatures {
  /// Sorted, distinct 64-bit shingle hashes of the article's body (boilerplate left out).
  std::vector<uint64_t> shingles;
  /// Per sentence (Article::sentences order): a hash of its normalized words, 0 for a sentence
  /// with no word or inside boilerplate.
  std::vector<uint64_t> sentence_keys;
  /// Per block: a hash of its normalized words (0 when it has none).
  std::vector<uint64_t> block_keys;
  /// Per sentence: true when it lies in the article's body (not title, byline or boilerplate).
  std::vector<uint8_t> sentence_in_body;
  /// Per sentence: its stems for alignment (empty for boilerplate sentences).
  SentenceTermList sentence_terms;
  /// All content stems of the body with their counts, sorted by stem id.
  std::vector<std::pair<uint32_t, uint32_t>> stem_counts;
  /// Per sentence: terms_weight() of its terms under the call's sentence weights, set by
  /// weigh_sentences() once those weights are final and before any sentence is aligned.
  std::vector<uint64_t> sentence_weights;
  /// weighted_stem_norm() under the call's StemWeights where the caller stored it (once per
  /// article, not once per pair), else negative: computed when needed.
  double stem_norm = -1;
};

/// Sets each sentence's terms_weight() in `features`: the scorer's denominators, summed once per
/// sentence rather than once per sentence pair scored.
void weigh_sentences(ArticleFeatures& features, const TermWeights& weights);

/// Computes the features of `article` and fills its fingerprint (shingle count, signature,
/// band keys) with the fixed MinHash family of `options`. Without `alignment_terms` the
/// content-word stems (for alignment and topic similarity) are skipped: a fingerprint alone.
ArticleFeatures compute_features(Article& article, const DedupOptions& options,
                                 const std::vector<uint32_t>& coefficients, StemTable& stems,
                                 bool alignment_terms = true);

/// Finds blocks and sentences that repeat earlier ones in the same article: exact after
/// normalization, and near (word 3-shingle Jaccard >= 0.8) for blocks of eight words or more.
void find_repeats(Article& article, const ArticleFeatures& features);

}  // namespace newsprism::dedup
