// The WebAssembly SIMD (simd128) MinHash kernel: i32x4 has the 32-bit low multiply and the
// unsigned minimum, so each step is mul, add, min on four hashes. Built only into the SIMD
// flavour (-msimd128); the baseline flavour runs the scalar twin.
#include "dedup/minhash_kernels.hpp"

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace newsprism::dedup {

#if defined(__wasm_simd128__)

bool minhash_wasm_simd_available() { return true; }

void minhash_wasm_simd(std::span<const uint32_t> folded, std::span<const uint32_t> a, std::span<const uint32_t> b,
                       std::span<uint32_t> signature) {
  const size_t n = signature.size();
  const uint32_t* ys = folded.data();
  const size_t count = folded.size();
  // Several groups of four hashes per pass over the shingles, so that one splat serves them all.
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    const v128_t a0 = wasm_v128_load(&a[i]);
    const v128_t a1 = wasm_v128_load(&a[i + 4]);
    const v128_t a2 = wasm_v128_load(&a[i + 8]);
    const v128_t a3 = wasm_v128_load(&a[i + 12]);
    const v128_t b0 = wasm_v128_load(&b[i]);
    const v128_t b1 = wasm_v128_load(&b[i + 4]);
    const v128_t b2 = wasm_v128_load(&b[i + 8]);
    const v128_t b3 = wasm_v128_load(&b[i + 12]);
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
    const v128_t a_group = wasm_v128_load(&a[i]);
    const v128_t b_group = wasm_v128_load(&b[i]);
    v128_t low = wasm_u32x4_splat(UINT32_MAX);
    for (size_t k = 0; k < count; ++k) {
      low = wasm_u32x4_min(low, wasm_i32x4_add(wasm_i32x4_mul(a_group, wasm_u32x4_splat(ys[k])), b_group));
    }
    wasm_v128_store(&signature[i], low);
  }
}

#else  // no simd128 in this build: minhash() never calls the kernel.

bool minhash_wasm_simd_available() { return false; }
void minhash_wasm_simd(std::span<const uint32_t>, std::span<const uint32_t>, std::span<const uint32_t>,
                       std::span<uint32_t>) {}

#endif

}  // namespace newsprism::dedup
