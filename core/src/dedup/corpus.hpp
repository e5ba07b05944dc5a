// The corpus pass: fingerprints and in-article repeats for every article, candidate pairs (every
// pair of a small set, LSH band buckets beyond), exact figures for each pair, sentence
// alignment for rewrites, a relation with its reason, and stories with their likely source and
// what each member adds.
#pragma once

#include <span>

#include "newsprism/analyze.hpp"
#include "newsprism/dedup.hpp"
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
      : document_frequency_(stem_count, 0), weights_(stem_count, 0) {
    for (const ArticleFeatures& f : features) {
      for (const auto& [stem, count] : f.stem_counts) ++document_frequency_[stem];
    }
    // Once per stem here rather than a division per stem of every pair compared.
    const uint64_t articles = features.size();
    for (size_t stem = 0; stem < stem_count; ++stem) {
      const uint64_t df = std::max<uint32_t>(document_frequency_[stem], 1);
      weights_[stem] = static_cast<uint32_t>(std::min<uint64_t>(4000, 1000 * (articles + 1) / (df + 1)));
    }
  }
  uint32_t frequency(uint32_t stem) const { return document_frequency_[stem]; }
  /// min(4000, 1000 * (articles + 1) / (article frequency + 1)), the frequency at least 1.
  uint64_t weight(uint32_t stem) const { return weights_[stem]; }

 private:
  std::vector<uint32_t> document_frequency_;
  std::vector<uint32_t> weights_;
};

/// The sum of squares of an article's content stems' weight * count: its topic vector's norm,
/// squared, as topic similarity computes it.
double weighted_stem_norm(const ArticleFeatures& f, const StemWeights& weights);

/// What aligning needs of the article on the `a` side of a pair, built once and reused for every
/// pair it leads (pairs come sorted by a, and an article leads hundreds of them at scale): its
/// body sentences listed by the content stems they hold (a small open-addressing table), its
/// sentence keys sorted, the norm of its weighted stem counts, and scratch space for align().
/// Not shared between threads: align() writes its scratch space.
class AlignmentSide {
 public:
  AlignmentSide(const ArticleFeatures& article, const StemWeights& weights);
  const ArticleFeatures& features() const { return article_; }
  /// Sum of squares of its stems' weight * count (the cosine's norm, squared).
  double stem_norm() const { return stem_norm_; }
  /// The body sentences of the article that hold `stem` among their content stems, ascending.
  std::span<const uint32_t> sentences_with(uint32_t stem) const;
  /// The (key, sentence) pairs of its body sentences with a key, sorted.
  const std::vector<std::pair<uint64_t, uint32_t>>& keys() const { return keys_; }

  /// Per sentence of the article, reused by align() from pair to pair.
  struct Scratch {
    std::vector<uint32_t> exact;       ///< first sentence of b with the same key, or UINT32_MAX
    std::vector<uint32_t> best;        ///< best-scoring sentence of b so far, or UINT32_MAX
    std::vector<uint32_t> best_score;  ///< its score
    std::vector<uint32_t> shared;      ///< content stems shared with the current sentence of b
    std::vector<uint32_t> touched;     ///< sentences whose `shared` is not 0
  };
  Scratch& scratch() { return scratch_; }

 private:
  struct Slot {
    uint32_t stem = UINT32_MAX;  // UINT32_MAX: empty (stem ids are dense, never that large)
    uint32_t first = 0;          // into sentences_
    uint32_t count = 0;
  };
  const ArticleFeatures& article_;
  std::vector<Slot> slots_;  // a power of two, at most half full
  std::vector<uint32_t> sentences_;
  std::vector<std::pair<uint64_t, uint32_t>> keys_;
  double stem_norm_ = 0;
  Scratch scratch_;
};

/// Given a pair whose shingle figures are set: aligns the two articles' sentences, measures
/// their topic similarity and sets the relation with its reason (the rules above). `a` is the
/// pair's first article (pair.a), `b` its second; both have their sentence_weights set. Without
/// `explain` the reason is left empty (corpus mode prints none, and millions of pairs are related).
void relate(ArticlePair& pair, AlignmentSide& a, const ArticleFeatures& b, bool same_shingles, bool empty,
            const StemWeights& weights, const TermWeights& sentence_weights, uint32_t threshold,
            bool explain = true);

/// Pairs of articles that share three or more of their 32 rarest content stems (by article
/// frequency, at least 2; a stem chosen by more than 128 articles is skipped): where rewrites are
/// looked for beyond the small-set size. Sorted, distinct, a < b.
/// `parallel` spreads the counting over the caller's threads (the same pairs either way).
std::vector<std::pair<uint32_t, uint32_t>> topic_candidates(const std::vector<ArticleFeatures>& features,
                                                            const StemWeights& weights,
                                                            const ParallelFor& parallel = {});

}  // namespace newsprism::dedup
