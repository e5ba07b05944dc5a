// The byte scanners of the text stages and the HTML tokenizer, sixteen bytes a step with SSE2
// (every x86-64 CPU, so the native build) or wasm SIMD (the SIMD build), and their SWAR twins in
// text/swar.hpp everywhere else (the baseline wasm build, other CPUs). All give the same answers;
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

/// swar::skip_ascii_alnum(): the first byte from `p` that is not an ASCII letter or digit, or a
/// position before `end` from which the caller reads the last bytes one by one.
inline const unsigned char* skip_ascii_alnum(const unsigned char* p, const unsigned char* end) {
#if defined(__SSE2__)
  while (end - p >= 16) {
    const __m128i bytes = sse2::load(p);
    const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));  // lowercase letters
    const __m128i alnum = _mm_or_si128(sse2::in_range(folded, 'a', 'z'), sse2::in_range(bytes, '0', '9'));
    const uint32_t stop = ~sse2::bits(alnum) & 0xFFFF;
    if (stop != 0) return p + std::countr_zero(stop);
    p += 16;
  }
#elif defined(__wasm_simd128__)
  while (end - p >= 16) {
    const v128_t bytes = wasm_v128_load(p);
    const v128_t folded = wasm_v128_or(bytes, wasm_u8x16_splat(0x20));  // lowercase letters
    const v128_t alnum = wasm_v128_or(simd128::in_range(folded, 'a', 'z'), simd128::in_range(bytes, '0', '9'));
    const uint32_t stop = ~simd128::bits(alnum) & 0xFFFF;
    if (stop != 0) return p + std::countr_zero(stop);
    p += 16;
  }
#endif
  return swar::skip_ascii_alnum(p, end);
}

/// swar::skip_ascii(): skips ASCII bytes; stops at or before the first byte from 0x80 up (the
/// caller's byte loop finds exactly where).
inline const unsigned char* skip_ascii(const unsigned char* p, const unsigned char* end) {
#if defined(__SSE2__)
  while (end - p >= 16) {
    const uint32_t high = sse2::bits(sse2::load(p));  // the top bit of each byte
    if (high != 0) return p + std::countr_zero(high);
    p += 16;
  }
#elif defined(__wasm_simd128__)
  while (end - p >= 16) {
    const uint32_t high = simd128::bits(wasm_v128_load(p));  // the top bit of each byte
    if (high != 0) return p + std::countr_zero(high);
    p += 16;
  }
#endif
  return swar::skip_ascii(p, end);
}

