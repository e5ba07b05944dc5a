#include "dedup/sentence_similarity.hpp"

#include <algorithm>
#include <array>
#include <bit>

#include "dedup/candidates.hpp"
#include "dedup/minhash.hpp"
#include "newsprism/text.hpp"

namespace newsprism::dedup {
namespace {

// Function words carry no topic: the two-content-word gate and topic similarity skip them.
constexpr std::array<std::string_view, 95> kStopwords{
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had",
    "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it",
    "it's", "its", "just", "more", "most", "much", "my", "no", "not", "now", "of", "on", "one",
    "only", "or", "other", "our", "out", "over", "s", "said", "says", "she", "so", "some", "such",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "through", "to", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "will", "with", "would", "you", "your",
};

static_assert(std::is_sorted(kStopwords.begin(), kStopwords.end()));
static_assert(std::all_of(kStopwords.begin(), kStopwords.end(), [](std::string_view w) {
  return !w.empty() && w.size() <= 7 && w[0] >= 'a' && w[0] <= 'z';
}));


void sort_unique(std::vector<uint32_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

// True when a has a value b lacks.
bool has_extra(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  for (uint32_t v : a) {
    if (!std::binary_search(b.begin(), b.end(), v)) return true;
  }
  return false;
}

}  // namespace

uint32_t StemTable::id(const std::string& stem) {
  if (hashed_) return static_cast<uint32_t>(hash_bytes(stem.data(), stem.size()) >> 32);
  auto [it, inserted] = ids_.emplace(stem, static_cast<uint32_t>(ids_.size()));
  return it->second;
}

// Where each initial's function words start in kStopwords ('a' to 'z', then the end): a word is
// looked up among the few that share its initial, not all 95 (this runs for every word).
constexpr std::array<uint8_t, 27> kStopwordInitials = [] {
  std::array<uint8_t, 27> starts{};
  for (int c = 0; c <= 26; ++c) {
    size_t k = 0;
    while (k < kStopwords.size() && kStopwords[k][0] < 'a' + c) ++k;
    starts[c] = static_cast<uint8_t>(k);
  }
  return starts;
}();

constexpr size_t kLongestStopword = 7;  // "through"

bool is_function_word(std::string_view word) {
  if (word.empty() || word.size() > kLongestStopword || word[0] < 'a' || word[0] > 'z') return false;
  const auto first = kStopwords.begin() + kStopwordInitials[word[0] - 'a'];
  const auto last = kStopwords.begin() + kStopwordInitials[word[0] - 'a' + 1];
  return std::binary_search(first, last, word);
}

std::string stem_word(std::string word) {
  if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
  auto strip = [&](std::string_view suffix, size_t min_length, std::string_view replacement = "") {
    if (word.size() >= min_length && word.ends_with(suffix)) {
      word.resize(word.size() - suffix.size());
      word.append(replacement);
      return true;
    }
    return false;
  };
  if (strip("ies", 5, "y") || strip("ing", 6) || strip("ed", 5) || strip("ly", 5)) return word;
  if (word.size() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us")) word.pop_back();
  return word;
}

uint32_t SentenceTermsBuilder::add(std::string_view token, TokenKind kind, bool first_in_sentence) {
  if (kind != TokenKind::kWord && kind != TokenKind::kNumber && kind != TokenKind::kCjk) return UINT32_MAX;
  fold_token(token, folded_);
  const bool function_word = is_function_word(folded_);
  const bool content = !function_word && (folded_.size() >= 2 || kind != TokenKind::kWord);
  const uint32_t id = stems_.id(function_word ? folded_ : stem_word(folded_));
  terms_.terms.push_back(id);
  if (kind == TokenKind::kNumber) terms_.numbers.push_back(id);
  const char first = token.empty() ? '\0' : token[0];
  if (kind == TokenKind::kNumber || (!first_in_sentence && first >= 'A' && first <= 'Z')) terms_.has_anchor = true;
  if (!content) return UINT32_MAX;
  terms_.content.push_back(id);
  return id;
}

SentenceTerms SentenceTermsBuilder::finish() {
  sort_unique(terms_.terms);
  sort_unique(terms_.content);
  sort_unique(terms_.numbers);
  SentenceTerms out = std::move(terms_);
  terms_ = SentenceTerms();
  return out;
}

void SentenceTermsBuilder::finish_into(SentenceTermList& list) {
  sort_unique(terms_.terms);
  sort_unique(terms_.content);
  sort_unique(terms_.numbers);
  list.push_back(terms_);
  terms_.terms.clear();  // cleared, not freed: the next sentence reuses the room
  terms_.content.clear();
  terms_.numbers.clear();
  terms_.has_anchor = false;
}

uint32_t log2_fixed(uint64_t x) {
  if (x <= 1) return 0;
  const int msb = 63 - std::countl_zero(x);
  uint32_t result = static_cast<uint32_t>(msb) << 8;
  // The mantissa x / 2^msb in [1, 2) as Q1.31; squaring it gives the fraction's bits one by one.
  uint64_t m = msb >= 31 ? x >> (msb - 31) : x << (31 - msb);
  for (int bit = 7; bit >= 0; --bit) {
    m = (m * m) >> 31;
    if (m >= (uint64_t{2} << 31)) {
      m >>= 1;
      result |= 1u << bit;
    }
  }
  return result;
}

void TermWeights::count(const SentenceTermsView& sentence) {
  weights_.clear();
  ++sentences_;
  for (uint32_t stem : sentence.terms) {
    if (stem >= frequency_.size()) frequency_.resize(stem + 1, 0);
    ++frequency_[stem];
  }
}

void TermWeights::finish() {
  weights_.resize(frequency_.size());
  for (uint32_t stem = 0; stem < frequency_.size(); ++stem) weights_[stem] = compute(stem);
}

uint32_t TermWeights::compute(uint32_t stem) const {
  const uint64_t frequency = stem < frequency_.size() ? frequency_[stem] : 0;
  const uint32_t all = log2_fixed(sentences_ + 1);
  const uint32_t part = log2_fixed(frequency + 1);
  return 256 + (all > part ? all - part : 0);
}

uint32_t sentence_similarity(const SentenceTermsView& a, const SentenceTermsView& b, const TermWeights& weights) {
  // Two shared content words at least: "the" and "said" do not make sentences alike.
  size_t i = 0;
  size_t j = 0;
  uint32_t shared_content = 0;
  while (i < a.content.size() && j < b.content.size() && shared_content < 2) {
    if (a.content[i] == b.content[j]) {
      ++shared_content;
      ++i;
      ++j;
    } else if (a.content[i] < b.content[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  if (shared_content < 2) return 0;
  return sentence_similarity_sharing(a, terms_weight(a, weights), b, terms_weight(b, weights), weights);
}

uint64_t terms_weight(const SentenceTermsView& sentence, const TermWeights& weights) {
  uint64_t sum = 0;
  for (uint32_t stem : sentence.terms) sum += weights.weight(stem);
  return sum;
}

uint32_t sentence_similarity_sharing(const SentenceTermsView& a, uint64_t weight_a, const SentenceTermsView& b,
                                     uint64_t weight_b, const TermWeights& weights) {
  // Only the shared terms are summed: each side's total is given. The merge has no branch in its
  // body (which side steps is hard to predict); a's weight is looked up at every step and kept
  // only where the terms are equal.
  uint64_t shared = 0;
  size_t i = 0;
  size_t j = 0;
  const uint32_t* at = a.terms.data();
  const uint32_t* bt = b.terms.data();
  const size_t na = a.terms.size();
  const size_t nb = b.terms.size();
  const std::vector<uint32_t>& table = weights.table();
  if (na != 0 && at[na - 1] < table.size()) {  // sorted: every term of a has its weight in the table
    const uint32_t* w = table.data();
    while (i < na && j < nb) {
      const uint32_t x = at[i];
      const uint32_t y = bt[j];
      shared += w[x] & (uint64_t{0} - static_cast<uint64_t>(x == y));
      i += static_cast<size_t>(x <= y);
      j += static_cast<size_t>(y <= x);
    }
  } else {
    while (i < na && j < nb) {
      const uint32_t x = at[i];
      const uint32_t y = bt[j];
      if (x == y) shared += weights.weight(x);
      i += static_cast<size_t>(x <= y);
      j += static_cast<size_t>(y <= x);
    }
  }
  // The less covered side decides: a sentence that adds a clause is not a paraphrase.
  uint32_t score = std::min(ratio_thousandths(shared, weight_a), ratio_thousandths(shared, weight_b));
  // A changed figure: each side has a number the other lacks.
  if (!a.numbers.empty() && !b.numbers.empty() && has_extra(a.numbers, b.numbers) && has_extra(b.numbers, a.numbers)) {
    score = score * 9 / 10;
  }
  return score;
}

uint32_t sentence_similarity_bound(uint64_t weight_a, uint64_t weight_b) {
  // ratio_thousandths() grows with the part and shrinks with the whole, and the shared weight is
  // at most the lighter side's: min(shared/a, shared/b) <= lighter/heavier. The 0.9 for a
  // changed figure only lowers a score.
  return ratio_thousandths(std::min(weight_a, weight_b), std::max(weight_a, weight_b));
}

void fold_token(std::string_view token, std::string& out) {
  out.clear();
  for (char c : token) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      out = fold_for_matching(token);
      return;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
}

}  // namespace newsprism::dedup
