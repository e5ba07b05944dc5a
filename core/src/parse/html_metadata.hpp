// Reading an HTML page's metadata from its tokens, in the same pass that builds the article:
// <title>, <html lang>, <meta> (name, property: Open Graph, article:*, author, description,
// twitter:*), <link rel=canonical>, JSON-LD scripts (NewsArticle, Article, BlogPosting, ...:
// headline, datePublished, dateModified, author, publisher) and <time datetime>.
#pragma once

#include <string>
#include <vector>

#include "newsprism/report.hpp"
#include "parse/html_tokenizer.hpp"

namespace newsprism::parse {

/// Collects metadata token by token. Feed it every token of the page in order, then call
/// finish(). Memory is bounded: at most a few kilobytes per field and per JSON-LD script
/// (scripts over 1 MiB are skipped with an issue).
class HtmlMetadataCollector {
 public:
  /// One token of the page, in document order.
  void on_token(const HtmlToken& token);

  /// The metadata found, each field from the best source: for the title, og:title, then
  /// JSON-LD headline, then <title> (site suffix " | Site" kept as written); dates in ISO 8601
  /// via parse_date() (as written when they do not parse); authors de-duplicated in order.
  ArticleMetadata finish();

  /// Problems seen (invalid JSON-LD, oversized script), for diagnostics.
  const std::vector<Diagnostic>& issues() const { return issues_; }

 private:
  std::vector<Diagnostic> issues_;
  // The private state is html_metadata.cpp's to choose.
};

}  // namespace newsprism::parse
