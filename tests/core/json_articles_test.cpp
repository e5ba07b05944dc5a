// JSON ingest: every supported shape, and every way a paste can be broken. All fixtures are
// written for these tests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parse/json_articles.hpp"
#include "parse/json_drafts.hpp"
#include "parse/json_reader.hpp"

using newsprism::parse::extract_json_articles;
using newsprism::parse::JsonArticle;
using newsprism::parse::JsonExtraction;
using newsprism::parse::JsonIssue;
using newsprism::parse::json_body;
using newsprism::parse::kNoJsonOffset;
using newsprism::parse::looks_like_json;

namespace {

JsonExtraction extract(std::string_view bytes) {
  std::optional<JsonExtraction> result = extract_json_articles(bytes);
  REQUIRE(result.has_value());
  return *std::move(result);
}

const JsonIssue* find_issue(const JsonExtraction& extraction, std::string_view code) {
  for (const JsonIssue& issue : extraction.issues) {
    if (issue.code == code) return &issue;
  }
  return nullptr;
}

// A WordPress REST post as /wp-json/wp/v2/posts returns it, trimmed to the fields that matter
// plus some that must be ignored.
std::string wordpress_post(int id, std::string_view title, std::string_view content) {
  return R"({"id":)" + std::to_string(id) +
         R"(,"date":"2024-03-01T09:30:00","date_gmt":"2024-03-01T08:30:00",)"
         R"("guid":{"rendered":"https:\/\/harbour.example\/?p=)" + std::to_string(id) + R"("},)"
         R"("modified":"2024-03-02T10:00:00","modified_gmt":"2024-03-02T09:00:00",)"
         R"("slug":"post-)" + std::to_string(id) + R"(","status":"publish","type":"post",)"
         R"("link":"https:\/\/harbour.example\/news\/post-)" + std::to_string(id) + R"(\/",)"
         R"("title":{"rendered":")" + std::string(title) + R"("},)"
         R"("content":{"rendered":")" + std::string(content) + R"(","protected":false},)"
         R"("excerpt":{"rendered":"<p>Short version&#8230;<\/p>\n","protected":false},)"
         R"("author":3,"featured_media":0,"categories":[4,7],"tags":[],)"
         R"("yoast_head_json":{"title":"Ignored title - Harbour News","description":"The harbour )"
         R"(reopened.","og_locale":"en_GB","og_site_name":"Harbour News",)"
         R"("article_published_time":"2024-03-01T08:30:00+00:00","author":"Mara Quill",)"
         R"("twitter_misc":{"Written by":"Mara Quill","Est. reading time":"2 minutes"}},)"
         R"("_links":{"self":[{"href":"https:\/\/harbour.example\/wp-json\/wp\/v2\/posts\/1"}],)"
         R"("author":[{"embeddable":true,"href":"https:\/\/harbour.example\/wp-json\/wp\/v2\/users\/3"}]}})";
}

}  // namespace

TEST_CASE("json: looks_like_json accepts objects, arrays and NDJSON, after a BOM and spaces") {
  CHECK(looks_like_json("{\"a\":1}"));
  CHECK(looks_like_json("\xEF\xBB\xBF  \n[1]"));
  CHECK(looks_like_json("{\"a\":1}\n{\"a\":2}\n"));
  CHECK_FALSE(looks_like_json("Harbour reopens"));
  CHECK_FALSE(looks_like_json("  \n"));
  CHECK_FALSE(looks_like_json("\"just a string\""));
}

TEST_CASE("json: text that is not JSON gives nullopt") {
  CHECK_FALSE(extract_json_articles("Harbour reopens\n\nBoats returned.").has_value());
  CHECK_FALSE(extract_json_articles("[Update] The harbour reopened on Monday.").has_value());
  CHECK_FALSE(extract_json_articles("{Editor's note} This story was updated.").has_value());
  CHECK_FALSE(extract_json_articles("").has_value());
  CHECK_FALSE(extract_json_articles("[1] See the note below.").has_value());
}

