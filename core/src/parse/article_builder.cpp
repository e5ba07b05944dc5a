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

    // Runs of non-space bytes are copied whole; a run of spaces and line breaks inside a block
    // becomes one space, anchored so offsets still lead back.
    const char* data = source.data();
    uint32_t i = raw.start;
    bool pending_space = false;
    while (i < raw.end) {
      char byte = data[i];
      if (byte == ' ' || byte == '\n') {
        pending_space = true;
        ++i;
        continue;
      }
      if (pending_space) {
        text.push_back(' ');
        ++utf16_position;
        clean_to_normalized.add(static_cast<uint32_t>(text.size()), i);
        pending_space = false;
      }
      uint32_t run_end = i;
      uint32_t units = 0;
      while (run_end < raw.end) {
        auto value = static_cast<unsigned char>(data[run_end]);
        if (value == ' ' || value == '\n') break;
        units += (is_utf8_lead(value) ? 1u : 0u) + (value >= 0xF0 ? 1u : 0u);
        ++run_end;
      }
      text.append(data + i, run_end - i);
      utf16_position += units;
      ++words;
      i = run_end;
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
