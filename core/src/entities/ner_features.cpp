#include "entities/ner_features.hpp"

#include <algorithm>

namespace newsprism::entities {
namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

// Feature templates: each feature hashes its template number with its values.
enum Template : uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kPrefix,
  kSuffix,
  kPrevLower,
  kNextLower,
  kPrev2Lower,
  kNext2Lower,
  kPrevShape,
  kNextShape,
  kPrevShapeShape,
  kShapeNextShape,
  kPrevLowerLower,
  kLowerNextLower,
  kFirstCase,
  kHeadlineCase,
  kDocumentCase,
  kDocumentHeadline,
  kLengthCase,
  kPrevLowerCase,
  kCaseTrigram,
  kNextLowerCase,
  kSuffixCase,
  kAroundLower,
  kSentenceLength,
  kWordPrevCase,
  kMemoryCase,
  kMemoryAgreement,
  kGazetteerSpan,
  kGazetteerSpanCase,
  kGazetteerUnit,
};

// Boundary words before and after a sentence.
constexpr uint64_t kStartWord = 0x5354415254ULL;
constexpr uint64_t kEndWord = 0x454e44ULL;

inline uint64_t feature(uint64_t kind, uint64_t a) {
  return mix64(kind * 0x9e3779b97f4a7c15ULL ^ a);
}
inline uint64_t feature(uint64_t kind, uint64_t a, uint64_t b) {
  return mix64(feature(kind, a) + b * 0xd6e8feb86659fd93ULL);
}
inline uint64_t feature(uint64_t kind, uint64_t a, uint64_t b, uint64_t c) {
  return mix64(feature(kind, a, b) + c * 0xa0761d6478bd642fULL);
}

inline bool is_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool is_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
inline bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

uint32_t length_bucket(uint32_t length) {
  if (length <= 3) return length;
  if (length <= 6) return 4;
  if (length <= 10) return 5;
  return 6;
}

}  // namespace

uint64_t hash_bytes(std::string_view bytes) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : bytes) h = (h ^ c) * kFnvPrime;
  return mix64(h ^ bytes.size());
}

void describe_word(std::string_view word, WordInfo& info) {
  info = WordInfo{};
  info.length = static_cast<uint32_t>(word.size());
  uint64_t word_hash = kFnvOffset;
  uint64_t lower_hash = kFnvOffset;
  uint64_t shape_hash = kFnvOffset;
  char last_class = 0;
  int shape_bytes = 0;
  int uppers = 0, lowers = 0, digits = 0;
  bool first_letter_upper = false, seen_letter = false;
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    const unsigned char low = is_upper(c) ? static_cast<unsigned char>(c + 32) : c;
    word_hash = (word_hash ^ c) * kFnvPrime;
    lower_hash = (lower_hash ^ low) * kFnvPrime;
    char cls;
    if (is_upper(c)) {
      cls = 'X';
      ++uppers;
      if (!seen_letter) first_letter_upper = true;
      seen_letter = true;
    } else if (is_lower(c)) {
      cls = 'x';
      ++lowers;
      seen_letter = true;
    } else if (is_digit(c)) {
      cls = 'd';
      ++digits;
    } else if (c >= 0xC0) {
      cls = 'u';  // the lead byte of a non-ASCII character
    } else if (c >= 0x80) {
      continue;  // continuation bytes add nothing to the shape
    } else {
      cls = static_cast<char>(c);
    }
    if (cls != last_class && shape_bytes < 12) {
      shape_hash = (shape_hash ^ static_cast<unsigned char>(cls)) * kFnvPrime;
      ++shape_bytes;
    }
    last_class = cls;
  }
  info.word = mix64(word_hash ^ word.size());
  info.lower = mix64(lower_hash ^ word.size()) | 1;  // never 0: 0 marks an empty table slot
  info.shape = mix64(shape_hash + 0x51);
  if (uppers + lowers == 0) {
    info.word_case = digits > 0 ? WordCase::kDigits : WordCase::kOther;
  } else if (lowers == 0) {
    info.word_case = uppers >= 2 ? WordCase::kUpper : WordCase::kSingleUpper;
  } else if (first_letter_upper) {
    info.word_case = WordCase::kTitle;
  } else {
    info.word_case = uppers > 0 ? WordCase::kMixed : WordCase::kLower;
  }
}

