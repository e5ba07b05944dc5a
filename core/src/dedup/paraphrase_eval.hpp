// The paraphrase measurement: scores sentence pairs with the corpus pass's sentence scorer and
// with word Jaccard (the baseline), and picks each one's threshold by k-fold cross-validation
// (chosen on k-1 folds, counted on the k-th), so the two are compared on the same folds.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsprism::dedup {

struct SentencePair {
  std::string_view a;
  std::string_view b;
  bool paraphrase = false;
};

/// Per pair, in thousandths: `ours` from sentence_similarity() with stem weights counted over
/// every sentence of the pairs; `jaccard` the Jaccard of the two sentences' sets of words
/// (folded to lower case, unstemmed, function words kept).
struct PairScores {
  std::vector<uint32_t> ours;
  std::vector<uint32_t> jaccard;
};

PairScores score_sentence_pairs(const std::vector<SentencePair>& pairs);

enum class Criterion { kAccuracy, kF1 };

/// Outcome of cross-validation: the confusion counts over all held-out folds and each fold's
/// threshold (a pair is a paraphrase when its score >= the threshold).
struct CrossValidation {
  uint64_t true_positive = 0;
  uint64_t false_positive = 0;
  uint64_t false_negative = 0;
  uint64_t true_negative = 0;
  std::vector<uint32_t> thresholds;
  /// The median of the folds' thresholds (the lower middle one for an even count).
  uint32_t median_threshold() const;
  /// In millionths, so a printer needs no floating point.
  uint64_t accuracy_millionths() const;
  uint64_t f1_millionths() const;
  uint64_t precision_millionths() const;
  uint64_t recall_millionths() const;
};

/// Pair i goes to fold i % folds; on each fold the threshold that maximizes `criterion` on the
/// other folds (the smallest such; thresholds lie halfway between adjacent distinct scores) is
/// applied to the fold's pairs.
CrossValidation cross_validate(const std::vector<uint32_t>& scores, const std::vector<uint8_t>& labels,
                               uint32_t folds, Criterion criterion = Criterion::kAccuracy);

}  // namespace newsprism::dedup
