#include "dedup/minhash.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "dedup/minhash_kernels.hpp"

namespace newsprism::dedup {
namespace {

uint64_t splitmix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

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
    const uint32_t y = fold_shingle(shingle);
    for (size_t i = 0; i < n; ++i) {
      const uint32_t h = coefficients[i] * y + coefficients[n + i];
      signature[i] = std::min(signature[i], h);
    }
  }
}

void minhash_folded(std::span<const uint32_t> folded, std::span<const uint32_t> coefficients,
                    std::span<uint32_t> signature) {
  const size_t n = signature.size();
  const std::span<const uint32_t> a = coefficients.first(n);
  const std::span<const uint32_t> b = coefficients.subspan(n, n);
  if (n % 4 == 0) {
    // The widest kernel this build and this CPU have; each gives minhash_scalar()'s values.
    if (minhash_avx512_available()) return minhash_avx512(folded, a, b, signature);
    if (minhash_avx2_available()) return minhash_avx2(folded, a, b, signature);
    if (minhash_sse2_available()) return minhash_sse2(folded, a, b, signature);
    if (minhash_wasm_simd_available()) return minhash_wasm_simd(folded, a, b, signature);
  }
  std::fill(signature.begin(), signature.end(), UINT32_MAX);
  for (uint32_t y : folded) {
    for (size_t i = 0; i < n; ++i) signature[i] = std::min(signature[i], a[i] * y + b[i]);
  }
}

void minhash(std::span<const uint64_t> shingles, std::span<const uint32_t> coefficients,
             std::span<uint32_t> signature) {
  // Each shingle is folded once; the kernels then read 4-byte values.
  std::vector<uint32_t> folded(shingles.size());
  for (size_t k = 0; k < shingles.size(); ++k) folded[k] = fold_shingle(shingles[k]);
  minhash_folded(folded, coefficients, signature);
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
