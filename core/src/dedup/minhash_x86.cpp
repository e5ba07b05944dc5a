// The x86-64 MinHash kernels. SSE2 is part of x86-64, so that one always runs; the AVX2 and
// AVX-512 ones are compiled for their instruction sets with target attributes (the build targets
// baseline x86-64, so one binary serves every CPU) and minhash() calls them only where the CPU
// reports them. All compute h_i(y) = a_i * y + b_i (mod 2^32) and keep the unsigned minimum per
// hash: the same values as minhash_scalar(), whatever the order of the shingles.
#include "dedup/minhash_kernels.hpp"

#include <cstring>

#if defined(__x86_64__) && defined(__SSE2__) && defined(__GNUC__)
#define NEWSPRISM_X86_KERNELS 1
#if !defined(__clang__)
// GCC 12's own _mm512_min_epu32 passes a deliberately undefined vector as the (unused) merge
// source and then warns about it where it is inlined (GCC bug 105593): nothing in this file.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <immintrin.h>
#endif

namespace newsprism::dedup {

#if defined(NEWSPRISM_X86_KERNELS)

bool minhash_sse2_available() { return true; }
bool minhash_avx2_available() { return __builtin_cpu_supports("avx2"); }
bool minhash_avx512_available() { return __builtin_cpu_supports("avx512f"); }

void minhash_sse2(std::span<const uint32_t> folded, std::span<const uint32_t> a, std::span<const uint32_t> b,
                  std::span<uint32_t> signature) {
  const size_t n = signature.size();
  const uint32_t* ys = folded.data();
  const size_t count = folded.size();
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
    __m128i b_at;
    std::memcpy(&group.a, &a[at], sizeof group.a);
    std::memcpy(&b_at, &b[at], sizeof b_at);
    group.a_odd = _mm_srli_epi64(group.a, 32);
    group.b_flipped = _mm_xor_si128(b_at, flip);
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
}

namespace {

// kGroups vectors of eight hashes over all the shingles in one pass: each value of y is
// broadcast once for all of them. Four groups (32 hashes) use 12 of the 16 ymm registers for
// a, b and the minimums, which leaves room for y and the products without spilling.
template <size_t kGroups>
[[gnu::target("avx2")]] inline void avx2_groups(const uint32_t* ys, size_t count, const uint32_t* a_at,
                                                const uint32_t* b_at, uint32_t* out) {
  __m256i a[kGroups];
  __m256i b[kGroups];
  __m256i low[kGroups];
  for (size_t g = 0; g < kGroups; ++g) {
    a[g] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(a_at + 8 * g));
    b[g] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(b_at + 8 * g));
    low[g] = _mm256_set1_epi32(-1);
  }
  for (size_t k = 0; k < count; ++k) {
    const __m256i y = _mm256_set1_epi32(static_cast<int>(ys[k]));
    for (size_t g = 0; g < kGroups; ++g) {
      low[g] = _mm256_min_epu32(low[g], _mm256_add_epi32(_mm256_mullo_epi32(a[g], y), b[g]));
    }
  }
  for (size_t g = 0; g < kGroups; ++g) _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + 8 * g), low[g]);
}

// The same with sixteen hashes a vector. AVX-512 has 32 registers: eight groups (128 hashes,
// the default signature) take 24 of them, so the shingles are read once for the whole signature.
template <size_t kGroups>
[[gnu::target("avx512f")]] inline void avx512_groups(const uint32_t* ys, size_t count, const uint32_t* a_at,
                                                     const uint32_t* b_at, uint32_t* out) {
  __m512i a[kGroups];
  __m512i b[kGroups];
  __m512i low[kGroups];
  for (size_t g = 0; g < kGroups; ++g) {
    a[g] = _mm512_loadu_si512(a_at + 16 * g);
    b[g] = _mm512_loadu_si512(b_at + 16 * g);
    low[g] = _mm512_set1_epi32(-1);
  }
  for (size_t k = 0; k < count; ++k) {
    const __m512i y = _mm512_set1_epi32(static_cast<int>(ys[k]));
    for (size_t g = 0; g < kGroups; ++g) {
      low[g] = _mm512_min_epu32(low[g], _mm512_add_epi32(_mm512_mullo_epi32(a[g], y), b[g]));
    }
  }
  for (size_t g = 0; g < kGroups; ++g) _mm512_storeu_si512(out + 16 * g, low[g]);
}

}  // namespace

[[gnu::target("avx2")]] void minhash_avx2(std::span<const uint32_t> folded, std::span<const uint32_t> a,
                                          std::span<const uint32_t> b, std::span<uint32_t> signature) {
  const size_t n = signature.size();
  size_t i = 0;
  for (; i + 32 <= n; i += 32) avx2_groups<4>(folded.data(), folded.size(), &a[i], &b[i], &signature[i]);
  for (; i + 8 <= n; i += 8) avx2_groups<1>(folded.data(), folded.size(), &a[i], &b[i], &signature[i]);
  // A last four hashes (n is a multiple of four, not always of eight).
  if (i < n) minhash_sse2(folded, a.subspan(i), b.subspan(i), signature.subspan(i));
}

[[gnu::target("avx512f")]] void minhash_avx512(std::span<const uint32_t> folded, std::span<const uint32_t> a,
                                               std::span<const uint32_t> b, std::span<uint32_t> signature) {
  const size_t n = signature.size();
  size_t i = 0;
  for (; i + 128 <= n; i += 128) avx512_groups<8>(folded.data(), folded.size(), &a[i], &b[i], &signature[i]);
  for (; i + 16 <= n; i += 16) avx512_groups<1>(folded.data(), folded.size(), &a[i], &b[i], &signature[i]);
  if (i < n) {
    // The last 4, 8 or 12 hashes: masked loads and stores leave the other lanes alone.
    const auto lanes = static_cast<__mmask16>((1u << (n - i)) - 1);
    const __m512i a_tail = _mm512_maskz_loadu_epi32(lanes, &a[i]);
    const __m512i b_tail = _mm512_maskz_loadu_epi32(lanes, &b[i]);
    __m512i low = _mm512_set1_epi32(-1);
    for (uint32_t y : folded) {
      const __m512i product = _mm512_mullo_epi32(a_tail, _mm512_set1_epi32(static_cast<int>(y)));
      low = _mm512_min_epu32(low, _mm512_add_epi32(product, b_tail));
    }
    _mm512_mask_storeu_epi32(&signature[i], lanes, low);
  }
}

#else  // not x86-64: no x86 kernels; minhash() never calls these.

bool minhash_sse2_available() { return false; }
bool minhash_avx2_available() { return false; }
bool minhash_avx512_available() { return false; }
void minhash_sse2(std::span<const uint32_t>, std::span<const uint32_t>, std::span<const uint32_t>,
                  std::span<uint32_t>) {}
void minhash_avx2(std::span<const uint32_t>, std::span<const uint32_t>, std::span<const uint32_t>,
                  std::span<uint32_t>) {}
void minhash_avx512(std::span<const uint32_t>, std::span<const uint32_t>, std::span<const uint32_t>,
                    std::span<uint32_t>) {}

#endif

}  // namespace newsprism::dedup
