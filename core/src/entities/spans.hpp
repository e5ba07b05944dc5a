// Spans of mentions and quotes: a range of an article's text with its UTF-16 offsets and the
// input bytes it came from.
#pragma once

#include <cstdint>

#include "newsprism/report.hpp"

namespace newsprism::entities {

/// The Span of text bytes [start, end) of `article`, given their UTF-16 offsets; the input
/// offsets come from the map of the block that holds `start` (Article::block_input_maps).
Span article_span(const Article& article, uint32_t start, uint32_t end, uint32_t start_utf16,
                  uint32_t end_utf16);

/// The Span from the start of token `first` to the end of token `first + count - 1`.
Span token_span(const Article& article, uint32_t first, uint32_t count);

}  // namespace newsprism::entities
