#include "parse/boilerplate_lines.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>

#include "parse/rule_text.hpp"
#include "text/byte_scan.hpp"

namespace newsprism::parse {
namespace {

using rule_text::iequals;
using rule_text::ifind;
using rule_text::is_digit;
using rule_text::istarts_with;
using rule_text::trim;

// Lines longer than this are paragraphs: only the long-notice rules look at them.
constexpr size_t kShortLineBytes = 200;
// Long notices (WordPress trailers, copyright and cookie banners) stop here.
constexpr size_t kLongNoticeBytes = 1000;

struct Phrase {
  std::string_view text;
  LineRole role;
  const char* reason;
};

constexpr LineRole kTrailer = LineRole::kBoilerplateTrailer;
constexpr LineRole kFurniture = LineRole::kBoilerplate;

// Whole lines, compared after decoration is stripped.
constexpr Phrase kWholeLines[] = {
    {"comments", kTrailer, "comments"},
    {"comment", kTrailer, "comments"},
    {"leave a comment", kTrailer, "comments"},
    {"leave a reply", kTrailer, "comments"},
    {"post a comment", kTrailer, "comments"},
    {"add a comment", kTrailer, "comments"},
    {"add comment", kTrailer, "comments"},
    {"show comments", kTrailer, "comments"},
    {"view comments", kTrailer, "comments"},
    {"load comments", kTrailer, "comments"},
    {"no comments", kTrailer, "comments"},
    {"no comments yet", kTrailer, "comments"},
    {"one comment", kTrailer, "comments"},
    {"comments are closed", kTrailer, "comments"},
    {"join the conversation", kTrailer, "comments"},
    {"join the discussion", kTrailer, "comments"},
    {"responses", kTrailer, "comments"},
    {"tags", kTrailer, "tags"},
    {"tag", kTrailer, "tags"},
    {"tagged", kTrailer, "tags"},
    {"topics", kTrailer, "tags"},
    {"categories", kTrailer, "tags"},
    {"filed under", kTrailer, "tags"},
    {"share", kTrailer, "share"},
    {"share this", kTrailer, "share"},
    {"share this article", kTrailer, "share"},
    {"share this story", kTrailer, "share"},
    {"share this post", kTrailer, "share"},
    {"share this page", kTrailer, "share"},
    {"share article", kTrailer, "share"},
    {"share the article", kTrailer, "share"},
    {"share story", kTrailer, "share"},
    {"share post", kTrailer, "share"},
    {"share via", kTrailer, "share"},
    {"share on", kTrailer, "share"},
    {"sharing is caring", kTrailer, "share"},
    {"spread the word", kTrailer, "share"},
    {"related", kTrailer, "related"},
    {"related articles", kTrailer, "related"},
    {"related posts", kTrailer, "related"},
    {"related stories", kTrailer, "related"},
    {"related content", kTrailer, "related"},
    {"related news", kTrailer, "related"},
    {"related topics", kTrailer, "related"},
    {"related reading", kTrailer, "related"},
    {"you may also like", kTrailer, "related"},
    {"you might also like", kTrailer, "related"},
    {"you may be interested in", kTrailer, "related"},
    {"you might be interested in", kTrailer, "related"},
    {"recommended", kTrailer, "related"},
    {"recommended for you", kTrailer, "related"},
    {"recommended stories", kTrailer, "related"},
    {"recommended articles", kTrailer, "related"},
    {"recommended reading", kTrailer, "related"},
    {"more stories", kTrailer, "related"},
    {"more news", kTrailer, "related"},
    {"more on this story", kTrailer, "related"},
    {"read next", kTrailer, "related"},
    {"what to read next", kTrailer, "related"},
    {"further reading", kTrailer, "related"},
    {"popular posts", kTrailer, "related"},
    {"most popular", kTrailer, "related"},
    {"most read", kTrailer, "related"},
    {"trending", kTrailer, "related"},
    {"tweet", kFurniture, "social"},
    {"pin it", kFurniture, "social"},
    {"email", kFurniture, "social"},
    {"e-mail", kFurniture, "social"},
    {"print", kFurniture, "social"},
    {"facebook", kFurniture, "social"},
    {"twitter", kFurniture, "social"},
    {"linkedin", kFurniture, "social"},
    {"reddit", kFurniture, "social"},
    {"whatsapp", kFurniture, "social"},
    {"telegram", kFurniture, "social"},
    {"copy link", kFurniture, "social"},
    {"read more", kFurniture, "read-more"},
    {"continue reading", kFurniture, "read-more"},
    {"keep reading", kFurniture, "read-more"},
    {"read full article", kFurniture, "read-more"},
    {"read the full article", kFurniture, "read-more"},
    {"read full story", kFurniture, "read-more"},
    {"read the full story", kFurniture, "read-more"},
    {"subscribe", kFurniture, "subscribe"},
    {"sign up now", kFurniture, "subscribe"},
    {"subscribe now", kFurniture, "subscribe"},
    {"subscribe today", kFurniture, "subscribe"},
    {"newsletter", kFurniture, "subscribe"},
    {"sign up", kFurniture, "subscribe"},
    {"sign in", kFurniture, "subscribe"},
    {"log in", kFurniture, "subscribe"},
    {"advertisement", kFurniture, "advertisement"},
    {"advertisment", kFurniture, "advertisement"},
    {"advert", kFurniture, "advertisement"},
    {"ad", kFurniture, "advertisement"},
    {"story continues below advertisement", kFurniture, "advertisement"},
    {"article continues below advertisement", kFurniture, "advertisement"},
    {"continue reading below", kFurniture, "advertisement"},
    {"scroll to continue with content", kFurniture, "advertisement"},
    {"sponsored", kFurniture, "sponsored"},
    {"sponsored content", kFurniture, "sponsored"},
    {"paid content", kFurniture, "sponsored"},
    {"paid post", kFurniture, "sponsored"},
    {"promoted", kFurniture, "sponsored"},
    {"partner content", kFurniture, "sponsored"},
    {"all rights reserved", kFurniture, "copyright"},
    {"copyright", kFurniture, "copyright"},
    {"cookie", kFurniture, "cookies"},
    {"cookies", kFurniture, "cookies"},
    {"cookie policy", kFurniture, "cookies"},
    {"cookie settings", kFurniture, "cookies"},
    {"accept cookies", kFurniture, "cookies"},
    {"accept all cookies", kFurniture, "cookies"},
    {"skip to content", kFurniture, "navigation"},
    {"skip to main content", kFurniture, "navigation"},
    {"skip to navigation", kFurniture, "navigation"},
    {"back to top", kFurniture, "navigation"},
    {"scroll to top", kFurniture, "navigation"},
    {"previous article", kFurniture, "navigation"},
    {"next article", kFurniture, "navigation"},
    {"previous post", kFurniture, "navigation"},
    {"next post", kFurniture, "navigation"},
    {"privacy policy", kFurniture, "navigation"},
    {"terms of use", kFurniture, "navigation"},
    {"terms of service", kFurniture, "navigation"},
};

// Labelled prefixes: the label must be followed by the end of the label's own punctuation (':'
// is part of the label text), so "Tags are ..." does not match "tags:". `max_words` bounds the
// whole line, so that a label word opening a sentence is not taken for the label.
struct Prefix {
  std::string_view text;
  size_t max_words;
  LineRole role;
  const char* reason;
};

constexpr Prefix kPrefixes[] = {
    {"tags:", 40, kTrailer, "tags"},
    {"tagged:", 40, kTrailer, "tags"},
    {"tagged with:", 40, kTrailer, "tags"},
    {"tagged with ", 12, kTrailer, "tags"},
    {"filed under:", 40, kTrailer, "tags"},
    {"filed under ", 12, kTrailer, "tags"},
    {"topics:", 40, kTrailer, "tags"},
    {"categories:", 40, kTrailer, "tags"},
    {"category:", 40, kTrailer, "tags"},
    {"share this ", 5, kTrailer, "share"},
    {"share this:", 5, kTrailer, "share"},
    {"share on ", 4, kTrailer, "share"},
    {"share via ", 4, kTrailer, "share"},
    {"share to ", 4, kTrailer, "share"},
    {"related:", 25, kFurniture, "read-more"},
    {"read more:", 30, kFurniture, "read-more"},
    {"read more about ", 12, kFurniture, "read-more"},
    {"read more on ", 12, kFurniture, "read-more"},
    {"read more at ", 12, kFurniture, "read-more"},
    {"also read:", 30, kFurniture, "read-more"},
    {"read also:", 30, kFurniture, "read-more"},
    {"see also:", 30, kFurniture, "read-more"},
    {"more:", 30, kFurniture, "read-more"},
    {"previous article:", 25, kFurniture, "navigation"},
    {"next article:", 25, kFurniture, "navigation"},
    {"previous post:", 25, kFurniture, "navigation"},
    {"next post:", 25, kFurniture, "navigation"},
    {"subscribe to ", 12, kFurniture, "subscribe"},
    {"subscribe for ", 12, kFurniture, "subscribe"},
    {"sign up for ", 15, kFurniture, "subscribe"},
    {"sign up to ", 15, kFurniture, "subscribe"},
    {"get our newsletter", 15, kFurniture, "subscribe"},
    {"join our newsletter", 15, kFurniture, "subscribe"},
    {"follow us", 15, kFurniture, "follow"},
    {"like us on ", 8, kFurniture, "follow"},
    {"click here", 25, kFurniture, "click-here"},
    {"tap here", 25, kFurniture, "click-here"},
    {"advertisement:", 10, kFurniture, "advertisement"},
    {"advertisement - ", 8, kFurniture, "advertisement"},
    {"advertisement scroll ", 8, kFurniture, "advertisement"},
    {"sponsored by ", 8, kFurniture, "sponsored"},
    {"sponsored:", 10, kFurniture, "sponsored"},
    {"we use cookies", 120, kFurniture, "cookies"},
    {"this site uses cookies", 120, kFurniture, "cookies"},
    {"this website uses cookies", 120, kFurniture, "cookies"},
    {"our website uses cookies", 120, kFurniture, "cookies"},
};

constexpr bool all_lower_case(std::string_view text) {
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') return false;
  }
  return !text.empty();
}
constexpr bool tables_lower_case() {
  for (const Phrase& phrase : kWholeLines) {
    if (!all_lower_case(phrase.text)) return false;
  }
  for (const Prefix& prefix : kPrefixes) {
    if (!all_lower_case(prefix.text)) return false;
  }
  return true;
}
// classify_line() compares first bytes before the case-insensitive comparisons.
static_assert(tables_lower_case(), "the phrase tables are lower case and not empty");

// The entries of a phrase table grouped by first byte, each group in table order: a line is
// compared only with the phrases that start as it does (a handful) instead of the whole table
// (about 150 whole lines and 46 prefixes), and where several prefixes start alike the first in
// the table still wins.
template <size_t N>
struct FirstByteIndex {
  std::array<uint8_t, N> order{};     // table indexes, grouped by first byte
  std::array<uint16_t, 257> start{};  // group of byte b: order[start[b]] .. order[start[b + 1]]

