// The tokenizer of segment_text() alone, for callers that need no sentences (fingerprints).
#pragma once

#include <string_view>
#include <vector>

#include "newsprism/segment.hpp"

namespace newsprism::text {

/// The tokens segment_text(text) gives, without the sentence pass. `tokens` is cleared first.
void tokenize_text(std::string_view text, std::vector<Token>& tokens);

}  // namespace newsprism::text