TEST_CASE("json: a WordPress REST post") {
  std::string post =
      wordpress_post(11, R"(Harbour reopens after the storm&#8217;s damage)",
                     R"(<p>The harbour reopened on Monday.<\/p>\n<p>Boats returned.<\/p>\n)");
  JsonExtraction extraction = extract(post);
  CHECK(extraction.format == "wordpress");
  CHECK(extraction.reason == "object with title.rendered and content.rendered (WordPress REST API)");
  CHECK(extraction.issues.empty());
  REQUIRE(extraction.articles.size() == 1);
  const JsonArticle& article = extraction.articles[0];
  CHECK(article.title == "Harbour reopens after the storm&#8217;s damage");  // entity kept
  CHECK(article.title_is_html);
  CHECK(article.body_in_input);  // content.rendered is decoded when drafted
  CHECK(json_body(article, post) == "<p>The harbour reopened on Monday.</p>\n<p>Boats returned.</p>\n");
  CHECK(article.body_is_html);
  CHECK(article.excerpt == "<p>Short version&#8230;</p>\n");
  CHECK(article.excerpt_is_html);
  CHECK(article.published == "2024-03-01T08:30:00Z");  // date_gmt, zone added
  CHECK(article.modified == "2024-03-02T09:00:00Z");
  CHECK(article.url == "https://harbour.example/news/post-11/");
  CHECK(article.authors == std::vector<std::string>{"Mara Quill"});
  CHECK(article.site == "Harbour News");
  CHECK(article.description == "The harbour reopened.");
  CHECK(article.language == "en_GB");
  CHECK(article.id == "11");
}

TEST_CASE("json: a WordPress array of two posts keeps their order") {
  std::string posts = "[" + wordpress_post(1, "First", "<p>One.<\\/p>") + ",\n" +
                      wordpress_post(2, "Second", "<p>Two.<\\/p>") + "]";
  JsonExtraction extraction = extract(posts);
  CHECK(extraction.format == "wordpress");
  CHECK(extraction.reason ==
        "array of 2 objects with title.rendered and content.rendered (WordPress REST API)");
  REQUIRE(extraction.articles.size() == 2);
  CHECK(extraction.articles[0].title == "First");
  CHECK(extraction.articles[1].title == "Second");
  CHECK(json_body(extraction.articles[1], posts) == "<p>Two.</p>");
  CHECK(extraction.articles[1].id == "2");
}

TEST_CASE("json: \\u escapes and escaped slashes are decoded") {
  JsonExtraction extraction = extract(
      R"({"title":"The storm\u2019s toll \u2014 \ud83c\udf0a","body":"Line\none \"quoted\"",)"
      R"("url":"https:\/\/news.example\/a"})");
  REQUIRE(extraction.articles.size() == 1);
  const JsonArticle& article = extraction.articles[0];
  CHECK(article.title == "The storm\u2019s toll \u2014 \U0001F30A");
  CHECK_FALSE(article.title_is_html);
  CHECK(article.body == "Line\none \"quoted\"");
  CHECK(article.url == "https://news.example/a");
}

TEST_CASE("json: date_gmt wins over date whatever the key order; zones are kept") {
  JsonExtraction extraction = extract(
      R"({"date":"2024-01-05T10:00:00","title":{"rendered":"T"},"content":{"rendered":"<p>B</p>"},)"
      R"("date_gmt":"2024-01-05T09:00:00+00:00","modified":"2024-01-06T10:00:00"})");
  REQUIRE(extraction.articles.size() == 1);
  CHECK(extraction.articles[0].published == "2024-01-05T09:00:00+00:00");
  CHECK(extraction.articles[0].modified == "2024-01-06T10:00:00");
}

