// Routing each paste to its format's reader, and what happens when a reader finds nothing.
#include <doctest/doctest.h>

#include "parse/json_string.hpp"
#include "report_test_support.hpp"

using namespace newsprism;
using namespace newsprism::testing;

namespace {

// A WordPress REST API post as the API returns it: JSON escapes for "/" and quotes, HTML with
// entities in the rendered fields, a GMT date without a zone.
const char* kWordPressPost =
    R"({"id":7,"date":"2025-03-02T09:15:00","date_gmt":"2025-03-02T08:15:00",)"
    R"("link":"https:\/\/coastal.example\/2025\/03\/02\/harbour\/","title":{"rendered":"Harbour stays open &#8211; for now"},)"
    R"("content":{"rendered":"<p>The council voted on Tuesday to keep the harbour open.<\/p>\n)"
    R"(<p>\u201cBoats come first,\u201d the mayor said &amp; left.<\/p>\n<div>The post Harbour stays open appeared first on Coastal Post.<\/div>"},)"
    R"("excerpt":{"rendered":"<p>The council voted.<\/p>"}})";

}  // namespace

TEST_CASE("formats: a WordPress post is read from its fields, entities and escapes decoded") {
  Report report = analyze_bytes(kWordPressPost);
  REQUIRE(report.articles.size() == 1);
  const Article& article = report.articles[0];
  CHECK(article.format.name == "wordpress");
  CHECK(report.inputs[0].format.name == "wordpress");
  CHECK(article.metadata.title == "Harbour stays open \xE2\x80\x93 for now");
  CHECK(article.metadata.published == "2025-03-02T08:15:00Z");
  CHECK(article.metadata.url == "https://coastal.example/2025/03/02/harbour/");
  CHECK(article.metadata.site == "coastal.example");
  CHECK(shape(article) == "tppx");
  CHECK(article.blocks[3].reason == "appeared-first-on");
  CHECK(article.text.find('<') == std::string::npos);
  CHECK(article.text.find("&#") == std::string::npos);
  CHECK(article.text.find("\\u") == std::string::npos);
  CHECK(text_of(article, article.blocks[2]) == "\xE2\x80\x9C" "Boats come first,\xE2\x80\x9D the mayor said & left.");
  // Spans lead back to the raw JSON string, escapes included.
  std::string_view input = kWordPressPost;
  CHECK(input.substr(article.blocks[1].span.input_start, 11) == "The council");
  CHECK(input.substr(article.blocks[2].span.input_start, 6) == "\\u201c");
  const Block& quote = article.blocks[2];
  CHECK(input.substr(quote.span.input_end - 5, 5) == "left.");
  const SentenceSpan& last = article.sentences.back();
  CHECK(input.substr(last.span.input_start, 8) == "The post");
}

TEST_CASE("formats: json_string_map leads decoded bytes back through escapes") {
  std::string input = R"(x "a\n\u00e9\ud83d\ude00b")";
  // Decoded: 'a' '\n' 'é'(2 bytes) '😀'(4 bytes) 'b' = 9 bytes.
  OffsetMap map;
  REQUIRE(parse::json_string_map(input, 2, 9, map));
  CHECK(map.to_source(0) == 3);   // a
  CHECK(map.to_source(1) == 4);   // \n
  CHECK(map.to_source(2) == 6);   // \u00e9
  CHECK(map.to_source(4) == 12);  // the surrogate pair
  CHECK(map.to_source(8) == 24);  // b
  CHECK(map.to_source(9) == 25);  // the closing quote
  OffsetMap unused;
  CHECK_FALSE(parse::json_string_map(input, 2, 10, unused));
  CHECK_FALSE(parse::json_string_map(input, 0, 9, unused));
}

TEST_CASE("formats: NDJSON gives one article a line") {
  Report report = analyze_bytes(
      "{\"title\":\"One\",\"text\":\"First body.\",\"date\":\"2025-01-28\"}\n"
      "{\"title\":\"Two\",\"text\":\"Second body.\",\"author\":\"Ann Lee\"}\n");
  REQUIRE(report.articles.size() == 2);
  CHECK(report.articles[0].format.name == "ndjson");
  CHECK(report.articles[0].metadata.published == "2025-01-28");
  CHECK(report.articles[1].metadata.authors == std::vector<std::string>{"Ann Lee"});
  CHECK(shape(report.articles[1]) == "tp");
  CHECK(report.inputs[0].articles.size() == 2);
}

TEST_CASE("formats: truncated JSON is kept as text, with the reason") {
  std::string input = R"({"title": "Harbour", "content": "The council vot)";
  Report report = analyze_bytes(input);
  REQUIRE(report.articles.size() == 1);
  CHECK(report.articles[0].format.name == "plain");
  CHECK(has_diagnostic(report.inputs[0].diagnostics, "json_read_as_text"));
  CHECK(report.articles[0].text.find("The council vot") != std::string::npos);
}

TEST_CASE("formats: valid JSON with no article is kept as text, with the reason") {
  Report report = analyze_bytes(R"({"temperature": 21, "unit": "C"})");
  REQUIRE(report.articles.size() == 1);
  CHECK(has_diagnostic(report.inputs[0].diagnostics, "json_no_articles"));
  CHECK(report.articles[0].text.find("temperature") != std::string::npos);
}

TEST_CASE("formats: text that starts with a bracket is text") {
  Report report = analyze_bytes("[Update] The harbour reopened on Monday.\n");
  REQUIRE(report.articles.size() == 1);
  CHECK(report.articles[0].format.name == "plain");
  CHECK(report.inputs[0].diagnostics.empty());
}
