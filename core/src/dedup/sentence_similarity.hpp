// How alike two sentences are: the one scorer that both aligns the sentences of rewrites in the
// corpus pass and is measured on the Microsoft Research Paraphrase Corpus (`newsprism
// eval-paraphrase`). Every word counts, stemmed, weighted by its rarity among the sentences of
// the call (1 + log2 of the inverse sentence frequency, in integer fixed point so every target
// gives the same figures); the score is the weighted share of the less covered sentence's stems
// that the other has, times 0.9 when each sentence has a number the other lacks.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsprism/segment.hpp"

namespace newsprism::dedup {

/// The alignment threshold, in thousandths: the one 10-fold cross-validation picks for F1 on
/// MSRP's train split (the median over the folds, `newsprism eval-paraphrase`: F1 0.8216 there,
/// word Jaccard 0.8163). Picked for accuracy it would be 0.505 (accuracy 0.7365, Jaccard
/// 0.7252), which misses most of the seeds' rewritten sentences: rewrites paraphrase more
/// loosely than MSRP's pairs.
constexpr uint32_t kAlignedSentence = 355;

/// The folded form of one token into `out` (reused by the caller, so no allocation per
/// token): ASCII is lower-cased in place; anything else goes through fold_for_matching().
void fold_token(std::string_view token, std::string& out);

/// Interns stems across the articles of one call, so sentences compare by integer ids.
/// Ids are given in order of first appearance, so they do not depend on hash-table order.
/// A hashed table gives each stem the top 32 bits of its 64-bit hash instead, so ids from
/// separate tables (separate inputs, threads) compare; its size() is 0 and such ids are made
/// dense again before TermWeights counts them.
class StemTable {
 public:
  explicit StemTable(bool hashed = false) : hashed_(hashed) {}
  uint32_t id(const std::string& stem);
  size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, uint32_t> ids_;
  bool hashed_ = false;
};

/// One sentence's words as the scorer reads them, wherever they are kept (a SentenceTerms, or a
/// SentenceTermList holding a whole article's).
struct SentenceTermsView {
  std::span<const uint32_t> terms;    ///< sorted, distinct stem ids of every word, function words too
  std::span<const uint32_t> content;  ///< sorted, distinct: the stems of content words
  std::span<const uint32_t> numbers;  ///< sorted, distinct: the stems of number tokens
};

/// One sentence's words as the scorer sees them.
struct SentenceTerms {
  std::vector<uint32_t> terms;    ///< sorted, distinct stem ids of every word, function words too
  std::vector<uint32_t> content;  ///< sorted, distinct: the stems of content words (no function words)
  std::vector<uint32_t> numbers;  ///< sorted, distinct: the stems of number tokens
  bool has_anchor = false;        ///< holds a number or a capitalized word after the first
  operator SentenceTermsView() const { return {terms, content, numbers}; }
};

/// The terms of an article's sentences in one list of values, in sentence order: sentence s's
/// terms, content stems and numbers are three consecutive runs. Two allocations an article where
/// a SentenceTerms a sentence takes three (with their headers and the allocator's overhead), and
/// an article's stems lie together in memory for the pairs that read them all.
class SentenceTermList {
 public:
  SentenceTermList() = default;
  /// Adopts values laid out as described, with `starts` the start of each run (three per
  /// sentence) followed by the end of the last: what CorpusEntry keeps.
  SentenceTermList(std::vector<uint32_t> values, std::vector<uint32_t> starts)
      : values_(std::move(values)), starts_(std::move(starts)) {
    if (starts_.empty()) starts_.push_back(0);
  }
  void push_back(const SentenceTermsView& sentence) {
    append(sentence.terms);
    append(sentence.content);
    append(sentence.numbers);
  }
  size_t size() const { return (starts_.size() - 1) / 3; }
  SentenceTermsView operator[](size_t s) const {
    return {run(3 * s), run(3 * s + 1), run(3 * s + 2)};
  }
  /// Every value, for renumbering the stems in place (each run stays sorted when the new
  /// numbering keeps the old order).
  std::vector<uint32_t>& values() { return values_; }