TEST_CASE("json: WordPress authors from the yoast schema graph and from _embedded") {
  JsonExtraction schema = extract(
      R"({"title":{"rendered":"T"},"content":{"rendered":"<p>B</p>"},"author":5,)"
      R"("yoast_head_json":{"schema":{"@context":"https://schema.org","@graph":[)"
      R"({"@type":"WebPage","name":"T - Site"},{"@type":"Person","@id":"#p","name":"Ivo Brandt"}]}}})");
  REQUIRE(schema.articles.size() == 1);
  CHECK(schema.articles[0].authors == std::vector<std::string>{"Ivo Brandt"});

  JsonExtraction embedded = extract(
      R"({"title":{"rendered":"T"},"content":{"rendered":"<p>B</p>"},)"
      R"("_embedded":{"author":[{"id":5,"name":"Lena Ortiz"}],"wp:term":[[{"name":"News"}]]}})");
  REQUIRE(embedded.articles.size() == 1);
  CHECK(embedded.articles[0].authors == std::vector<std::string>{"Lena Ortiz"});
}

TEST_CASE("json: JSON Feed 1.1 with content_html, feed title as site and feed language") {
  JsonExtraction extraction = extract(R"({
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Harbour Weekly",
    "home_page_url": "https://harbour.example/",
    "language": "en-GB",
    "authors": [{"name": "Desk"}],
    "items": [
      {"id": "a1", "url": "https://harbour.example/a1", "title": "Ferries resume",
       "content_html": "<p>Ferries resumed on Tuesday.</p>", "summary": "Ferries are back.",
       "date_published": "2024-03-05T08:00:00Z", "date_modified": "2024-03-05T09:00:00Z",
       "authors": [{"name": "Ana Ruiz"}, {"name": "Tom Eke"}]},
      {"id": "a2", "url": "https://harbour.example/a2", "title": "Quay repairs",
       "content_html": "<p>Repairs start next week.</p>"}
    ]
  })");
  CHECK(extraction.format == "json_feed");
  CHECK(extraction.reason ==
        "object with version \"https://jsonfeed.org/version/1.1\" and items[] (JSON Feed)");
  REQUIRE(extraction.articles.size() == 2);
  const JsonArticle& first = extraction.articles[0];
  CHECK(first.title == "Ferries resume");
  CHECK(first.body == "<p>Ferries resumed on Tuesday.</p>");
  CHECK(first.body_is_html);
  CHECK(first.description == "Ferries are back.");
  CHECK(first.published == "2024-03-05T08:00:00Z");
  CHECK(first.modified == "2024-03-05T09:00:00Z");
  CHECK(first.authors == std::vector<std::string>{"Ana Ruiz", "Tom Eke"});
  CHECK(first.site == "Harbour Weekly");
  CHECK(first.language == "en-GB");
  CHECK(first.id == "a1");
  // An item without authors takes the feed's.
  CHECK(extraction.articles[1].authors == std::vector<std::string>{"Desk"});
}

