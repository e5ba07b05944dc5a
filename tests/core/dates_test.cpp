#include "parse/dates.hpp"

#include <doctest/doctest.h>

#include <string>

using newsprism::parse::find_date_in_text;
using newsprism::parse::parse_date;

namespace {
// The ISO form, or "" when the text is not an absolute date.
std::string iso(std::string_view text) {
  auto parsed = parse_date(text);
  return parsed.ok ? parsed.iso : std::string();
}

// The date found inside `line`, as text, or "" when there is none.
std::string found(std::string_view line) {
  auto range = find_date_in_text(line);
  if (!range) return std::string();
  return std::string(line.substr(range->first, range->second - range->first));
}
}  // namespace

TEST_CASE("ISO 8601 dates and date-times") {
  CHECK(iso("2025-01-28") == "2025-01-28");
  CHECK(iso("2025-01-28T11:38:33") == "2025-01-28T11:38:33");
  CHECK(iso("2025-01-28T11:38") == "2025-01-28T11:38:00");
  CHECK(iso("2025-01-28 11:38:33") == "2025-01-28T11:38:33");
  CHECK(iso("2025-01-28T11:38:33.123456Z") == "2025-01-28T11:38:33Z");
  CHECK(iso("2025-01-28T11:38:33+08:00") == "2025-01-28T11:38:33+08:00");
  CHECK(iso("2025-01-28T11:38:33-0500") == "2025-01-28T11:38:33-05:00");
  CHECK(iso("2025-01-28T11:38:33+00:00") == "2025-01-28T11:38:33Z");
  CHECK(iso("2025-01-28T11:38:33+05") == "2025-01-28T11:38:33+05:00");
  CHECK(iso("  2025-01-28  ") == "2025-01-28");
}

TEST_CASE("RFC 822 and 2822 dates from feeds") {
  CHECK(iso("Tue, 28 Jan 2025 11:38:33 GMT") == "2025-01-28T11:38:33Z");
  CHECK(iso("Tue, 28 Jan 2025 11:38:33 +0000") == "2025-01-28T11:38:33Z");
  CHECK(iso("Tue, 28 Jan 2025 11:38:33 +0800") == "2025-01-28T11:38:33+08:00");
  CHECK(iso("28 Jan 2025 06:38:33 EST") == "2025-01-28T06:38:33-05:00");
  CHECK(iso("Mon, 14 Jul 2025 09:00:00 PDT") == "2025-07-14T09:00:00-07:00");
  CHECK(iso("Tue, 28 Jan 2025 11:38 UTC") == "2025-01-28T11:38:00Z");
  CHECK(iso("Tue, 28 Jan 2025 11:38:33 GMT+8") == "2025-01-28T11:38:33+08:00");
}

TEST_CASE("written dates, month first and day first") {
  CHECK(iso("January 28, 2025") == "2025-01-28");
  CHECK(iso("Jan 28, 2025") == "2025-01-28");
  CHECK(iso("Jan. 28, 2025") == "2025-01-28");
  CHECK(iso("Sept. 3, 2024") == "2024-09-03");
  CHECK(iso("January 28th, 2025") == "2025-01-28");
  CHECK(iso("28 January 2025") == "2025-01-28");
  CHECK(iso("28 Jan 2025") == "2025-01-28");
  CHECK(iso("1st of March, 2024") == "2024-03-01");
  CHECK(iso("28-Jan-2025") == "2025-01-28");
  CHECK(iso("Tuesday, January 28, 2025") == "2025-01-28");
  CHECK(iso("JANUARY 28, 2025") == "2025-01-28");
}

TEST_CASE("written dates with a time") {
  CHECK(iso("January 28, 2025 11:38 AM") == "2025-01-28T11:38:00");
  CHECK(iso("January 28, 2025 11:38 PM") == "2025-01-28T23:38:00");
  CHECK(iso("January 28, 2025 12:05 am") == "2025-01-28T00:05:00");
  CHECK(iso("January 28, 2025, 12:05 p.m.") == "2025-01-28T12:05:00");
  CHECK(iso("Jan 28, 2025 at 9:15 a.m. EST") == "2025-01-28T09:15:00-05:00");
  CHECK(iso("28 January 2025 11:38") == "2025-01-28T11:38:00");
}