void word_affixes(std::string_view word, uint64_t prefix[4], uint64_t suffix[4]) {
  uint64_t prefix_hash = kFnvOffset;
  uint64_t suffix_hash = kFnvOffset;
  for (size_t k = 0; k < 4; ++k) {
    if (k >= word.size()) {
      prefix[k] = suffix[k] = 0;
      continue;
    }
    unsigned char first = static_cast<unsigned char>(word[k]);
    unsigned char last = static_cast<unsigned char>(word[word.size() - 1 - k]);
    if (is_upper(first)) first = static_cast<unsigned char>(first + 32);
    if (is_upper(last)) last = static_cast<unsigned char>(last + 32);
    prefix_hash = (prefix_hash ^ first) * kFnvPrime;
    suffix_hash = (suffix_hash ^ last) * kFnvPrime;
    prefix[k] = mix64(prefix_hash + k);
    suffix[k] = mix64(suffix_hash + 16 + k);
  }
}

bool sentence_is_upper_case(std::span<const WordInfo> words) {
  int upper = 0, lower = 0;
  for (const WordInfo& word : words) {
    if (word.word_case == WordCase::kUpper || word.word_case == WordCase::kSingleUpper) ++upper;
    if (word.word_case == WordCase::kLower || word.word_case == WordCase::kTitle ||
        word.word_case == WordCase::kMixed) {
      ++lower;
    }
  }
  return upper > 0 && lower == 0;
}

void DocumentMemory::build(std::span<const std::vector<WordInfo>> sentences) {
  // Sized by distinct words, growing as they come: a long document repeats most of its words.
  slots_.assign(256, Entry{});
  mask_ = slots_.size() - 1;
  used_ = 0;
  for (const auto& sentence : sentences) {
    const bool headline = sentence_is_upper_case(sentence);
    for (size_t i = 0; i < sentence.size(); ++i) {
      const WordInfo& word = sentence[i];
      Entry& entry = insert(word.lower);
      if (i == 0) {
        entry.seen |= kSeenFirst;
        continue;
      }
      if (word.word_case == WordCase::kLower) entry.seen |= kSeenLowerInside;
      if (headline) continue;
      if (word.word_case == WordCase::kTitle) entry.seen |= kSeenTitleInside;
      if (word.word_case == WordCase::kUpper) entry.seen |= kSeenUpperMixed;
    }
  }
}

DocumentMemory::Entry& DocumentMemory::insert(uint64_t lower) {
  if ((used_ + 1) * 2 > slots_.size()) {
    // Keep the table at most half full: twice the slots, every entry placed again.
    std::vector<Entry> old = std::move(slots_);
    slots_.assign(old.size() * 2, Entry{});
    mask_ = slots_.size() - 1;
    for (const Entry& entry : old) {
      if (entry.key == 0) continue;
      size_t slot = static_cast<size_t>(mix64(entry.key)) & mask_;
      while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
      slots_[slot] = entry;
    }
  }
  size_t slot = static_cast<size_t>(mix64(lower)) & mask_;
  while (slots_[slot].key != 0 && slots_[slot].key != lower) slot = (slot + 1) & mask_;
  if (slots_[slot].key == 0) ++used_;
  slots_[slot].key = lower;
  return slots_[slot];
}

const DocumentMemory::Entry* DocumentMemory::find(uint64_t lower) const {
  if (slots_.empty()) return nullptr;
  size_t slot = static_cast<size_t>(mix64(lower)) & mask_;
  while (slots_[slot].key != 0) {
    if (slots_[slot].key == lower) return &slots_[slot];
    slot = (slot + 1) & mask_;
  }
  return nullptr;
}

DocumentMemory::Entry* DocumentMemory::find(uint64_t lower) {
  return const_cast<Entry*>(static_cast<const DocumentMemory*>(this)->find(lower));
}

void DocumentMemory::clear_predictions() {
  for (Entry& entry : slots_) std::fill(std::begin(entry.predicted), std::end(entry.predicted), 0);
}