TEST_CASE("json: JSON Feed 1.0 with content_text only and an author object") {
  JsonExtraction extraction = extract(
      R"({"items":[{"id":7,"title":"Plain item","content_text":"Just text & more text.",)"
      R"("author":{"name":"Kit Vale"}}],"version":"https://jsonfeed.org/version/1","title":"Feed"})");
  CHECK(extraction.format == "json_feed");
  REQUIRE(extraction.articles.size() == 1);
  const JsonArticle& article = extraction.articles[0];
  CHECK(article.body == "Just text & more text.");
  CHECK_FALSE(article.body_is_html);
  CHECK(article.authors == std::vector<std::string>{"Kit Vale"});
  CHECK(article.id == "7");
  CHECK(article.site == "Feed");  // the feed title came after the items
}

TEST_CASE("json: NDJSON gives one article per line") {
  JsonExtraction extraction = extract(
      "{\"title\":\"One\",\"text\":\"First body.\",\"date\":\"2024-01-01\"}\n"
      "{\"title\":\"Two\",\"text\":\"Second body.\"}\r\n"
      "\n"
      "{\"title\":\"Three\",\"text\":\"Third body.\"}");
  CHECK(extraction.format == "ndjson");
  CHECK(extraction.reason == "3 lines, one JSON object per line");
  REQUIRE(extraction.articles.size() == 3);
  CHECK(extraction.articles[0].published == "2024-01-01");
  CHECK(extraction.articles[2].body == "Third body.");
  CHECK(extraction.issues.empty());
}

TEST_CASE("json: NDJSON with a bad line in the middle keeps the other lines") {
  std::string input =
      "{\"title\":\"One\",\"text\":\"First body.\"}\n"
      "{\"title\":\"Two\",\"text\":\"Second body\n"
      "{\"title\":\"Three\",\"text\":\"Third body.\"}\n";
  JsonExtraction extraction = extract(input);
  CHECK(extraction.format == "ndjson");
  REQUIRE(extraction.articles.size() == 2);
  CHECK(extraction.articles[0].title == "One");
  CHECK(extraction.articles[1].title == "Three");
  const JsonIssue* bad = find_issue(extraction, "ndjson_bad_line");
  REQUIRE(bad != nullptr);
  CHECK(bad->message.find("line 2") != std::string::npos);
  CHECK(bad->offset == input.find("{\"title\":\"Two\""));
  CHECK(find_issue(extraction, "json_no_articles") == nullptr);
}

TEST_CASE("json: an array of objects with the usual fields") {
  JsonExtraction extraction = extract(R"([
    {"headline": "Bridge closes", "articleBody": "The bridge closed at noon.",
     "datePublished": "2024-02-02T12:00:00+01:00", "author": ["Noor Haddad", "Eli Park"],
     "permalink": "https://city.example/bridge", "lang": "en"},
    {"name": "Second story", "html": "<div><p>Body</p></div>", "pubDate": "Fri, 02 Feb 2024",
     "link": "https://city.example/2", "source": {"id": null, "name": "City Times"}}
  ])");
  CHECK(extraction.format == "json_articles");
  CHECK(extraction.reason == "array of 2 objects with article fields (title, body or text, date, author)");
  REQUIRE(extraction.articles.size() == 2);
  const JsonArticle& first = extraction.articles[0];
  CHECK(first.title == "Bridge closes");
  CHECK(first.body == "The bridge closed at noon.");
  CHECK_FALSE(first.body_is_html);
  CHECK(first.published == "2024-02-02T12:00:00+01:00");
  CHECK(first.authors == std::vector<std::string>{"Noor Haddad", "Eli Park"});
  CHECK(first.url == "https://city.example/bridge");
  CHECK(first.language == "en");
  const JsonArticle& second = extraction.articles[1];
  CHECK(second.title == "Second story");
  CHECK(second.body_is_html);
  CHECK(second.published == "Fri, 02 Feb 2024");
  CHECK(second.site == "City Times");
}

TEST_CASE("json: a body is HTML only when it holds tags or entities") {
  JsonExtraction plain = extract(R"({"title":"A < B","content":"Prices rose 5% < 7% & fell."})");
  REQUIRE(plain.articles.size() == 1);
  CHECK_FALSE(plain.articles[0].body_is_html);
  CHECK_FALSE(plain.articles[0].title_is_html);
  JsonExtraction tagged = extract(R"({"title":"AT&amp;T","content":"<p>Prices rose.</p>"})");
  REQUIRE(tagged.articles.size() == 1);
  CHECK(tagged.articles[0].body_is_html);
  CHECK(tagged.articles[0].title_is_html);
}

TEST_CASE("json: nested rendered objects work outside WordPress dumps too") {
  const std::string_view json =
      R"({"post":{"title":{"rendered":"Nested"},"content":{"rendered":"<p>Deep body</p>"}}})";
  JsonExtraction extraction = extract(json);
  REQUIRE(extraction.articles.size() == 1);
  CHECK(extraction.articles[0].title == "Nested");
  CHECK(json_body(extraction.articles[0], json) == "<p>Deep body</p>");
}