TEST_CASE("slashed year-first and dotted day-first dates") {
  CHECK(iso("2025/01/28") == "2025-01-28");
  CHECK(iso("2025/1/8") == "2025-01-08");
  CHECK(iso("28.01.2025") == "2025-01-28");
  CHECK(iso("3.2.2025") == "2025-02-03");
  CHECK(iso("28.01.2025 14:05") == "2025-01-28T14:05:00");
}

TEST_CASE("labels before a date are skipped and the original text is kept") {
  CHECK(iso("Updated January 28, 2025") == "2025-01-28");
  CHECK(iso("Published: 28 Jan 2025") == "2025-01-28");
  CHECK(iso("Posted on January 28, 2025") == "2025-01-28");
  CHECK(iso("Last updated: 2025-01-28T09:00Z") == "2025-01-28T09:00:00Z");
  CHECK(iso("Updated on Tue, 28 Jan 2025") == "2025-01-28");
  auto parsed = parse_date("  Posted on January 28, 2025. ");
  CHECK(parsed.ok);
  CHECK(parsed.text == "Posted on January 28, 2025.");
}

TEST_CASE("ranges are validated, leap years included") {
  CHECK(iso("2024-02-29") == "2024-02-29");
  CHECK(iso("2000-02-29") == "2000-02-29");
  CHECK(iso("2025-02-29").empty());
  CHECK(iso("1900-02-29").empty());
  CHECK(iso("2025-13-01").empty());
  CHECK(iso("2025-00-10").empty());
  CHECK(iso("2025-04-31").empty());
  CHECK(iso("April 31, 2025").empty());
  CHECK(iso("2025-01-28T24:00:00").empty());
  CHECK(iso("2025-01-28T11:60").empty());
  CHECK(iso("2025-01-28T11:38:33+15:00").empty());
  CHECK(iso("January 28, 2025 13:05 PM").empty());
  CHECK(iso("32.01.2025").empty());
}

TEST_CASE("relative dates are flagged, not resolved") {
  for (std::string_view text : {"1 day ago", "2 hours ago", "yesterday", "just now", "3 weeks ago",
                                "an hour ago", "a few minutes ago", "5 mins ago", "3d ago",
                                "Updated 2 hours ago", "Yesterday at 4:30 PM", "today"}) {
    CAPTURE(text);
    auto parsed = parse_date(text);
    CHECK_FALSE(parsed.ok);
    CHECK(parsed.relative);
    CHECK(parsed.iso.empty());
    CHECK(parsed.text == text);
  }
}

TEST_CASE("other text is not a date") {
  for (std::string_view text :
       {"", "   ", "Jane Doe", "2 minutes read", "January 2025", "2025", "28 January", "January 28",
        "12/01/2025", "2025-01-28 and more", "ago", "1 banana ago", "2025-01-28T", "Tue, 28 Jan",
        "Jan 28, 25", "20250-01-28"}) {
    CAPTURE(text);
    auto parsed = parse_date(text);
    CHECK_FALSE(parsed.ok);
    CHECK_FALSE(parsed.relative);
  }
}

TEST_CASE("a date is found inside a longer line") {
  CHECK(found("Jane Doe | January 28, 2025") == "January 28, 2025");
  CHECK(found("Posted by admin on January 28, 2025 at 10:02 am") == "January 28, 2025 at 10:02 am");
  CHECK(found("By Jane Doe, Tue, 28 Jan 2025 11:38:33 GMT") == "Tue, 28 Jan 2025 11:38:33 GMT");
  CHECK(found("Released on January 20, 2023, the model spread fast.") == "January 20, 2023");
  CHECK(found("Filed 2025-01-28T11:38:33Z from Beijing") == "2025-01-28T11:38:33Z");
  CHECK(found("The vote (28.01.2025) was close.") == "28.01.2025");
  auto range = find_date_in_text("On 28 Jan 2025 it rained");
  REQUIRE(range);
  CHECK(range->first == 3);
  CHECK(range->second == 14);
}

