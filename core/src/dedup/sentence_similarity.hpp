// How alike two sentences are: the one scorer that both aligns the sentences of rewrites in the
// corpus pass and is measured on the Microsoft Research Paraphrase Corpus (`newsprism
// eval-paraphrase`). Every word counts, stemmed, weighted by its rarity among the sentences of
// the call (1 + log2 of the inverse sentence frequency, in integer fixed point so every target
// gives the same figures); the score is the weighted share of the less covered sentence's stems
// that the other has, times 0.9 when each sentence has a number the other lacks.
#pragma once

#include <cstdint>
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

/// One sentence's words as the scorer sees them.
struct SentenceTerms {
  std::vector<uint32_t> terms;    ///< sorted, distinct stem ids of every word, function words too
  std::vector<uint32_t> content;  ///< sorted, distinct: the stems of content words (no function words)
  std::vector<uint32_t> numbers;  ///< sorted, distinct: the stems of number tokens
  bool has_anchor = false;        ///< holds a number or a capitalized word after the first
};

/// Builds SentenceTerms one token at a time: add() each token of the sentence in order (any kind:
/// only words and numbers count), then finish().
class SentenceTermsBuilder {
 public:
  explicit SentenceTermsBuilder(StemTable& stems) : stems_(stems) {}
  /// Adds one token; returns the stem id of a content word (for topic counts), else UINT32_MAX.
  uint32_t add(std::string_view token, TokenKind kind, bool first_in_sentence);
  SentenceTerms finish();

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
  void count(const SentenceTerms& sentence);
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
uint32_t sentence_similarity(const SentenceTerms& a, const SentenceTerms& b, const TermWeights& weights);

/// The summed weight of a sentence's terms: what sentence_similarity() divides by. Aligning
/// computes it once per sentence instead of once per sentence pair it scores.
uint64_t terms_weight(const SentenceTerms& sentence, const TermWeights& weights);

/// sentence_similarity() of two sentences the caller knows share two content words or more, given
/// their terms_weight(): the same figure, without the content-word check or summing each side.
uint32_t sentence_similarity_sharing(const SentenceTerms& a, uint64_t weight_a, const SentenceTerms& b,
                                     uint64_t weight_b, const TermWeights& weights);

/// The most sentence_similarity() can give two sentences of these terms_weight(): all of the
/// lighter one's weight shared. A pair whose bound is below what it must beat need not be scored.
uint32_t sentence_similarity_bound(uint64_t weight_a, uint64_t weight_b);

}  // namespace newsprism::dedup
