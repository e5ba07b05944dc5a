// HTML pages and fragments: the tree's implied ends and limits, body selection, furniture kept
// as boilerplate, and offsets that lead back to the input.
#include <doctest/doctest.h>

#include <string>

#include "parse/html_article.hpp"
#include "parse/html_tree.hpp"
#include "report_test_support.hpp"

using namespace newsprism;
using namespace newsprism::testing;

namespace {

std::string paragraph(int i) {
  return "<p>Paragraph " + std::to_string(i) +
         " of the story tells, at some length and with commas, what the council decided, why it "
         "decided so, and what happens next.</p>\n";
}

std::string page_with(const std::string& article_body) {
  return "<!doctype html><html><head><title>Harbour stays open | Coastal Post</title></head><body>"
         "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
         "<div class='content'><article><h1>Harbour stays open</h1>" +
         article_body +
         "</article><aside class='related'><ul><li><a href='/x'>Other story</a></li></ul></aside></div>"
         "<div id='comments'><p>First comment, by a reader who disagrees.</p></div>"
         "<footer><p>&copy; 2025 Coastal Post</p></footer></body></html>";
}

std::vector<std::string> kinds_and_reasons(const Article& article) {
  std::vector<std::string> out;
  for (const Block& block : article.blocks) {
    out.push_back(std::string(block_kind_name(block.kind)) + (block.reason.empty() ? "" : ":" + block.reason));
  }
  return out;
}

}  // namespace

TEST_CASE("html page: the article is the body, furniture is boilerplate with its reason") {
  std::string body = paragraph(1) + paragraph(2) + "<blockquote><p>Boats come first.</p></blockquote>" + paragraph(3) +
                     "<div class='share-bar'><a href='#'>Share</a></div>";
  Report report = analyze_bytes(page_with(body));
  REQUIRE(report.articles.size() == 1);
  const Article& article = report.articles[0];
  CHECK(article.format.name == "html");
  CHECK(kinds_and_reasons(article) ==
        std::vector<std::string>{"boilerplate:navigation", "title", "paragraph", "paragraph", "quote", "paragraph",
                                 "boilerplate:share", "boilerplate:related", "boilerplate:comments",
                                 "boilerplate:footer"});
  CHECK(article.metadata.title == "Harbour stays open");
}

TEST_CASE("html: implied paragraph and list item ends, <br> inside a paragraph, headings") {
  Report report = analyze_bytes("<div><p>One<p>Two<br>lines<ul><li>a<li>b</ul><h2>Sub</h2><h3>Deeper</div>");
  const Article& article = report.articles.at(0);
  CHECK(shape(article) == "ppllhh");
  CHECK(text_of(article, article.blocks[1]) == "Two lines");
  CHECK(text_of(article, article.blocks[3]) == "b");
  CHECK(article.blocks[4].level == 2);
  CHECK(article.blocks[5].level == 3);
}

TEST_CASE("html: script, style, template and head text never become blocks") {
  Report report = analyze_bytes(
      "<html><head><title>T</title><style>p{}</style></head><body><script>var x = '<p>no</p>';</script>"
      "<template><p>no</p></template><p>Yes, this paragraph is text.</p></body></html>");
  const Article& article = report.articles.at(0);
  REQUIRE(article.blocks.size() == 1);
  CHECK(text_of(article, article.blocks[0]) == "Yes, this paragraph is text.");
}

TEST_CASE("html: spans map back to the input bytes, through character references") {
  std::string input = "<p>Caf&eacute; &amp; bar opened.</p><p>Second  paragraph.</p>";
  Report report = analyze_bytes(input);
  const Article& article = report.articles.at(0);
  REQUIRE(article.blocks.size() == 2);
  CHECK(text_of(article, article.blocks[0]) == "Caf\xC3\xA9 & bar opened.");
  CHECK(input.substr(article.blocks[0].span.input_start, 3) == "Caf");
  CHECK(input.substr(article.blocks[1].span.input_start, 6) == "Second");
  CHECK(input.substr(article.blocks[0].span.input_end - 7, 7) == "opened.");
  const Token& bar = article.tokens.at(2);  // Café, &, bar
  CHECK(article.text.substr(bar.range.start, 3) == "bar");
}

TEST_CASE("html: an unclosed comment keeps its text as boilerplate, with a diagnostic") {
  Report report = analyze_bytes("<p>Before the note.</p><!-- the note <p>never closed");
  const Article& article = report.articles.at(0);
  CHECK(shape(article) == "px");
  CHECK(article.blocks[1].reason == "unclosed-comment");
  CHECK(has_diagnostic(article.diagnostics, "unclosed_comment"));
}

