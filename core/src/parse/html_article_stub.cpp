// TEMPORARY STUB (not committed)
#include "parse/html_article.hpp"
namespace newsprism::parse {
ArticleDraft html_to_article(std::string_view html, const OffsetMap& html_to_input, HtmlScope, HtmlTokenObserver* observer) {
  ArticleDraft d; HtmlTokenizer t(html); HtmlToken tok; DraftBlock b;
  while (t.next(tok)) { if (observer) observer->on_token(tok);
    if (tok.kind == HtmlTokenKind::kStartTag && (tok.name == "p" || tok.name=="div" || tok.name=="h2") && !b.text.empty()) { b.to_input.finish(b.text.size(), html_to_input.to_source(tok.source_start)); d.blocks.push_back(std::move(b)); b = DraftBlock(); }
    if (tok.kind == HtmlTokenKind::kText) { if (b.text.empty()) b.to_input.add(0, html_to_input.to_source(tok.source_start)); b.text += tok.text; } }
  if (!b.text.empty()) { b.to_input.finish(b.text.size(), html_to_input.to_source(html.size())); d.blocks.push_back(std::move(b)); }
  return d; }
}
