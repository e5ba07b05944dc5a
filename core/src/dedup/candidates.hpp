// What both comparison modes (analyze() over a set, corpus mode over many inputs) share: LSH
// candidate pairs, exact ratios in thousandths, and the union-find that groups stories.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "newsprism/dedup.hpp"
#include "newsprism/report.hpp"

namespace newsprism::dedup {

/// Candidate pairs (a < b, sorted, distinct) among n articles given their sorted shingle sets
/// and band keys: an article whose shingle set equals an earlier one pairs with that first copy
/// only (so a thousand copies cost a thousand pairs); the others meet, per band key they share,
/// the bucket's latest 16 members, so a crowded bucket stays linear.
std::vector<std::pair<uint32_t, uint32_t>> band_candidates(const std::vector<const std::vector<uint64_t>*>& shingles,
                                                           const std::vector<const std::vector<uint64_t>*>& band_keys);

/// Number of values two sorted, distinct vectors share.
/// Without branches in the loop body: on hashes (shingles) which side steps is a coin toss, and
/// a mispredicted branch a step was most of the time of this merge.
template <typename T>
uint64_t count_shared(const std::vector<T>& a, const std::vector<T>& b) {
  std::size_t i = 0;
  std::size_t j = 0;
  uint64_t shared = 0;
  while (i < a.size() && j < b.size()) {
    const T x = a[i];
    const T y = b[j];
    shared += x == y ? 1 : 0;
    i += x <= y ? 1 : 0;
    j += y <= x ? 1 : 0;
  }
  return shared;
}

/// part / whole in thousandths, rounded; 0 when whole is 0. Integers keep targets identical.
inline uint32_t ratio_thousandths(uint64_t part, uint64_t whole) {
  return whole == 0 ? 0 : static_cast<uint32_t>((part * 1000 + whole / 2) / whole);
}

/// The pair (a, b) with its exact shingle figures: Jaccard and containment both ways of the
/// sorted shingle sets `sa` and `sb`; the relation is left for the caller.
ArticlePair shingle_pair(uint32_t a, uint32_t b, const std::vector<uint64_t>& sa, const std::vector<uint64_t>& sb);

/// Groups of articles, joined pairwise; each group is named by its smallest member.
class UnionFind {
 public:
  explicit UnionFind(uint32_t n);
  uint32_t find(uint32_t x);
  void join(uint32_t a, uint32_t b);

 private:
  std::vector<uint32_t> parent_;
};

}  // namespace newsprism::dedup
