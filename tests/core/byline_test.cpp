#include "parse/byline.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using newsprism::parse::Byline;
using newsprism::parse::parse_byline;

namespace {
std::vector<std::string> authors_of(std::string_view line) {
  auto byline = parse_byline(line);
  return byline ? byline->authors : std::vector<std::string>{"<not a byline>"};
}
using Names = std::vector<std::string>;
}  // namespace

TEST_CASE("a label and one name") {
  CHECK(authors_of("By Jane Doe") == Names{"Jane Doe"});
  CHECK(authors_of("BY JANE DOE") == Names{"JANE DOE"});
  CHECK(authors_of("Written by Jane Doe") == Names{"Jane Doe"});
  CHECK(authors_of("Author: Jane Doe") == Names{"Jane Doe"});
  CHECK(authors_of("By: Jane Doe") == Names{"Jane Doe"});
  CHECK(authors_of("*By Jane Doe*") == Names{"Jane Doe"});
  CHECK(authors_of("  By Jane Doe  ") == Names{"Jane Doe"});
}

TEST_CASE("name lists joined by commas, and, &") {
  CHECK(authors_of("By Jane Doe and John Roe") == Names{"Jane Doe", "John Roe"});
  CHECK(authors_of("By Jane Doe & John Roe") == Names{"Jane Doe", "John Roe"});
  CHECK(authors_of("By Jane Doe, John Roe, and Ann Lee") ==
        Names{"Jane Doe", "John Roe", "Ann Lee"});
  auto byline = parse_byline("By Jane Doe, John Roe and Ann Lee, CNN");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Jane Doe", "John Roe", "Ann Lee"});
  CHECK(byline->source == "CNN");
}

TEST_CASE("names with particles, initials, hyphens, apostrophes and non-ASCII letters") {
  CHECK(authors_of("By Ludwig van der Berg") == Names{"Ludwig van der Berg"});
  CHECK(authors_of("By Ahmad bin Said") == Names{"Ahmad bin Said"});
  CHECK(authors_of("By Omar al-Rashid") == Names{"Omar al-Rashid"});
  CHECK(authors_of("By Mary C. Doe") == Names{"Mary C. Doe"});
  CHECK(authors_of("By J.R. Roe Jr.") == Names{"J.R. Roe Jr."});
  CHECK(authors_of("By Jean-Luc O\xE2\x80\x99"
                   "Brien") == Names{"Jean-Luc O\xE2\x80\x99"
                                     "Brien"});
  CHECK(authors_of("By \xC3\x89lodie M\xC3\xBCller") == Names{"\xC3\x89lodie M\xC3\xBCller"});
  CHECK(authors_of("By Anna de Souza") == Names{"Anna de Souza"});
}

TEST_CASE("segments with a relative date and a reading time") {
  auto byline = parse_byline("Mara Quill \xC2\xB7 1 day ago \xC2\xB7 2 minutes read");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Mara Quill"});
  CHECK(byline->date_text == "1 day ago");
  CHECK(byline->relative_date);
  CHECK(byline->reading_time == "2 minutes read");

  byline = parse_byline("Tom Reed \xE2\x80\xA2 3 hours ago \xE2\x80\xA2 5 min read");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Tom Reed"});
  CHECK(byline->reading_time == "5 min read");
}

TEST_CASE("segments with an organization and an absolute date") {
  auto byline = parse_byline("Jane Doe | Reuters | January 28, 2025");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Jane Doe"});
  CHECK(byline->source == "Reuters");
  CHECK(byline->date_text == "January 28, 2025");
  CHECK_FALSE(byline->relative_date);

  byline = parse_byline("Jane Doe \xE2\x80\x94 Jan 28, 2025");
  REQUIRE(byline);
  CHECK(byline->date_text == "Jan 28, 2025");

  byline = parse_byline("January 28, 2025 | By Jane Doe");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Jane Doe"});
}

TEST_CASE("a date after the names of a labelled byline") {
  auto byline = parse_byline("Posted by admin on January 28, 2025");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"admin"});
  CHECK(byline->date_text == "January 28, 2025");

  byline = parse_byline("By Jane Doe, Tue, 28 Jan 2025 11:38:33 GMT");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Jane Doe"});
  CHECK(byline->date_text == "Tue, 28 Jan 2025 11:38:33 GMT");
}

TEST_CASE("an organization after for, a place after in") {
  auto byline = parse_byline("By Jane Doe for The Harbour Times");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Jane Doe"});
  CHECK(byline->source == "The Harbour Times");
  CHECK(authors_of("By Jane Doe in Beijing") == Names{"Jane Doe"});
}

