#include "parse/boilerplate_lines.hpp"
#include "parse/rule_text.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>

using newsprism::parse::classify_line;
using newsprism::parse::is_repeated_title;
using newsprism::parse::LineRole;

namespace {
LineRole role_of(std::string_view line) {
  return classify_line(line).role;
}
std::string reason_of(std::string_view line) {
  return classify_line(line).reason;
}
}  // namespace

TEST_CASE("comment, tag, share and related headings are trailers") {
  for (std::string_view line : {"Comments",
                                "Comment",
                                "COMMENTS",
                                "Leave a comment",
                                "Leave a Reply",
                                "12 comments",
                                "(3) Comments",
                                "Comments (3)",
                                "1 Response",
                                "Tags",
                                "Tags:",
                                "Tags: economy, trade",
                                "Filed under: Business",
                                "Share",
                                "Share this",
                                "Share this article",
                                "Share this story:",
                                "Share on Facebook",
                                "Share via Email",
                                "Related",
                                "Related articles",
                                "Related Posts",
                                "You may also like",
                                "Recommended",
                                "Recommended for you",
                                "More stories"}) {
    CAPTURE(line);
    CHECK(role_of(line) == LineRole::kBoilerplateTrailer);
  }
  CHECK(reason_of("Comments") == "comments");
  CHECK(reason_of("Tags: economy, trade") == "tags");
  CHECK(reason_of("Share on Facebook") == "share");
  CHECK(reason_of("Related articles") == "related");
}

TEST_CASE("the WordPress appeared-first-on line is a trailer, however long") {
  std::string line = "The post ";
  for (int i = 0; i < 20; ++i) line += "Harbour reopens after the long winter storm ";
  line += "appeared first on Example Daily News.";
  CHECK(line.size() > 200);
  CHECK(classify_line(line).role == LineRole::kBoilerplateTrailer);
  CHECK(reason_of(line) == "appeared-first-on");
  CHECK(role_of("This post appeared first on Example Daily.") == LineRole::kBoilerplateTrailer);
  CHECK(role_of("This article first appeared on The Harbour Times.") ==
        LineRole::kBoilerplateTrailer);
}

TEST_CASE("page furniture is boilerplate") {
  for (std::string_view line :
       {"Tweet",
        "Email",
        "Read more",
        "Read more: Ports brace for the next storm",
        "Read more \xC2\xBB",
        "Continue reading",
        "Subscribe",
        "Sign up for our newsletter",
        "Subscribe to our free daily digest",
        "Advertisement",
        "- Advertisement -",
        "ADVERTISEMENT - Scroll to continue",
        "Sponsored",
        "Sponsored content",
        "Follow us on Twitter and Instagram",
        "Click here to download the app",
        "All rights reserved.",
        "\xC2\xA9 2025 Example Media Group",
        "(c) 2025 Example Media",
        "Copyright 2025 Example Media. All rights reserved.",
        "Example Media 2025, ALL RIGHTS RESERVED",
        "Example Media 2025, all RiGhTs reserved",
        "Copyright \xC2\xA9 Example Media",
        "Cookies",
        "We use cookies to improve your experience. By continuing you accept them.",
        "Skip to content",
        "Back to top",
        "Previous article",
        "Next article",
        "Next post: Harbour fees rise",
        "Privacy Policy"}) {
    CAPTURE(line);
    CHECK(role_of(line) == LineRole::kBoilerplate);
  }
  CHECK(reason_of("Advertisement") == "advertisement");
  CHECK(reason_of("\xC2\xA9 2025 Example Media Group") == "copyright");
  CHECK(reason_of("Skip to content") == "navigation");
}

TEST_CASE("captions and credits have their own role") {
  for (std::string_view line :
       {"Photo: A ferry leaves the harbour at dawn.", "Image: Example Agency",
        "Credit: Jane Doe/Example Agency", "Photo by Ann Lee on Example Pictures",
        "Photo credit: City archive", "(Photo: Example Agency)", "*Image: a map of the port*"}) {
    CAPTURE(line);
    CHECK(role_of(line) == LineRole::kCaption);
  }
}

TEST_CASE("Markdown markers, punctuation, arrows and emoji around the words are ignored") {
  for (std::string_view line :
       {"## Comments", "**Tags**", "* Share this article", "> Related:", "### **Related Posts**",
        "Comments:", "Related \xE2\x86\x92", "\xF0\x9F\x91\x89 Share this",
        "\xE2\x80\x94 Comments \xE2\x80\x94", "[Read more](https://example.com/a)"}) {
    CAPTURE(line);
    CHECK(role_of(line) != LineRole::kContent);
  }
  CHECK(role_of("### **Related Posts**") == LineRole::kBoilerplateTrailer);
  CHECK(role_of("[Read more](https://example.com/a)") == LineRole::kBoilerplate);
}

