// MinHash signatures of shingle sets, with a fixed, documented hash family so that signatures
// are identical natively and in wasm, SIMD or not, and can be stored and compared later.
//
// Family: each shingle's 64-bit hash x is folded to 32 bits, y = low32(x) XOR high32(x); for
// hash i (0 <= i < hashes), with 32-bit (a_i, b_i) drawn from splitmix64 seeded with `seed`
// (a_i forced odd, so y -> a_i*y + b_i is a permutation of the 32-bit values),
// h_i(y) = (a_i * y + b_i) mod 2^32; the signature value is the minimum of h_i over the set
// (0xFFFFFFFF for an empty set). The SIMD kernels (wasm_simd128 i32x4; natively SSE2, or AVX2 or
// AVX-512 where the CPU has them) run four to sixteen hashes a step; the scalar twin computes
// the same values one at a time and every kernel is tested against it on random input.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "dedup/byte_hash.hpp"  // hash_bytes(), for the shingles hashed with this family

namespace newsprism::dedup {

/// Parameters of the signature. Defaults: 128 hashes in 16 bands of 8 rows, which puts the knee
/// of the LSH candidate curve 1 - (1 - J^8)^16, at (1/16)^(1/8) = 0.71, just under the 0.75
/// near-duplicate line: candidates with probability 0.82 at Jaccard 0.75, 0.95 at 0.8.
struct MinHashParams {
  uint32_t hashes = 128;
  uint32_t bands = 16;
  uint64_t seed = 0x6E657773707269ULL;  // "newspri"
};

/// The coefficients of the family: a_0..a_{n-1} then b_0..b_{n-1} (n = params.hashes, a
/// multiple of 4).
std::vector<uint32_t> minhash_coefficients(const MinHashParams& params);

/// Signature of `shingles` (64-bit shingle hashes; duplicates allowed) into `signature`
/// (params.hashes values), with the SIMD kernel where the build has one.
void minhash(std::span<const uint64_t> shingles, std::span<const uint32_t> coefficients,
             std::span<uint32_t> signature);

/// The fold of a shingle hash x to the 32 bits the family hashes: low32(x) XOR high32(x).
inline uint32_t fold_shingle(uint64_t x) { return static_cast<uint32_t>(x) ^ static_cast<uint32_t>(x >> 32); }

/// minhash() of shingles already folded with fold_shingle() (duplicates allowed).
void minhash_folded(std::span<const uint32_t> folded, std::span<const uint32_t> coefficients,
                    std::span<uint32_t> signature);

/// The scalar twin of minhash(): the same values, one lane at a time.
void minhash_scalar(std::span<const uint64_t> shingles, std::span<const uint32_t> coefficients,
                    std::span<uint32_t> signature);

/// One 64-bit key per band (bands = params.bands, rows = hashes / bands): equal keys make two
/// articles LSH candidates. The key hashes the band index and its rows.
std::vector<uint64_t> band_keys(std::span<const uint32_t> signature, uint32_t bands);

/// Share of equal positions of two signatures: an estimate of Jaccard, never shown as exact.
double estimated_jaccard(std::span<const uint32_t> a, std::span<const uint32_t> b);

}  // namespace newsprism::dedup