TEST_CASE("json: an API wrapper passes its site and language to its articles") {
  JsonExtraction extraction = extract(
      R"({"status":"ok","totalResults":2,"site":"Wire","language":"de","articles":[)"
      R"({"title":"Eins","content":"Erster Text.","author":{"name":"Jo Lind"},"id":101,)"
      R"("created_at":1709280000},)"
      R"({"title":"Zwei","description":"Nur eine Zusammenfassung."}]})");
  REQUIRE(extraction.articles.size() == 2);
  const JsonArticle& first = extraction.articles[0];
  CHECK(first.site == "Wire");
  CHECK(first.language == "de");
  CHECK(first.authors == std::vector<std::string>{"Jo Lind"});
  CHECK(first.id == "101");
  CHECK(first.published == "1709280000");  // a Unix time keeps its JSON spelling
  // A title with a summary and no body is still an article; its body stays empty.
  CHECK(extraction.articles[1].body.empty());
  CHECK(extraction.articles[1].description == "Nur eine Zusammenfassung.");
}

TEST_CASE("json: a JSON-LD NewsArticle") {
  JsonExtraction extraction = extract(R"({
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Tide gauge installed", "articleBody": "A new tide gauge went in on Friday.",
    "datePublished": "2024-04-05", "dateModified": "2024-04-06",
    "author": {"@type": "Person", "name": "Rafe Okoro"},
    "publisher": {"@type": "Organization", "name": "Coast Post", "logo": {"url": "https://x/l.png"}},
    "mainEntityOfPage": {"@type": "WebPage", "@id": "https://coast.example/tide"},
    "inLanguage": "en-US"
  })");
  CHECK(extraction.format == "json_articles");
  CHECK(extraction.reason == "JSON-LD object with @type Article, NewsArticle or BlogPosting");
  REQUIRE(extraction.articles.size() == 1);
  const JsonArticle& article = extraction.articles[0];
  CHECK(article.title == "Tide gauge installed");
  CHECK(article.body == "A new tide gauge went in on Friday.");
  CHECK(article.published == "2024-04-05");
  CHECK(article.modified == "2024-04-06");
  CHECK(article.authors == std::vector<std::string>{"Rafe Okoro"});
  CHECK(article.site == "Coast Post");
  CHECK(article.url == "https://coast.example/tide");
  CHECK(article.language == "en-US");
}

TEST_CASE("json: a JSON-LD @graph yields only its article node") {
  JsonExtraction extraction = extract(R"({"@context":"https://schema.org","@graph":[
    {"@type":"WebPage","@id":"https://coast.example/p","name":"Page","description":"A page."},
    {"@type":["BlogPosting"],"headline":"Storm diary","articleBody":"Day one.","url":"https://coast.example/p"},
    {"@type":"Person","name":"Rafe Okoro","description":"Reporter"},
    {"@type":"Organization","name":"Coast Post"}]})");
  CHECK(extraction.reason == "JSON-LD @graph holding an Article, NewsArticle or BlogPosting");
  REQUIRE(extraction.articles.size() == 1);
  CHECK(extraction.articles[0].title == "Storm diary");
  CHECK(extraction.articles[0].url == "https://coast.example/p");
}

TEST_CASE("json: truncated mid-string keeps the complete posts and says where it broke") {
  std::string posts = "[" + wordpress_post(1, "First", "<p>One.<\\/p>") + "," +
                      wordpress_post(2, "Second", "<p>Two.<\\/p>") + "," +
                      wordpress_post(3, "Third", "<p>Three, cut here and more.<\\/p>") + "]";
  size_t cut = posts.find("cut here");
  std::string truncated = posts.substr(0, cut);
  JsonExtraction extraction = extract(truncated);
  CHECK(extraction.format == "wordpress");
  REQUIRE(extraction.articles.size() == 2);
  CHECK(extraction.articles[1].title == "Second");
  const JsonIssue* issue = find_issue(extraction, "json_truncated");
  REQUIRE(issue != nullptr);
  // The unclosed string is the third post's content.rendered.
  CHECK(issue->offset == posts.find("\"<p>Three"));
  CHECK(issue->message.find("UNCLOSED_STRING") != std::string::npos);
}