void static_features(std::span<const WordInfo> sentence, std::string_view word, uint32_t index,
                     bool upper_case_sentence, const DocumentMemory& memory, uint64_t* out) {
  const WordInfo& w = sentence[index];
  const size_t n = sentence.size();
  const uint64_t prev_lower = index >= 1 ? sentence[index - 1].lower : kStartWord;
  const uint64_t prev2_lower = index >= 2 ? sentence[index - 2].lower : kStartWord;
  const uint64_t next_lower = index + 1 < n ? sentence[index + 1].lower : kEndWord;
  const uint64_t next2_lower = index + 2 < n ? sentence[index + 2].lower : kEndWord;
  const uint64_t prev_shape = index >= 1 ? sentence[index - 1].shape : kStartWord;
  const uint64_t next_shape = index + 1 < n ? sentence[index + 1].shape : kEndWord;
  const uint64_t prev_case = index >= 1 ? static_cast<uint64_t>(sentence[index - 1].word_case) : 9;
  const uint64_t next_case =
      index + 1 < n ? static_cast<uint64_t>(sentence[index + 1].word_case) : 9;
  const uint64_t word_case = static_cast<uint64_t>(w.word_case);
  const uint64_t first = index == 0 ? 1 : 0;
  const DocumentMemory::Entry* entry = memory.find(w.lower);
  const uint64_t seen = entry != nullptr ? entry->seen : 0;
  const uint64_t sentence_length = n == 1 ? 1 : n == 2 ? 2 : n <= 5 ? 3 : 4;

  int k = 0;
  out[k++] = feature(kBias, 0);
  out[k++] = feature(kWord, w.word);
  out[k++] = feature(kLower, w.lower);
  out[k++] = feature(kShape, w.shape);
  uint64_t prefix[4], suffix[4];
  word_affixes(word, prefix, suffix);
  for (int i = 0; i < 4; ++i) out[k++] = feature(kPrefix, prefix[i], static_cast<uint64_t>(i));
  for (int i = 0; i < 4; ++i) out[k++] = feature(kSuffix, suffix[i], static_cast<uint64_t>(i));
  out[k++] = feature(kPrevLower, prev_lower);
  out[k++] = feature(kNextLower, next_lower);
  out[k++] = feature(kPrev2Lower, prev2_lower);
  out[k++] = feature(kNext2Lower, next2_lower);
  out[k++] = feature(kPrevShape, prev_shape);
  out[k++] = feature(kNextShape, next_shape);
  out[k++] = feature(kPrevShapeShape, prev_shape, w.shape);
  out[k++] = feature(kShapeNextShape, w.shape, next_shape);
  out[k++] = feature(kPrevLowerLower, prev_lower, w.lower);
  out[k++] = feature(kLowerNextLower, w.lower, next_lower);
  out[k++] = feature(kFirstCase, first, word_case);
  out[k++] = feature(kHeadlineCase, upper_case_sentence ? 1 : 0, word_case, first);
  out[k++] = feature(kDocumentCase, word_case, first, seen);
  out[k++] = feature(kDocumentHeadline, upper_case_sentence ? 1 : 0, word_case, seen);
  out[k++] = feature(kLengthCase, length_bucket(w.length), word_case);
  out[k++] = feature(kPrevLowerCase, prev_lower, word_case);
  out[k++] = feature(kCaseTrigram, prev_case, word_case, next_case);
  out[k++] = feature(kNextLowerCase, next_lower, word_case);
  out[k++] = feature(kSuffixCase, suffix[2], word_case);
  out[k++] = feature(kAroundLower, prev_lower, next_lower);
  out[k++] = feature(kSentenceLength, sentence_length, word_case, first);
  out[k++] = feature(kWordPrevCase, w.lower, prev_case);
  out[k++] = feature(kGazetteerSpan, w.gazetteer_span);
  out[k++] = feature(kGazetteerSpanCase, w.gazetteer_span, word_case, first);
  out[k++] = feature(kGazetteerUnit, w.gazetteer_unit,
                     index + 1 < n ? sentence[index + 1].gazetteer_span : 0);
}

