// Markdown-flavoured pastes: what chat tools, note apps and AI rewriters produce. Headings
// ("## ", a line that is all **bold**), lists, quotes and emphasis become block kinds and
// plain display text; the markers themselves are markup and leave the text (the offset map
// still leads every character back to the input).
#pragma once

#include <string_view>

#include "newsprism/text.hpp"
#include "parse/article_draft.hpp"

namespace newsprism::parse {

/// True when normalized text carries Markdown structure: at least two marked lines ("# "
/// headings, lines that are all **bold**, "* "/"- " list items, "> " quotes) or one such line
/// plus inline **bold** or [links](...). The reason is written to `reason`.
bool looks_like_markdown(std::string_view normalized, std::string& reason);

/// The Markdown front-end: takes the whole normalized input of analyze(), splits it like
/// plain text, and reads each line's block markers and inline emphasis and links. The first
/// top-level heading ("# " or an all-bold line) becomes the title when the paste has no
/// title line.
ArticleDraft markdown_draft(NormalizedText&& normalized);

}  // namespace newsprism::parse
