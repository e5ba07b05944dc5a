#include "dedup/minhash.hpp"

#include <algorithm>

#include "dedup/byte_hash.hpp"
#include "dedup/minhash_kernels.hpp"

namespace newsprism::dedup {
namespace {

uint64_t splitmix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
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
    uint64_t key = mix64(0x62616E64ULL + band);
    for (size_t r = 0; r < rows; ++r) key = mix64(key ^ signature[band * rows + r]);
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

}  // namespace newsprism::dedup
