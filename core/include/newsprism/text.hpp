// Text primitives shared by every stage: UTF-8 repair, normalization with an offset map back to
// the input bytes, and UTF-16 lengths for JavaScript offsets.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsprism {

/// Maps byte positions of a derived text back to byte positions of the text it came from.
/// Stored as anchors where the two drift apart, so it costs memory only where text changed.
/// Between two anchors both texts advance in step; a position inside a replaced run maps to the
/// nearest position that the run's source still covers.
class OffsetMap {
 public:
  struct Anchor {
    uint32_t derived;
    uint32_t source;
  };

  OffsetMap() = default;
  OffsetMap(const OffsetMap& other) { copy_from(other); }
  OffsetMap(OffsetMap&& other) noexcept { take_from(other); }
  OffsetMap& operator=(const OffsetMap& other) {
    if (this != &other) {
      size_ = 0;  // keeps a heap buffer that can hold `other`'s anchors
      copy_from(other);
    }
    return *this;
  }
  OffsetMap& operator=(OffsetMap&& other) noexcept {
    if (this != &other) {
      release();
      take_from(other);
    }
    return *this;
  }
  ~OffsetMap() { release(); }

  /// Declares that derived position `derived` comes from source position `source`. Anchors
  /// must be added in increasing derived order; an anchor that changes nothing is not stored.
  void add(uint32_t derived, uint32_t source) {
    // Inline for the common step (a new anchor past the last one, or one still in step with
    // it): maps are built an anchor at a time, several per block of text.
    if (size_ != 0 && derived != back().derived) {
      const Anchor& last = back();
      if (derived - last.derived != source - last.source) push({derived, source});
      return;
    }
    add_first_or_replace(derived, source);
  }

  /// Sets the lengths of both texts, so that positions at the very end map exactly.
  void finish(uint32_t derived_length, uint32_t source_length) {
    add(derived_length, source_length);
    derived_length_ = derived_length;
    source_length_ = source_length;
  }

  /// Back to an empty map (the identity), keeping the anchor memory for the next use.
  void clear() {
    size_ = 0;
    derived_length_ = 0;
    source_length_ = 0;
  }

  /// The source position of a derived position.
  uint32_t to_source(uint32_t derived) const;

  /// The map from `outer`'s derived text straight to `inner`'s source text, where `outer`'s
  /// source is `inner`'s derived text.
  static OffsetMap compose(const OffsetMap& outer, const OffsetMap& inner);

  /// The map of the derived range [start, end) alone: position 0 of the result is `start`
  /// here. Costs only the anchors inside the range.
  OffsetMap slice(uint32_t start, uint32_t end) const;

  /// A map whose derived position i is source position `base + i`, for `length` positions.
  static OffsetMap shifted(uint32_t base, uint32_t length);

  std::span<const Anchor> anchors() const { return {data(), size_}; }

 private:
  // Most maps hold one or two anchors (a block of text shifted to where it sits in the input),
  // and a paste makes one per block: those stay inside the map, with no allocation; longer
  // maps move to the heap.
  static constexpr uint32_t kInlineAnchors = 2;

  Anchor* data() { return heap_ != nullptr ? heap_ : inline_; }
  const Anchor* data() const { return heap_ != nullptr ? heap_ : inline_; }
  const Anchor& back() const { return data()[size_ - 1]; }
  void push(Anchor anchor) {
    if (size_ == capacity_) grow();
    data()[size_++] = anchor;
  }
  // Room for twice as many anchors, on the heap.
  void grow();
  void release();
  void copy_from(const OffsetMap& other);
  void take_from(OffsetMap& other) noexcept;

  // add() on an empty map, or at the derived position of the last anchor.
  void add_first_or_replace(uint32_t derived, uint32_t source);
  // The first anchor whose derived position is past `derived` (a binary search).
  const Anchor* first_anchor_after(uint32_t derived) const;
  // to_source() of `derived` once its first_anchor_after() is known (so a caller that needs both
  // searches once).
  uint32_t source_before(uint32_t derived, const Anchor* next) const;

  Anchor inline_[kInlineAnchors] = {};
  Anchor* heap_ = nullptr;
  uint32_t size_ = 0;
  uint32_t capacity_ = kInlineAnchors;
  uint32_t derived_length_ = 0;
  uint32_t source_length_ = 0;
};

/// What normalize_text() changed, for diagnostics.
struct NormalizationCounts {
  uint64_t invalid_utf8 = 0;         ///< invalid sequences replaced by U+FFFD
  int64_t first_invalid_utf8 = -1;   ///< input offset of the first one
  uint64_t nul_bytes = 0;            ///< NUL bytes replaced by U+FFFD
  int64_t first_nul_byte = -1;
  uint64_t control_characters = 0;   ///< other C0/C1 controls replaced by U+FFFD
  uint64_t carriage_returns = 0;     ///< CR and CRLF turned into LF
  uint64_t unicode_spaces = 0;       ///< tabs, no-break and other Unicode spaces turned into ' '
  uint64_t invisible_characters = 0; ///< soft hyphens, zero-width characters and BOMs removed
};

/// Text after normalize_text(): valid UTF-8 with '\n' line ends and ' ' as the only space.
struct NormalizedText {
  std::string text;
  OffsetMap to_input;
  NormalizationCounts counts;
};

/// Repairs invalid UTF-8 (each maximal invalid sequence becomes U+FFFD), turns CRLF and CR into
/// LF, form feeds and line/paragraph separators into LF, tabs and Unicode spaces into ' ',
/// removes soft hyphens, zero-width characters and byte-order marks, and replaces NUL and other
/// control characters with U+FFFD. Every change is counted and the offset map leads back to
/// `input`. Quotes, dashes and letters are kept as they are: display text keeps them.
NormalizedText normalize_text(std::string_view input);

/// True when normalize_text(text) would give `text` back unchanged, with nothing counted and an
/// offset map that is the identity: valid UTF-8 of printable characters and '\n' only. One read
/// of the text and no copy, so callers can skip normalize_text() for text that is already clean.
bool is_normalized(std::string_view text);

/// Text folded for matching, not for display: curly single and double quotes, primes and
/// guillemets become ' and ", en and em dashes, minus signs and other dashes become '-', the
/// ellipsis becomes "...", and ASCII letters are lower-cased. `map`, when given, receives the
/// positions of the folded text back in `text`.
std::string fold_for_matching(std::string_view text, OffsetMap* map = nullptr);

/// Number of UTF-16 code units in valid UTF-8 `text`.
uint32_t utf16_length(std::string_view text);

/// True for bytes that start a UTF-8 character (not continuation bytes).
inline bool is_utf8_lead(unsigned char byte) { return (byte & 0xC0) != 0x80; }

}  // namespace newsprism