TEST_CASE("html bad input: 100,000 nested elements cost linear time and say so") {
  std::string input;
  for (int i = 0; i < 100000; ++i) input += "<div>";
  input += "deep text";
  for (int i = 0; i < 100000; ++i) input += "</div>";
  Report report = analyze_bytes(input);
  const Article& article = report.articles.at(0);
  CHECK(article.text == "deep text");
  CHECK(has_diagnostic(article.diagnostics, "html_too_deep"));
}

TEST_CASE("html bad input: 10,000 attributes and an unterminated tag") {
  std::string input = "<p";
  for (int i = 0; i < 10000; ++i) input += " a" + std::to_string(i) + "=\"v\"";
  input += ">Text after many attributes.</p><p>Cut off <b class=\"x";
  Report report = analyze_bytes(input);
  const Article& article = report.articles.at(0);
  CHECK(article.text.find("Text after many attributes.") != std::string::npos);
  CHECK(has_diagnostic(article.diagnostics, "too_many_attributes"));
  CHECK(has_diagnostic(article.diagnostics, "unterminated_tag"));
  CHECK(article.text.find("Cut off") != std::string::npos);
}

TEST_CASE("html bad input: a 64 MB page is read whole") {
  std::string input = "<html><body><article>";
  const std::string unit = paragraph(7);
  while (input.size() < (64u << 20)) input += unit;
  input += "</article></body></html>";
  Input one{"big.html", input};
  Options options;
  options.tokens = false;
  Result<Report> result = analyze(std::span<const Input>(&one, 1), options);
  REQUIRE(result.ok());
  const Article& article = result.value().articles.at(0);
  CHECK(article.blocks.size() == (input.size() - 45) / unit.size());
  CHECK(article.blocks.back().kind == BlockKind::kParagraph);
}

TEST_CASE("html fragment: every block is the article, furniture classes still marked") {
  OffsetMap identity;
  parse::ArticleDraft draft = parse::html_to_article(
      "<p>One paragraph of text.</p><div class='sharedaddy share'><p>Share this:</p></div>", identity,
      parse::HtmlScope::kFragment);
  REQUIRE(draft.blocks.size() == 2);
  CHECK(draft.blocks[0].kind == BlockKind::kParagraph);
  CHECK(draft.blocks[1].kind == BlockKind::kBoilerplate);
  CHECK(draft.blocks[1].reason == "share");
}

TEST_CASE("a tree built without measuring text has the same blocks and maps, and zero counts") {
  const std::string html = "<div class='entry'><p>One, two, <a href='/x'>three</a> &amp; four.</p>"
                           "<h2>Sub&shy;head</h2><ul><li>item<br>next</li></ul>text at the end</div>";
  OffsetMap html_to_input;  // the HTML sits at byte 10 of some input
  html_to_input.add(0, 10);
  html_to_input.finish(static_cast<uint32_t>(html.size()), static_cast<uint32_t>(html.size()) + 10);
  const parse::HtmlTree measured = parse::build_html_tree(html, html_to_input, nullptr, true);
  const parse::HtmlTree unmeasured = parse::build_html_tree(html, html_to_input, nullptr, false);
  REQUIRE(measured.blocks.size() == unmeasured.blocks.size());
  REQUIRE(measured.blocks.size() >= 4);
  CHECK(measured.blocks[0].commas == 2);
  CHECK(measured.blocks[0].link_bytes == 5);
  for (size_t i = 0; i < measured.blocks.size(); ++i) {
    const parse::HtmlTextBlock& a = measured.blocks[i];
    const parse::HtmlTextBlock& b = unmeasured.blocks[i];
    CHECK(a.draft.text == b.draft.text);
    CHECK(a.draft.kind == b.draft.kind);
    CHECK(a.owner == b.owner);
    CHECK(a.text_bytes > 0);
    CHECK(b.text_bytes == 0);
    CHECK(b.link_bytes == 0);
    CHECK(b.commas == 0);
    REQUIRE(a.draft.to_input.anchors().size() == b.draft.to_input.anchors().size());
    for (uint32_t k = 0; k <= a.draft.text.size(); ++k) {
      CHECK(a.draft.to_input.to_source(k) == b.draft.to_input.to_source(k));
    }
  }
  REQUIRE(measured.elements.size() == unmeasured.elements.size());
  for (const parse::HtmlElement& element : unmeasured.elements) CHECK(element.text_bytes == 0);
}