TEST_CASE("sentences that mention comments, sharing, tags or reading stay content") {
  for (std::string_view line : {
           "The comments drew a large response from readers across the region.",
           "Comments from the minister were widely shared on social media.",
           "She declined to comment on the report.",
           "Shares in the company rose 4% on Tuesday.",
           "Share prices fell sharply after the announcement.",
           "Sharing data with rivals is now required by law.",
           "Tags attached to each crate let the port track its cargo.",
           "Police tagged the suspect's car with a tracker.",
           "Read more slowly, the report reveals a different story.",
           "Readers were asked to read the full statement before voting.",
           "Related research found similar results in three other countries.",
           "Recommended doses were lowered in 2024.",
           "Subscribers to the service grew by a third.",
           "Sign up for the marathon opened on Monday.",
           "Follow-up talks are planned for next week.",
           "Click rates on the campaign were low.",
           "Copyright law in the region changed last year.",
           "The cookie factory employs 300 people.",
           "Photos of the flood spread quickly online.",
           "Advertisement revenue fell 5% in the quarter.",
           "Next, the council will vote on the harbour budget.",
           "Tweets by the mayor were later deleted.",
           "He said the post appeared to be fake.",
           "Sponsored by the city, the festival drew thousands of visitors to the old town.",
       }) {
    CAPTURE(line);
    CHECK(role_of(line) == LineRole::kContent);
    CHECK(reason_of(line).empty());
  }
}

TEST_CASE("empty and decoration-only lines are content") {
  CHECK(role_of("") == LineRole::kContent);
  CHECK(role_of("   ") == LineRole::kContent);
  CHECK(role_of("* * *") == LineRole::kContent);
  CHECK(role_of("---") == LineRole::kContent);
}

TEST_CASE("a long paragraph is content even when it opens with a label word") {
  std::string line = "Share";
  for (int i = 0; i < 30; ++i) line += " prices moved";
  line += ".";
  CHECK(role_of(line) == LineRole::kContent);
}

TEST_CASE("a repeated title matches after normalization") {
  std::string_view title = "Harbour\xE2\x80\x99s ferries return after the storm";
  CHECK(is_repeated_title(title, title));
  CHECK(is_repeated_title(title, "Harbour's ferries return after the storm"));
  CHECK(is_repeated_title(title, "  HARBOUR\xE2\x80\x99S  ferries return after   the storm "));
  CHECK(is_repeated_title(title, "# Harbour's ferries return after the storm"));
  CHECK(is_repeated_title(title, "**Harbour's ferries return after the storm**"));
  CHECK(is_repeated_title(title, "Harbour's ferries return after the storm | Example News"));
  CHECK(is_repeated_title(title, "Harbour's ferries return after the storm - Example News"));
  CHECK(is_repeated_title("Harbour's ferries return after the storm \xE2\x80\x94 Example News",
                          "Harbour's ferries return after the storm"));
  CHECK(is_repeated_title("\xE2\x80\x9CNo more delays\xE2\x80\x9D, mayor says of harbour works",
                          "\"No more delays\", mayor says of harbour works"));
  // The same headline under two site names is still the same headline.
  CHECK(is_repeated_title("Harbour reopens | Example News", "Harbour reopens | Other Site"));
}

TEST_CASE("other lines do not repeat the title") {
  std::string_view title = "Harbour's ferries return after the storm";
  CHECK_FALSE(is_repeated_title(title, "Harbour's ferries return after the storm, officials say"));
  CHECK_FALSE(is_repeated_title(title, "Ferries return"));
  CHECK_FALSE(is_repeated_title(title, ""));
  CHECK_FALSE(is_repeated_title("", ""));
  CHECK_FALSE(is_repeated_title("", "Harbour"));
  CHECK_FALSE(is_repeated_title("Live - Updates", "Live"));
}

TEST_CASE("a long cookie banner is boilerplate") {
  std::string line = "We use cookies and similar technologies";
  for (int i = 0; i < 10; ++i) line += " to measure and improve how the site works for you";
  line += ".";
  CHECK(line.size() > 200);
  CHECK(reason_of(line) == "cookies");
}

TEST_CASE("a long caption is still a caption") {
  std::string line = "Photo: ";
  for (int i = 0; i < 15; ++i) line += "boats wait in the harbour ";
  CHECK(role_of(line) == LineRole::kCaption);
}

TEST_CASE("read-more prefixes need their label shape") {
  CHECK(role_of("Read more about the harbour plan") == LineRole::kBoilerplate);
  CHECK(role_of("Read more than 50 books a year, the survey urged parents.") == LineRole::kContent);
  CHECK(role_of("See also: Harbour fees rise") == LineRole::kBoilerplate);
}

