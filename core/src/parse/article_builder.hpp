// Turns blocks found in normalized text into an Article: the clean text (each block with its
// spaces collapsed, blocks joined by blank lines) and spans that lead back to the input bytes.
#pragma once

#include <string_view>
#include <vector>

#include "newsprism/report.hpp"
#include "newsprism/text.hpp"
#include "parse/plain_text.hpp"

namespace newsprism::parse {

/// Fills article.text, article.text_utf16_length, article.blocks and article.word_count from
/// `blocks`, which index into `normalized.text`. Returns the map from the clean text back to the
/// input bytes, for the spans later stages make.
OffsetMap build_article_text(const NormalizedText& normalized, const std::vector<RawBlock>& blocks,
                             Article& article);

}  // namespace newsprism::parse
