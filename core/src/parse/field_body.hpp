// Article bodies that arrive inside a field of another format (a JSON string, a feed element):
// HTML or text, with a map from the field's decoded value back to the input.
#pragma once

#include <string_view>

#include "newsprism/text.hpp"
#include "parse/article_draft.hpp"

namespace newsprism::parse {

/// Appends the blocks of `body` to `draft`: HTML through the fragment reader, text split like
/// a plain paste (a first short line is not taken as a title: the title is a field of its own).
/// `body_to_input` maps positions of `body` to input offsets.
void append_field_body(std::string_view body, bool is_html, const OffsetMap& body_to_input, ArticleDraft& draft);

/// Adds the title block from a title field, when there is one.
void add_field_title(const std::string& title, OffsetMap title_to_input, ArticleDraft& draft);

}  // namespace newsprism::parse
