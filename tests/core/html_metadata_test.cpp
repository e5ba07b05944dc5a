// Page metadata from <meta>, Open Graph, JSON-LD, <time>, <link rel=canonical> and <html lang>.
#include <doctest/doctest.h>

#include "parse/html_metadata.hpp"

using namespace newsprism;
using namespace newsprism::parse;

namespace {

ArticleMetadata read(std::string_view html, std::vector<Diagnostic>* issues = nullptr) {
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  HtmlMetadataCollector collector;
  while (tokenizer.next(token)) collector.on_token(token);
  if (issues != nullptr) *issues = collector.issues();
  return collector.finish();
}

}  // namespace

TEST_CASE("metadata: Open Graph and JSON-LD @graph, each field from its best source") {
  ArticleMetadata m = read(R"(<html lang="en-GB"><head><title>Tram line | Chronicle</title>
<meta property="og:title" content="Tram line approved">
<meta property="og:site_name" content="Riverside Chronicle">
<meta name="description" content="Councillors approved it.">
<link rel="canonical" href="https://chronicle.example/tram">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"Chronicle Web"},
  {"@type":["NewsArticle"],"headline":"Headline from JSON-LD","datePublished":"2025-06-05T18:45:00+01:00",
   "dateModified":"2025-06-06T08:00:00Z","author":[{"@type":"Person","name":"Ines Hart"},{"name":"Tomas Vey"}],
   "publisher":{"@type":"Organization","name":"Riverside Chronicle Ltd"}}]}</script>
</head><body></body></html>)");
  CHECK(m.title == "Tram line approved");
  CHECK(m.published == "2025-06-05T18:45:00+01:00");
  CHECK(m.modified == "2025-06-06T08:00:00Z");
  CHECK(m.authors == std::vector<std::string>{"Ines Hart", "Tomas Vey"});
  CHECK(m.site == "Riverside Chronicle");
  CHECK(m.url == "https://chronicle.example/tram");
  CHECK(m.language == "en-GB");
  CHECK(m.description == "Councillors approved it.");
}

TEST_CASE("metadata: <title>, meta author, article:published_time and <time> as fallbacks") {
  ArticleMetadata m = read(R"(<title>  Bridge
  repairs finish  </title><meta name="author" content="Samuel Okafor">
<meta property="article:author" content="https://example.org/staff/okafor">
<body><time datetime="2025-04-04">4 April</time></body>)");
  CHECK(m.title == "Bridge repairs finish");
  CHECK(m.authors == std::vector<std::string>{"Samuel Okafor"});
  CHECK(m.published == "2025-04-04");
}

TEST_CASE("metadata: invalid JSON-LD is reported and the rest still read") {
  std::vector<Diagnostic> issues;
  ArticleMetadata m = read(R"(<script type="application/ld+json">{"headline": "cut</script>
<meta property="og:title" content="Still here">)", &issues);
  CHECK(m.title == "Still here");
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].code == "json_ld_invalid");
}

TEST_CASE("metadata: a page with none gives empty fields") {
  ArticleMetadata m = read("<p>Only a paragraph.</p>");
  CHECK(m.title.empty());
  CHECK(m.published.empty());
  CHECK(m.authors.empty());
}
