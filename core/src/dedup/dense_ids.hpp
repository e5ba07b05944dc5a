// Sparse 32-bit ids (the hashed stems of corpus mode, which compare across inputs and threads)
// renumbered 0..n-1 in their sorted order, so that lists sorted by the sparse ids stay sorted
// and per-stem tables can be plain vectors. An open-addressing table: a lookup is one or two
// probes, where a binary search over every distinct stem of 100,000 articles was twenty cache
// misses, tens of millions of times.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsprism::dedup {

class DenseIds {
 public:
  /// Adds a sparse id (again is fine) before finish().
  void add(uint32_t id) {
    if (2 * (count_ + 1) > slots_.size()) grow();
    size_t slot = home(id);
    while (slots_[slot] != kEmpty) {
      if (slots_[slot] == id) return;
      slot = (slot + 1) & (slots_.size() - 1);
    }
    slots_[slot] = id;
    ++count_;
  }

  /// Numbers the ids added, in ascending order: dense() answers from here on.
  void finish() {
    std::vector<uint32_t> sorted;
    sorted.reserve(count_);
    for (uint64_t slot : slots_) {
      if (slot != kEmpty) sorted.push_back(static_cast<uint32_t>(slot));
    }
    std::sort(sorted.begin(), sorted.end());
    dense_.assign(slots_.size(), 0);
    for (uint32_t rank = 0; rank < sorted.size(); ++rank) dense_[find(sorted[rank])] = rank;
  }

  /// How many distinct ids were added.
  size_t size() const { return count_; }

  /// The dense id of a sparse id that was added, after finish().
  uint32_t dense(uint32_t id) const { return dense_[find(id)]; }

 private:
  // Slots hold the id widened, so every 32-bit value can be a key and the empty mark cannot.
  static constexpr uint64_t kEmpty = UINT64_MAX;

  size_t home(uint32_t id) const { return (id * uint64_t{0x9E3779B97F4A7C15}) >> 32 & (slots_.size() - 1); }

  size_t find(uint32_t id) const {
    size_t slot = home(id);
    while (slots_[slot] != id && slots_[slot] != kEmpty) slot = (slot + 1) & (slots_.size() - 1);
    return slot;
  }

  void grow() {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : 2 * old.size(), kEmpty);
    count_ = 0;
    for (uint64_t id : old) {
      if (id != kEmpty) add(static_cast<uint32_t>(id));
    }
  }

  std::vector<uint64_t> slots_;
  std::vector<uint32_t> dense_;  // per slot, after finish()
  size_t count_ = 0;
};

}  // namespace newsprism::dedup
