#include "parse/field_body.hpp"

#include "parse/html_article.hpp"
#include "parse/plain_text.hpp"

namespace newsprism::parse {

void append_field_body(std::string_view body, bool is_html, const OffsetMap& body_to_input, ArticleDraft& draft) {
  if (body.empty()) return;
  if (is_html) {
    append_html_article(body, body_to_input, HtmlScope::kFragment, nullptr, draft);
    return;
  }
  NormalizedText normalized = normalize_text(body);
  normalized.to_input = OffsetMap::compose(normalized.to_input, body_to_input);
  ArticleDraft text = plain_text_draft(std::move(normalized));
  draft.blocks.reserve(draft.blocks.size() + text.blocks.size());
  for (DraftBlock& block : text.blocks) {
    if (block.kind == BlockKind::kTitle) block.kind = BlockKind::kParagraph;
    draft.blocks.push_back(std::move(block));
  }
  draft.normalization = text.normalization;
}

void add_field_title(const std::string& title, OffsetMap title_to_input, ArticleDraft& draft) {
  if (title.empty()) return;
  DraftBlock block;
  block.kind = BlockKind::kTitle;
  block.kind_from_markup = true;
  block.text = title;
  block.to_input = std::move(title_to_input);
  draft.blocks.push_back(std::move(block));
}

}  // namespace newsprism::parse
