// The article in an HTML page or fragment: its body found by structure, text density and link
// density, and everything else kept as boilerplate with the reason, so nothing is lost.
#pragma once

#include <string_view>

#include "parse/article_draft.hpp"
#include "parse/html_tree.hpp"

namespace newsprism::parse {

/// A whole page, whose article body must be found, or a fragment (the HTML of a JSON field or
/// a feed item), all of which is the article.
enum class HtmlScope { kPage, kFragment };

/// Reads `html` into a draft. For a page, the article body is the best-scoring container:
/// paragraphs of text (long, with commas, few links) score for their parent and grandparent;
/// <article>, [itemprop=articleBody], <main> and article-like class or id words add, furniture
/// words (nav, comment, share, related, cookie, sidebar, ad, ...) subtract; siblings of the
/// winner that read like article text join it. Inside the body, furniture containers and lists
/// of links are boilerplate; outside it, every block is boilerplate with the reason its nearest
/// furniture ancestor gives ("navigation", "footer", "comments", ...) or "outside-article".
/// The first <h1> in or just before the body is the title. `html_to_input` maps positions of
/// `html` to input offsets (empty = identity). The draft's format is left to the caller.
ArticleDraft html_to_article(std::string_view html, const OffsetMap& html_to_input, HtmlScope scope,
                             HtmlTokenObserver* observer = nullptr);

/// html_to_article() onto the end of `draft`: its blocks and diagnostics are appended (one move
/// per block fewer than copying a returned draft over, for fields read into a larger draft).
void append_html_article(std::string_view html, const OffsetMap& html_to_input, HtmlScope scope,
                         HtmlTokenObserver* observer, ArticleDraft& draft);

}  // namespace newsprism::parse