TEST_CASE("json: truncated between tokens: offset is the end of the input") {
  std::string input = R"([{"title":"A","text":"Body A."},{"title":"B","text":"Body B."},{"title":"C",)";
  JsonExtraction extraction = extract(input);
  REQUIRE(extraction.articles.size() == 2);
  const JsonIssue* issue = find_issue(extraction, "json_truncated");
  REQUIRE(issue != nullptr);
  CHECK(issue->offset == input.size());
  CHECK(find_issue(extraction, "json_no_articles") == nullptr);
}

TEST_CASE("json: a truncated single post gives an issue and no half article") {
  std::string post = wordpress_post(1, "Only", "<p>Body.<\\/p>");
  JsonExtraction extraction = extract(post.substr(0, post.size() - 40));
  CHECK(extraction.articles.empty());
  CHECK(find_issue(extraction, "json_truncated") != nullptr);
  CHECK(find_issue(extraction, "json_no_articles") == nullptr);
}

TEST_CASE("json: a truncated JSON Feed keeps its complete items and their feed context") {
  std::string input =
      R"({"version":"https://jsonfeed.org/version/1.1","title":"Weekly","items":[)"
      R"({"id":"1","title":"One","content_text":"First."},)"
      R"({"id":"2","title":"Two","content_text":"Second.","authors":[{"name":"Kim"}]},)"
      R"({"id":"3","title":"Three","authors":[{"name":"Lee"}],"content_text":"Thi)";
  JsonExtraction extraction = extract(input);
  CHECK(extraction.format == "json_feed");
  REQUIRE(extraction.articles.size() == 2);
  CHECK(extraction.articles[1].authors == std::vector<std::string>{"Kim"});
  CHECK(extraction.articles[1].site == "Weekly");
  CHECK(find_issue(extraction, "json_truncated") != nullptr);
}

TEST_CASE("json: invalid JSON in the middle keeps the articles before it") {
  std::string input =
      R"([{"title":"A","text":"Body A."},{"title":"B","text":"Body B.",,},{"title":"C","text":"C."}])";
  JsonExtraction extraction = extract(input);
  REQUIRE(extraction.articles.size() == 1);
  CHECK(extraction.articles[0].title == "A");
  const JsonIssue* issue = find_issue(extraction, "json_invalid");
  REQUIRE(issue != nullptr);
  CHECK(issue->offset != kNoJsonOffset);
  CHECK(issue->offset > input.find("\"B\""));
  CHECK(issue->offset <= input.find(",,}") + 2);
}

TEST_CASE("json: valid JSON without articles says so") {
  for (std::string_view input : {std::string_view(R"({"a":1})"), std::string_view("[1,2,3]"),
                                 std::string_view("[]"), std::string_view("{}"),
                                 std::string_view(R"([{"title":"No body here"}])")}) {
    CAPTURE(input);
    JsonExtraction extraction = extract(input);
    CHECK(extraction.articles.empty());
    CHECK(find_issue(extraction, "json_no_articles") != nullptr);
  }
}

TEST_CASE("json: 100,000 levels of nesting give json_too_deep, not a crash") {
  std::string closed = std::string(100000, '[') + std::string(100000, ']');
  JsonExtraction deep = extract(closed);
  CHECK(deep.articles.empty());
  const JsonIssue* issue = find_issue(deep, "json_too_deep");
  REQUIRE(issue != nullptr);
  CHECK(issue->offset == 1024);

  JsonExtraction open = extract(std::string(100000, '['));
  CHECK(find_issue(open, "json_too_deep") != nullptr);
  CHECK(find_issue(open, "json_truncated") != nullptr);

  // An article beside a deep branch is still found.
  std::string beside = R"([{"title":"Kept","text":"Body."},)" + std::string(5000, '[') +
                       std::string(5000, ']') + "]";
  JsonExtraction mixed = extract(beside);
  REQUIRE(mixed.articles.size() == 1);
  CHECK(find_issue(mixed, "json_too_deep") != nullptr);
}

