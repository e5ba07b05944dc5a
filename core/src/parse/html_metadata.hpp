// Reading an HTML page's metadata from its tokens, in the same pass that builds the article:
// <title>, <html lang>, <meta> (name, property: Open Graph, article:*, author, description,
// twitter:*), <link rel=canonical>, JSON-LD scripts (NewsArticle, Article, BlogPosting, ...:
// headline, datePublished, dateModified, author, publisher) and <time datetime>.
#pragma once

#include <string>
#include <vector>

#include "newsprism/report.hpp"
#include "parse/html_tokenizer.hpp"
#include "parse/html_tree.hpp"

namespace newsprism::parse {

/// Collects metadata token by token. Feed it every token of the page in order, then call
/// finish(). Memory is bounded: at most a few kilobytes per field and per JSON-LD script
/// (scripts over 1 MiB are skipped with an issue).
class HtmlMetadataCollector final : public HtmlTokenObserver {
 public:
  /// One token of the page, in document order.
  void on_token(const HtmlToken& token) override;

  /// True inside a <title> or a JSON-LD <script>, whose text it reads.
  bool wants_element_text() const override { return capture_ != Capture::kNone; }

  /// The metadata found, each field from the best source: for the title, og:title, then
  /// JSON-LD headline, then <title> (site suffix " | Site" kept as written); dates in ISO 8601
  /// via parse_date() (as written when they do not parse); authors de-duplicated in order.
  ArticleMetadata finish();

  /// Problems seen (invalid JSON-LD, oversized script), for diagnostics.
  const std::vector<Diagnostic>& issues() const { return issues_; }

 private:
  // A field's best value so far and the rank of its source (lower is better).
  struct Field {
    int rank = 1 << 30;
    std::string value;
    void offer(int source_rank, std::string_view text);
  };
  void on_meta(const HtmlToken& token);
  void on_json_ld(std::string_view json);

  std::vector<Diagnostic> issues_;
  Field title_, published_, modified_, site_, url_, language_, description_;
  // Authors by source, the best source wins whole: JSON-LD, meta author, article:author, ...
  std::vector<std::string> authors_[4];
  enum class Capture { kNone, kTitle, kJsonLd };
  Capture capture_ = Capture::kNone;
  std::string captured_;
  bool seen_time_ = false;
};

}  // namespace newsprism::parse
