// Recognizing a byline line in a paste ("By Jane Doe", "Jane Doe · 1 day ago · 2 minutes read")
// and reading its authors, date and reading time, without mistaking a sentence that starts with
// "By" for one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsprism::parse {

/// What a byline line says.
struct Byline {
  /// Author names in the order written; empty for a line that only has a date and a reading time.
  /// A site account ("admin") is kept as written when a "Posted by"-style label introduces it.
  std::vector<std::string> authors;
  /// The date as written ("January 28, 2025", "1 day ago"); pass it to parse_date(). Empty when
  /// the line has none.
  std::string date_text;
  /// True when `date_text` is relative ("1 day ago", "yesterday").
  bool relative_date = false;
  /// The reading-time note as written ("2 minutes read", "5 min read"); empty when absent.
  std::string reading_time;
  /// The news organization or site the byline names ("CNN" in "By Jane Doe, CNN", "Reuters" in
  /// "Jane Doe | Reuters | January 28, 2025", "The Times" in "By Jane Doe for The Times"); empty
  /// when none.
  std::string source;
};

/// Reads `line` as a byline, or returns nullopt when it is not one. Two shapes are recognized:
/// - a label and names: "By Jane Doe", "By Jane Doe, John Roe and Ann Lee, CNN", "Written by
///   Jane Doe", "Posted by admin on January 28, 2025", "Author: Jane Doe", optionally followed by
///   ", <date>" or "on <date>";
/// - segments split by "·", "•", "|" or a spaced dash ("—", "–", "-"), of which one at least is a
///   date or a reading time and every other is a name list: "Jane Doe · 1 day ago · 2 minutes
///   read", "Jane Doe | Reuters | January 28, 2025". The first name list gives the authors, a
///   later one-name segment the source.
/// A name is one to four capitalized words (Unicode letters, hyphens and apostrophes allowed),
/// with lower-case particles (de, van, von, bin, al-, ...) and initials ("C.") between them; a
/// list is joined by ",", "and" or "&". Lines longer than 120 characters, lines with anything
/// else in them ("By the end of the year, prices rose.", "By 2030 the city will grow.") and
/// names that end a sentence with a full stop are not bylines. Markdown emphasis around the line
/// (`*By Jane Doe*`) is ignored.
std::optional<Byline> parse_byline(std::string_view line);

}  // namespace newsprism::parse
