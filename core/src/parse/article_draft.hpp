// What every format front-end (plain, Markdown, HTML, JSON, feeds) hands to the article
// assembler: blocks of display text, each with the map back to the input bytes, plus the
// metadata the format itself carried. The assembler (parse/article_assembler) normalizes the
// blocks, applies the line rules (byline, repeated title, trailers), segments the text and
// builds the Article; front-ends only say what the source says.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "newsprism/report.hpp"
#include "newsprism/text.hpp"

namespace newsprism::parse {

/// One block as a front-end found it.
struct DraftBlock {
  BlockKind kind = BlockKind::kParagraph;
  /// Display text: valid or invalid UTF-8, spaces and line breaks not yet collapsed, HTML
  /// character references already decoded, markup removed. May be empty (it is then dropped).
  std::string text;
  /// Maps positions in `text` to absolute byte offsets of the whole input given to analyze().
  /// Must be finished (OffsetMap::finish) with `text.size()` and the input end of the block.
  OffsetMap to_input;
  /// Boilerplate only: a short constant saying why ("navigation", "comments", "share",
  /// "outside-article", "appeared-first-on", ...). Empty otherwise.
  std::string reason;
  /// Headings only: 1 to 6 where the source says (<h2>, "## "), 0 when unknown.
  uint8_t level = 0;
  /// True when the front-end itself decided the kind from markup (<h2>, <blockquote>, "## ",
  /// an HTML page's boilerplate), so the assembler's text rules must not override it.
  bool kind_from_markup = false;
  /// True when `text` is already normalize_text() output (the plain and Markdown front-ends
  /// normalize the whole input once); the assembler then only collapses spaces.
  bool normalized = false;
};

/// One article as a front-end found it.
struct ArticleDraft {
  FormatGuess format;
  /// What the format's own fields say (JSON fields, <meta>, JSON-LD, feed elements). Dates
  /// already in ISO 8601 where they could be parsed; as written otherwise.
  ArticleMetadata metadata;
  std::vector<DraftBlock> blocks;
  /// Problems found by the front-end for this article (tokenizer issues, JSON issues, ...).
  std::vector<Diagnostic> diagnostics;
  /// What a front-end's own normalize_text() call changed (blocks marked `normalized`), added
  /// to what the assembler's normalization finds, for the article's diagnostics.
  NormalizationCounts normalization;
};

}  // namespace newsprism::parse
