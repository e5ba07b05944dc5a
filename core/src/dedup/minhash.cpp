#include "dedup/minhash.hpp"

#include <algorithm>
#include <cstring>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsprism::dedup {
namespace {

uint64_t splitmix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

uint32_t fold(uint64_t x) { return static_cast<uint32_t>(x) ^ static_cast<uint32_t>(x >> 32); }

uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 33;
  return h;
}

}  // namespace

std::vector<uint32_t> minhash_coefficients(const MinHashParams& params) {
  const uint32_t n = params.hashes;
  std::vector<uint32_t> coefficients(2 * static_cast<size_t>(n));
  uint64_t state = params.seed;
  for (uint32_t i = 0; i < n; ++i) {
    coefficients[i] = static_cast<uint32_t>(splitmix64(state)) | 1u;
    coefficients[n + i] = static_cast<uint32_t>(splitmix64(state));
  }
  return coefficients;
}

void minhash_scalar(std::span<const uint64_t> shingles, std::span<const uint32_t> coefficients,
                    std::span<uint32_t> signature) {
  const size_t n = signature.size();
  std::fill(signature.begin(), signature.end(), UINT32_MAX);
  for (uint64_t shingle : shingles) {
    const uint32_t y = fold(shingle);
    for (size_t i = 0; i < n; ++i) {
      const uint32_t h = coefficients[i] * y + coefficients[n + i];
      signature[i] = std::min(signature[i], h);
    }
  }
}

void minhash(std::span<const uint64_t> shingles, std::span<const uint32_t> coefficients,
             std::span<uint32_t> signature) {
#if defined(__wasm_simd128__) || defined(__SSE2__)
  const size_t n = signature.size();
#endif
#if defined(__wasm_simd128__)
  if (n % 4 == 0) {
    std::fill(signature.begin(), signature.end(), UINT32_MAX);
    for (size_t i = 0; i < n; i += 4) {
      const v128_t a = wasm_v128_load(&coefficients[i]);
      const v128_t b = wasm_v128_load(&coefficients[n + i]);
      v128_t low = wasm_u32x4_splat(UINT32_MAX);
      for (uint64_t shingle : shingles) {
        const v128_t y = wasm_u32x4_splat(fold(shingle));
        low = wasm_u32x4_min(low, wasm_i32x4_add(wasm_i32x4_mul(a, y), b));
      }
      wasm_v128_store(&signature[i], low);
    }
    return;
  }
#elif defined(__SSE2__)
  if (n % 4 == 0) {
    // SSE2 has neither a 32-bit low multiply nor an unsigned 32-bit minimum: the multiply is
    // two 32x32->64 products of the even and odd lanes, and the minimum compares with the sign
    // bit flipped.
    const __m128i flip = _mm_set1_epi32(static_cast<int>(0x80000000u));
    for (size_t i = 0; i < n; i += 4) {
      __m128i a;
      __m128i b;
      std::memcpy(&a, &coefficients[i], sizeof a);
      std::memcpy(&b, &coefficients[n + i], sizeof b);
      const __m128i a_odd = _mm_srli_epi64(a, 32);
      __m128i low = _mm_set1_epi32(-1);
      __m128i low_flipped = _mm_xor_si128(low, flip);
      for (uint64_t shingle : shingles) {
        const __m128i y = _mm_set1_epi32(static_cast<int>(fold(shingle)));
        const __m128i even = _mm_mul_epu32(a, y);
        const __m128i odd = _mm_mul_epu32(a_odd, y);
        const __m128i product = _mm_unpacklo_epi32(_mm_shuffle_epi32(even, _MM_SHUFFLE(0, 0, 2, 0)),
                                                   _mm_shuffle_epi32(odd, _MM_SHUFFLE(0, 0, 2, 0)));
        const __m128i h_flipped = _mm_xor_si128(_mm_add_epi32(product, b), flip);
        const __m128i smaller = _mm_cmplt_epi32(h_flipped, low_flipped);
        low_flipped = _mm_or_si128(_mm_and_si128(smaller, h_flipped), _mm_andnot_si128(smaller, low_flipped));
      }
      low = _mm_xor_si128(low_flipped, flip);
      std::memcpy(&signature[i], &low, sizeof low);
    }
    return;
  }
#endif
  minhash_scalar(shingles, coefficients, signature);
}

std::vector<uint64_t> band_keys(std::span<const uint32_t> signature, uint32_t bands) {
  std::vector<uint64_t> keys;
  if (bands == 0) return keys;
  const size_t rows = signature.size() / bands;
  keys.reserve(bands);
  for (uint32_t band = 0; band < bands; ++band) {
    uint64_t key = mix(0x62616E64ULL + band);
    for (size_t r = 0; r < rows; ++r) key = mix(key ^ signature[band * rows + r]);
    keys.push_back(key);
  }
  return keys;
}

double estimated_jaccard(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  const size_t n = std::min(a.size(), b.size());
  if (n == 0) return 0.0;
  size_t equal = 0;
  for (size_t i = 0; i < n; ++i) equal += a[i] == b[i] ? 1u : 0u;
  return static_cast<double>(equal) / static_cast<double>(n);
}

uint64_t hash_bytes(const char* data, size_t size, uint64_t seed) {
  // FNV-1a over 8-byte words, finished with a strong mix: fixed, portable, fast enough for
  // shingles of a few dozen bytes.
  uint64_t h = 0xCBF29CE484222325ULL ^ mix(seed + size);
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, data + i, 8);
    h = (h ^ word) * 0x100000001B3ULL;
    h ^= h >> 29;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, data + i, size - i);
  h = (h ^ tail ^ (static_cast<uint64_t>(size - i) << 56)) * 0x100000001B3ULL;
  return mix(h);
}

}  // namespace newsprism::dedup
