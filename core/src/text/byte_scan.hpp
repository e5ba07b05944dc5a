// The byte scanners of the text stages and the HTML tokenizer, sixteen bytes a step with SSE2
// (every x86-64 CPU, so the native build) or wasm SIMD (the SIMD build; every scanner has both),
// and their SWAR twins in text/swar.hpp everywhere else (the baseline wasm build, other CPUs).
// All give the same answers;
// tests/core/text_test.cpp and byte_scan_test.cpp check each against a byte loop. Only what a
// step computes differs, so the output never depends on the target.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include <bit>
#include <cstring>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/swar.hpp"

namespace newsprism::byte_scan {

#if defined(__SSE2__)
namespace sse2 {

inline __m128i load(const void* p) { return _mm_loadu_si128(static_cast<const __m128i*>(p)); }

// One bit per byte of `flags` (0x00 or 0xFF bytes), the first byte in the lowest bit.
inline uint32_t bits(__m128i flags) { return static_cast<uint32_t>(_mm_movemask_epi8(flags)); }

// 0xFF where a byte is in [low, high] (unsigned): the bias moves the range to the bottom of the
// signed bytes, where one signed comparison tests it.
inline __m128i in_range(__m128i bytes, unsigned char low, unsigned char high) {
  const __m128i shifted = _mm_add_epi8(bytes, _mm_set1_epi8(static_cast<char>(0x80 - low)));
  return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(0x80 + (high - low) + 1)));
}

}  // namespace sse2
#endif

#if defined(__wasm_simd128__)
namespace simd128 {

// One bit per byte of `flags` (0x00 or 0xFF bytes), the first byte in the lowest bit.
inline uint32_t bits(v128_t flags) { return wasm_i8x16_bitmask(flags); }

// 0xFF where a byte is in [low, high] (unsigned).
inline v128_t in_range(v128_t bytes, unsigned char low, unsigned char high) {
  return wasm_v128_and(wasm_u8x16_ge(bytes, wasm_u8x16_splat(low)), wasm_u8x16_le(bytes, wasm_u8x16_splat(high)));
}

}  // namespace simd128
#endif

