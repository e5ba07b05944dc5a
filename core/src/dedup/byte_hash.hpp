// The fixed 64-bit hash of bytes behind word and shingle hashes: FNV-1a over 8-byte words,
// finished with a strong mix. Fixed and portable (identical on every target), since shingle
// hashes feed the signatures users store.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

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
/// into `scratch`.
uint64_t folded_word_hash(std::string_view token, const char* readable_end, std::string& scratch);

}  // namespace newsprism::dedup
