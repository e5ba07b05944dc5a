// RSS and Atom: detection, items with their fields, content as CDATA, escaped HTML or inline
// XHTML with exact offsets, empty and truncated feeds.
#include <doctest/doctest.h>

#include "parse/feed_articles.hpp"
#include "report_test_support.hpp"

using namespace newsprism;
using namespace newsprism::parse;
using namespace newsprism::testing;

namespace {

const char* kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment before the root -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette</title><language>en</language>
<item><title>Lighthouse &amp; pier</title><link>https://gazette.example/a</link>
<pubDate>Tue, 28 Jan 2025 11:38:33 GMT</pubDate><dc:creator><![CDATA[Marta Quill]]></dc:creator>
<description>Short &lt;b&gt;summary&lt;/b&gt;.</description>
<content:encoded><![CDATA[<p>The lighthouse will be repainted.</p><p>Work starts soon.</p>]]></content:encoded></item>
<item><title><![CDATA[Fish <em>market</em>]]></title><author>desk@gazette.example (Ines Hart)</author>
<description>&lt;p&gt;Stalls open at seven.&lt;/p&gt;</description></item>
</channel></rss>)";

}  // namespace

TEST_CASE("feeds: sniffing the root element") {
  CHECK(looks_like_feed(kRss));
  CHECK(looks_like_feed("\xEF\xBB\xBF<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"));
  CHECK(looks_like_feed("<rdf:RDF xmlns:rdf=\"x\"><item></item></rdf:RDF>"));
  CHECK_FALSE(looks_like_feed("<html><body>rss</body></html>"));
  CHECK_FALSE(looks_like_feed("Plain text about <rss> feeds."));
  CHECK_FALSE(extract_feed_articles("<p>not a feed</p>").has_value());
}

TEST_CASE("feeds: RSS items with CDATA content, escaped descriptions and authors") {
  std::optional<FeedExtraction> feed = extract_feed_articles(kRss);
  REQUIRE(feed.has_value());
  CHECK(feed->format == "rss");
  REQUIRE(feed->items.size() == 2);
  const FeedItem& first = feed->items[0];
  CHECK(first.metadata.title == "Lighthouse & pier");
  CHECK(first.metadata.url == "https://gazette.example/a");
  CHECK(first.metadata.published == "2025-01-28T11:38:33Z");
  CHECK(first.metadata.authors == std::vector<std::string>{"Marta Quill"});
  CHECK(first.metadata.site == "Harbour Gazette");
  CHECK(first.metadata.language == "en");
  CHECK(first.metadata.description == "Short summary.");
  CHECK(first.content == "<p>The lighthouse will be repainted.</p><p>Work starts soon.</p>");
  // CDATA content maps straight back to the input.
  std::string_view input = kRss;
  size_t work = first.content.find("Work");
  CHECK(input.substr(first.content_to_input.to_source(static_cast<uint32_t>(work)), 4) == "Work");
  const FeedItem& second = feed->items[1];
  CHECK(second.metadata.title == "Fish market");
  CHECK(second.metadata.authors == std::vector<std::string>{"Ines Hart"});
  CHECK(second.content == "<p>Stalls open at seven.</p>");
  // Escaped content maps through the character references: "Stalls" sits after "&lt;p&gt;".
  size_t stalls = second.content.find("Stalls");
  CHECK(input.substr(second.content_to_input.to_source(static_cast<uint32_t>(stalls)), 6) == "Stalls");
}

TEST_CASE("feeds: Atom entries, html and text content, inline XHTML") {
  std::string atom = R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Notes</title>
<entry><title>Footpath reopens</title><link rel="alternate" href="https://hill.example/f"/><link rel="edit" href="https://hill.example/edit"/>
<published>2025-03-01T09:00:00Z</published><updated>2025-03-02T10:00:00Z</updated><author><name>Tomas Vey</name><email>t@hill.example</email></author>
<content type="html">&lt;p&gt;The path reopened.&lt;/p&gt;</content></entry>
<entry><title>Survey</title><content type="text">Residents are asked.</content></entry>
<entry><title>Inline</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline words.</p></div></content></entry>
</feed>)";
  std::optional<FeedExtraction> feed = extract_feed_articles(atom);
  REQUIRE(feed.has_value());
  CHECK(feed->format == "atom");
  REQUIRE(feed->items.size() == 3);
  CHECK(feed->items[0].metadata.url == "https://hill.example/f");
  CHECK(feed->items[0].metadata.published == "2025-03-01T09:00:00Z");
  CHECK(feed->items[0].metadata.modified == "2025-03-02T10:00:00Z");
  CHECK(feed->items[0].metadata.authors == std::vector<std::string>{"Tomas Vey"});
  CHECK(feed->items[0].content == "<p>The path reopened.</p>");
  CHECK_FALSE(feed->items[1].content_is_html);
  CHECK(feed->items[2].content.find("<p>Inline words.</p>") != std::string::npos);

  Report report = analyze_bytes(atom);
  REQUIRE(report.articles.size() == 3);
  CHECK(report.inputs[0].format.name == "atom");
  CHECK(shape(report.articles[0]) == "tp");
  CHECK(text_of(report.articles[2], report.articles[2].blocks[1]) == "Inline words.");
}

TEST_CASE("feeds: no items, and a feed cut off inside an item") {
  Report empty = analyze_bytes("<rss><channel><title>Quiet</title></channel></rss>");
  CHECK(has_diagnostic(empty.inputs[0].diagnostics, "feed_no_items"));
  CHECK(has_diagnostic(empty.inputs[0].diagnostics, "feed_read_as_text"));
  REQUIRE(empty.articles.size() == 1);
  CHECK(empty.articles[0].text.find("Quiet") != std::string::npos);

  std::optional<FeedExtraction> cut = extract_feed_articles(
      "<rss><channel><item><title>Whole</title><description>One.</description></item>"
      "<item><title>Cut</title><description>Half a sent");
  REQUIRE(cut.has_value());
  REQUIRE(cut->items.size() == 2);
  CHECK(cut->items[1].metadata.title == "Cut");
  CHECK(cut->items[1].content == "Half a sent");
  CHECK(cut->issues.at(0).code == "feed_truncated");
}