TEST_CASE("share links need a short line") {
  CHECK(role_of("Share on X") == LineRole::kBoilerplateTrailer);
  CHECK(role_of("Share on the open market rose to a record for the third month.") ==
        LineRole::kContent);
}

TEST_CASE("sign-up lines must name what is signed up for") {
  CHECK(role_of("Sign up to get our alerts") == LineRole::kBoilerplate);
  CHECK(role_of("Sign up for the course closes on Friday") == LineRole::kContent);
}

TEST_CASE("site suffixes with a double colon or middle dot are stripped") {
  CHECK(is_repeated_title("Harbour ferries return :: Example", "Harbour ferries return"));
  CHECK(is_repeated_title("Harbour ferries return", "Harbour ferries return \xC2\xB7 Example"));
  CHECK_FALSE(is_repeated_title("Harbour ferries return", "Harbour ferries | Example"));
}

TEST_CASE("non-breaking spaces and dashes normalize in titles") {
  CHECK(is_repeated_title("Port \xE2\x80\x93 a new start", "Port\xC2\xA0- a new start"));
}

TEST_CASE("comment counts of any size, and not other counts") {
  CHECK(reason_of("1,024 comments") == "comments");
  CHECK(reason_of("245 Comments") == "comments");
  CHECK(reason_of("Comments: 17") == "comments");
  CHECK(role_of("245 people") == LineRole::kContent);
}

TEST_CASE("a tag label needs its colon inside a sentence") {
  CHECK(role_of("Tags: harbour, ferries, storms") == LineRole::kBoilerplateTrailer);
  CHECK(role_of("Tags are printed on every crate.") == LineRole::kContent);
}

TEST_CASE("navigation links with arrows") {
  CHECK(reason_of("Back to top \xE2\x86\x91") == "navigation");
  CHECK(reason_of("\xE2\x86\x90 Previous post") == "navigation");
}

TEST_CASE("caption reasons") {
  CHECK(reason_of("Image: Example Agency") == "caption");
  CHECK(reason_of("Pictured: the new ferry terminal") == "caption");
}

TEST_CASE("rule_text::ifind and find: the eight-bytes-a-step scans agree with plain scans on random input") {
  using newsprism::parse::rule_text::iequals;
  using newsprism::parse::rule_text::ifind;
  std::mt19937 random(2026);
  const std::string alphabet = "aAbB@`\x01\xC1\xE1 .:";
  const std::string_view needles[] = {"a", "ab", "Ab", "all rights reserved", "@", "`", " a", ":", "a`", "\xC1\xE1", "b.", ". "};
  for (int round = 0; round < 20000; ++round) {
    std::string text(random() % 40, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    if (round % 3 == 0 && text.size() > 20) text.replace(random() % (text.size() - 19), 19, "All Rights Reserved");
    for (std::string_view needle : needles) {
      const size_t from = random() % (text.size() + 2);
      size_t expected = std::string_view::npos;
      for (size_t i = from; i + needle.size() <= text.size(); ++i) {
        if (iequals(std::string_view(text).substr(i, needle.size()), needle)) {
          expected = i;
          break;
        }
      }
      REQUIRE(ifind(text, needle, from) == expected);
      REQUIRE(newsprism::parse::rule_text::find(text, needle, from) == std::string_view(text).find(needle, from));
    }
  }
}

// The byte-at-a-time collapse_spaces() that the run-at-a-time one replaced: the reference for
// trimming, inner runs and the cut at `limit` (never inside a UTF-8 character).
namespace {
std::string collapse_spaces_bytewise(std::string_view text, size_t limit) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (newsprism::parse::rule_text::is_space(c) || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
    if (out.size() >= limit) {
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
      if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
      break;
    }
  }
  return out;
}
}  // namespace

TEST_CASE("rule_text::collapse_spaces: runs appended whole agree with the byte-at-a-time reference") {
  using newsprism::parse::rule_text::collapse_spaces;
  CHECK(collapse_spaces("  Harbour \t\n reopens\f ") == "Harbour reopens");
  CHECK(collapse_spaces("caf\xC3\xA9 au lait", 4) == "caf");  // not cut inside the é
  CHECK(collapse_spaces("ab cd", 3) == "ab c");                // a space reached the limit
  CHECK(collapse_spaces("abc", 0) == "a");                    // the byte that reached it stays
  std::mt19937 random(2027);
  const std::string alphabet = "ab \t\n\r\f\xC3\xA9\xE2\x80\x99";
  for (int round = 0; round < 20000; ++round) {
    std::string text(random() % 30, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    const size_t limits[] = {SIZE_MAX, 0, 1, 2, 3, static_cast<size_t>(random() % 32)};
    for (size_t limit : limits) {
      CAPTURE(text);
      CAPTURE(limit);
      REQUIRE(collapse_spaces(text, limit) == collapse_spaces_bytewise(text, limit));
    }
  }
}
