#include "parse/byline.hpp"

#include <array>

#include "newsprism/text.hpp"
#include "parse/dates.hpp"
#include "parse/rule_text.hpp"

namespace newsprism::parse {
namespace {

using rule_text::iequals;
using rule_text::is_alpha;
using rule_text::is_digit;
using rule_text::is_lower;
using rule_text::is_upper;
using rule_text::istarts_with;
using rule_text::trim;

constexpr size_t kMaxBylineCharacters = 120;
constexpr size_t kMaxSegments = 8;
constexpr size_t kMaxNameWords = 4;

// Lower-case words that sit inside names ("Ludwig van Beethoven", "Ahmad bin Said").
constexpr std::array<std::string_view, 24> kParticles = {
    "de",  "da",  "del", "della", "di",    "du",  "des", "la", "le",  "van", "von", "der",
    "den", "ten", "ter", "bin",   "binti", "ibn", "al",  "el", "dos", "das", "do",  "y"};

// Capitalized words that start sentences and headlines but are not names. Weekdays are here
// because "By Monday, ..." opens sentences; months are not, since April and June are names.
constexpr std::array<std::string_view, 60> kNotNameWords = {
    "the",       "a",        "an",     "and",      "of",     "in",   "on",    "for",    "to",
    "with",      "from",     "at",     "by",       "is",     "are",  "was",   "were",   "how",
    "why",       "what",     "when",   "where",    "who",    "this", "that",  "these",  "those",
    "our",       "your",     "my",     "its",      "it",     "we",   "they",  "he",     "she",
    "i",         "you",      "not",    "no",       "but",    "or",   "as",    "if",     "has",
    "have",      "had",      "can",    "after",    "before", "over", "under", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "end"};

// Labels that introduce names. The ones that name a post rather than a story often sit before a
// site account ("Posted by admin"), so those accept an account name too.
struct AuthorLabel {
  std::string_view text;
  bool allows_account;
};
constexpr std::array<AuthorLabel, 10> kAuthorLabels = {{{"written by ", true},
                                                        {"posted by ", true},
                                                        {"published by ", true},
                                                        {"words by ", false},
                                                        {"story by ", false},
                                                        {"reporting by ", false},
                                                        {"authors:", true},
                                                        {"author:", true},
                                                        {"by:", false},
                                                        {"by ", false}}};

bool is_particle(std::string_view word) {
  for (std::string_view particle : kParticles) {
    if (word == particle) return true;
  }
  return false;
}

bool is_not_name_word(std::string_view word) {
  for (std::string_view stop : kNotNameWords) {
    if (iequals(word, stop)) return true;
  }
  return false;
}

// Letters, hyphens and apostrophes from `position` on; false on anything else.
bool is_name_tail(std::string_view word, size_t position) {
  while (position < word.size()) {
    auto cp = rule_text::decode_at(word, position);
    bool ok = (cp.value < 0x80 &&
               (is_alpha(static_cast<char>(cp.value)) || cp.value == '-' || cp.value == '\'')) ||
              cp.value == 0x2019 || rule_text::is_non_ascii_letter(cp.value);
    if (!ok) return false;
    position += cp.length;
  }
  return true;
}

// "C.", "J.R.": capital letters each followed by a full stop.
bool is_initials(std::string_view word) {
  if (word.size() < 2 || word.size() % 2 != 0) return false;
  for (size_t i = 0; i < word.size(); i += 2) {
    if (!is_upper(word[i]) || word[i + 1] != '.') return false;
  }
  return true;
}

// A name word that counts toward the four: "Jane", "O'Neil", "Jean-Luc", "Élodie", "al-Sayed",
// "C.", "Jr.".
bool is_capitalized_name_word(std::string_view word) {
  if (word.empty()) return false;
  if (is_initials(word)) return true;
  if (word == "Jr." || word == "Sr.") return true;
  if (is_not_name_word(word)) return false;
  // "al-Sayed", "el-Baz", "d'Alema": a lower-case prefix before a capitalized name.
  for (std::string_view prefix : {std::string_view("al-"), std::string_view("el-"),
                                  std::string_view("d'"), std::string_view("d\xE2\x80\x99")}) {
    if (word.size() > prefix.size() && word.substr(0, prefix.size()) == prefix) {
      word.remove_prefix(prefix.size());
      break;
    }
  }
  auto first = rule_text::decode_at(word, 0);
  if (first.value < 0x80) {
    if (!is_upper(static_cast<char>(first.value))) return false;
  } else if (!rule_text::is_non_ascii_letter(first.value)) {
    return false;
  }
  return is_name_tail(word, first.length);
}

// One person's name: 1 to 4 capitalized words, particles between them, ending on a capitalized
// word.
bool is_person_name(std::string_view item) {
  size_t capitalized = 0;
  size_t words = 0;
  bool last_was_particle = false;
  size_t position = 0;
  while (position < item.size()) {
    size_t end = item.find(' ', position);
    if (end == std::string_view::npos) end = item.size();
    std::string_view word = item.substr(position, end - position);
    position = end + 1;
    if (word.empty()) continue;
    ++words;
    if (is_particle(word)) {
      last_was_particle = true;
      continue;
    }
    if (!is_capitalized_name_word(word)) return false;
    last_was_particle = false;
    ++capitalized;
  }
  return capitalized >= 1 && capitalized <= kMaxNameWords && words <= kMaxNameWords + 2 &&
         !last_was_particle;
}

// A site account after "Posted by": one token such as "admin", "news_desk", "jdoe2".
bool is_account_name(std::string_view item) {
  if (item.size() < 2 || item.size() > 30) return false;
  bool letter = false;
  for (char c : item) {
    if (is_alpha(c)) {
      letter = true;
    } else if (!is_digit(c) && c != '_' && c != '.' && c != '-') {
      return false;
    }
  }
  return letter;
}

// "CNN", "BBC": an acronym reads as an organization, not a person.
bool is_acronym(std::string_view word) {
  if (word.size() < 2) return false;
  for (char c : word) {
    if (!is_upper(c)) return false;
  }
  return true;
}

// An organization after "for" or at the end of a list: capitalized words, "The" allowed.
bool is_organization_name(std::string_view text) {
  if (istarts_with(text, "the ")) text.remove_prefix(4);
  if (text.empty()) return false;
  std::string_view first_word = text.substr(0, text.find(' '));
  return is_acronym(first_word) || is_person_name(text);
}

// Reads "Jane Doe, John Roe and Ann Lee, CNN" into names and, when the list ends on an
// organization, the source. Fails, leaving the outputs alone, on anything that is not a name.
bool read_name_list(std::string_view text, bool allows_account, std::vector<std::string>* names,
                    std::string* source) {
  text = trim(text);
  if (text.empty()) return false;
  std::string_view organization;
  // "By Jane Doe for The Times": the organization after "for" is the source.
  size_t for_at = text.find(" for ");
  if (for_at != std::string_view::npos) {
    organization = trim(text.substr(for_at + 5));
    if (!is_organization_name(organization)) return false;
    text = trim(text.substr(0, for_at));
  }
  // "By Jane Doe in Beijing": the place is dropped.
  size_t in_at = text.find(" in ");
  if (in_at != std::string_view::npos) {
    if (!is_organization_name(trim(text.substr(in_at + 4)))) return false;
    text = trim(text.substr(0, in_at));
  }

  constexpr size_t kMaxItems = 8;
  std::array<std::string_view, kMaxItems> items;
  std::array<bool, kMaxItems> after_comma{};
  size_t count = 0;
  size_t position = 0;
  bool comma = false;
  while (position <= text.size()) {
    while (position < text.size() && text[position] == ' ') ++position;
    // The next separator: ",", " and " or " & ".
    size_t next = text.size();
    size_t skip = 0;
    for (std::string_view separator :
         {std::string_view(","), std::string_view(" and "), std::string_view(" & ")}) {
      size_t at = text.find(separator, position);
      if (at < next) {
        next = at;
        skip = separator.size();
      }
    }
    if (count == kMaxItems) return false;
    std::string_view item = trim(text.substr(position, next - position));
    // "Jane Doe, and John Roe": an Oxford comma leaves an "and" at the start of the item.
    if (istarts_with(item, "and ")) item = trim(item.substr(4));
    if (item.empty()) return false;
    after_comma[count] = comma;
    items[count++] = item;
    if (next == text.size()) break;
    comma = text[next] == ',';
    position = next + skip;
  }

  // The last comma-joined item of a longer list is the organization when it does not read as a
  // person: an acronym ("CNN") or a single word ("Reuters").
  if (count >= 2 && after_comma[count - 1] && organization.empty()) {
    std::string_view last = items[count - 1];
    std::string_view first_word = last.substr(0, last.find(' '));
    bool single_word = last.find(' ') == std::string_view::npos;
    if ((is_acronym(first_word) || single_word) && is_organization_name(last)) {
      organization = last;
      --count;
    }
  }
  for (size_t i = 0; i < count; ++i) {
    bool account = allows_account && count == 1 && is_account_name(items[i]);
    if (!account && !is_person_name(items[i])) return false;
  }
  for (size_t i = 0; i < count; ++i) names->emplace_back(items[i]);
  if (!organization.empty() && source->empty()) *source = std::string(organization);
  return true;
}

// "2 minutes read", "5 min read", "5-minute read", "Reading time: 3 minutes".
bool is_reading_time(std::string_view segment) {
  if (segment.size() > 40) return false;
  bool digit = false;
  for (char c : segment) digit = digit || is_digit(c);
  if (istarts_with(segment, "reading time")) return true;
  if (!digit) return false;
  bool unit = rule_text::ifind(segment, "min") != std::string_view::npos ||
              rule_text::ifind(segment, "hour") != std::string_view::npos ||
              rule_text::ifind(segment, "sec") != std::string_view::npos;
  return unit && rule_text::ifind(segment, "read") != std::string_view::npos;
}

// The separators between byline segments: middle dot, bullet, pipe, and dashes with spaces
// around them (a bare hyphen is part of names like "Jean-Luc").
size_t separator_length_at(std::string_view line, size_t position) {
  for (std::string_view separator :
       {std::string_view("\xC2\xB7"), std::string_view("\xE2\x80\xA2"), std::string_view("|")}) {
    if (line.substr(position, separator.size()) == separator) return separator.size();
  }
  for (std::string_view dash : {std::string_view(" \xE2\x80\x94 "),
                                std::string_view(" \xE2\x80\x93 "), std::string_view(" - ")}) {
    if (line.substr(position, dash.size()) == dash) return dash.size();
  }
  return 0;
}

// Removes Markdown emphasis around the whole line: "*By Jane Doe*", "_By Jane Doe_".
std::string_view strip_emphasis(std::string_view line) {
  line = trim(line);
  while (!line.empty() && (line.front() == '*' || line.front() == '_')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == '*' || line.back() == '_')) line.remove_suffix(1);
  return trim(line);
}

size_t count_characters(std::string_view text) {
  size_t n = 0;
  for (unsigned char byte : text) n += is_utf8_lead(byte) ? 1u : 0u;
  return n;
}

// A labelled segment: "By Jane Doe", "Posted by admin on January 28, 2025". Returns false when
// the segment has no label; sets `failed` when it has one but the rest is not names.
bool read_labelled_segment(std::string_view segment, Byline& byline, bool& failed) {
  for (const AuthorLabel& label : kAuthorLabels) {
    if (!istarts_with(segment, label.text)) continue;
    std::string_view rest = trim(segment.substr(label.text.size()));
    // A date after the names: "..., January 28, 2025" or "... on January 28, 2025".
    if (auto range = find_date_in_text(rest)) {
      std::string_view after = trim(rest.substr(range->second));
      if (after == ".") after = {};
      std::string_view before = trim(rest.substr(0, range->first));
      if (rule_text::iends_with(before, " on")) before = trim(before.substr(0, before.size() - 3));
      while (!before.empty() && (before.back() == ',' || before.back() == '-')) {
        before = trim(before.substr(0, before.size() - 1));
      }
      if (after.empty() && !before.empty()) {
        if (byline.date_text.empty()) {
          byline.date_text = std::string(rest.substr(range->first, range->second - range->first));
        }
        rest = before;
      }
    }
    failed = !read_name_list(rest, label.allows_account, &byline.authors, &byline.source);
    return true;
  }
  return false;
}

}  // namespace

