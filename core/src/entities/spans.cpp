#include "entities/spans.hpp"

#include <algorithm>

namespace newsprism::entities {

Span article_span(const Article& article, uint32_t start, uint32_t end, uint32_t start_utf16,
                  uint32_t end_utf16) {
  Span span{start, end, start_utf16, end_utf16, 0, 0};
  const std::vector<Block>& blocks = article.blocks;
  auto after = std::upper_bound(blocks.begin(), blocks.end(), start,
                                [](uint32_t value, const Block& block) { return value < block.span.start; });
  if (after == blocks.begin()) return span;
  const size_t index = static_cast<size_t>(after - blocks.begin()) - 1;
  const Block& block = blocks[index];
  if (index < article.block_input_maps.size()) {
    const OffsetMap& map = article.block_input_maps[index];
    const uint32_t clamped_end = std::min(end, block.span.end);
    span.input_start = map.to_source(start - block.span.start);
    span.input_end = map.to_source(clamped_end - block.span.start);
  } else {
    span.input_start = block.span.input_start;
    span.input_end = block.span.input_end;
  }
  return span;
}

Span token_span(const Article& article, uint32_t first, uint32_t count) {
  if (count == 0 || first + count > article.tokens.size()) return {};
  const TextRange& a = article.tokens[first].range;
  const TextRange& b = article.tokens[first + count - 1].range;
  return article_span(article, a.start, b.end, a.start_utf16, b.end_utf16);
}

}  // namespace newsprism::entities
