// Eight bytes a step in a 64-bit integer ("SIMD within a register"): portable, identical on
// every target, and what the byte scanners use where a library search per byte would cost more.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

namespace newsprism::swar {

inline constexpr uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
inline constexpr uint64_t kHigh = 0x8080808080808080ULL;

/// Eight bytes from `p`, the first in the lowest byte.
inline uint64_t load(const void* p) {
  static_assert(std::endian::native == std::endian::little, "byte order of the loads");
  uint64_t bytes;
  std::memcpy(&bytes, p, sizeof bytes);
  return bytes;
}

/// The top bit of each byte set exactly where that byte equals `c` (no carry crosses a byte).
inline uint64_t equal(uint64_t bytes, unsigned char c) {
  const uint64_t x = bytes ^ (kOnes * c);
  return ~(((x & kLow7) + kLow7) | x) & kHigh;
}

/// Index of the lowest byte flagged in `flags` (not zero).
inline size_t first(uint64_t flags) {
  return static_cast<size_t>(std::countr_zero(flags)) >> 3;
}

/// Bytes of `text` that are ' ', '\n', '\t', '\r' or '\f', and commas.
struct SpacesAndCommas {
  uint32_t spaces = 0;
  uint32_t commas = 0;
};

/// Counts eight bytes a step: per-byte flags (0 or 1) summed in byte lanes, folded into the
/// totals every 255 steps, before a lane can overflow.
inline SpacesAndCommas count_spaces_and_commas(std::string_view text) {
  auto lanes_sum = [](uint64_t lanes) {  // the sum of eight byte lanes
    const uint64_t pairs = (lanes & 0x00FF00FF00FF00FFULL) + ((lanes >> 8) & 0x00FF00FF00FF00FFULL);
    return static_cast<uint32_t>((pairs * 0x0001000100010001ULL) >> 48);
  };
  SpacesAndCommas counts;
  const char* p = text.data();
  const char* end = p + text.size();
  while (end - p >= 8) {
    uint64_t space_lanes = 0;
    uint64_t comma_lanes = 0;
    for (int step = 0; step < 255 && end - p >= 8; ++step, p += 8) {
      const uint64_t bytes = load(p);
      // Control bytes are rare: without one, ' ' is the only space to count.
      const uint64_t control = ~((bytes & kLow7) + kOnes * (0x80 - 0x20)) & ~bytes & kHigh;  // below 0x20
      uint64_t space = equal(bytes, ' ');
      if (control != 0) space |= equal(bytes, '\n') | equal(bytes, '\t') | equal(bytes, '\r') | equal(bytes, '\f');
      space_lanes += space >> 7;
      comma_lanes += equal(bytes, ',') >> 7;
    }
    counts.spaces += lanes_sum(space_lanes);
    counts.commas += lanes_sum(comma_lanes);
  }
  for (; p < end; ++p) {
    const char c = *p;
    counts.spaces += (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') ? 1u : 0u;
    counts.commas += c == ',' ? 1u : 0u;
  }
  return counts;
}

/// Skips ASCII letters and digits eight bytes a step from `p`: the first byte that is neither, or
/// where fewer than eight bytes are left (the caller reads those one by one). Each byte's range
/// test adds a bias that sets its top bit exactly when it is in range; with the top bits cleared
/// first, no carry crosses a byte.
inline const unsigned char* skip_ascii_alnum(const unsigned char* p, const unsigned char* end) {
  auto at_least = [](uint64_t v, uint64_t low) { return v + kOnes * (0x80 - low); };
  auto above = [](uint64_t v, uint64_t high) { return v + kOnes * (0x7F - high); };
  while (end - p >= 8) {
    const uint64_t bytes = load(p);
    const uint64_t low7 = bytes & ~kHigh;
    const uint64_t folded = low7 | (kOnes * 0x20);  // lowercase letters
    const uint64_t alpha = at_least(folded, 'a') & ~above(folded, 'z');
    const uint64_t digit = at_least(low7, '0') & ~above(low7, '9');
    const uint64_t stop = ~((alpha | digit) & ~bytes) & kHigh;
    if (stop != 0) return p + first(stop);
    p += 8;
  }
  return p;
}

/// One bit per byte of eight: bit i is the top bit of byte i of `flags`. The multiplier puts
/// byte i's bit (moved to position 8i) at position 56 + i; no two products share a position, so
/// nothing carries into the top byte.
inline uint32_t gather_top_bits(uint64_t flags) {
  return static_cast<uint32_t>((((flags & kHigh) >> 7) * 0x0102040810204080ULL) >> 56);
}

/// What Tokenizer::run() walks, for the 64 bytes from `p` (all readable): bit i of each mask
/// says whether p[i] is an ASCII letter or digit, a space of the tokenizer (' ', '\t', '\n',
/// '\v', '\f', '\r') or '\n'.
struct WordMasks {
  uint64_t alnum = 0;
  uint64_t space = 0;
  uint64_t newline = 0;
};

/// WordMasks eight bytes a step, with skip_ascii_alnum()'s range tests.
inline WordMasks word_masks(const unsigned char* p) {
  auto at_least = [](uint64_t v, uint64_t low) { return v + kOnes * (0x80 - low); };
  auto above = [](uint64_t v, uint64_t high) { return v + kOnes * (0x7F - high); };
  WordMasks masks;
  for (unsigned step = 0; step < 8; ++step) {
    const uint64_t bytes = load(p + 8 * step);
    const uint64_t low7 = bytes & ~kHigh;
    const uint64_t folded = low7 | (kOnes * 0x20);  // lowercase letters
    const uint64_t alpha = at_least(folded, 'a') & ~above(folded, 'z');
    const uint64_t digit = at_least(low7, '0') & ~above(low7, '9');
    const uint64_t control_space = at_least(low7, '\t') & ~above(low7, '\r');
    const uint64_t space = ((control_space & ~bytes) | equal(bytes, ' '));
    const unsigned shift = 8 * step;
    masks.alnum |= uint64_t{gather_top_bits((alpha | digit) & ~bytes)} << shift;
    masks.space |= uint64_t{gather_top_bits(space)} << shift;
    masks.newline |= uint64_t{gather_top_bits(equal(bytes, '\n'))} << shift;
  }
  return masks;
}

/// Skips ASCII bytes eight at a time; stops at the first step that holds a byte from 0x80 up, or
/// where fewer than eight bytes are left: the caller's byte loop finds exactly where.
inline const unsigned char* skip_ascii(const unsigned char* p, const unsigned char* end) {
  while (end - p >= 8 && (load(p) & kHigh) == 0) p += 8;
  return p;
}

/// Skips bytes that normalize_text() copies straight through (printable ASCII and '\n') eight
/// at a time; stops at the first step that holds another byte, or where fewer than eight bytes
/// are left: the caller's byte loop finds exactly where the run ends.
inline const unsigned char* skip_plain_ascii(const unsigned char* p, const unsigned char* end) {
  while (end - p >= 8) {
    const uint64_t bytes = load(p);
    const uint64_t low7 = bytes & ~kHigh;
    const uint64_t printable = (low7 + kOnes * (0x80 - 0x20)) & ~(low7 + kOnes) & ~bytes;
    const uint64_t not_newline = low7 ^ (kOnes * '\n');
    const uint64_t newline = ~((not_newline + kOnes * 0x7F) | not_newline) & ~bytes;
    if (((printable | newline) & kHigh) != kHigh) break;
    p += 8;
  }
  return p;
}

/// Whether `text` holds a '\n' or two spaces in a row, eight bytes a step.
inline bool has_newline_or_double_space(std::string_view text) {
  const char* p = text.data();
  const char* end = p + text.size();
  uint64_t space_before = 0;  // 0x80 when the byte before this step is a space
  while (end - p >= 8) {
    const uint64_t bytes = load(p);
    const uint64_t spaces = equal(bytes, ' ');
    if ((equal(bytes, '\n') | (spaces & ((spaces << 8) | space_before))) != 0) return true;
    space_before = spaces >> 56;
    p += 8;
  }
  bool previous_space = space_before != 0;
  for (; p < end; ++p) {
    if (*p == '\n' || (*p == ' ' && previous_space)) return true;
    previous_space = *p == ' ';
  }
  return false;
}

/// What one pass over a block of text tells its cleaning. `plain`: every byte is printable ASCII
/// or '\n', so normalize_text() would give it back unchanged. `collapses` (meaningful only when
/// plain): it holds a '\n' or two spaces in a row, so collapsing spaces would change it.
/// `plain_bytes`: how many leading bytes are known plain (all of them when plain; otherwise a
/// character boundary before the first other byte, from which a slower check can go on).
struct PlainBlock {
  bool plain;
  bool collapses;
  size_t plain_bytes;
};

/// scan_plain_block() from `p` on, byte by byte: the end of every scanner's pass.
inline PlainBlock finish_plain_block(const char* begin, const char* p, const char* end, bool previous_space,
                                     bool collapses) {
  for (; p < end; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (!((c >= 0x20 && c < 0x7F) || c == '\n')) return {false, false, static_cast<size_t>(p - begin)};
    collapses = collapses || c == '\n' || (c == ' ' && previous_space);
    previous_space = c == ' ';
  }
  return {true, collapses, static_cast<size_t>(end - begin)};
}

/// skip_plain_ascii() and has_newline_or_double_space() in one pass, eight bytes a step.
inline PlainBlock scan_plain_block(std::string_view text) {
  const char* begin = text.data();
  const char* p = begin;
  const char* end = p + text.size();
  uint64_t space_before = 0;  // 0x80 when the byte before this step is a space
  uint64_t collapse = 0;
  while (end - p >= 8) {
    const uint64_t bytes = load(p);
    const uint64_t low7 = bytes & ~kHigh;
    const uint64_t printable = (low7 + kOnes * (0x80 - 0x20)) & ~(low7 + kOnes) & ~bytes;
    const uint64_t newline = equal(bytes, '\n');
    if (((printable | newline) & kHigh) != kHigh) break;  // the byte loop below says where
    const uint64_t spaces = equal(bytes, ' ');
    collapse |= newline | (spaces & ((spaces << 8) | space_before));
    space_before = spaces >> 56;
    p += 8;
  }
  return finish_plain_block(begin, p, end, space_before != 0, collapse != 0);
}

/// A pair of bytes in a row, as find_byte_pairs() looks for it.
struct BytePair {
  unsigned char first;
  unsigned char second;
};

/// Calls `visit(i)` for each position i, in increasing order, where text[i] and text[i + 1] are
/// one of `pairs`, until a call returns true; returns whether one did. Eight positions a step:
/// the bytes at i and at i + 1 are two overlapping loads.
template <typename Visit>
bool find_byte_pairs(std::string_view text, std::span<const BytePair> pairs, Visit&& visit) {
  size_t i = 0;
  for (; i + 9 <= text.size(); i += 8) {
    const uint64_t bytes = load(text.data() + i);
    const uint64_t next = load(text.data() + i + 1);
    uint64_t flags = 0;
    for (const BytePair& pair : pairs) flags |= equal(bytes, pair.first) & equal(next, pair.second);
    for (; flags != 0; flags &= flags - 1) {
      if (visit(i + first(flags))) return true;
    }
  }
  for (; i + 1 < text.size(); ++i) {
    for (const BytePair& pair : pairs) {
      if (static_cast<unsigned char>(text[i]) == pair.first && static_cast<unsigned char>(text[i + 1]) == pair.second) {
        if (visit(i)) return true;
        break;
      }
    }
  }
  return false;
}

}  // namespace newsprism::swar
