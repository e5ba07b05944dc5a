// Splitting a plain-text paste into blocks: paragraphs by blank lines or one per line, and a
// first short line as the title.
#pragma once

#include <string_view>
#include <vector>

#include "newsprism/report.hpp"
#include "parse/article_draft.hpp"

namespace newsprism::parse {

/// A block found in normalized text, before it is cleaned: a byte range plus its kind. Lines
/// inside the range that belong together are joined by the article builder.
struct RawBlock {
  BlockKind kind = BlockKind::kParagraph;
  uint32_t start = 0;
  uint32_t end = 0;
};

/// Splits normalized text (only '\n' line ends, ' ' spaces) into blocks. Groups of lines
/// separated by blank lines are paragraphs; a group whose lines do not look hard-wrapped is split
/// into one paragraph per line. A first short line that does not end like a sentence and is
/// followed by more text becomes the title.
std::vector<RawBlock> split_plain_blocks(std::string_view text);

/// The plain-text front-end: one draft block per block of split_plain_blocks() of the whole
/// normalized input (so offsets are absolute). Format is left unset.
ArticleDraft plain_text_draft(NormalizedText&& normalized);

}  // namespace newsprism::parse
