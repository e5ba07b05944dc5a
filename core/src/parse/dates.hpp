// Reading the dates that articles print: ISO 8601 from feeds and JSON, RFC 822/2822 from RSS
// and mail, and the written forms of bylines ("January 28, 2025", "28 Jan 2025"). Relative dates
// ("2 hours ago") are recognized but not resolved: the ingest stage has no clock.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace newsprism::parse {

/// The result of parse_date().
struct ParsedDate {
  /// True when `text` holds one valid absolute date.
  bool ok = false;
  /// The date in ISO 8601: "2025-01-28" for a date alone, "2025-01-28T11:38:33" for a date-time
  /// without a zone (kept zoneless: the zone is unknown, not UTC), "2025-01-28T11:38:33Z" for
  /// UTC (GMT, "+0000", "+00:00" and "Z" all give "Z"), "2025-01-28T11:38:33+08:00" otherwise.
  /// Seconds default to 00; fractional seconds are dropped. Empty unless `ok`.
  std::string iso;
  /// True for relative forms ("1 day ago", "yesterday", "just now"), which need a reference
  /// time to resolve; `ok` is then false.
  bool relative = false;
  /// The input without surrounding spaces, always set.
  std::string text;
};

/// Parses one date written on its own, e.g. a byline segment, a `<time>` text or a feed field.
/// Accepts ISO 8601 (date; date-time with or without seconds, with "T" or a space; zone "Z",
/// "±hh:mm", "±hhmm" or "±hh"), RFC 822/1123/2822 ("Tue, 28 Jan 2025 11:38:33 GMT"; zone names
/// GMT, UT, UTC, EST, EDT, CST, CDT, MST, MDT, PST, PDT), "January 28, 2025", "Jan. 28 2025",
/// "28th January 2025", "28-Jan-2025", each with an optional time ("11:38", "11:38:33",
/// "11:38 AM", "11 AM", "at 11:38 a.m. EST"), "2025/01/28" and day-first "28.01.2025". An optional
/// weekday ("Tue,", "Tuesday") and a leading "Updated", "Published", "Posted", "Last updated",
/// "Date" (each with an optional "on" or ":") are skipped. Month, day (including 29 February in
/// leap years), hour, minute, second and zone offset are range-checked; a weekday is not checked
/// against the date. Years have four digits. Anything else, or trailing words, gives ok = false.
ParsedDate parse_date(std::string_view text);

/// Finds the first absolute date expression inside a longer line, e.g. the date in
/// "Jane Doe | January 28, 2025" or "Posted by admin on 28 Jan 2025". Returns the byte range
/// [first, second) of the longest date form starting there (weekday and time included), which
/// parse_date() accepts. Dates glued to letters or digits, or inside paths ("/2025/01/28/"),
/// are not taken. Relative dates are not searched for.
std::optional<std::pair<size_t, size_t>> find_date_in_text(std::string_view line);

}  // namespace newsprism::parse
