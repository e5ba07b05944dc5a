// The HTML tokenizer's byte searches: the next '<' in a script or style, the next '<', '&' or
// NUL in text, the next quote in an attribute value. Most of a page's bytes pass through them.
// Sixteen bytes a step with wasm SIMD (the SIMD build) or SSE2 (x86-64), eight with 64-bit
// integers elsewhere (the baseline wasm build); every vector kernel has a scalar twin that the
// tests hold it to on random input. All give the same answers: positions, nothing else.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/swar.hpp"

namespace newsprism::parse::byte_scan {

/// First position in [from, to) of a byte equal to `a`, `b` or `c`; `to` if none. Bytewise:
/// what the vector kernels must match.
inline size_t find_any_scalar(std::string_view text, size_t from, size_t to, char a, char b, char c) {
  for (size_t p = from; p < to; ++p) {
    const char d = text[p];
    if (d == a || d == b || d == c) return p;
  }
  return to;
}

/// First position in [from, to) of a byte equal to `a`, `b` or `c`; `to` if none. `to` must
/// not pass text.size().
inline size_t find_any(std::string_view text, size_t from, size_t to, char a, char b, char c) {
  const char* data = text.data();
  size_t p = from;
#if defined(__wasm_simd128__)
  const v128_t va = wasm_i8x16_splat(a), vb = wasm_i8x16_splat(b), vc = wasm_i8x16_splat(c);
  for (; p + 16 <= to; p += 16) {
    const v128_t bytes = wasm_v128_load(data + p);
    const v128_t hits = wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(bytes, va), wasm_i8x16_eq(bytes, vb)),
                                     wasm_i8x16_eq(bytes, vc));
    const uint32_t mask = wasm_i8x16_bitmask(hits);
    if (mask != 0) return p + static_cast<size_t>(std::countr_zero(mask));
  }
#elif defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  for (; p + 16 <= to; p += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + p));
    const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, va), _mm_cmpeq_epi8(bytes, vb)),
                                      _mm_cmpeq_epi8(bytes, vc));
    const auto mask = static_cast<uint32_t>(_mm_movemask_epi8(hits));
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

/// First position in [from, to) of `c`; `to` if none. Natively the C library's memchr (already
/// vectorized); in wasm, whose C library reads four bytes a step, the kernel above.
inline size_t find_byte(std::string_view text, size_t from, size_t to, char c) {
  if (from >= to) return to;
#if defined(__wasm__)
  return find_any(text, from, to, c, c, c);
#else
  const void* hit = std::memchr(text.data() + from, c, to - from);
  return hit ? static_cast<size_t>(static_cast<const char*>(hit) - text.data()) : to;
#endif
}

}  // namespace newsprism::parse::byte_scan
