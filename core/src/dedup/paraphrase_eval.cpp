#include "dedup/paraphrase_eval.hpp"

#include <algorithm>
#include <numeric>
#include <string>

#include "dedup/candidates.hpp"
#include "dedup/sentence_similarity.hpp"
#include "newsprism/segment.hpp"
#include "newsprism/text.hpp"

namespace newsprism::dedup {
namespace {

// A sentence's terms (the whole string is one sentence, whatever the segmenter says) and its
// word ids for Jaccard.
struct Scored {
  SentenceTerms terms;
  std::vector<uint32_t> words;
};

Scored score_input(std::string_view sentence, StemTable& stems, StemTable& words) {
  const std::string text = normalize_text(sentence).text;
  const Segmentation segmentation = segment_text(text);
  SentenceTermsBuilder builder(stems);
  Scored scored;
  bool first = true;
  for (const Token& token : segmentation.tokens) {
    const std::string_view word(text.data() + token.range.start, token.range.end - token.range.start);
    if (token.kind != TokenKind::kWord && token.kind != TokenKind::kNumber && token.kind != TokenKind::kCjk) continue;
    builder.add(word, token.kind, first);
    first = false;
    std::string folded = fold_for_matching(word);
    scored.words.push_back(words.id(folded));
  }
  scored.terms = builder.finish();
  std::sort(scored.words.begin(), scored.words.end());
  scored.words.erase(std::unique(scored.words.begin(), scored.words.end()), scored.words.end());
  return scored;
}

uint32_t word_jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  const uint64_t shared = count_shared(a, b);
  return ratio_thousandths(shared, a.size() + b.size() - shared);
}

struct Counts {
  uint64_t tp = 0, fp = 0, fn = 0, tn = 0;
};

// Accuracy or F1 compared exactly, as cross-multiplied integers.
bool better(const Counts& x, const Counts& y, Criterion criterion) {
  if (criterion == Criterion::kAccuracy) return x.tp + x.tn > y.tp + y.tn;
  // 2tp / (2tp + fp + fn)
  const uint64_t dx = 2 * x.tp + x.fp + x.fn;
  const uint64_t dy = 2 * y.tp + y.fp + y.fn;
  return x.tp * dy > y.tp * dx;
}

uint64_t millionths(uint64_t part, uint64_t whole) { return whole == 0 ? 0 : (part * 1000000 + whole / 2) / whole; }

}  // namespace

PairScores score_sentence_pairs(const std::vector<SentencePair>& pairs) {
  StemTable stems;
  StemTable words;
  std::vector<Scored> a;
  std::vector<Scored> b;
  a.reserve(pairs.size());
  b.reserve(pairs.size());
  for (const SentencePair& pair : pairs) {
    a.push_back(score_input(pair.a, stems, words));
    b.push_back(score_input(pair.b, stems, words));
  }
  TermWeights weights(stems.size());
  for (size_t i = 0; i < pairs.size(); ++i) {
    weights.count(a[i].terms);
    weights.count(b[i].terms);
  }
  weights.finish();
  PairScores scores;
  for (size_t i = 0; i < pairs.size(); ++i) {
    scores.ours.push_back(sentence_similarity(a[i].terms, b[i].terms, weights));
    scores.jaccard.push_back(word_jaccard(a[i].words, b[i].words));
  }
  return scores;
}

uint32_t CrossValidation::median_threshold() const {
  if (thresholds.empty()) return 0;
  std::vector<uint32_t> sorted = thresholds;
  std::sort(sorted.begin(), sorted.end());
  return sorted[(sorted.size() - 1) / 2];
}

uint64_t CrossValidation::accuracy_millionths() const {
  return millionths(true_positive + true_negative, true_positive + true_negative + false_positive + false_negative);
}
uint64_t CrossValidation::f1_millionths() const {
  return millionths(2 * true_positive, 2 * true_positive + false_positive + false_negative);
}
uint64_t CrossValidation::precision_millionths() const { return millionths(true_positive, true_positive + false_positive); }
uint64_t CrossValidation::recall_millionths() const { return millionths(true_positive, true_positive + false_negative); }

CrossValidation cross_validate(const std::vector<uint32_t>& scores, const std::vector<uint8_t>& labels, uint32_t folds,
                               Criterion criterion) {
  CrossValidation result;
  const size_t n = std::min(scores.size(), labels.size());
  folds = std::max<uint32_t>(folds, 2);
  for (uint32_t fold = 0; fold < folds; ++fold) {
    std::vector<size_t> train;
    for (size_t i = 0; i < n; ++i) {
      if (i % folds != fold) train.push_back(i);
    }
    if (train.empty()) continue;
    // Sweep thresholds upward: every pair predicted positive at first, then each distinct score
    // moves its pairs to negative once the threshold passes it.
    std::sort(train.begin(), train.end(), [&](size_t x, size_t y) { return scores[x] != scores[y] ? scores[x] < scores[y] : x < y; });
    Counts counts;
    for (size_t i : train) (labels[i] ? counts.tp : counts.fp) += 1;
    Counts best = counts;
    uint32_t best_threshold = scores[train.front()];
    for (size_t k = 0; k < train.size();) {
      const uint32_t value = scores[train[k]];
      while (k < train.size() && scores[train[k]] == value) {
        if (labels[train[k]]) {
          --counts.tp;
          ++counts.fn;
        } else {
          --counts.fp;
          ++counts.tn;
        }
        ++k;
      }
      // Halfway between this score and the next one up: held-out pairs between the two go to
      // the nearer side.
      const uint32_t threshold = k < train.size() ? value + (scores[train[k]] - value + 1) / 2 : value + 1;
      if (better(counts, best, criterion)) {
        best = counts;
        best_threshold = threshold;
      }
    }
    result.thresholds.push_back(best_threshold);
    for (size_t i = fold; i < n; i += folds) {
      const bool predicted = scores[i] >= best_threshold;
      if (predicted && labels[i]) ++result.true_positive;
      else if (predicted) ++result.false_positive;
      else if (labels[i]) ++result.false_negative;
      else ++result.true_negative;
    }
  }
  return result;
}

}  // namespace newsprism::dedup