#if defined(__SSE2__) || defined(__wasm_simd128__)
// Sixteen bytes and the few operations on them the scanners below need, under the same names on
// both instruction sets, so that a scanner is written once for both: only these lines differ.
namespace vec {
#if defined(__SSE2__)
using Bytes = __m128i;
inline Bytes load(const void* p) { return sse2::load(p); }
inline Bytes zero() { return _mm_setzero_si128(); }
inline Bytes splat(unsigned char c) { return _mm_set1_epi8(static_cast<char>(c)); }
inline Bytes eq(Bytes bytes, unsigned char c) { return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(static_cast<char>(c))); }
inline Bytes either(Bytes a, Bytes b) { return _mm_or_si128(a, b); }
inline Bytes both(Bytes a, Bytes b) { return _mm_and_si128(a, b); }
inline Bytes minus(Bytes a, Bytes b) { return _mm_sub_epi8(a, b); }
inline Bytes in_range(Bytes bytes, unsigned char low, unsigned char high) { return sse2::in_range(bytes, low, high); }
inline uint32_t bits(Bytes flags) { return sse2::bits(flags); }
// Whether a byte is below 0x20.
inline bool any_control(Bytes bytes) {
  return sse2::bits(_mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(0x1F)), bytes)) != 0;
}
// The sum of the sixteen byte lanes.
inline uint32_t lanes_sum(Bytes lanes) {
  const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
  return static_cast<uint32_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
}
#else
using Bytes = v128_t;
inline Bytes load(const void* p) { return wasm_v128_load(p); }
inline Bytes zero() { return wasm_i8x16_splat(0); }
inline Bytes splat(unsigned char c) { return wasm_u8x16_splat(c); }
inline Bytes eq(Bytes bytes, unsigned char c) { return wasm_i8x16_eq(bytes, wasm_u8x16_splat(c)); }
inline Bytes either(Bytes a, Bytes b) { return wasm_v128_or(a, b); }
inline Bytes both(Bytes a, Bytes b) { return wasm_v128_and(a, b); }
inline Bytes minus(Bytes a, Bytes b) { return wasm_i8x16_sub(a, b); }
inline Bytes in_range(Bytes bytes, unsigned char low, unsigned char high) {
  return simd128::in_range(bytes, low, high);
}
inline uint32_t bits(Bytes flags) { return simd128::bits(flags); }
inline bool any_control(Bytes bytes) { return wasm_v128_any_true(wasm_u8x16_lt(bytes, wasm_u8x16_splat(0x20))); }
inline uint32_t lanes_sum(Bytes lanes) {  // widened twice, then the four lanes added
  const v128_t pairs = wasm_i16x8_add(wasm_u16x8_extend_low_u8x16(lanes), wasm_u16x8_extend_high_u8x16(lanes));
  const v128_t quads = wasm_i32x4_add(wasm_u32x4_extend_low_u16x8(pairs), wasm_u32x4_extend_high_u16x8(pairs));
  return static_cast<uint32_t>(wasm_i32x4_extract_lane(quads, 0) + wasm_i32x4_extract_lane(quads, 1) +
                               wasm_i32x4_extract_lane(quads, 2) + wasm_i32x4_extract_lane(quads, 3));
}
#endif
// Flags of the bytes equal to `a`, `b` or `c`.
inline Bytes eq_any(Bytes bytes, char a, char b, char c) {
  return either(either(eq(bytes, static_cast<unsigned char>(a)), eq(bytes, static_cast<unsigned char>(b))),
                eq(bytes, static_cast<unsigned char>(c)));
}

// Flags of the ASCII letters and digits among `bytes`.
inline Bytes ascii_alnum(Bytes bytes) {
  const Bytes folded = either(bytes, splat(0x20));  // lowercase letters
  return either(in_range(folded, 'a', 'z'), in_range(bytes, '0', '9'));
}
}  // namespace vec
#endif

/// swar::skip_ascii_alnum(): the first byte from `p` that is not an ASCII letter or digit, or a
/// position before `end` from which the caller reads the last bytes one by one.
inline const unsigned char* skip_ascii_alnum(const unsigned char* p, const unsigned char* end) {
#if defined(__SSE2__) || defined(__wasm_simd128__)
  while (end - p >= 16) {
    const uint32_t stop = ~vec::bits(vec::ascii_alnum(vec::load(p))) & 0xFFFF;
    if (stop != 0) return p + std::countr_zero(stop);
    p += 16;
  }
#endif
  return swar::skip_ascii_alnum(p, end);
}

#if defined(__SSE2__) || defined(__wasm_simd128__)
/// word_masks() of sixteen bytes.
struct WordBits {
  uint32_t alnum;
  uint32_t space;
  uint32_t newline;
};
#endif

#if defined(__SSE2__) || defined(__wasm_simd128__)
inline WordBits word_bits(const unsigned char* p) {
  const vec::Bytes bytes = vec::load(p);
  const vec::Bytes space = vec::either(vec::in_range(bytes, '\t', '\r'), vec::eq(bytes, ' '));
  return {vec::bits(vec::ascii_alnum(bytes)), vec::bits(space),
          vec::bits(vec::eq(bytes, '\n'))};
}
#endif

/// swar::word_masks(): sixteen bytes a step, the four steps' bits joined into each mask.
inline swar::WordMasks word_masks(const unsigned char* p) {
#if defined(__SSE2__) || defined(__wasm_simd128__)
  swar::WordMasks masks;
  for (unsigned step = 0; step < 4; ++step) {
    const WordBits bits = word_bits(p + 16 * step);
    masks.alnum |= uint64_t{bits.alnum} << (16 * step);
    masks.space |= uint64_t{bits.space} << (16 * step);
    masks.newline |= uint64_t{bits.newline} << (16 * step);
  }
  return masks;
#else
  return swar::word_masks(p);
#endif
}