/// swar::skip_plain_ascii(): skips printable ASCII and '\n'; stops at or before the first other
/// byte (the caller's byte loop finds exactly where the run ends).
inline const unsigned char* skip_plain_ascii(const unsigned char* p, const unsigned char* end) {
#if defined(__SSE2__)
  while (end - p >= 16) {
    const __m128i bytes = sse2::load(p);
    const __m128i plain = _mm_or_si128(sse2::in_range(bytes, 0x20, 0x7E), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')));
    const uint32_t stop = ~sse2::bits(plain) & 0xFFFF;
    if (stop != 0) return p + std::countr_zero(stop);
    p += 16;
  }
#elif defined(__wasm_simd128__)
  while (end - p >= 16) {
    const v128_t bytes = wasm_v128_load(p);
    const v128_t plain = wasm_v128_or(simd128::in_range(bytes, 0x20, 0x7E), wasm_i8x16_eq(bytes, wasm_u8x16_splat('\n')));
    const uint32_t stop = ~simd128::bits(plain) & 0xFFFF;
    if (stop != 0) return p + std::countr_zero(stop);
    p += 16;
  }
#endif
  return swar::skip_plain_ascii(p, end);
}

/// swar::has_newline_or_double_space(): whether `text` holds a '\n' or two spaces in a row.
inline bool has_newline_or_double_space(std::string_view text) {
#if defined(__SSE2__)
  const char* p = text.data();
  const char* end = p + text.size();
  uint32_t space_before = 0;  // 1 when the byte before this step is a space
  while (end - p >= 16) {
    const __m128i bytes = sse2::load(p);
    const uint32_t spaces = sse2::bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')));
    const uint32_t newlines = sse2::bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')));
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

/// swar::count_spaces_and_commas(): bytes of `text` that are ' ', '\n', '\t', '\r' or '\f', and
/// commas. Sixteen byte lanes count up to 255 steps, then are summed into the totals.
inline swar::SpacesAndCommas count_spaces_and_commas(std::string_view text) {
#if defined(__SSE2__)
  swar::SpacesAndCommas counts;
  const char* p = text.data();
  const char* end = p + text.size();
  auto lanes_sum = [](__m128i lanes) {  // the sum of sixteen byte lanes
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    return static_cast<uint32_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
  };
  while (end - p >= 16) {
    __m128i space_lanes = _mm_setzero_si128();
    __m128i comma_lanes = _mm_setzero_si128();
    for (int step = 0; step < 255 && end - p >= 16; ++step, p += 16) {
      const __m128i bytes = sse2::load(p);
      __m128i space = _mm_cmpeq_epi8(bytes, _mm_set1_epi8(' '));
      // Control bytes are rare: without one, ' ' is the only space to count.
      const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(0x1F)), bytes);  // below 0x20
      if (sse2::bits(control) != 0) {
        space = _mm_or_si128(space, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')),
                                                              _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t'))),
                                                 _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\r')),
                                                              _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\f')))));
      }
      // A flag is 0xFF, that is -1: subtracting it counts one.
      space_lanes = _mm_sub_epi8(space_lanes, space);
      comma_lanes = _mm_sub_epi8(comma_lanes, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(',')));
    }
    counts.spaces += lanes_sum(space_lanes);
    counts.commas += lanes_sum(comma_lanes);
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
#if defined(__wasm_simd128__)
  const v128_t va = wasm_i8x16_splat(a), vb = wasm_i8x16_splat(b), vc = wasm_i8x16_splat(c);
  for (; p + 16 <= to; p += 16) {
    const v128_t bytes = wasm_v128_load(data + p);
    const v128_t hits = wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(bytes, va), wasm_i8x16_eq(bytes, vb)),
                                     wasm_i8x16_eq(bytes, vc));
    const uint32_t mask = simd128::bits(hits);
    if (mask != 0) return p + static_cast<size_t>(std::countr_zero(mask));
  }
#elif defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  for (; p + 16 <= to; p += 16) {
    const __m128i bytes = sse2::load(data + p);
    const uint32_t mask = sse2::bits(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, va), _mm_cmpeq_epi8(bytes, vb)),
                                                  _mm_cmpeq_epi8(bytes, vc)));
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
#if defined(__SSE2__)
  size_t i = 0;
  for (; i + 17 <= text.size(); i += 16) {
    const __m128i bytes = sse2::load(text.data() + i);
    const __m128i next = sse2::load(text.data() + i + 1);
    __m128i found = _mm_setzero_si128();
    for (const swar::BytePair& pair : pairs) {
      found = _mm_or_si128(found, _mm_and_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(static_cast<char>(pair.first))),
                                                _mm_cmpeq_epi8(next, _mm_set1_epi8(static_cast<char>(pair.second)))));
    }
    for (uint32_t flags = sse2::bits(found); flags != 0; flags &= flags - 1) {
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
  // Only the vector operations differ between the two targets; the steps are shared below.
  const char* data = text.data();
#if defined(__wasm_simd128__)
  const v128_t va = wasm_i8x16_splat(a), vb = wasm_i8x16_splat(b), vc = wasm_i8x16_splat(c);
  auto hits = [&](size_t at) {  // 0xFF where a byte of the sixteen at `at` is a needle
    const v128_t bytes = wasm_v128_load(data + at);
    return wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(bytes, va), wasm_i8x16_eq(bytes, vb)), wasm_i8x16_eq(bytes, vc));
  };
  auto either = [](v128_t x, v128_t y) { return wasm_v128_or(x, y); };
  auto bits = [](v128_t flags) { return simd128::bits(flags); };
#else
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  auto hits = [&](size_t at) {  // 0xFF where a byte of the sixteen at `at` is a needle
    const __m128i bytes = sse2::load(data + at);
    return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, va), _mm_cmpeq_epi8(bytes, vb)), _mm_cmpeq_epi8(bytes, vc));
  };
  auto either = [](__m128i x, __m128i y) { return _mm_or_si128(x, y); };
  auto bits = [](__m128i flags) { return sse2::bits(flags); };
#endif
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
