#include "parse/article_builder.hpp"

namespace newsprism::parse {

OffsetMap build_article_text(const NormalizedText& normalized,
                             const std::vector<RawBlock>& blocks, Article& article) {
  const std::string& source = normalized.text;
  std::string& text = article.text;
  text.clear();
  text.reserve(source.size());
  OffsetMap clean_to_normalized;
  uint32_t utf16_position = 0;
  uint32_t words = 0;
  article.blocks.reserve(blocks.size());

  // Blocks are separated by "\n\n", which maps to the gap between them in the input.
  for (const RawBlock& raw : blocks) {
    if (!text.empty()) {
      clean_to_normalized.add(static_cast<uint32_t>(text.size()), raw.start);
      text.append("\n\n");
      utf16_position += 2;
    }
    Block block;
    block.kind = raw.kind;
    block.span.start = static_cast<uint32_t>(text.size());
    block.span.start_utf16 = utf16_position;
    clean_to_normalized.add(block.span.start, raw.start);

    bool in_space = false;
    bool in_word = false;
    for (uint32_t i = raw.start; i < raw.end; ++i) {
      auto byte = static_cast<unsigned char>(source[i]);
      if (byte == ' ' || byte == '\n') {
        in_space = true;
        in_word = false;
        continue;
      }
      if (in_space) {
        // A run of spaces and line breaks inside a block becomes one space.
        text.push_back(' ');
        ++utf16_position;
        clean_to_normalized.add(static_cast<uint32_t>(text.size()), i);
        in_space = false;
      }
      if (!in_word) {
        ++words;
        in_word = true;
      }
      text.push_back(static_cast<char>(byte));
      utf16_position += is_utf8_lead(byte) ? 1u : 0u;
      utf16_position += byte >= 0xF0 ? 1u : 0u;
    }
    block.span.end = static_cast<uint32_t>(text.size());
    block.span.end_utf16 = utf16_position;
    article.blocks.push_back(block);
  }
  clean_to_normalized.finish(static_cast<uint32_t>(text.size()),
                             blocks.empty() ? 0u : blocks.back().end);

  OffsetMap clean_to_input = OffsetMap::compose(clean_to_normalized, normalized.to_input);
  for (size_t b = 0; b < article.blocks.size(); ++b) {
    Span& span = article.blocks[b].span;
    span.input_start = clean_to_input.to_source(span.start);
    // The end comes from the raw block: the clean text may have dropped trailing spaces.
    span.input_end = normalized.to_input.to_source(blocks[b].end);
  }
  article.text_utf16_length = utf16_position;
  article.word_count = words;
  return clean_to_input;
}

}  // namespace newsprism::parse
