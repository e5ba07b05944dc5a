#include "parse/dates.hpp"

#include <array>

#include "parse/rule_text.hpp"

namespace newsprism::parse {
namespace {

using rule_text::iequals;
using rule_text::is_alnum;
using rule_text::is_alpha;
using rule_text::is_digit;
using rule_text::is_space;
using rule_text::trim;

struct DateParts {
  int year = 0;
  int month = 0;
  int day = 0;
  bool has_time = false;
  int hour = 0;
  int minute = 0;
  int second = 0;
  bool has_zone = false;
  int offset_minutes = 0;
};

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

struct ZoneName {
  std::string_view name;
  int offset_minutes;
};

// The zone names RFC 822 defines (military letters aside); others are ambiguous across
// countries, so a date carrying one is read without its zone rather than with a guessed one.
constexpr std::array<ZoneName, 11> kZoneNames = {{{"gmt", 0},
                                                  {"ut", 0},
                                                  {"utc", 0},
                                                  {"est", -300},
                                                  {"edt", -240},
                                                  {"cst", -360},
                                                  {"cdt", -300},
                                                  {"mst", -420},
                                                  {"mdt", -360},
                                                  {"pst", -480},
                                                  {"pdt", -420}}};

// A read position in a line. Matchers work on a copy and assign it back only when they
// succeed, so a failed attempt never moves the caller.
class Scanner {
 public:
  Scanner(std::string_view text, size_t position) : text_(text), position_(position) {}

  size_t position() const { return position_; }
  char peek(size_t ahead = 0) const {
    return position_ + ahead < text_.size() ? text_[position_ + ahead] : '\0';
  }
  bool accept(char c) {
    if (position_ >= text_.size() || text_[position_] != c) return false;
    ++position_;
    return true;
  }
  size_t skip_spaces() {
    size_t start = position_;
    while (position_ < text_.size() && text_[position_] == ' ') ++position_;
    return position_ - start;
  }
  // Reads a whole run of digits whose length is within [min_digits, max_digits].
  bool number(size_t min_digits, size_t max_digits, int* value) {
    size_t end = position_;
    while (end < text_.size() && is_digit(text_[end])) ++end;
    size_t length = end - position_;
    if (length < min_digits || length > max_digits) return false;
    int result = 0;
    for (size_t i = position_; i < end; ++i) result = result * 10 + (text_[i] - '0');
    *value = result;
    position_ = end;
    return true;
  }
  // Reads a whole run of ASCII letters.
  std::string_view word() {
    size_t start = position_;
    while (position_ < text_.size() && is_alpha(text_[position_])) ++position_;
    return text_.substr(start, position_ - start);
  }
  // Reads `lower` as a whole word, in any case.
  bool keyword(std::string_view lower) {
    Scanner attempt = *this;
    if (!iequals(attempt.word(), lower)) return false;
    *this = attempt;
    return true;
  }

