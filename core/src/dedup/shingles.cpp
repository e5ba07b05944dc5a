#include "dedup/shingles.hpp"

#include <algorithm>
#include <bit>

#include "dedup/minhash.hpp"

namespace newsprism::dedup {
namespace {

constexpr uint64_t kShingleStart = 0x5348494E474C45ULL;  // "SHINGLE"

// Sorts 64-bit values, least significant byte first: eight counting passes over 256 buckets,
// without the mispredicted comparisons of a comparison sort on random hashes (shingles). A pass
// whose byte is the same in every value is skipped. The same order as std::sort.
void radix_sort(std::vector<uint64_t>& values) {
  if (values.size() < 64) {
    std::sort(values.begin(), values.end());
    return;
  }
  std::vector<uint32_t> counts(8 * 256, 0);
  for (uint64_t v : values) {
    for (int b = 0; b < 8; ++b) ++counts[b * 256 + ((v >> (8 * b)) & 0xFF)];
  }
  std::vector<uint64_t> scratch(values.size());
  std::vector<uint64_t>* from = &values;
  std::vector<uint64_t>* to = &scratch;
  for (int b = 0; b < 8; ++b) {
    uint32_t* count = &counts[b * 256];
    if (count[(values[0] >> (8 * b)) & 0xFF] == values.size()) continue;  // one bucket: no change
    uint32_t sum = 0;
    for (int k = 0; k < 256; ++k) {
      const uint32_t c = count[k];
      count[k] = sum;
      sum += c;
    }
    for (uint64_t v : *from) (*to)[count[(v >> (8 * b)) & 0xFF]++] = v;
    std::swap(from, to);
  }
  if (from != &values) values.swap(scratch);
}

// The windows of a fixed k: the inner loop unrolls, so consecutive windows (independent chains
// of k multiplies) overlap in the pipeline instead of waiting on a loop of unknown length.
template <size_t kWords>
void fixed_windows(std::span<const uint64_t> words, uint64_t* shingles, size_t windows) {
  for (size_t i = 0; i < windows; ++i) {
    uint64_t h = kShingleStart;
    for (size_t j = 0; j < kWords; ++j) h = combine(h, words[i + j]);
    shingles[i] = h;
  }
}

}  // namespace

void word_shingles(std::span<const uint64_t> words, size_t k, std::vector<uint64_t>& shingles) {
  shingles.clear();
  if (words.empty()) return;
  const size_t windows = words.size() >= k ? words.size() - k + 1 : 1;
  shingles.resize(windows);
  const size_t span = std::min(k, words.size());
  if (span == 5) return fixed_windows<5>(words, shingles.data(), windows);  // the default
  for (size_t i = 0; i < windows; ++i) {
    uint64_t h = kShingleStart;
    for (size_t j = i; j < i + span; ++j) h = combine(h, words[j]);
    shingles[i] = h;
  }
}

void sort_distinct(std::vector<uint64_t>& shingles) {
  radix_sort(shingles);
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
}

size_t fold_distinct(std::span<const uint64_t> shingles, std::vector<uint32_t>& folded) {
  folded.clear();
  if (shingles.empty()) return 0;
  // Open addressing with linear probing, at most half full. Shingle hashes end in a multiply,
  // whose top bits are the best mixed: they pick the slot. 0 marks an empty slot, so a shingle
  // that is 0 is counted on the side.
  const size_t slots = std::bit_ceil(std::max<size_t>(16, 2 * shingles.size()));
  const int shift = 64 - std::countr_zero(slots);
  std::vector<uint64_t> table(slots, 0);
  bool zero_seen = false;
  folded.reserve(shingles.size());
  for (uint64_t shingle : shingles) {
    if (shingle == 0) {
      if (!zero_seen) folded.push_back(0);
      zero_seen = true;
      continue;
    }
    size_t slot = static_cast<size_t>(shingle >> shift);
    while (table[slot] != 0 && table[slot] != shingle) slot = (slot + 1) & (slots - 1);
    if (table[slot] == 0) {
      table[slot] = shingle;
      folded.push_back(fold_shingle(shingle));
    }
  }
  return folded.size();
}

}  // namespace newsprism::dedup
