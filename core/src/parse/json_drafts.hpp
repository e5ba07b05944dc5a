// Turning the articles found in a JSON paste (WordPress REST posts, JSON Feed items, NDJSON
// lines, JSON-LD or generic objects) into drafts: fields to metadata, the title to a title
// block, and the body, HTML or text, to blocks.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "parse/article_draft.hpp"
#include "parse/json_articles.hpp"

namespace newsprism::parse {

/// The draft of extracted article `index` (its fields are moved out: each article is drafted
/// once). Title, body and excerpt map back to the exact input bytes of their JSON strings
/// (escapes included) where the reader knew where those strings were; otherwise (input
/// repaired before parsing) to the whole input. Articles are independent: different ones may be
/// drafted on different threads at once.
ArticleDraft json_draft(JsonExtraction& extraction, size_t index, std::string_view input);

/// Text of an HTML snippet such as a title or an excerpt: character references decoded, tags
/// removed, spaces collapsed.
std::string html_snippet_text(std::string_view html);

}  // namespace newsprism::parse
