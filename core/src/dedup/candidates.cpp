#include "dedup/candidates.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace newsprism::dedup {

std::vector<std::pair<uint32_t, uint32_t>> band_candidates(const std::vector<const std::vector<uint64_t>*>& shingles,
                                                           const std::vector<const std::vector<uint64_t>*>& band_keys) {
  const auto n = static_cast<uint32_t>(shingles.size());
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  std::unordered_map<uint64_t, uint32_t> first_copy;  // hash of the whole shingle set
  std::vector<uint8_t> is_copy(n, 0);
  for (uint32_t a = 0; a < n; ++a) {
    const std::vector<uint64_t>& set = *shingles[a];
    if (set.empty()) continue;
    uint64_t h = set.size();
    for (uint64_t s : set) h = (h ^ s) * 0x100000001B3ULL;
    auto [it, inserted] = first_copy.emplace(h, a);
    if (!inserted && *shingles[it->second] == set) {
      pairs.emplace_back(it->second, a);
      is_copy[a] = 1;
    }
  }
  // Buckets as runs of one sorted list of (key, article): a flat vector sorts in a fraction of
  // the time and memory a hash map of vectors takes, and its order is the same everywhere.
  std::vector<std::pair<uint64_t, uint32_t>> keyed;
  for (uint32_t a = 0; a < n; ++a) {
    if (is_copy[a] || shingles[a]->empty()) continue;
    for (uint64_t key : *band_keys[a]) keyed.emplace_back(key, a);
  }
  std::sort(keyed.begin(), keyed.end());
  keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end());
  for (size_t run = 0; run < keyed.size();) {
    size_t end = run;
    while (end < keyed.size() && keyed[end].first == keyed[run].first) ++end;
    for (size_t k = run + 1; k < end; ++k) {
      const size_t from = k - run > 16 ? k - 16 : run;
      for (size_t j = from; j < k; ++j) pairs.emplace_back(keyed[j].second, keyed[k].second);
    }
    run = end;
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

ArticlePair shingle_pair(uint32_t a, uint32_t b, const std::vector<uint64_t>& sa, const std::vector<uint64_t>& sb) {
  const uint64_t shared = count_shared(sa, sb);
  ArticlePair pair;
  pair.a = a;
  pair.b = b;
  pair.jaccard_thousandths = ratio_thousandths(shared, sa.size() + sb.size() - shared);
  pair.a_in_b_thousandths = ratio_thousandths(shared, sa.size());
  pair.b_in_a_thousandths = ratio_thousandths(shared, sb.size());
  return pair;
}

UnionFind::UnionFind(uint32_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }

uint32_t UnionFind::find(uint32_t x) {
  while (parent_[x] != x) {
    parent_[x] = parent_[parent_[x]];
    x = parent_[x];
  }
  return x;
}

void UnionFind::join(uint32_t a, uint32_t b) {
  const uint32_t x = find(a);
  const uint32_t y = find(b);
  if (x != y) parent_[std::max(x, y)] = std::min(x, y);
}

}  // namespace newsprism::dedup
