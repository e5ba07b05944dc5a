// TEMPORARY STUB HEADER (lead's local copy until helper/article merges; not committed)
#pragma once
#include <string_view>
#include "parse/article_draft.hpp"
#include "parse/html_tokenizer.hpp"
namespace newsprism::parse {
enum class HtmlScope { kPage, kFragment };
struct HtmlTokenObserver { virtual void on_token(const HtmlToken&) = 0; protected: ~HtmlTokenObserver() = default; };
ArticleDraft html_to_article(std::string_view html, const OffsetMap& html_to_input, HtmlScope scope, HtmlTokenObserver* observer = nullptr);
}
