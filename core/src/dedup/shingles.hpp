// Word shingles: the hash of each run of k consecutive word hashes, as a sorted set (what the
// corpus stages compare exactly) or as folded distinct values (all a signature needs). Both
// hash the same windows the same way, so both give the same signature.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace newsprism::dedup {

/// Appends word hash `word` to the running hash `h` of a sequence (shingles, sentence keys).
inline uint64_t combine(uint64_t h, uint64_t word) {
  h ^= word + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
  return h * 0xFF51AFD7ED558CCDULL;
}

/// The hash of every window of `k` (>= 1) consecutive words of `words`, in text order, into
/// `shingles`: one window of all the words when there are fewer than k, none for no words.
void word_shingles(std::span<const uint64_t> words, size_t k, std::vector<uint64_t>& shingles);

/// Sorts and removes duplicates: the shingle set as the corpus stages keep it.
void sort_distinct(std::vector<uint64_t>& shingles);

/// The distinct values of `shingles`, each folded with fold_shingle() (minhash.hpp), in no
/// particular order, into `folded`; returns how many distinct shingles there are (what
/// sort_distinct() would leave). One pass through a hash table instead of a sort: the
/// signature does not depend on the order.
size_t fold_distinct(std::span<const uint64_t> shingles, std::vector<uint32_t>& folded);

}  // namespace newsprism::dedup