/// swar::skip_ascii(): skips ASCII bytes; stops at or before the first byte from 0x80 up (the
/// caller's byte loop finds exactly where).
inline const unsigned char* skip_ascii(const unsigned char* p, const unsigned char* end) {
#if defined(__SSE2__) || defined(__wasm_simd128__)
  while (end - p >= 16) {
    const uint32_t high = vec::bits(vec::load(p));  // the top bit of each byte
    if (high != 0) return p + std::countr_zero(high);
    p += 16;
  }
#endif
  return swar::skip_ascii(p, end);
}

/// swar::skip_plain_ascii(): skips printable ASCII and '\n'; stops at or before the first other
/// byte (the caller's byte loop finds exactly where the run ends).
inline const unsigned char* skip_plain_ascii(const unsigned char* p, const unsigned char* end) {
#if defined(__SSE2__) || defined(__wasm_simd128__)
  while (end - p >= 16) {
    const vec::Bytes bytes = vec::load(p);
    const uint32_t stop = ~vec::bits(vec::either(vec::in_range(bytes, 0x20, 0x7E), vec::eq(bytes, '\n'))) & 0xFFFF;
    if (stop != 0) return p + std::countr_zero(stop);
    p += 16;
  }
#endif
  return swar::skip_plain_ascii(p, end);
}

/// swar::has_newline_or_double_space(): whether `text` holds a '\n' or two spaces in a row.
inline bool has_newline_or_double_space(std::string_view text) {
#if defined(__SSE2__) || defined(__wasm_simd128__)
  const char* p = text.data();
  const char* end = p + text.size();
  uint32_t space_before = 0;  // 1 when the byte before this step is a space
  while (end - p >= 16) {
    const vec::Bytes bytes = vec::load(p);
    const uint32_t spaces = vec::bits(vec::eq(bytes, ' '));
    const uint32_t newlines = vec::bits(vec::eq(bytes, '\n'));
    if ((newlines | (spaces & ((spaces << 1) | space_before))) != 0) return true;
    space_before = spaces >> 15;
    p += 16;
  }
  if (space_before != 0 && p < end && *p == ' ') return true;
  return swar::has_newline_or_double_space(std::string_view(p, static_cast<size_t>(end - p)));
#else
  return swar::has_newline_or_double_space(text);
#endif
}

/// swar::scan_plain_block(): whether `text` is all printable ASCII and '\n' and, if so, whether
/// it holds a '\n' or two spaces in a row, in one pass. The last step reads the last sixteen
/// bytes again, those before its start already scanned shifted out, instead of a byte loop.
inline swar::PlainBlock scan_plain_block(std::string_view text) {
#if defined(__SSE2__) || defined(__wasm_simd128__)
  const char* begin = text.data();
  const char* p = begin;
  const char* end = p + text.size();
  if (end - p < 16) return swar::scan_plain_block(text);
  // Per byte of the sixteen at `at`: plain, space, newline, as bits (the first byte lowest).
  struct Masks {
    uint32_t plain;
    uint32_t spaces;
    uint32_t newlines;
  };
  auto masks_at = [](const char* at) {
    const vec::Bytes bytes = vec::load(at);
    const vec::Bytes newline = vec::eq(bytes, '\n');
    return Masks{vec::bits(vec::either(vec::in_range(bytes, 0x20, 0x7E), newline)), vec::bits(vec::eq(bytes, ' ')),
                 vec::bits(newline)};
  };
  uint32_t space_before = 0;  // 1 when the byte before this step is a space
  uint32_t collapse = 0;
  auto step = [&](Masks masks, uint32_t all) {
    if (masks.plain != all) return false;
    collapse |= masks.newlines | (masks.spaces & ((masks.spaces << 1) | space_before));
    space_before = masks.spaces >> 15;  // the last byte's bit (read only after a full step)
    return true;
  };
  for (; end - p >= 16; p += 16) {
    if (!step(masks_at(p), 0xFFFF)) return {false, false, static_cast<size_t>(p - begin)};
  }
  if (p < end) {
    const auto seen = static_cast<uint32_t>(16 - (end - p));  // bytes of the last sixteen already scanned
    Masks last = masks_at(end - 16);
    last = {last.plain >> seen, last.spaces >> seen, last.newlines >> seen};
    if (!step(last, 0xFFFFu >> seen)) return {false, false, static_cast<size_t>(p - begin)};
  }
  return {true, collapse != 0, text.size()};
#else
  return swar::scan_plain_block(text);
#endif
}