void Gazetteer::build(std::vector<std::pair<uint64_t, uint8_t>> entries) {
  std::sort(entries.begin(), entries.end());
  std::vector<uint64_t> keys;
  std::vector<uint8_t> masks;
  for (const auto& [key, mask] : entries) {
    if (!keys.empty() && keys.back() == key) {
      masks.back() = static_cast<uint8_t>(masks.back() | mask);
    } else {
      keys.push_back(key);
      masks.push_back(mask);
    }
  }
  assign(std::move(keys), std::move(masks));
}

void Gazetteer::assign(std::vector<uint64_t> keys, std::vector<uint8_t> masks) {
  keys_ = std::move(keys);
  masks_ = std::move(masks);
  // An open-addressing table for lookups (the sorted lists are what a model file stores).
  size_t capacity = 16;
  while (capacity < keys_.size() * 2) capacity *= 2;
  slot_keys_.assign(capacity, 0);
  slot_masks_.assign(capacity, 0);
  slot_mask_ = capacity - 1;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0) continue;
    size_t slot = static_cast<size_t>(keys_[i]) & slot_mask_;
    while (slot_keys_[slot] != 0 && slot_keys_[slot] != keys_[i]) slot = (slot + 1) & slot_mask_;
    slot_keys_[slot] = keys_[i];
    slot_masks_[slot] = masks_[i];
  }
}

uint8_t Gazetteer::find(uint64_t hash) const {
  if (keys_.empty() || hash == 0) return 0;
  size_t slot = static_cast<size_t>(hash) & slot_mask_;
  while (slot_keys_[slot] != 0) {
    if (slot_keys_[slot] == hash) return slot_masks_[slot];
    slot = (slot + 1) & slot_mask_;
  }
  return 0;
}

void mark_gazetteer(std::span<WordInfo> sentence, const Gazetteer& gazetteer) {
  for (WordInfo& word : sentence) word.gazetteer_span = word.gazetteer_unit = 0;
  if (gazetteer.size() == 0) return;
  std::vector<uint8_t> lengths(sentence.size(), 0);
  for (size_t start = 0; start < sentence.size(); ++start) {
    // Names start with a capital or a digit ("1860 Munich"): other words start no lookups.
    const WordCase c = sentence[start].word_case;
    if (c == WordCase::kLower || c == WordCase::kOther) continue;
    // Hashes of the names of 1..longest words from here: sequence_hash's steps, in one walk.
    const size_t longest = std::min<size_t>(Gazetteer::kLongestName, sentence.size() - start);
    uint64_t prefix[Gazetteer::kLongestName + 1];
    prefix[0] = kSequenceSeed;
    for (size_t i = 0; i < longest; ++i)
      prefix[i + 1] = sequence_step(prefix[i], sentence[start + i].lower, i);
    sentence[start].gazetteer_unit = gazetteer.find(prefix[1]);
    for (size_t length = longest; length >= 1; --length) {
      const uint8_t mask =
          length == 1 ? sentence[start].gazetteer_unit : gazetteer.find(prefix[length]);
      if (mask == 0) continue;
      for (size_t i = start; i < start + length; ++i) {
        if (lengths[i] >= length) continue;
        lengths[i] = static_cast<uint8_t>(length);
        const uint8_t place = length == 1 ? 4 : i == start ? 1 : i + 1 == start + length ? 3 : 2;
        sentence[i].gazetteer_span = static_cast<uint8_t>(mask << 3 | place);
      }
      break;
    }
  }
}

void memory_features(const WordInfo& word, bool first_in_sentence, const DocumentMemory& memory,
                     uint64_t* out) {
  const DocumentMemory::Entry* entry = memory.find(word.lower);
  uint64_t best = 7;  // nothing predicted yet
  uint64_t agreement = 0;
  if (entry != nullptr) {
    uint32_t total = 0, top = 0;
    for (int c = 0; c < DocumentMemory::kMemoryClasses; ++c) {
      total += entry->predicted[c];
      if (entry->predicted[c] > top) {
        top = entry->predicted[c];
        best = static_cast<uint64_t>(c);
      }
    }
    agreement = total == 0 ? 0 : top == total ? 1 : 2;
  }
  out[0] = feature(kMemoryCase, best, static_cast<uint64_t>(word.word_case));
  out[1] = feature(kMemoryAgreement, best, agreement, first_in_sentence ? 1 : 0);
}

}  // namespace newsprism::entities
