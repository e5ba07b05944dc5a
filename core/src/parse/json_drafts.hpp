// Turning the articles found in a JSON paste (WordPress REST posts, JSON Feed items, NDJSON
// lines, JSON-LD or generic objects) into drafts: fields to metadata, the title to a title
// block, and the body, HTML or text, to blocks.
#pragma once

#include <cstdint>
#include <vector>

#include "parse/article_draft.hpp"
#include "parse/json_articles.hpp"

namespace newsprism::parse {

/// One draft per extracted article, in order. JSON strings were unescaped by the reader, so
/// their bytes no longer line up with the input: every block of an article maps to the byte
/// range of the whole input (`input_size`) rather than to exact positions.
std::vector<ArticleDraft> json_drafts(JsonExtraction&& extraction, uint64_t input_size);

/// Text of an HTML snippet such as a title or an excerpt: character references decoded, tags
/// removed, spaces collapsed.
std::string html_snippet_text(std::string_view html);

}  // namespace newsprism::parse
