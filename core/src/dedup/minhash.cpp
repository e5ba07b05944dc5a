#include "dedup/minhash.hpp"

#include <algorithm>
#include <array>
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

constexpr uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 33;
  return h;
}

// hash_bytes()'s starting value for seed 0 (what shingles use) and sizes below 64: words are
// short, and this takes two multiplies off each one's dependency chain.
constexpr std::array<uint64_t, 64> make_start_table() {
  std::array<uint64_t, 64> table{};
  for (size_t size = 0; size < table.size(); ++size) table[size] = 0xCBF29CE484222325ULL ^ mix(size);
  return table;
}
constexpr std::array<uint64_t, 64> kStartOfSize = make_start_table();

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
  if (n % 4 == 0) {
    // Each shingle is folded once; the kernel then reads 4-byte values, and works on several
    // groups of four hashes per pass over them so that one splat serves them all.
    std::vector<uint32_t> folded(shingles.size());
    for (size_t k = 0; k < shingles.size(); ++k) folded[k] = fold(shingles[k]);
    const uint32_t* ys = folded.data();
    const size_t count = folded.size();
#endif
#if defined(__wasm_simd128__)
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
      const v128_t a0 = wasm_v128_load(&coefficients[i]);
      const v128_t a1 = wasm_v128_load(&coefficients[i + 4]);
      const v128_t a2 = wasm_v128_load(&coefficients[i + 8]);
      const v128_t a3 = wasm_v128_load(&coefficients[i + 12]);
      const v128_t b0 = wasm_v128_load(&coefficients[n + i]);
      const v128_t b1 = wasm_v128_load(&coefficients[n + i + 4]);
      const v128_t b2 = wasm_v128_load(&coefficients[n + i + 8]);
      const v128_t b3 = wasm_v128_load(&coefficients[n + i + 12]);
      v128_t low0 = wasm_u32x4_splat(UINT32_MAX);
      v128_t low1 = low0;
      v128_t low2 = low0;
      v128_t low3 = low0;
      for (size_t k = 0; k < count; ++k) {
        const v128_t y = wasm_u32x4_splat(ys[k]);
        low0 = wasm_u32x4_min(low0, wasm_i32x4_add(wasm_i32x4_mul(a0, y), b0));
        low1 = wasm_u32x4_min(low1, wasm_i32x4_add(wasm_i32x4_mul(a1, y), b1));
        low2 = wasm_u32x4_min(low2, wasm_i32x4_add(wasm_i32x4_mul(a2, y), b2));
        low3 = wasm_u32x4_min(low3, wasm_i32x4_add(wasm_i32x4_mul(a3, y), b3));
      }
      wasm_v128_store(&signature[i], low0);
      wasm_v128_store(&signature[i + 4], low1);
      wasm_v128_store(&signature[i + 8], low2);
      wasm_v128_store(&signature[i + 12], low3);
    }
    for (; i < n; i += 4) {
      const v128_t a = wasm_v128_load(&coefficients[i]);
      const v128_t b = wasm_v128_load(&coefficients[n + i]);
      v128_t low = wasm_u32x4_splat(UINT32_MAX);
      for (size_t k = 0; k < count; ++k) {
        low = wasm_u32x4_min(low, wasm_i32x4_add(wasm_i32x4_mul(a, wasm_u32x4_splat(ys[k])), b));
      }
      wasm_v128_store(&signature[i], low);
    }
    return;
  }
#elif defined(__SSE2__)
    // SSE2 has neither a 32-bit low multiply nor an unsigned 32-bit minimum: the multiply is
    // two 32x32->64 products of the even and odd lanes, and the minimum compares with the sign
    // bit flipped (adding 2^31 to b flips it in the sum for free, since the sum wraps).
    const __m128i flip = _mm_set1_epi32(static_cast<int>(0x80000000u));
    struct Group {
      __m128i a;
      __m128i a_odd;
      __m128i b_flipped;
      __m128i low_flipped;
    };
    auto load = [&](size_t at) {
      Group group;
      __m128i b;
      std::memcpy(&group.a, &coefficients[at], sizeof group.a);
      std::memcpy(&b, &coefficients[n + at], sizeof b);
      group.a_odd = _mm_srli_epi64(group.a, 32);
      group.b_flipped = _mm_xor_si128(b, flip);
      group.low_flipped = _mm_xor_si128(_mm_set1_epi32(-1), flip);
      return group;
    };
    auto step = [](Group& group, __m128i y) {
      const __m128i even = _mm_mul_epu32(group.a, y);
      const __m128i odd = _mm_mul_epu32(group.a_odd, y);
      const __m128i product = _mm_unpacklo_epi32(_mm_shuffle_epi32(even, _MM_SHUFFLE(0, 0, 2, 0)),
                                                 _mm_shuffle_epi32(odd, _MM_SHUFFLE(0, 0, 2, 0)));
      const __m128i h_flipped = _mm_add_epi32(product, group.b_flipped);
      const __m128i smaller = _mm_cmplt_epi32(h_flipped, group.low_flipped);
      group.low_flipped = _mm_xor_si128(group.low_flipped,
                                        _mm_and_si128(smaller, _mm_xor_si128(h_flipped, group.low_flipped)));
    };
    auto store = [&](const Group& group, size_t at) {
      const __m128i low = _mm_xor_si128(group.low_flipped, flip);
      std::memcpy(&signature[at], &low, sizeof low);
    };
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      Group g0 = load(i);
      Group g1 = load(i + 4);
      for (size_t k = 0; k < count; ++k) {
        const __m128i y = _mm_set1_epi32(static_cast<int>(ys[k]));
        step(g0, y);
        step(g1, y);
      }
      store(g0, i);
      store(g1, i + 4);
    }
    for (; i < n; i += 4) {
      Group g = load(i);
      for (size_t k = 0; k < count; ++k) step(g, _mm_set1_epi32(static_cast<int>(ys[k])));
      store(g, i);
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

namespace {

// hash_bytes() with the last partial word read by `load_tail`.
template <typename LoadTail>
inline uint64_t hash_words(const char* data, size_t size, uint64_t seed, LoadTail load_tail) {
  // FNV-1a over 8-byte words, finished with a strong mix: fixed, portable, fast enough for
  // shingles of a few dozen bytes.
  uint64_t h = seed == 0 && size < kStartOfSize.size() ? kStartOfSize[size] : 0xCBF29CE484222325ULL ^ mix(seed + size);
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, data + i, 8);
    h = (h ^ word) * 0x100000001B3ULL;
    h ^= h >> 29;
  }
  const uint64_t tail = load_tail(data + i, size - i);
  h = (h ^ tail ^ (static_cast<uint64_t>(size - i) << 56)) * 0x100000001B3ULL;
  return mix(h);
}

}  // namespace

uint64_t hash_bytes(const char* data, size_t size, uint64_t seed) {
  return hash_words(data, size, seed, [](const char* tail_data, size_t length) {
    uint64_t tail = 0;
    std::memcpy(&tail, tail_data, length);
    return tail;
  });
}

uint64_t hash_padded_bytes(const char* data, size_t size) {
  return hash_words(data, size, 0, [](const char* tail_data, size_t length) {
    if (length == 0) return uint64_t{0};
    uint64_t tail;
    std::memcpy(&tail, tail_data, 8);  // the padding is zero: the same value as hash_bytes()'s
    return tail;
  });
}

}  // namespace newsprism::dedup