/// swar::count_spaces_and_commas(): bytes of `text` that are ' ', '\n', '\t', '\r' or '\f', and
/// commas. Sixteen byte lanes count up to 255 steps, then are summed into the totals.
inline swar::SpacesAndCommas count_spaces_and_commas(std::string_view text) {
#if defined(__SSE2__) || defined(__wasm_simd128__)
  swar::SpacesAndCommas counts;
  const char* p = text.data();
  const char* end = p + text.size();
  while (end - p >= 16) {
    vec::Bytes space_lanes = vec::zero();
    vec::Bytes comma_lanes = vec::zero();
    for (int step = 0; step < 255 && end - p >= 16; ++step, p += 16) {
      const vec::Bytes bytes = vec::load(p);
      vec::Bytes space = vec::eq(bytes, ' ');
      // Control bytes are rare: without one, ' ' is the only space to count.
      if (vec::any_control(bytes)) {
        space = vec::either(vec::either(space, vec::either(vec::eq(bytes, '\n'), vec::eq(bytes, '\t'))),
                            vec::either(vec::eq(bytes, '\r'), vec::eq(bytes, '\f')));
      }
      // A flag is 0xFF, that is -1: subtracting it counts one.
      space_lanes = vec::minus(space_lanes, space);
      comma_lanes = vec::minus(comma_lanes, vec::eq(bytes, ','));
    }
    counts.spaces += vec::lanes_sum(space_lanes);
    counts.commas += vec::lanes_sum(comma_lanes);
  }
  const swar::SpacesAndCommas rest = swar::count_spaces_and_commas(std::string_view(p, static_cast<size_t>(end - p)));
  counts.spaces += rest.spaces;
  counts.commas += rest.commas;
  return counts;
#else
  return swar::count_spaces_and_commas(text);
#endif
}

/// First position in [from, to) of a byte equal to `a`, `b` or `c`; `to` if none. Bytewise:
/// what the vector kernels of find_any() must match.
inline size_t find_any_scalar(std::string_view text, size_t from, size_t to, char a, char b, char c) {
  for (size_t p = from; p < to; ++p) {
    const char d = text[p];
    if (d == a || d == b || d == c) return p;
  }
  return to;
}

/// First position in [from, to) of a byte equal to `a`, `b` or `c`; `to` if none. `to` must
/// not pass text.size(). The HTML tokenizer's text runs ('<', '&', NUL), JSON strings.
inline size_t find_any(std::string_view text, size_t from, size_t to, char a, char b, char c) {
  const char* data = text.data();
  size_t p = from;
#if defined(__SSE2__) || defined(__wasm_simd128__)
  for (; p + 16 <= to; p += 16) {
    const uint32_t mask = vec::bits(vec::eq_any(vec::load(data + p), a, b, c));
    if (mask != 0) return p + static_cast<size_t>(std::countr_zero(mask));
  }
#else
  for (; p + 8 <= to; p += 8) {
    const uint64_t bytes = swar::load(data + p);
    const uint64_t hits = swar::equal(bytes, static_cast<unsigned char>(a)) |
                          swar::equal(bytes, static_cast<unsigned char>(b)) |
                          swar::equal(bytes, static_cast<unsigned char>(c));
    if (hits != 0) return p + swar::first(hits);
  }
#endif
  return find_any_scalar(text, p, to, a, b, c);
}

