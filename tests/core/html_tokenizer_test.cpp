#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parse/html_tokenizer.hpp"

using newsprism::parse::HtmlParseIssue;
using newsprism::parse::HtmlToken;
using newsprism::parse::HtmlTokenizer;
using newsprism::parse::HtmlTokenizerLimits;
using newsprism::parse::HtmlTokenKind;

namespace {

// A compact picture of the token stream: "<a>", "</a>", "text", "<!--c-->", "<!x>", "[CDATA]".
std::vector<std::string> describe(std::string_view html, std::vector<HtmlParseIssue>* issues = nullptr) {
  HtmlTokenizer tokenizer(html);
  HtmlToken token;  // reused across calls, as callers should
  std::vector<std::string> out;
  while (tokenizer.next(token)) {
    switch (token.kind) {
      case HtmlTokenKind::kStartTag: {
        std::string tag = "<" + token.name;
        for (const auto& attribute : token.attributes) {
          tag += " " + attribute.name + "=" + attribute.value;
        }
        out.push_back(tag + (token.self_closing ? "/>" : ">"));
        break;
      }
      case HtmlTokenKind::kEndTag: out.push_back("</" + token.name + ">"); break;
      case HtmlTokenKind::kText: out.push_back(token.text); break;
      case HtmlTokenKind::kComment: out.push_back("<!--" + token.text + "-->"); break;
      case HtmlTokenKind::kDoctype: out.push_back("<!" + token.name + ">"); break;
      case HtmlTokenKind::kCdata: out.push_back("[" + token.text + "]"); break;
    }
  }
  if (issues) *issues = tokenizer.issues();
  return out;
}

using Tokens = std::vector<std::string>;

bool has_issue(const std::vector<HtmlParseIssue>& issues, std::string_view code) {
  for (const auto& issue : issues) {
    if (issue.code == code) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("tags, attributes and text") {
  CHECK(describe("<P CLASS=lead id='x' data-a=\"1 2\">Hi <b>there</b></P>") ==
        Tokens{"<p class=lead id=x data-a=1 2>", "Hi ", "<b>", "there", "</b>", "</p>"});
  CHECK(describe("<img src=a.png alt>") == Tokens{"<img src=a.png alt=>"});
  CHECK(describe("<br/><input disabled />") == Tokens{"<br/>", "<input disabled=/>"});
  CHECK(describe("<a href=x/>") == Tokens{"<a href=x/>"});  // unquoted value takes the '/'
  CHECK(describe("<a b='1'c=2>") == Tokens{"<a b=1 c=2>"});
  CHECK(describe("<a =x>") == Tokens{"<a =x=>"});  // a leading = is part of the name
  CHECK(describe("<a id=1 ID=2 id=3>") == Tokens{"<a id=1>"});  // first wins
  CHECK(describe("</p class=x>") == Tokens{"</p>"});
  CHECK(describe("<a title=\"x > y\">") == Tokens{"<a title=x > y>"});
}

TEST_CASE("a '<' that starts no tag is text, and text around it merges") {
  CHECK(describe("a < b <3 c <") == Tokens{"a < b <3 c <"});
  CHECK(describe("x </> y") == Tokens{"x  y"});  // "</>" is dropped, per WHATWG
  CHECK(describe("a </") == Tokens{"a </"});
}

TEST_CASE("character references in text and attributes") {
  CHECK(describe("Tom &amp; Jerry &notit; &#128;&#0;") ==
        Tokens{"Tom & Jerry \xC2\xACit; \xE2\x82\xAC\xEF\xBF\xBD"});
  CHECK(describe("<a href=\"?a=1&copy=2&amp;b=&lt;\">") == Tokens{"<a href=?a=1&copy=2&b=<>"});
  CHECK(describe("<a href=?x&amp;y&copy=1>") == Tokens{"<a href=?x&y&copy=1>"});
}

TEST_CASE("NUL becomes U+FFFD") {
  std::string html("a\0b<p\0q x\0=\"v\0\">c", 17);
  CHECK(describe(html) == Tokens{"a\xEF\xBF\xBD" "b", "<p\xEF\xBF\xBDq x\xEF\xBF\xBD=v\xEF\xBF\xBD>",
                                 "c"});
}

TEST_CASE("comment variants") {
  std::vector<HtmlParseIssue> issues;
  CHECK(describe("<!-- a -- b -->x") == Tokens{"<!-- a -- b -->", "x"});
  CHECK(describe("<!---->") == Tokens{"<!---->"});
  CHECK(describe("<!-->x") == Tokens{"<!---->", "x"});
  CHECK(describe("<!--->x") == Tokens{"<!---->", "x"});
  CHECK(describe("<!--a--!>x") == Tokens{"<!--a-->", "x"});
  CHECK(describe("<!--a---->") == Tokens{"<!--a---->"});  // data "a--"
  CHECK(describe("<!--<!-- nested -->x") == Tokens{"<!--<!-- nested -->", "x"});
  CHECK(describe("<?xml version=\"1.0\"?>x") == Tokens{"<!--?xml version=\"1.0\"?-->", "x"});
  CHECK(describe("<!ELEMENT br EMPTY>x") == Tokens{"<!--ELEMENT br EMPTY-->", "x"});
  CHECK(describe("</ p>x") == Tokens{"<!-- p-->", "x"});
  CHECK(describe("text<!-- never closed <p>", &issues) ==
        Tokens{"text", "<!-- never closed <p>-->"});
  CHECK(has_issue(issues, "unclosed_comment"));
  CHECK(describe("<!--abc--", &issues) == Tokens{"<!--abc-->"});
}

TEST_CASE("doctype and CDATA") {
  CHECK(describe("<!DOCTYPE html>x") == Tokens{"<!html>", "x"});
  CHECK(describe("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">") == Tokens{"<!html>"});
  CHECK(describe("<![CDATA[a <b> & c]]>d") == Tokens{"[a <b> & c]", "d"});
  std::vector<HtmlParseIssue> issues;
  CHECK(describe("<![CDATA[open", &issues) == Tokens{"[open]"});
  CHECK(has_issue(issues, "unclosed_cdata"));
}

TEST_CASE("RCDATA: title and textarea decode references and ignore tags") {
  CHECK(describe("<title>A &amp; B <b>x</b></title>y") ==
        Tokens{"<title>", "A & B <b>x</b>", "</title>", "y"});
  CHECK(describe("<TEXTAREA>a</textareax></TextArea >b") ==
        Tokens{"<textarea>", "a</textareax>", "</textarea>", "b"});
  CHECK(describe("<title>cut</title") == Tokens{"<title>", "cut</title"});
}

TEST_CASE("raw text: style, script and friends keep their text raw") {
  CHECK(describe("<style>p > a { content: '&amp;' }</style>") ==
        Tokens{"<style>", "p > a { content: '&amp;' }", "</style>"});
  CHECK(describe("<script>if (a < b) x = '</div>'; // <!-- </scriptx></script>z") ==
        Tokens{"<script>", "if (a < b) x = '</div>'; // <!-- </scriptx>", "</script>", "z"});
  CHECK(describe("<noscript><img src=x></noscript>") ==
        Tokens{"<noscript>", "<img src=x>", "</noscript>"});
  CHECK(describe("<xmp><b></xmp><b>") == Tokens{"<xmp>", "<b>", "</xmp>", "<b>"});
  CHECK(describe("<plaintext><b></plaintext>") == Tokens{"<plaintext>", "<b></plaintext>"});
  CHECK(describe("<script></script>") == Tokens{"<script>", "</script>"});
}

TEST_CASE("script data escaped and double-escaped states") {
  // Inside "<!--", a nested "<script>" hides the next "</script>".
  CHECK(describe("<script><!--<script>a</script>b--></script>c") ==
        Tokens{"<script>", "<!--<script>a</script>b-->", "</script>", "c"});
  // Without the nested <script>, the first </script> ends the element even inside "<!--".
  CHECK(describe("<script><!-- a </script>b") == Tokens{"<script>", "<!-- a ", "</script>", "b"});
  // "-->" leaves the escape, so a later <script> does not double-escape.
  CHECK(describe("<script><!-- --><script></script>x") ==
        Tokens{"<script>", "<!-- --><script>", "</script>", "x"});
  CHECK(describe("<script><!--><script></script>x") ==
        Tokens{"<script>", "<!--><script>", "</script>", "x"});
}

TEST_CASE("an unterminated tag at the end is kept as text with an issue") {
  std::vector<HtmlParseIssue> issues;
  CHECK(describe("Hello <a href=\"x", &issues) == Tokens{"Hello <a href=\"x"});
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].code == "unterminated_tag");
  CHECK(issues[0].offset == 6);
  CHECK(describe("<p>a<b", &issues) == Tokens{"<p>", "a<b"});
  CHECK(describe("<div class=x", &issues) == Tokens{"<div class=x"});
}

TEST_CASE("text offsets map back exactly across references") {
  std::string_view html = "<p>a&amp;b &eacute;t&#xE9;</p>";
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  REQUIRE(tokenizer.next(token));
  REQUIRE(tokenizer.next(token));
  REQUIRE(token.kind == HtmlTokenKind::kText);
  CHECK(token.text == "a&b \xC3\xA9t\xC3\xA9");
  CHECK(token.source_start == 3);
  CHECK(token.source_end == 26);
  const auto& map = token.text_to_source;
  CHECK(map.to_source(0) == 3);   // 'a'
  CHECK(map.to_source(1) == 4);   // '&' from "&amp;"
  CHECK(map.to_source(2) == 9);   // 'b'
  CHECK(map.to_source(3) == 10);  // ' '
  CHECK(map.to_source(4) == 11);  // "&eacute;"
  CHECK(map.to_source(6) == 19);  // 't'
  CHECK(map.to_source(7) == 20);  // "&#xE9;"
  CHECK(map.to_source(9) == 26);  // end of the text
  REQUIRE(tokenizer.next(token));
  CHECK(token.kind == HtmlTokenKind::kEndTag);
  CHECK(token.source_start == 26);
  CHECK(token.source_end == 30);
  CHECK(!tokenizer.next(token));
}

TEST_CASE("merged text across a dropped tag maps back") {
  std::string_view html = "ab</>cd";
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  REQUIRE(tokenizer.next(token));
  CHECK(token.text == "abcd");
  CHECK(token.text_to_source.to_source(2) == 5);
  CHECK(token.text_to_source.to_source(4) == 7);
}

TEST_CASE("attribute limits") {
  std::string html = "<div";
  for (int i = 0; i < 20; ++i) html += " a" + std::to_string(i) + "=" + std::to_string(i);
  html += ">t<p title=\"0123456789\">";
  HtmlTokenizerLimits limits;
  limits.max_attributes_per_tag = 5;
  limits.max_attribute_bytes = 4;
  HtmlTokenizer tokenizer(html, limits);  // the tokenizer keeps a view: html must outlive it
  HtmlToken token;
  REQUIRE(tokenizer.next(token));
  CHECK(token.attributes.size() == 5);
  CHECK(token.attributes[4].name == "a4");
  REQUIRE(tokenizer.next(token));
  CHECK(token.text == "t");
  REQUIRE(tokenizer.next(token));
  CHECK(token.attributes[0].value == "0123");
  REQUIRE(tokenizer.issues().size() == 2);
  CHECK(tokenizer.issues()[0].code == "too_many_attributes");
  CHECK(tokenizer.issues()[1].code == "attribute_truncated");
}

TEST_CASE("stress: 100,000 nested tags, 10,000 attributes, unclosed comments") {
  SUBCASE("nested divs") {
    std::string html;
    for (int i = 0; i < 100000; ++i) html += "<div>";
    html += "deep";
    for (int i = 0; i < 100000; ++i) html += "</div>";
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    size_t tags = 0;
    std::string text;
    while (tokenizer.next(token)) {
      if (token.kind == HtmlTokenKind::kText) text += token.text;
      else ++tags;
    }
    CHECK(tags == 200000);
    CHECK(text == "deep");
  }
  SUBCASE("10,000 attributes, some repeated") {
    std::string html = "<div";
    for (int i = 0; i < 10000; ++i) html += " data-" + std::to_string(i % 9000) + "=\"v\"";
    html += ">";
    HtmlTokenizerLimits limits;
    limits.max_attributes_per_tag = 20000;
    HtmlTokenizer tokenizer(html, limits);
    HtmlToken token;
    REQUIRE(tokenizer.next(token));
    CHECK(token.attributes.size() == 9000);
    CHECK(tokenizer.issues().empty());
    HtmlTokenizer limited(html);  // default limit: 1000
    REQUIRE(limited.next(token));
    CHECK(token.attributes.size() == 1000);
    CHECK(limited.issues().size() == 1);
  }
  SUBCASE("many unclosed comment openers and '<' without '>'") {
    std::string html;
    for (int i = 0; i < 50000; ++i) html += "<!-- x ";
    std::vector<HtmlParseIssue> issues;
    Tokens tokens = describe(html, &issues);
    CHECK(tokens.size() == 1);
    CHECK(issues.size() == 1);
    std::string lts(200000, '<');
    CHECK(describe(lts) == Tokens{lts});
    std::string tags;
    for (int i = 0; i < 50000; ++i) tags += "<a b=\"";
    CHECK(describe(tags) == Tokens{tags});
  }
  SUBCASE("a large page of generated paragraphs") {
    std::string html = "<html><body>";
    for (int i = 0; i < 20000; ++i) {
      html += "<p class=\"para\">Paragraph " + std::to_string(i) + " &amp; more text.</p>\n";
    }
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    size_t paragraphs = 0;
    while (tokenizer.next(token)) {
      paragraphs += token.kind == HtmlTokenKind::kStartTag && token.name == "p";
    }
    CHECK(paragraphs == 20000);
  }
}
