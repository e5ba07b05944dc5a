// The tagger's features. Every feature is a 64-bit hash of a template and its values (no feature
// strings are built), folded onto one of the model's weight rows. Training and tagging call the
// same functions, so the model is trained in exactly the hashed space it is used in.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/tagger.hpp"

namespace newsprism::entities {

/// How a word is written.
enum class WordCase : uint8_t {
  kLower,        ///< letters, all lower-case: "said"
  kTitle,        ///< first letter upper-case, some lower-case: "Paris", "McDonald"
  kUpper,        ///< letters, all upper-case (two or more): "NATO", "PARIS"
  kSingleUpper,  ///< one upper-case letter, no lower-case: "A", "J."
  kMixed,        ///< lower-case first, upper-case later: "iPhone", "eBay"
  kDigits,       ///< no letters, some digits: "1996", "3-1"
  kOther,        ///< no ASCII letters nor digits: punctuation, other scripts
};

/// What the features need of one word, computed once per word.
struct WordInfo {
  uint64_t word = 0;   ///< the word as written
  uint64_t lower = 0;  ///< ASCII lower-case form (the document tables' key)
  uint64_t shape = 0;  ///< collapsed shape, e.g. "Xx-Xx", "d.d", "X.X."
  uint32_t length = 0;
  WordCase word_case = WordCase::kOther;
  /// The longest gazetteer name covering the word: its type mask (bit per NameType) << 3 |
  /// the word's place in it (1 begin, 2 inside, 3 last, 4 unit); 0 when none.
  uint8_t gazetteer_span = 0;
  /// Type mask of the word alone as a gazetteer name; 0 when none.
  uint8_t gazetteer_unit = 0;
};

/// Names known by their words (lower-cased): a sorted table of name hashes (sequence_hash of
/// the words' WordInfo::lower) with a mask of the NameTypes each was seen as.
class Gazetteer {
 public:
  static constexpr uint32_t kLongestName = 6;  ///< words; longer names are not kept

  /// Builds from (hash, mask) pairs in any order; masks of equal hashes are merged.
  void build(std::vector<std::pair<uint64_t, uint8_t>> entries);
  /// The type mask of a name's hash, or 0.
  uint8_t find(uint64_t hash) const;
  size_t size() const { return keys_.size(); }
  const std::vector<uint64_t>& keys() const { return keys_; }
  const std::vector<uint8_t>& masks() const { return masks_; }
  /// Takes sorted, unique keys and their masks as they are (from a model file).
  void assign(std::vector<uint64_t> keys, std::vector<uint8_t> masks);

 private:
  std::vector<uint64_t> keys_;
  std::vector<uint8_t> masks_;
  std::vector<uint64_t> slot_keys_;  ///< open addressing; 0 is empty
  std::vector<uint8_t> slot_masks_;
  size_t slot_mask_ = 0;
};

/// The hash of a word sequence, from its words' lower-case hashes.
inline uint64_t sequence_hash(const WordInfo* words, size_t count);

/// Sets gazetteer_span and gazetteer_unit of every word of a sentence.
void mark_gazetteer(std::span<WordInfo> sentence, const Gazetteer& gazetteer);

/// Fills `info` for `word`.
void describe_word(std::string_view word, WordInfo& info);

/// Hashes of the lower-case prefixes and suffixes of 1..4 bytes of `word` (0 where the word is
/// shorter). Computed when features are, not kept per word: a long document stays small.
void word_affixes(std::string_view word, uint64_t prefix[4], uint64_t suffix[4]);

/// How a word (by its lower-case form) is written across a document, and what the tagger said
/// of it in sentences already tagged. An open-addressing table: lookups only, never iterated.
class DocumentMemory {
 public:
  static constexpr int kMemoryClasses = 5;
  /// Flags of DocumentMemory::Entry::seen.
  static constexpr uint8_t kSeenLowerInside = 1;  ///< lower-case, not first in its sentence
  static constexpr uint8_t kSeenTitleInside =
      2;  ///< title-case, not first, in a mixed-case sentence
  static constexpr uint8_t kSeenUpperMixed = 4;  ///< all-caps within a mixed-case sentence
  static constexpr uint8_t kSeenFirst = 8;       ///< first word of a sentence

  struct Entry {
    uint64_t key = 0;  ///< 0: empty slot
    uint8_t seen = 0;
    uint16_t predicted[kMemoryClasses] = {};  ///< per NameType, then capitalized O
  };

  /// Builds the case flags of every word of `words` (sentences of WordInfo).
  void build(std::span<const std::vector<WordInfo>> sentences);

  /// The entry of `lower`, or nullptr.
  const Entry* find(uint64_t lower) const;
  Entry* find(uint64_t lower);

  /// Forgets what was predicted (the case flags stay).
  void clear_predictions();

 private:
  Entry& insert(uint64_t lower);
  std::vector<Entry> slots_;
  size_t mask_ = 0;
  size_t used_ = 0;
};

/// Whether every word of the sentence with letters is upper-case (a headline).
bool sentence_is_upper_case(std::span<const WordInfo> words);

/// The number of features static_features() writes.
inline constexpr int kStaticFeatureCount = 37;

/// Writes the kStaticFeatureCount features of word `index` of `sentence` (local and document
/// case features) to `out`; `word` is that word's text.
void static_features(std::span<const WordInfo> sentence, std::string_view word, uint32_t index,
                     bool upper_case_sentence, const DocumentMemory& memory, uint64_t* out);

/// The number of features memory_features() writes.
inline constexpr int kMemoryFeatureCount = 2;

/// Writes the features of what was predicted for the same word earlier (or in the first pass).
void memory_features(const WordInfo& word, bool first_in_sentence, const DocumentMemory& memory,
                     uint64_t* out);

/// The weight row of a feature in a table of `rows` rows.
inline uint32_t feature_row(uint64_t feature, uint32_t rows) {
  return static_cast<uint32_t>(((feature >> 32) * static_cast<uint64_t>(rows)) >> 32);
}

/// Hashes bytes (the FNV-1a 64 walk, finished by a mixer); deterministic on every target.
uint64_t hash_bytes(std::string_view bytes);

/// A fast strong mixer of 64 bits (splitmix64's finalizer).
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline constexpr uint64_t kSequenceSeed = 0x67617a6574746565ULL;
inline uint64_t sequence_step(uint64_t hash, uint64_t lower, size_t index) {
  return mix64(hash ^ lower) + index;
}

inline uint64_t sequence_hash(const WordInfo* words, size_t count) {
  uint64_t h = kSequenceSeed;
  for (size_t i = 0; i < count; ++i) h = sequence_step(h, words[i].lower, i);
  return h;
}

}  // namespace newsprism::entities