/// The first position at or after `from` holding `a`, `b` or `c`; text.size() if none.
inline size_t find_first_of(std::string_view text, size_t from, unsigned char a, unsigned char b, unsigned char c) {
  if (from >= text.size()) return text.size();
  return find_any(text, from, text.size(), static_cast<char>(a), static_cast<char>(b), static_cast<char>(c));
}

/// First position in [from, to) of `c`; `to` if none. Natively the C library's memchr (already
/// vectorized); in wasm, whose C library reads four bytes a step, find_any().
inline size_t find_byte(std::string_view text, size_t from, size_t to, char c) {
  if (from >= to) return to;
#if defined(__wasm__)
  return find_any(text, from, to, c, c, c);
#else
  const void* hit = std::memchr(text.data() + from, c, to - from);
  return hit ? static_cast<size_t>(static_cast<const char*>(hit) - text.data()) : to;
#endif
}

/// swar::find_byte_pairs(): calls `visit(i)` for each position i, in increasing order, where
/// text[i] and text[i + 1] are one of `pairs`, until a call returns true; returns whether one did.
template <typename Visit>
bool find_byte_pairs(std::string_view text, std::span<const swar::BytePair> pairs, Visit&& visit) {
#if defined(__SSE2__) || defined(__wasm_simd128__)
  size_t i = 0;
  for (; i + 17 <= text.size(); i += 16) {
    const vec::Bytes bytes = vec::load(text.data() + i);
    const vec::Bytes next = vec::load(text.data() + i + 1);
    vec::Bytes found = vec::zero();
    for (const swar::BytePair& pair : pairs) {
      found = vec::either(found, vec::both(vec::eq(bytes, pair.first), vec::eq(next, pair.second)));
    }
    for (uint32_t flags = vec::bits(found); flags != 0; flags &= flags - 1) {
      if (visit(i + std::countr_zero(flags))) return true;
    }
  }
  // The rest, with positions counted from the whole text.
  return swar::find_byte_pairs(text.substr(i), pairs, [&](size_t at) { return visit(i + at); });
#else
  return swar::find_byte_pairs(text, pairs, visit);
#endif
}

/// find_any() for runs that are often long (the text between HTML tags, a JSON string between
/// escapes): one sixteen-byte step first, since runs in markup are often short, then sixty-four
/// bytes a step with one test per step where a vector unit is available. Same answers as
/// find_any(); without SSE2 or wasm SIMD it is find_any().
inline size_t find_any_long(std::string_view text, size_t from, size_t to, char a, char b, char c) {
  size_t p = from;
#if defined(__wasm_simd128__) || defined(__SSE2__)
  const char* data = text.data();
  auto hits = [&](size_t at) { return vec::eq_any(vec::load(data + at), a, b, c); };
  using vec::bits;
  using vec::either;
  if (p + 16 <= to) {
    const uint32_t mask = bits(hits(p));
    if (mask != 0) return p + static_cast<size_t>(std::countr_zero(mask));
    p += 16;
  }
  for (; p + 64 <= to; p += 64) {
    const auto h0 = hits(p), h1 = hits(p + 16), h2 = hits(p + 32), h3 = hits(p + 48);
    if (bits(either(either(h0, h1), either(h2, h3))) == 0) continue;
    const uint64_t mask = uint64_t{bits(h0)} | uint64_t{bits(h1)} << 16 | uint64_t{bits(h2)} << 32 |
                          uint64_t{bits(h3)} << 48;
    return p + static_cast<size_t>(std::countr_zero(mask));
  }
#endif
  return find_any(text, p, to, a, b, c);
}

}  // namespace newsprism::byte_scan
