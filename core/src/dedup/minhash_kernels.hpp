// The vector kernels behind minhash(): each takes the folded 32-bit shingle values (see
// minhash.hpp for the family) and writes the same signature as minhash_scalar(), a multiple of
// four hashes at a time. minhash() picks the widest one the build and the CPU offer; tests run
// every available one against the scalar twin.
#pragma once

#include <cstdint>
#include <span>

namespace newsprism::dedup {

/// Whether this build has x86-64 kernels at all, and whether this CPU runs the AVX2 and AVX-512
/// ones (the build itself targets baseline x86-64, so those are chosen at run time).
bool minhash_sse2_available();
bool minhash_avx2_available();
bool minhash_avx512_available();

/// The signature of the folded shingle values `folded` with the SSE2, AVX2 or AVX-512 kernel:
/// hash i takes a[i] and b[i]; a, b and signature have one value per hash, a multiple of four
/// of them. Call only where the matching *_available() is true.
void minhash_sse2(std::span<const uint32_t> folded, std::span<const uint32_t> a,
                  std::span<const uint32_t> b, std::span<uint32_t> signature);
void minhash_avx2(std::span<const uint32_t> folded, std::span<const uint32_t> a,
                  std::span<const uint32_t> b, std::span<uint32_t> signature);
void minhash_avx512(std::span<const uint32_t> folded, std::span<const uint32_t> a,
                    std::span<const uint32_t> b, std::span<uint32_t> signature);

/// Whether this build has the wasm SIMD (simd128) kernel, and that kernel.
bool minhash_wasm_simd_available();
void minhash_wasm_simd(std::span<const uint32_t> folded, std::span<const uint32_t> a,
                       std::span<const uint32_t> b, std::span<uint32_t> signature);

}  // namespace newsprism::dedup
