#include "dedup/byte_hash.hpp"

#include <cstring>

#include "dedup/sentence_similarity.hpp"  // fold_token()
#include "text/swar.hpp"

namespace newsprism::dedup {
namespace {

using namespace byte_hash_internal;

// hash_bytes() with the last partial word read by `load_tail`.
template <typename LoadTail>
inline uint64_t hash_words(const char* data, size_t size, uint64_t seed, LoadTail load_tail) {
  uint64_t h = start_value(size, seed);
  size_t i = 0;
  for (; i + 8 <= size; i += 8) h = add_word(h, swar::load(data + i));
  return finish(h, load_tail(data + i, size - i), size - i);
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

uint64_t folded_word_hash_general(std::string_view token, std::string& scratch) {
  fold_token(token, scratch);
  return hash_bytes(scratch.data(), scratch.size());
}

}  // namespace newsprism::dedup