 private:
  std::string_view text_;
  size_t position_;
};

int month_from_word(std::string_view word) {
  if (iequals(word, "sept")) return 9;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (iequals(word, kMonths[i]) || (word.size() == 3 && iequals(word, kMonths[i].substr(0, 3)))) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

bool is_weekday_word(std::string_view word) {
  if (iequals(word, "tues") || iequals(word, "thur") || iequals(word, "thurs") ||
      iequals(word, "weds")) {
    return true;
  }
  for (std::string_view day : kWeekdays) {
    if (iequals(word, day) || (word.size() == 3 && iequals(word, day.substr(0, 3)))) return true;
  }
  return false;
}

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

bool valid_date(const DateParts& d) {
  if (d.year < 1000 || d.month < 1 || d.month > 12) return false;
  return d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

// "Tue, ", "Tuesday ", "Tue. ": the weekday is skipped, not checked against the date, because
// a wrong weekday is a typo in the source, not a reason to lose its date.
bool match_weekday(Scanner& scanner) {
  Scanner attempt = scanner;
  if (!is_weekday_word(attempt.word())) return false;
  attempt.accept('.');
  bool comma = attempt.accept(',');
  if (attempt.skip_spaces() == 0 && !comma) return false;
  scanner = attempt;
  return true;
}

// "st", "nd", "rd", "th" after a day number.
void skip_ordinal_suffix(Scanner& scanner) {
  Scanner attempt = scanner;
  std::string_view suffix = attempt.word();
  if (iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") ||
      iequals(suffix, "th")) {
    scanner = attempt;
  }
}

// "+08:00", "+0800", "-05", and after a zone name also "+8".
bool match_offset(Scanner& scanner, bool allow_one_digit, int* offset_minutes) {
  Scanner attempt = scanner;
  int sign = attempt.accept('+') ? 1 : attempt.accept('-') ? -1 : 0;
  if (sign == 0) return false;
  int hours = 0;
  int minutes = 0;
  int value = 0;
  Scanner four = attempt;
  if (four.number(4, 4, &value)) {
    hours = value / 100;
    minutes = value % 100;
    attempt = four;
  } else if (attempt.number(allow_one_digit ? 1 : 2, 2, &hours)) {
    Scanner colon = attempt;
    if (colon.accept(':') && colon.number(2, 2, &minutes)) attempt = colon;
  } else {
    return false;
  }
  if (hours > 14 || minutes > 59) return false;
  *offset_minutes = sign * (hours * 60 + minutes);
  scanner = attempt;
  return true;
}

bool match_zone_name(Scanner& scanner, int* offset_minutes) {
  Scanner attempt = scanner;
  std::string_view name = attempt.word();
  for (const ZoneName& zone : kZoneNames) {
    if (!iequals(name, zone.name)) continue;
    *offset_minutes = zone.offset_minutes;
    // "GMT+8", "UTC+08:00": the offset after a name wins over the name.
    match_offset(attempt, /*allow_one_digit=*/true, offset_minutes);
    scanner = attempt;
    return true;
  }
  return false;
}

bool match_zone(Scanner& scanner, DateParts& d) {
  Scanner attempt = scanner;
  if ((attempt.peek() == 'Z' || attempt.peek() == 'z') && !is_alpha(attempt.peek(1))) {
    attempt.accept(attempt.peek());
    d.has_zone = true;
    d.offset_minutes = 0;
    scanner = attempt;
    return true;
  }
  if (match_offset(attempt, /*allow_one_digit=*/false, &d.offset_minutes)) {
    d.has_zone = true;
    scanner = attempt;
    return true;
  }
  if (attempt.skip_spaces() == 0) return false;
  if (match_zone_name(attempt, &d.offset_minutes) ||
      match_offset(attempt, /*allow_one_digit=*/false, &d.offset_minutes)) {
    d.has_zone = true;
    scanner = attempt;
    return true;
  }
  return false;
}

// "am", "pm", "a.m.", "p.m." in any case; returns 1 for pm, 0 for am, -1 for none.
int match_meridiem(Scanner& scanner) {
  Scanner attempt = scanner;
  char first = rule_text::to_lower(attempt.peek());
  if (first != 'a' && first != 'p') return -1;
  attempt.accept(attempt.peek());
  attempt.accept('.');
  if (rule_text::to_lower(attempt.peek()) != 'm') return -1;
  attempt.accept(attempt.peek());
  attempt.accept('.');
  if (is_alpha(attempt.peek())) return -1;
  scanner = attempt;
  return first == 'p' ? 1 : 0;
}

// "11:38", "11:38:33", "11:38:33.250", "11 AM", then "AM"/"PM" and a zone, each optional.
bool match_clock(Scanner& scanner, DateParts& d) {
  Scanner attempt = scanner;
  DateParts parts = d;
  if (!attempt.number(1, 2, &parts.hour)) return false;
  parts.minute = 0;
  parts.second = 0;
  // "11 AM" has no minutes; a bare number without a meridiem is not a time.
  bool minutes = attempt.accept(':');
  if (minutes && !attempt.number(2, 2, &parts.minute)) return false;
  Scanner seconds = attempt;
  if (minutes && seconds.accept(':') && seconds.number(2, 2, &parts.second)) {
    attempt = seconds;
    Scanner fraction = attempt;
    int ignored = 0;
    if ((fraction.accept('.') || fraction.accept(',')) && fraction.number(1, 9, &ignored)) {
      attempt = fraction;
    }
  }
  Scanner meridiem = attempt;
  meridiem.skip_spaces();
  int pm = match_meridiem(meridiem);
  if (pm >= 0) {
    if (parts.hour < 1 || parts.hour > 12) return false;
    parts.hour = parts.hour % 12 + (pm == 1 ? 12 : 0);
    attempt = meridiem;
  } else if (!minutes) {
    return false;
  }
  if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) return false;
  match_zone(attempt, parts);
  parts.has_time = true;
  d = parts;
  scanner = attempt;
  return true;
}

// The time after a numeric date: "T11:38:33Z" or " 11:38".
void match_numeric_time(Scanner& scanner, DateParts& d) {
  Scanner attempt = scanner;
  if (!(attempt.accept('T') || attempt.accept('t') || attempt.accept(' '))) return;
  if (match_clock(attempt, d)) scanner = attempt;
}

// The time after a written date: " 11:38 AM", ", 11:38", " at 11:38 a.m. EST".
void match_written_time(Scanner& scanner, DateParts& d) {
  Scanner attempt = scanner;
  bool comma = attempt.accept(',');
  if (attempt.skip_spaces() == 0 && !comma) return;
  Scanner at = attempt;
  if (at.keyword("at") && at.skip_spaces() > 0) attempt = at;
  if (match_clock(attempt, d)) scanner = attempt;
}

// "2025-01-28", "2025/01/28", each with an optional time.
bool match_year_first(Scanner& scanner, DateParts& d) {
  Scanner attempt = scanner;
  if (!attempt.number(4, 4, &d.year)) return false;
  char separator = attempt.peek();
  if (separator != '-' && separator != '/') return false;
  attempt.accept(separator);
  size_t min_digits = separator == '-' ? 2 : 1;
  if (!attempt.number(min_digits, 2, &d.month) || !attempt.accept(separator) ||
      !attempt.number(min_digits, 2, &d.day)) {
    return false;
  }
  match_numeric_time(attempt, d);
  scanner = attempt;
  return true;
}

// "28.01.2025": dotted dates are day-first wherever they are written.
bool match_dotted(Scanner& scanner, DateParts& d) {
  Scanner attempt = scanner;
  if (!attempt.number(1, 2, &d.day) || !attempt.accept('.') || !attempt.number(1, 2, &d.month) ||
      !attempt.accept('.') || !attempt.number(4, 4, &d.year)) {
    return false;
  }
  match_numeric_time(attempt, d);
  scanner = attempt;
  return true;
}

// "January 28, 2025", "Jan. 28 2025", "Jan 28th, 2025", then an optional time.
bool match_month_first(Scanner& scanner, DateParts& d) {
  Scanner attempt = scanner;
  d.month = month_from_word(attempt.word());
  if (d.month == 0) return false;
  bool dot = attempt.accept('.');
  if (attempt.skip_spaces() == 0 && !dot) return false;
  if (!attempt.number(1, 2, &d.day)) return false;
  skip_ordinal_suffix(attempt);
  bool comma = attempt.accept(',');
  if (attempt.skip_spaces() == 0 && !comma) return false;
  if (!attempt.number(4, 4, &d.year)) return false;
  match_written_time(attempt, d);
  scanner = attempt;
  return true;
}

// "28 January 2025", "28th of January, 2025", "28 Jan 2025 11:38:33 GMT", "28-Jan-2025".
bool match_day_first(Scanner& scanner, DateParts& d) {
  Scanner attempt = scanner;
  if (!attempt.number(1, 2, &d.day)) return false;
  bool dashed = attempt.accept('-');
  if (!dashed) {
    skip_ordinal_suffix(attempt);
    if (attempt.skip_spaces() == 0) return false;
    Scanner of = attempt;
    if (of.keyword("of") && of.skip_spaces() > 0) attempt = of;
  }
  d.month = month_from_word(attempt.word());
  if (d.month == 0) return false;
  if (dashed) {
    if (!attempt.accept('-')) return false;
  } else {
    bool dot = attempt.accept('.');
    bool comma = attempt.accept(',');
    if (attempt.skip_spaces() == 0 && !dot && !comma) return false;
  }
  if (!attempt.number(4, 4, &d.year)) return false;
  match_written_time(attempt, d);
  scanner = attempt;
  return true;
}

bool match_date(Scanner& scanner, DateParts& d) {
  Scanner attempt = scanner;
  match_weekday(attempt);
  DateParts parts;
  if (match_year_first(attempt, parts) || match_dotted(attempt, parts) ||
      match_month_first(attempt, parts) || match_day_first(attempt, parts)) {
    if (!valid_date(parts)) return false;
    d = parts;
    scanner = attempt;
    return true;
  }
  return false;
}

// Characters that glue a number into a path, a version or a longer number.
bool is_number_glue(char c) {
  return c == '/' || c == '-' || c == '.' || c == ':' || c == '_';
}

// A date must stand apart: "v2025-01-28", "2025-01-28x" and "/2025/01/28/" are parts of
// something else.
bool stands_apart(std::string_view line, size_t start, size_t end) {
  if (start > 0) {
    char before = line[start - 1];
    if (is_alnum(before)) return false;
    if (is_digit(line[start]) && (is_number_glue(before) || before == '+')) return false;
  }
  if (end < line.size()) {
    char after = line[end];
    if (is_alnum(after)) return false;
    if (is_number_glue(after) && end + 1 < line.size() && is_digit(line[end + 1])) return false;
    if (after == '/') return false;
  }
  return true;
}

void append_number(std::string& out, int value, int width) {
  char digits[8];
  for (int i = width - 1; i >= 0; --i) {
    digits[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out.append(digits, static_cast<size_t>(width));
}

std::string format_iso(const DateParts& d) {
  std::string iso;
  iso.reserve(25);
  append_number(iso, d.year, 4);
  iso += '-';
  append_number(iso, d.month, 2);
  iso += '-';
  append_number(iso, d.day, 2);
  if (!d.has_time) return iso;
  iso += 'T';
  append_number(iso, d.hour, 2);
  iso += ':';
  append_number(iso, d.minute, 2);
  iso += ':';
  append_number(iso, d.second, 2);
  if (!d.has_zone) return iso;
  if (d.offset_minutes == 0) {
    iso += 'Z';
    return iso;
  }
  int offset = d.offset_minutes;
  iso += offset < 0 ? '-' : '+';
  if (offset < 0) offset = -offset;
  append_number(iso, offset / 60, 2);
  iso += ':';
  append_number(iso, offset % 60, 2);
  return iso;
}

// "Updated", "Published on", "Last updated:" and the like before a date.
std::string_view strip_date_label(std::string_view text) {
  constexpr std::array<std::string_view, 7> kLabels = {
      "last updated", "last modified", "updated", "modified", "published", "posted", "date"};
  for (std::string_view label : kLabels) {
    if (!rule_text::istarts_with(text, label)) continue;
    std::string_view rest = text.substr(label.size());
    if (!rest.empty() && is_alpha(rest.front())) continue;
    rest = trim(rest);
    if (rule_text::istarts_with(rest, "on ") || iequals(rest, "on")) rest = trim(rest.substr(2));
    if (!rest.empty() && rest.front() == ':') rest = trim(rest.substr(1));
    return rest;
  }
  return text;
}

bool is_time_unit(std::string_view unit) {
  constexpr std::array<std::string_view, 26> kUnits = {
      "s",       "sec", "secs", "second", "seconds", "m",     "min",   "mins",  "minute",
      "minutes", "h",   "hr",   "hrs",    "hour",    "hours", "d",     "day",   "days",
      "w",       "wk",  "wks",  "week",   "weeks",   "mo",    "month", "months"};
  constexpr std::array<std::string_view, 4> kYears = {"y", "yr", "year", "years"};
  for (std::string_view known : kUnits) {
    if (iequals(unit, known)) return true;
  }
  for (std::string_view known : kYears) {
    if (iequals(unit, known)) return true;
  }
  return false;
}

bool is_quantity_word(std::string_view word) {
  constexpr std::array<std::string_view, 14> kWords = {"a",    "an",   "one", "two",    "three",
                                                       "four", "five", "six", "seven",  "eight",
                                                       "nine", "ten",  "few", "several"};
  for (std::string_view known : kWords) {
    if (iequals(word, known)) return true;
  }
  return false;
}

// "2 hours ago", "an hour ago", "a few minutes ago", "3d ago", "yesterday", "just now".
bool is_relative_date(std::string_view text) {
  constexpr std::array<std::string_view, 16> kPhrases = {
      "yesterday",   "today",        "just now",      "now",
      "moments ago", "a moment ago", "seconds ago",   "minutes ago",
      "hours ago",   "last night",   "last week",     "last month",
      "last year",   "this morning", "earlier today", "a few moments ago"};
  for (std::string_view phrase : kPhrases) {
    if (iequals(text, phrase)) return true;
  }
  for (std::string_view day : {std::string_view("yesterday"), std::string_view("today")}) {
    if (rule_text::istarts_with(text, day) && text.size() > day.size() &&
        (text[day.size()] == ',' || text[day.size()] == ' ')) {
      Scanner rest(text, day.size());
      rest.accept(',');
      rest.skip_spaces();
      rest.keyword("at");
      rest.skip_spaces();
      DateParts ignored;
      if (match_clock(rest, ignored) && rest.position() == text.size()) return true;
    }
  }
  if (!rule_text::iends_with(text, " ago")) return false;
  Scanner scanner(text, 0);
  int count = 0;
  if (!scanner.number(1, 4, &count)) {
    std::string_view word = scanner.word();
    if (!is_quantity_word(word)) return false;
    if (iequals(word, "a")) {
      Scanner few = scanner;
      few.skip_spaces();
      if (few.keyword("few")) scanner = few;
    }
    if (scanner.skip_spaces() == 0) return false;
  } else {
    scanner.skip_spaces();
  }
  if (!is_time_unit(scanner.word())) return false;
  scanner.skip_spaces();
  return scanner.keyword("ago") && scanner.position() == text.size();
}

}  // namespace

ParsedDate parse_date(std::string_view text) {
  ParsedDate result;
  std::string_view trimmed = trim(text);
  result.text = std::string(trimmed);
  std::string_view body = strip_date_label(trimmed);
  // A trailing full stop or comma belongs to the sentence the date was cut from.
  while (!body.empty() && (body.back() == '.' || body.back() == ',')) {
    // ...except the dot of "a.m."/"p.m.", which the clock reads itself.
    if (body.size() >= 2 && rule_text::to_lower(body[body.size() - 2]) == 'm') break;
    body = trim(body.substr(0, body.size() - 1));
  }
  if (is_relative_date(body)) {
    result.relative = true;
    return result;
  }
  Scanner scanner(body, 0);
  DateParts parts;
  if (!match_date(scanner, parts) || scanner.position() != body.size()) return result;
  result.ok = true;
  result.iso = format_iso(parts);
  return result;
}

std::optional<std::pair<size_t, size_t>> find_date_in_text(std::string_view line) {
  for (size_t start = 0; start < line.size(); ++start) {
    // Only word starts: each attempt reads at most one run of letters or digits past the
    // start, so the scan stays linear in practice.
    if (!is_alnum(line[start]) || (start > 0 && is_alnum(line[start - 1]))) continue;
    Scanner scanner(line, start);
    DateParts parts;
    if (!match_date(scanner, parts)) continue;
    size_t end = scanner.position();
    if (!stands_apart(line, start, end)) continue;
    return std::make_pair(start, end);
  }
  return std::nullopt;
}

}  // namespace newsprism::parse
