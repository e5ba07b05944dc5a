// Eight bytes a step in a 64-bit integer ("SIMD within a register"): portable, identical on
// every target, and what the byte scanners use where a library search per byte would cost more.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace newsprism::swar {

inline constexpr uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
inline constexpr uint64_t kHigh = 0x8080808080808080ULL;

/// Eight bytes from `p`, the first in the lowest byte.
inline uint64_t load(const void* p) {
  static_assert(std::endian::native == std::endian::little, "byte order of the loads");
  uint64_t bytes;
  std::memcpy(&bytes, p, sizeof bytes);
  return bytes;
}

/// The top bit of each byte set exactly where that byte equals `c` (no carry crosses a byte).
inline uint64_t equal(uint64_t bytes, unsigned char c) {
  const uint64_t x = bytes ^ (kOnes * c);
  return ~(((x & kLow7) + kLow7) | x) & kHigh;
}

/// Index of the lowest byte flagged in `flags` (not zero).
inline size_t first(uint64_t flags) {
  return static_cast<size_t>(std::countr_zero(flags)) >> 3;
}

}  // namespace newsprism::swar