TEST_CASE("json: invalid UTF-8 is replaced, not fatal") {
  JsonExtraction extraction = extract("{\"title\":\"Caf\xE9\",\"text\":\"Body \xFF text.\"}");
  REQUIRE(extraction.articles.size() == 1);
  CHECK(extraction.articles[0].title == "Caf\xEF\xBF\xBD");
  CHECK(extraction.articles[0].body == "Body \xEF\xBF\xBD text.");
  const JsonIssue* issue = find_issue(extraction, "json_invalid_utf8");
  REQUIRE(issue != nullptr);
  CHECK(issue->offset == 13);
}

TEST_CASE("json: a lone surrogate escape becomes U+FFFD") {
  JsonExtraction extraction = extract(R"({"title":"Half \ud800 pair","text":"Body."})");
  REQUIRE(extraction.articles.size() == 1);
  CHECK(extraction.articles[0].title == "Half \xEF\xBF\xBD pair");
}

TEST_CASE("json: a byte-order mark and trailing content") {
  JsonExtraction extraction =
      extract("\xEF\xBB\xBF{\"title\":\"T\",\"text\":\"Body.\"} trailing words");
  REQUIRE(extraction.articles.size() == 1);
  const JsonIssue* issue = find_issue(extraction, "json_trailing_content");
  REQUIRE(issue != nullptr);
  CHECK(issue->offset == 31);  // just past the closing brace
}

TEST_CASE("json: array elements without articles are counted") {
  JsonExtraction extraction =
      extract(R"([{"title":"A","text":"Body."},{"id":2},3,{"title":"B","content":"Body B."}])");
  CHECK(extraction.articles.size() == 2);
  const JsonIssue* issue = find_issue(extraction, "json_skipped_values");
  REQUIRE(issue != nullptr);
  CHECK(issue->message.find("2 array element(s)") == 0);
}

TEST_CASE("json: an article absorbs the objects nested in it") {
  JsonExtraction extraction = extract(
      R"({"title":"Main","body":"Main body.","related":[{"title":"Other","body":"Other body."}]})");
  REQUIRE(extraction.articles.size() == 1);
  CHECK(extraction.articles[0].title == "Main");
}

TEST_CASE("json: looks_like_html finds tags and entities only") {
  using newsprism::parse::json_reader::looks_like_html;
  CHECK(looks_like_html("<p>x</p>"));
  CHECK(looks_like_html("a<br/>b"));
  CHECK(looks_like_html("x &#8217; y"));
  CHECK(looks_like_html("Tom &amp; Jerry"));
  CHECK_FALSE(looks_like_html("1 < 2 and 3 > 2"));
  CHECK_FALSE(looks_like_html("Tom & Jerry; again"));
  CHECK_FALSE(looks_like_html("ends with <"));
}

TEST_CASE("json: a large WordPress dump is read whole") {
  std::string dump = "[";
  const int posts = 2000;
  for (int i = 0; i < posts; ++i) {
    if (i > 0) dump += ",\n";
    dump += wordpress_post(i, "Post " + std::to_string(i),
                           "<p>Paragraph with \\u2019 quotes and <a href=\\\"x\\\">links<\\/a>.<\\/p>");
  }
  dump += "]";
  JsonExtraction extraction = extract(dump);
  REQUIRE(extraction.articles.size() == posts);
  CHECK(extraction.articles.back().title == "Post 1999");
  CHECK(json_body(extraction.articles.back(), dump) ==
        "<p>Paragraph with \u2019 quotes and <a href=\"x\">links</a>.</p>");
  CHECK(extraction.issues.empty());
}

TEST_CASE("json: html_snippet_text reads tags and references, and plain snippets the same way") {
  using newsprism::parse::html_snippet_text;
  // Without '<', '&' or NUL a snippet skips the tokenizer; it must read as if it had not.
  CHECK(html_snippet_text("  Harbour   reopens\n after  storm ") == "Harbour reopens after storm");
  CHECK(html_snippet_text("Harbour <b>reopens</b>") == "Harbour reopens");
  CHECK(html_snippet_text("Fish &amp; chips") == "Fish & chips");
  CHECK(html_snippet_text(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
  CHECK(html_snippet_text("").empty());
  CHECK(html_snippet_text("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D") == "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
}
