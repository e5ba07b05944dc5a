// The fixed 64-bit hash of bytes behind word and shingle hashes: FNV-1a over 8-byte words,
// finished with a strong mix. Fixed and portable (identical on every target), since shingle
// hashes feed the signatures users store.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/swar.hpp"

namespace newsprism::dedup {

/// The 64-bit finalizer of MurmurHash3 (fmix64): every input bit reaches every output bit.
constexpr uint64_t mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 33;
  return h;
}

/// 64-bit hash of bytes (a fixed function, identical on every target), for shingles.
uint64_t hash_bytes(const char* data, size_t size, uint64_t seed = 0);

/// hash_bytes(data, size) (seed 0) for bytes followed by zero bytes up to the next multiple of
/// eight, which it reads (nothing past `size` when it is a multiple of eight): the last partial
/// word loads whole instead of byte by byte.
uint64_t hash_padded_bytes(const char* data, size_t size);

/// hash_bytes() of the folded form of a word token (fold_token(): ASCII lower-cased, anything
/// else folded for matching): the hash words and shingles are made of. `token` lies inside a
/// buffer that may be read up to `readable_end` (>= the token's end); ASCII tokens are read
/// eight bytes a step from there and folded in registers, the others go through fold_token()
/// into `scratch`. Always inlined (below): it runs once a word, and in wasm a call (the
/// string_view passed through memory) costs about as much as the hash.
[[gnu::always_inline]] inline uint64_t folded_word_hash(std::string_view token, const char* readable_end, std::string& scratch);

/// folded_word_hash() the slow way: fold_token() into `scratch`, then hash_bytes().
uint64_t folded_word_hash_general(std::string_view token, std::string& scratch);

namespace byte_hash_internal {

inline constexpr uint64_t kFnvPrime = 0x100000001B3ULL;
inline constexpr uint64_t kFnvOffset = 0xCBF29CE484222325ULL;

// hash_bytes()'s starting value for seed 0 (what shingles use) and sizes below 64: words are
// short, and this takes two multiplies off each one's dependency chain.
constexpr std::array<uint64_t, 64> make_start_table() {
  std::array<uint64_t, 64> table{};
  for (size_t size = 0; size < table.size(); ++size) table[size] = kFnvOffset ^ mix64(size);
  return table;
}
inline constexpr std::array<uint64_t, 64> kStartOfSize = make_start_table();

inline uint64_t start_value(size_t size, uint64_t seed) {
  return seed == 0 && size < kStartOfSize.size() ? kStartOfSize[size] : kFnvOffset ^ mix64(seed + size);
}

// One whole 8-byte word into the hash.
inline uint64_t add_word(uint64_t h, uint64_t word) {
  h = (h ^ word) * kFnvPrime;
  return h ^ (h >> 29);
}

// The last partial word (`length` bytes, 0 to 7, zero-extended) and the finish.
inline uint64_t finish(uint64_t h, uint64_t tail, size_t length) {
  return mix64((h ^ tail ^ (static_cast<uint64_t>(length) << 56)) * kFnvPrime);
}

// ASCII 'A'..'Z' to lower case in each byte below 0x80 (the callers send words with a byte
// above it elsewhere). The top bit of each byte is set where it is in 'A'..'Z'; with the top
// bits cleared first, no carry crosses a byte.
inline uint64_t lower_ascii(uint64_t bytes) {
  using swar::kHigh;
  using swar::kOnes;
  const uint64_t low7 = bytes & ~kHigh;
  const uint64_t upper = (low7 + kOnes * (0x80 - 'A')) & ~(low7 + kOnes * (0x7F - 'Z')) & kHigh;
  return bytes | (upper >> 2);  // 0x80 >> 2 = 0x20: the lower-case bit
}

}  // namespace byte_hash_internal

[[gnu::always_inline]] inline uint64_t folded_word_hash(std::string_view token, const char* readable_end,
                                                      std::string& scratch) {
  using namespace byte_hash_internal;
  // hash_bytes() of the lower-cased bytes, folded word by word as they are hashed: no copy.
  const char* data = token.data();
  const size_t size = token.size();
  uint64_t h = start_value(size, 0);
  uint64_t high = 0;  // the top bits of every byte: any set one means a non-ASCII token
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    const uint64_t word = swar::load(data + i);
    high |= word;
    h = add_word(h, lower_ascii(word));
  }
  const size_t rest = size - i;
  uint64_t tail = 0;
  if (rest != 0) {
    if (readable_end - (data + i) < 8) return folded_word_hash_general(token, scratch);  // the buffer's last bytes
    tail = swar::load(data + i) & (~uint64_t{0} >> (64 - 8 * rest));  // the bytes past the token cleared
    high |= tail;
    tail = lower_ascii(tail);
  }
  if ((high & swar::kHigh) != 0) return folded_word_hash_general(token, scratch);
  return finish(h, tail, rest);
}

}  // namespace newsprism::dedup
