#include "dedup/byte_hash.hpp"

#include <array>
#include <cstring>

#include "dedup/sentence_similarity.hpp"  // fold_token()
#include "text/swar.hpp"

namespace newsprism::dedup {
namespace {

constexpr uint64_t kFnvPrime = 0x100000001B3ULL;
constexpr uint64_t kFnvOffset = 0xCBF29CE484222325ULL;

// hash_bytes()'s starting value for seed 0 (what shingles use) and sizes below 64: words are
// short, and this takes two multiplies off each one's dependency chain.
constexpr std::array<uint64_t, 64> make_start_table() {
  std::array<uint64_t, 64> table{};
  for (size_t size = 0; size < table.size(); ++size) table[size] = kFnvOffset ^ mix64(size);
  return table;
}
constexpr std::array<uint64_t, 64> kStartOfSize = make_start_table();

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

// hash_bytes() with the last partial word read by `load_tail`.
template <typename LoadTail>
inline uint64_t hash_words(const char* data, size_t size, uint64_t seed, LoadTail load_tail) {
  uint64_t h = start_value(size, seed);
  size_t i = 0;
  for (; i + 8 <= size; i += 8) h = add_word(h, swar::load(data + i));
  return finish(h, load_tail(data + i, size - i), size - i);
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
    return swar::load(tail_data);  // the padding is zero: the same value as hash_bytes()'s
  });
}

uint64_t folded_word_hash(std::string_view token, const char* readable_end, std::string& scratch) {
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
    if (readable_end - (data + i) >= 8) {
      tail = swar::load(data + i) & (~uint64_t{0} >> (64 - 8 * rest));  // the bytes past the token cleared
    } else {
      std::memcpy(&tail, data + i, rest);
    }
    high |= tail;
    tail = lower_ascii(tail);
  }
  if ((high & swar::kHigh) == 0) return finish(h, tail, rest);
  fold_token(token, scratch);
  return hash_bytes(scratch.data(), scratch.size());
}

}  // namespace newsprism::dedup
