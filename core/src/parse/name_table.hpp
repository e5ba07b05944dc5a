// Lookup in a small constant table of lower-case ASCII names (tag names, class words), built for
// the HTML tree builder's hot path: it looks up every tag name and class word of a page, most of
// which are not in the table. A binary search costs a library string compare per step; here a
// name is compared only with the entries that share its first letter, length first, inline.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsprism::parse {

/// `Entry` has a `std::string_view name`; the table must be sorted by name so that the entries
/// of one first letter are adjacent. Names must start with 'a'..'z'.
template <typename Entry, size_t N>
class NameTable {
 public:
  constexpr explicit NameTable(const std::array<Entry, N>& entries) : entries_(entries) {
    static_assert(N < 255, "bucket bounds are uint8_t");
    for (size_t letter = 0; letter <= 26; ++letter) first_[letter] = static_cast<uint8_t>(N);
    for (size_t i = N; i-- > 0;) first_[static_cast<size_t>(entries[i].name[0] - 'a')] = static_cast<uint8_t>(i);
    for (size_t letter = 26; letter-- > 0;) {
      if (first_[letter] == N) first_[letter] = first_[letter + 1];
    }
  }

  /// The entry named `name` exactly (compared byte for byte, so case matters), or nullptr.
  constexpr const Entry* find(std::string_view name) const {
    if (name.empty() || name[0] < 'a' || name[0] > 'z') return nullptr;
    const size_t letter = static_cast<size_t>(name[0] - 'a');
    for (size_t i = first_[letter]; i < first_[letter + 1]; ++i) {
      const std::string_view candidate = entries_[i].name;
      if (candidate.size() != name.size()) continue;
      size_t k = 1;
      while (k < name.size() && candidate[k] == name[k]) ++k;
      if (k == name.size()) return &entries_[i];
    }
    return nullptr;
  }

 private:
  const std::array<Entry, N>& entries_;
  // first_[l]: index of the first entry whose name starts with 'a' + l; first_[26] = N.
  std::array<uint8_t, 27> first_{};
};

}  // namespace newsprism::parse
