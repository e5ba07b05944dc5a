// The tokenizer of segment_text() alone, for callers that need no sentences (fingerprints).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsprism/segment.hpp"

namespace newsprism::text {

/// The tokens segment_text(text) gives, without the sentence pass. `tokens` is cleared first.
void tokenize_text(std::string_view text, std::vector<Token>& tokens);

/// Bytes [start, end) of a text.
struct ByteRange {
  uint32_t start = 0;
  uint32_t end = 0;
};

/// The byte ranges of the word tokens (kWord, kNumber and kCjk) that tokenize_text(text) gives,
/// in order, without building the other tokens or any UTF-16 offsets. `words` is cleared first.
void tokenize_word_ranges(std::string_view text, std::vector<ByteRange>& words);

/// segment_text(text) with every token made by the tokenizer's per-token rules, without the
/// block walker that makes the common tokens: the reference the tests hold segment_text() to.
void segment_text_per_token(std::string_view text, Segmentation& result);

}  // namespace newsprism::text