 private:
  void append(std::span<const uint32_t> run_values) {
    values_.insert(values_.end(), run_values.begin(), run_values.end());
    starts_.push_back(static_cast<uint32_t>(values_.size()));
  }
  std::span<const uint32_t> run(size_t k) const {
    return {values_.data() + starts_[k], values_.data() + starts_[k + 1]};
  }
  std::vector<uint32_t> values_;
  std::vector<uint32_t> starts_{0};
};

/// Builds SentenceTerms one token at a time: add() each token of the sentence in order (any kind:
/// only words and numbers count), then finish(), or finish_into() a list; the builder then starts
/// the next sentence, reusing its buffers.
class SentenceTermsBuilder {
 public:
  explicit SentenceTermsBuilder(StemTable& stems) : stems_(stems) {}
  /// Adds one token; returns the stem id of a content word (for topic counts), else UINT32_MAX.
  uint32_t add(std::string_view token, TokenKind kind, bool first_in_sentence);
  SentenceTerms finish();
  /// finish(), appending the sentence to `list` instead of returning it: no allocation per
  /// sentence once the buffers have grown.
  void finish_into(SentenceTermList& list);

 private:
  StemTable& stems_;
  SentenceTerms terms_;
  std::string folded_;
};

/// A light English stemmer: enough that "chips"/"chip" and "founded"/"found" meet; other
/// languages pass through unchanged.
std::string stem_word(std::string word);

/// True for English function words (which carry no topic).
bool is_function_word(std::string_view folded_word);

/// Sentence frequencies of stems, counted over the sentences of a call (or of a pair corpus).
class TermWeights {
 public:
  explicit TermWeights(size_t stem_count = 0) : frequency_(stem_count, 0) {}
  /// Counts one sentence.
  void count(const SentenceTermsView& sentence);
  /// Computes every stem's weight once, after the counting: weight() then only looks it up
  /// (the scorer asks for each term of each sentence pair it scores).
  void finish();
  /// 1 + log2((sentences + 1) / (frequency + 1)), with 8 fractional bits (256 = 1.0).
  uint64_t weight(uint32_t stem) const {
    return stem < weights_.size() ? weights_[stem] : compute(stem);
  }
  /// After finish(): weight() of every stem below table().size(), for loops that check once.
  const std::vector<uint32_t>& table() const { return weights_; }

 private:
  uint32_t compute(uint32_t stem) const;
  std::vector<uint32_t> frequency_;
  std::vector<uint32_t> weights_;
  uint64_t sentences_ = 0;
};

/// log2(x) with 8 fractional bits, for x >= 1, in integers (the same on every target).
uint32_t log2_fixed(uint64_t x);

/// Similarity of two sentences in thousandths: the smaller of the two weighted shares of each
/// sentence's stems found in the other, 0 unless they share two content words, times 0.9 when
/// each has a number the other lacks.
uint32_t sentence_similarity(const SentenceTermsView& a, const SentenceTermsView& b, const TermWeights& weights);

/// The summed weight of a sentence's terms: what sentence_similarity() divides by. Aligning
/// computes it once per sentence instead of once per sentence pair it scores.
uint64_t terms_weight(const SentenceTermsView& sentence, const TermWeights& weights);

/// sentence_similarity() of two sentences the caller knows share two content words or more, given
/// their terms_weight(): the same figure, without the content-word check or summing each side.
uint32_t sentence_similarity_sharing(const SentenceTermsView& a, uint64_t weight_a, const SentenceTermsView& b,
                                     uint64_t weight_b, const TermWeights& weights);

/// The most sentence_similarity() can give two sentences of these terms_weight(): all of the
/// lighter one's weight shared. A pair whose bound is below what it must beat need not be scored.
uint32_t sentence_similarity_bound(uint64_t weight_a, uint64_t weight_b);

}  // namespace newsprism::dedup