TEST_CASE("a date and a reading time without a name still make a byline") {
  auto byline = parse_byline("Jan 28, 2025 | 4 min read");
  REQUIRE(byline);
  CHECK(byline->authors.empty());
  CHECK(byline->date_text == "Jan 28, 2025");
}

TEST_CASE("sentences and headlines are not bylines") {
  for (std::string_view line :
       {"By the end of the year, prices rose.", "By 2030 the city will have two new bridges.",
        "By Monday, officials said the bridge would reopen.", "By Jane Doe.",
        "By train or by boat, the trip takes a day", "By Land And Sea", "Breaking News | World",
        "Jane Doe", "1 day ago", "January 28, 2025",
        "The council met on January 28, 2025 | 2 min read", "By",
        "Posted by admin on January 28, 2025 to the forum", "", "By jane doe",
        "Written by a committee of experts over many years.",
        "China celebrates a homegrown AI success as the tech race heats up | NewsSite"}) {
    CAPTURE(line);
    CHECK_FALSE(parse_byline(line).has_value());
  }
}

TEST_CASE("a line longer than 120 characters is not a byline") {
  std::string names = "By Jane Doe";
  for (int i = 0; i < 14; ++i) names += ", Ann Lee";
  CHECK(names.size() > 120);
  CHECK_FALSE(parse_byline(names).has_value());
}

TEST_CASE("en dash and spaced hyphen separate segments, bare hyphens do not") {
  auto byline = parse_byline("Jean-Luc Roe \xE2\x80\x93 2 hours ago");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Jean-Luc Roe"});
  CHECK(byline->relative_date);
  byline = parse_byline("Ann Lee - 28 Jan 2025");
  REQUIRE(byline);
  CHECK(byline->date_text == "28 Jan 2025");
}

TEST_CASE("reporting credits and publication labels") {
  CHECK(authors_of("Reporting by Jane Doe and John Roe") == Names{"Jane Doe", "John Roe"});
  CHECK(authors_of("Published by news_desk") == Names{"news_desk"});
  // A plain "By" does not vouch for an account name.
  CHECK_FALSE(parse_byline("By admin").has_value());
}

TEST_CASE("a byline with a name list and a date segment") {
  auto byline = parse_byline("Jane Doe and John Roe \xC2\xB7 January 28, 2025");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Jane Doe", "John Roe"});
  CHECK(byline->date_text == "January 28, 2025");
  CHECK_FALSE(byline->relative_date);
}

TEST_CASE("a single acronym after a comma is the source") {
  auto byline = parse_byline("By Ann Lee, BBC");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Ann Lee"});
  CHECK(byline->source == "BBC");
}

TEST_CASE("a segment that is neither name, date nor reading time rejects the line") {
  CHECK_FALSE(parse_byline("Jane Doe | 1 day ago | click to see more").has_value());
  CHECK_FALSE(parse_byline("Jane Doe | Reuters | Example News | January 28, 2025").has_value());
  CHECK_FALSE(parse_byline("Jane Doe ||| 1 day ago").has_value());
}

TEST_CASE("names with five capitalized words are too long") {
  CHECK_FALSE(parse_byline("By Anna Maria Luisa Sofia Rossi").has_value());
  CHECK(authors_of("By Anna Maria Luisa Rossi") == Names{"Anna Maria Luisa Rossi"});
}

TEST_CASE("non-Latin names are accepted") {
  CHECK(authors_of("By \xE6\x9D\x8E\xE6\x98\x8E") == Names{"\xE6\x9D\x8E\xE6\x98\x8E"});
  CHECK(authors_of("By \xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 \xD0\x9B\xD0\xB8") ==
        Names{"\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 \xD0\x9B\xD0\xB8"});
}

TEST_CASE("a labelled name with a date after a comma") {
  auto byline = parse_byline("Author: Jane Doe, January 28, 2025");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Jane Doe"});
  CHECK(byline->date_text == "January 28, 2025");
}

TEST_CASE("a labelled byline with a source segment and no date") {
  auto byline = parse_byline("By Jane Doe | CNN");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Jane Doe"});
  CHECK(byline->source == "CNN");
}

TEST_CASE("a story label with a reading time") {
  auto byline = parse_byline("Story by Ann Lee \xE2\x80\xA2 4 min read");
  REQUIRE(byline);
  CHECK(byline->authors == Names{"Ann Lee"});
  CHECK(byline->reading_time == "4 min read");
  CHECK(byline->date_text.empty());
}
