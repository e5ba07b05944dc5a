// The corpus pass: fingerprints and in-article repeats for every article, candidate pairs (every
// pair of a small set, LSH band buckets beyond), exact figures for each pair, sentence
// alignment for rewrites, a relation with its reason, and stories with their likely source and
// what each member adds.
#pragma once

#include "newsprism/analyze.hpp"
#include "newsprism/report.hpp"
#include "dedup/features.hpp"
#include "dedup/sentence_similarity.hpp"

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
/// (copies, near copies) and the articles that share three of their 32 rarest content stems
/// (rewrites), each with its sentences aligned; only related pairs are kept.
/// Identical bodies are compared once: later copies pair with the first, so a thousand copies
/// cost a thousand pairs, not half a million.
void compare_articles(Report& report, const DedupOptions& options);

// Integer weights that play the part of IDF: rare stems weigh more, stems in every article
// least; integers keep every target's figures identical.
class StemWeights {
 public:
  StemWeights(const std::vector<ArticleFeatures>& features, size_t stem_count)
      : document_frequency_(stem_count, 0), articles_(features.size()) {
    for (const ArticleFeatures& f : features) {
      for (const auto& [stem, count] : f.stem_counts) ++document_frequency_[stem];
    }
  }
  uint32_t frequency(uint32_t stem) const { return document_frequency_[stem]; }
  uint64_t weight(uint32_t stem) const {
    const uint64_t df = std::max<uint32_t>(document_frequency_[stem], 1);
    return std::min<uint64_t>(4000, 1000 * (articles_ + 1) / (df + 1));
  }

 private:
  std::vector<uint32_t> document_frequency_;
  uint64_t articles_;
};

/// Given a pair whose shingle figures are set: aligns the two articles' sentences, measures
/// their topic similarity and sets the relation with its reason (the rules above).
void relate(ArticlePair& pair, const ArticleFeatures& a, const ArticleFeatures& b, bool same_shingles, bool empty,
            const StemWeights& weights, const TermWeights& sentence_weights, uint32_t threshold);

/// Pairs of articles that share three or more of their 32 rarest content stems (by article
/// frequency, at least 2; a stem chosen by more than 128 articles is skipped): where rewrites are
/// looked for beyond the small-set size. Sorted, distinct, a < b.
std::vector<std::pair<uint32_t, uint32_t>> topic_candidates(const std::vector<ArticleFeatures>& features,
                                                            const StemWeights& weights);

}  // namespace newsprism::dedup