TEST_CASE("dates inside paths, numbers or words are not found") {
  CHECK(found("").empty());
  CHECK(found("No date here at all.").empty());
  CHECK(found("https://example.com/2025/01/28/story").empty());
  CHECK(found("build v2025-01-28 shipped").empty());
  CHECK(found("version 1.28.01.2025.4").empty());
  CHECK(found("It was 2 hours ago").empty());
  CHECK(found("In January 2025 prices rose").empty());
  CHECK(found("April 31, 2025 is not a day, but May 1, 2025 is") == "May 1, 2025");
}

TEST_CASE("the WordPress date fields parse without a zone") {
  auto parsed = parse_date("2025-01-28T11:38:33");
  CHECK(parsed.ok);
  CHECK_FALSE(parsed.relative);
  CHECK(parsed.iso == "2025-01-28T11:38:33");
  CHECK(parsed.text == "2025-01-28T11:38:33");
}

TEST_CASE("negative and half-hour zone offsets keep their sign and minutes") {
  CHECK(iso("2025-01-28T11:38:33-03:30") == "2025-01-28T11:38:33-03:30");
  CHECK(iso("Tue, 28 Jan 2025 11:38:33 +0530") == "2025-01-28T11:38:33+05:30");
  CHECK(iso("2025-01-28T11:38:33+0061").empty());
}

TEST_CASE("every month name and abbreviation is read") {
  const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int month = 1; month <= 12; ++month) {
    std::string text = std::string(names[month - 1]) + " 5, 2025";
    std::string expected =
        std::string("2025-") + (month < 10 ? "0" : "") + std::to_string(month) + "-05";
    CAPTURE(text);
    CHECK(iso(text) == expected);
  }
  CHECK(iso("December 31, 1999") == "1999-12-31");
  CHECK(iso("Febr 3, 2025").empty());
}

TEST_CASE("weekday prefixes in their common spellings") {
  CHECK(iso("Wed, 29 Jan 2025") == "2025-01-29");
  CHECK(iso("Thurs. Jan 30, 2025") == "2025-01-30");
  CHECK(iso("Sunday 2 February 2025") == "2025-02-02");
  CHECK(iso("Funday, 2 February 2025").empty());
}

TEST_CASE("a trailing full stop after a meridiem stays part of it") {
  CHECK(iso("Jan 28, 2025, 4:05 p.m.") == "2025-01-28T16:05:00");
  CHECK(iso("Jan 28, 2025.") == "2025-01-28");
}

TEST_CASE("relative dates keep the label in text") {
  auto parsed = parse_date("Updated: 3 weeks ago");
  CHECK(parsed.relative);
  CHECK(parsed.text == "Updated: 3 weeks ago");
}

TEST_CASE("find_date_in_text takes the first of several dates and includes the weekday") {
  CHECK(found("From Jan 2, 2025 to Feb 3, 2025") == "Jan 2, 2025");
  CHECK(found("Mon, 3 Feb 2025 | Jane Doe") == "Mon, 3 Feb 2025");
  auto range = find_date_in_text("x 2025-02-03");
  REQUIRE(range);
  CHECK(range->first == 2);
  CHECK(range->second == 12);
}

TEST_CASE("an hour with a meridiem and no minutes is a time") {
  CHECK(iso("Jan 28, 2025 11 AM") == "2025-01-28T11:00:00");
  CHECK(iso("Jan 28, 2025 at 7pm") == "2025-01-28T19:00:00");
  CHECK(iso("Jan 28, 2025 11").empty());
  CHECK(found("Jan 28, 2025 11 people") == "Jan 28, 2025");
}

TEST_CASE("lower-case ISO separators and ordinal day-first dates") {
  CHECK(iso("2025-01-28t11:38:33z") == "2025-01-28T11:38:33Z");
  CHECK(iso("28th January 2025") == "2025-01-28");
  CHECK(iso("2nd Feb. 2025") == "2025-02-02");
}