  template <typename Text>
  constexpr explicit FirstByteIndex(const Text& text_of) {
    static_assert(N <= 256, "indexes are bytes");
    size_t next = 0;
    for (size_t byte = 0; byte < 256; ++byte) {
      start[byte] = static_cast<uint16_t>(next);
      for (size_t i = 0; i < N; ++i) {
        if (static_cast<unsigned char>(text_of(i).front()) == byte) order[next++] = static_cast<uint8_t>(i);
      }
    }
    start[256] = static_cast<uint16_t>(next);
  }

  // Calls visit(i) for each entry i that starts with `first`, in table order, until one returns
  // true; returns whether one did.
  template <typename Visit>
  bool find(char first, Visit&& visit) const {
    const auto byte = static_cast<unsigned char>(first);
    for (size_t k = start[byte]; k < start[byte + 1u]; ++k) {
      if (visit(order[k])) return true;
    }
    return false;
  }
};

constexpr FirstByteIndex<std::size(kWholeLines)> kWholeLineIndex([](size_t i) { return kWholeLines[i].text; });
constexpr FirstByteIndex<std::size(kPrefixes)> kPrefixIndex([](size_t i) { return kPrefixes[i].text; });

// Caption labels. "Photo by" and "courtesy" credits have no colon but are never sentences in
// running text at the start of a short line.
constexpr std::string_view kCaptionPrefixes[] = {
    "photo:",          "photo credit:",   "photograph:", "photos:",       "image:",
    "image credit:",   "image source:",   "images:",     "picture:",      "pictured:",
    "credit:",         "credits:",        "caption:",    "illustration:", "photo by ",
    "photo courtesy ", "image courtesy ", "file photo"};
constexpr FirstByteIndex<std::size(kCaptionPrefixes)> kCaptionIndex([](size_t i) { return kCaptionPrefixes[i]; });

// Signup lines must name what is signed up for; "Sign up for the marathon opened today." is news.
constexpr std::string_view kSignupWords[] = {"newsletter", "our ",   "free",    "updates",
                                             "alerts",     "digest", "channel", "inbox"};

bool is_ascii_decoration(char c) {
  switch (c) {
    case ' ':
    case '#':
    case '*':
    case '_':
    case '>':
    case '-':
    case '=':
    case '~':
    case '|':
    case '[':
    case ']':
    case '+':
    case '`': return true;
    default: return false;
  }
}

// Arrows, bullets, dashes, guillemets, ellipsis, geometric shapes, dingbats, emoji and the
// joiners and selectors that build emoji.
bool is_symbol_decoration(uint32_t cp) {
  return cp == 0xB7 || cp == 0xAB || cp == 0xBB || cp == 0x2013 || cp == 0x2014 || cp == 0x2022 ||
         cp == 0x2026 || cp == 0x2039 || cp == 0x203A || cp == 0x200D || cp == 0xFE0F ||
         (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x25A0 && cp <= 0x27BF) ||
         (cp >= 0x2900 && cp <= 0x297F) || (cp >= 0x2B00 && cp <= 0x2BFF) || cp >= 0x1F000;
}

bool is_trailing_punctuation(char c) {
  return c == '.' || c == ':' || c == '!' || c == ',' || c == ';';
}

// The words of a line without the decoration around them: "## **Related Articles** →" gives
// "Related Articles". A Markdown link "[Read more](https://...)" gives its text.
std::string_view strip_decoration(std::string_view line) {
  line = trim(line);
  while (!line.empty()) {
    auto cp = rule_text::decode_at(line, 0);
    bool ascii = cp.value < 0x80;
    if (ascii ? !is_ascii_decoration(line.front()) : !is_symbol_decoration(cp.value)) break;
    if (ascii && line.front() == '[') {
      size_t link = line.find("](");
      if (link != std::string_view::npos && line.back() == ')') line = line.substr(0, link);
    }
    line.remove_prefix(cp.length);
  }
  while (!line.empty()) {
    auto cp = rule_text::decode_before(line, line.size());
    bool ascii = cp.value < 0x80;
    bool strip = ascii ? is_ascii_decoration(line.back()) || is_trailing_punctuation(line.back())
                       : is_symbol_decoration(cp.value);
    if (!strip) break;
    line.remove_suffix(cp.length);
  }
  return line;
}

size_t count_words(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// "12 comments", "(3) Comments", "Comments (3)", "1 response", "5 replies".
bool is_comment_count(std::string_view core) {
  std::string_view rest = core;
  bool counted_first = false;
  if (!rest.empty() && rest.front() == '(') rest.remove_prefix(1);
  size_t digits = 0;
  // Grouped counts ("1,024") are counts too.
  while (digits < rest.size() && (is_digit(rest[digits]) || (digits > 0 && rest[digits] == ','))) {
    ++digits;
  }
  if (digits > 0 && digits <= 9 && is_digit(rest[digits - 1])) {
    rest.remove_prefix(digits);
    if (!rest.empty() && rest.front() == ')') rest.remove_prefix(1);
    rest = trim(rest);
    counted_first = true;
  }
  if (counted_first) {
    for (std::string_view noun :
         {"comments", "comment", "responses", "response", "replies", "reply", "thoughts on"}) {
      if (iequals(rest, noun)) return true;
    }
    return false;
  }
  // "Comments (3)", "Comments: 3".
  if (!istarts_with(core, "comments")) return false;
  rest = trim(core.substr(8));
  if (!rest.empty() && (rest.front() == '(' || rest.front() == ':')) rest.remove_prefix(1);
  if (!rest.empty() && rest.back() == ')') rest.remove_suffix(1);
  rest = trim(rest);
  if (rest.empty()) return false;
  for (char c : rest) {
    if (!is_digit(c)) return false;
  }
  return true;
}

// ifind(line, "all rights reserved") != npos, found through the "gh" of "rights" in any case:
// rare in prose, and looked for sixteen bytes a step, where the search would try every "al".
bool holds_all_rights_reserved(std::string_view line) {
  constexpr std::string_view kPhrase = "all rights reserved";
  constexpr size_t kAnchor = 6;  // "gh" in kPhrase
  static constexpr swar::BytePair kPairs[] = {{'g', 'h'}, {'G', 'H'}, {'g', 'H'}, {'G', 'h'}};
  return byte_scan::find_byte_pairs(line, kPairs, [&](size_t at) {
    return at >= kAnchor && istarts_with(line.substr(at - kAnchor), kPhrase);
  });
}

// "© 2025 Example Media", "(c) 2025", "Copyright 2025 ...", "Copyright © ...", "... All rights
// reserved." A sentence about copyright law does not start with a symbol or a year.
bool is_copyright_notice(std::string_view line, std::string_view core) {
  if (line.substr(0, 2) == "\xC2\xA9" || istarts_with(line, "(c) ") ||
      core.substr(0, 2) == "\xC2\xA9") {
    return true;
  }
  if (istarts_with(core, "copyright ")) {
    std::string_view rest = trim(core.substr(10));
    if (rest.substr(0, 2) == "\xC2\xA9" || istarts_with(rest, "(c)") ||
        (!rest.empty() && is_digit(rest.front()))) {
      return true;
    }
  }
  return holds_all_rights_reserved(core) && count_words(core) <= 40;
}

// WordPress feeds end each item with "The post <title> appeared first on <site>."
bool is_appeared_first_on(std::string_view core) {
  bool opener = istarts_with(core, "the post ") || istarts_with(core, "this post ") ||
                istarts_with(core, "this article ") || istarts_with(core, "the article ") ||
                istarts_with(core, "this story ") || istarts_with(core, "this content ");
  return opener && (ifind(core, "appeared first on ") != std::string_view::npos ||
                    ifind(core, "first appeared on ") != std::string_view::npos);
}

bool is_caption(std::string_view line, std::string_view core) {
  const char first = core.empty() ? '\0' : rule_text::to_lower(core.front());
  if (kCaptionIndex.find(first, [&](size_t i) { return istarts_with(core, kCaptionPrefixes[i]); })) return true;
  // "(Photo: ...)", "[Image: ...]": the bracket is stripped from `core` only when it is a link.
  std::string_view bracketed = trim(line);
  if (!bracketed.empty() && (bracketed.front() == '(' || bracketed.front() == '[')) {
    bracketed.remove_prefix(1);
    return istarts_with(bracketed, "photo:") || istarts_with(bracketed, "image:") ||
           istarts_with(bracketed, "credit:") || istarts_with(bracketed, "photo by ");
  }
  return false;
}

}  // namespace

LineClass classify_line(std::string_view line) {
  std::string_view core = strip_decoration(line);
  if (core.empty() || core.size() > kLongNoticeBytes) return {};
  if (is_appeared_first_on(core)) return {kTrailer, "appeared-first-on"};
  if (is_copyright_notice(trim(line), core)) return {kFurniture, "copyright"};
  // The tables' phrases are lower case: a first byte that differs rules one out at once.
  const char first = rule_text::to_lower(core.front());
  const Prefix* match = nullptr;
  auto found = [&](size_t i) {
    match = &kPrefixes[i];
    return true;
  };
  if (kPrefixIndex.find(first, [&](size_t i) {
        return istarts_with(core, kPrefixes[i].text) && kPrefixes[i].reason == std::string_view("cookies") && found(i);
      })) {
    return {match->role, match->reason};
  }
  if (is_caption(line, core)) return {LineRole::kCaption, "caption"};
  if (core.size() > kShortLineBytes) return {};
  const Phrase* whole = nullptr;
  if (kWholeLineIndex.find(first, [&](size_t i) {
        whole = &kWholeLines[i];
        return iequals(core, whole->text);
      })) {
    return {whole->role, whole->reason};
  }
  if (is_comment_count(core)) return {kTrailer, "comments"};
  auto label_matches = [&](size_t i) {
    const Prefix& prefix = kPrefixes[i];
    if (!istarts_with(core, prefix.text)) return false;
    if (count_words(core) > prefix.max_words) return false;  // counted only for a line that may match
    if (prefix.reason == std::string_view("subscribe")) {
      bool names_what = false;
      for (std::string_view word : kSignupWords) {
        names_what = names_what || ifind(core, word) != std::string_view::npos;
      }
      if (!names_what) return false;
    }
    return found(i);
  };
  if (kPrefixIndex.find(first, label_matches)) return {match->role, match->reason};
  return {};
}

namespace {

// Lower-cased ASCII, one straight quote for every curly one, '-' for dashes, one space between
// words, no Markdown markers.
std::string normalize_title(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < text.size()) {
    auto cp = rule_text::decode_at(text, i);
    i += cp.length;
    char mapped = 0;
    switch (cp.value) {
      case ' ':
      case '\t':
      case 0xA0: pending_space = true; continue;
      case '#':
      case '*':
      case '_': continue;
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032: mapped = '\''; break;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0x2033: mapped = '"'; break;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014: mapped = '-'; break;
      default: break;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    if (mapped != 0) {
      out += mapped;
    } else if (cp.value < 0x80) {
      out += rule_text::to_lower(static_cast<char>(cp.value));
    } else {
      out.append(text.substr(i - cp.length, cp.length));
    }
  }
  return out;
}

// The title without a trailing " | Site", " - Site", " :: Site" or " · Site", when the site part
// is short and enough title is left to compare; otherwise the title unchanged.
std::string_view strip_site_suffix(std::string_view title) {
  constexpr size_t kMaxSiteBytes = 40;
  constexpr size_t kMinHeadBytes = 12;
  constexpr std::string_view kSeparators[] = {" | ", " - ", " :: ", " \xC2\xB7 "};
  constexpr size_t kCount = std::size(kSeparators);
  // The last occurrence of each separator (what rfind() gives), all in one backward pass: each
  // starts with a space, so only spaces are tried, instead of a comparison at every byte per
  // separator.
  size_t last[kCount];
  std::fill(std::begin(last), std::end(last), std::string_view::npos);
  size_t found = 0;
  for (size_t at = title.size(); at-- > 0 && found < kCount;) {
    if (title[at] != ' ') continue;
    for (size_t k = 0; k < kCount; ++k) {
      if (last[k] == std::string_view::npos && title.substr(at).starts_with(kSeparators[k])) {
        last[k] = at;
        ++found;
      }
    }
  }
  size_t best = std::string_view::npos;
  for (size_t k = 0; k < kCount; ++k) {
    const std::string_view separator = kSeparators[k];
    const size_t at = last[k];
    if (at == std::string_view::npos) continue;
    std::string_view site = title.substr(at + separator.size());
    if (site.size() > kMaxSiteBytes || count_words(site) > 5 || at < kMinHeadBytes) continue;
    if (best == std::string_view::npos || at > best) best = at;
  }
  return best == std::string_view::npos ? title : title.substr(0, best);
}

}  // namespace

// strip_site_suffix() gives a prefix: its length is all the title needs to keep.
RepeatedTitle::RepeatedTitle(std::string_view title)
    : title_(normalize_title(title)), head_size_(strip_site_suffix(title_).size()) {}

bool RepeatedTitle::matches(std::string_view line) const {
  const std::string_view a = title_;
  const std::string_view a_head = a.substr(0, head_size_);
  const std::string b = normalize_title(line);
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const std::string_view b_head = strip_site_suffix(b);
  return a_head == b || a == b_head || a_head == b_head;
}

bool is_repeated_title(std::string_view title, std::string_view line) { return RepeatedTitle(title).matches(line); }

}  // namespace newsprism::parse
