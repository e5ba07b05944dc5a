// Markdown pastes: detection, block markers, inline emphasis and links, offsets.
#include <doctest/doctest.h>

#include "parse/markdown_text.hpp"
#include "report_test_support.hpp"

using namespace newsprism;
using namespace newsprism::testing;

TEST_CASE("markdown: detection needs structure, not one stray asterisk") {
  std::string reason;
  CHECK(parse::looks_like_markdown("# Title\n\nText with **bold**.\n", reason));
  CHECK(reason.find("1 '#' heading") != std::string::npos);
  CHECK(parse::looks_like_markdown("* one\n* two\n", reason));
  CHECK_FALSE(parse::looks_like_markdown("Prices rose 5*3 times.\nNothing else.\n", reason));
  CHECK_FALSE(parse::looks_like_markdown("Just text.\n", reason));
}

TEST_CASE("markdown: headings, bold titles, quotes, lists and a separator") {
  std::string input =
      "**Harbour stays open**\n\nThe council **voted** on [Tuesday](https://example.org/t).\n\n"
      "## What changes\n\n> Boats come first, the mayor said.\n\n* More sailings\n* Longer hours\n\n---\n\n"
      "**Harbour stays open**\n";
  Report report = analyze_bytes(input);
  const Article& article = report.articles.at(0);
  CHECK(article.format.name == "markdown");
  CHECK(shape(article) == "tphqllxx");
  CHECK(article.metadata.title == "Harbour stays open");
  CHECK(text_of(article, article.blocks[1]) == "The council voted on Tuesday.");
  CHECK(article.blocks[2].level == 2);
  CHECK(text_of(article, article.blocks[2]) == "What changes");
  CHECK(text_of(article, article.blocks[3]) == "Boats come first, the mayor said.");
  CHECK(text_of(article, article.blocks[4]) == "More sailings");
  CHECK(article.blocks[6].reason == "separator");
  CHECK(article.blocks[7].reason == "repeated-title");
  // Stripped markers do not break the way back: the heading starts after "## ".
  CHECK(input.substr(article.blocks[2].span.input_start, 4) == "What");
  CHECK(input.substr(article.blocks[1].span.input_start, 3) == "The");
}

TEST_CASE("markdown: a numbered list and a multi-line quote") {
  Report report = analyze_bytes("# Steps\n\n1. Open the gate\n2) Wait\n\n> First line\n> second line\n");
  const Article& article = report.articles.at(0);
  CHECK(shape(article) == "tllqq");
  CHECK(text_of(article, article.blocks[4]) == "second line");
}