std::optional<Byline> parse_byline(std::string_view line) {
  line = strip_emphasis(line);
  if (line.empty() || count_characters(line) > kMaxBylineCharacters) return std::nullopt;

  std::array<std::string_view, kMaxSegments> segments;
  size_t segment_count = 0;
  size_t start = 0;
  for (size_t i = 0; i <= line.size();) {
    size_t separator = i < line.size() ? separator_length_at(line, i) : 0;
    if (i < line.size() && separator == 0) {
      ++i;
      continue;
    }
    if (segment_count == kMaxSegments) return std::nullopt;
    segments[segment_count++] = trim(line.substr(start, i - start));
    if (i == line.size()) break;
    i += separator;
    start = i;
  }

  Byline byline;
  bool labelled = false;
  bool dated = false;
  for (size_t s = 0; s < segment_count; ++s) {
    std::string_view segment = segments[s];
    if (segment.empty()) return std::nullopt;
    bool failed = false;
    if (read_labelled_segment(segment, byline, failed)) {
      if (failed) return std::nullopt;
      labelled = true;
      continue;
    }
    ParsedDate date = parse_date(segment);
    if (date.ok || date.relative) {
      if (byline.date_text.empty()) {
        byline.date_text = date.text;
        byline.relative_date = date.relative;
      }
      dated = true;
      continue;
    }
    if (is_reading_time(segment)) {
      if (byline.reading_time.empty()) byline.reading_time = std::string(segment);
      dated = true;
      continue;
    }
    // An unlabelled name list: the first gives the authors, a later single name the source.
    if (byline.authors.empty()) {
      if (!read_name_list(segment, /*allows_account=*/false, &byline.authors, &byline.source)) {
        return std::nullopt;
      }
      continue;
    }
    if (!byline.source.empty() || !is_organization_name(segment)) return std::nullopt;
    byline.source = std::string(segment);
  }
  // A label vouches for the names on its own; unlabelled names need a date or a reading time
  // beside them, or "Breaking News | World" would read as an author and a source.
  bool recognized = (labelled && !byline.authors.empty()) || (segment_count >= 2 && dated);
  if (!recognized) return std::nullopt;
  return byline;
}

}  // namespace newsprism::parse
