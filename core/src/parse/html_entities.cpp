// Character reference decoding per the WHATWG tokenizer ("character reference state" and the
// numeric character reference end state), over a generated copy of the named table.
#include "parse/html_entities.hpp"

#include <utf8/unchecked.h>

#include <algorithm>
#include <cstring>

#include "parse/rule_text.hpp"

namespace newsprism::parse {
namespace {

constexpr NamedCharacterReference kNamedReferences[] = {
#include "parse/html_entity_table.inc"
};

// What the numeric reference end state puts in place of C1 code points: browsers read them as
// Windows-1252, because that is what pages labelled Latin-1 really contained. Zero means keep.
constexpr uint16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 0x88
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 0x98
};

constexpr uint32_t kReplacementCharacter = 0xFFFD;

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_ascii_alphanumeric(char c) { return is_ascii_digit(c) || is_ascii_alpha(c); }

// Character `index` of `name` as an int, with "past the end" ordered before every character,
// which is how the table is sorted (a name comes before its extensions).
int char_at(std::string_view name, size_t index) {
  return index < name.size() ? static_cast<unsigned char>(name[index]) : -1;
}

// Longest table name that prefixes `text`; returns its length (0 if none) and sets `value`.
// Each character narrows the range of names sharing the prefix read so far, so the cost is one
// pair of binary searches per character and stops as soon as no name can match.
size_t match_longest_name(std::string_view text, std::string_view& value) {
  // Fast path for the usual "&name;": the whole alphanumeric run plus ';' is the longest name
  // that could match, so one exact search settles it when it is in the table.
  size_t run = 0;
  while (run < text.size() && run < 32 && is_ascii_alphanumeric(text[run])) ++run;
  if (run < text.size() && text[run] == ';') {
    std::string_view candidate = text.substr(0, run + 1);
    auto found = std::lower_bound(
        std::begin(kNamedReferences), std::end(kNamedReferences), candidate,
        [](const NamedCharacterReference& entry, std::string_view key) { return entry.name < key; });
    if (found != std::end(kNamedReferences) && found->name == candidate) {
      value = found->value;
      return candidate.size();
    }
  }
  const NamedCharacterReference* lo = std::begin(kNamedReferences);
  const NamedCharacterReference* hi = std::end(kNamedReferences);
  size_t best = 0;
  for (size_t i = 0; i < text.size() && lo < hi; ++i) {
    int c = static_cast<unsigned char>(text[i]);
    lo = std::lower_bound(lo, hi, c, [i](const NamedCharacterReference& entry, int wanted) {
      return char_at(entry.name, i) < wanted;
    });
    hi = std::upper_bound(lo, hi, c, [i](int wanted, const NamedCharacterReference& entry) {
      return wanted < char_at(entry.name, i);
    });
    if (lo < hi && lo->name.size() == i + 1) {
      best = i + 1;
      value = lo->value;
    }
    if (text[i] == ';') break;  // names end at ';'
  }
  return best;
}

// Appends the numeric reference's code point after the WHATWG replacements.
void append_numeric(uint32_t cp, std::string& out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    cp = kReplacementCharacter;
  } else if (cp >= 0x80 && cp <= 0x9F && kWindows1252[cp - 0x80] != 0) {
    cp = kWindows1252[cp - 0x80];
  }
  append_utf8(cp, out);
}

}  // namespace

std::span<const NamedCharacterReference> named_character_references() {
  return kNamedReferences;
}

void append_utf8(uint32_t cp, std::string& out) {
  char bytes[4];
  out.append(bytes, static_cast<size_t>(utf8::unchecked::append(cp, bytes) - bytes));  // one append, not one a byte
}

size_t decode_character_reference_at(std::string_view text, size_t ampersand, bool in_attribute,
                                     std::string& out) {
  size_t p = ampersand + 1;
  if (p >= text.size()) return 0;
  if (text[p] == '#') {
    ++p;
    bool hex = p < text.size() && (text[p] == 'x' || text[p] == 'X');
    if (hex) ++p;
    size_t digits_start = p;
    uint32_t cp = 0;
    // Saturate above the Unicode range: "&#99999999999;" is U+FFFD, not a wrapped value.
    constexpr uint32_t kSaturated = 0x110000;
    if (hex) {
      for (int digit; p < text.size() && (digit = rule_text::hex_value(text[p])) >= 0; ++p) {
        cp = std::min<uint32_t>(cp * 16 + static_cast<uint32_t>(digit), kSaturated);
      }
    } else {
      for (; p < text.size() && is_ascii_digit(text[p]); ++p) {
        cp = std::min<uint32_t>(cp * 10 + static_cast<uint32_t>(text[p] - '0'), kSaturated);
      }
    }
    if (p == digits_start) return 0;  // "&#" or "&#x" without digits stays text
    if (p < text.size() && text[p] == ';') ++p;
    append_numeric(cp, out);
    return p - ampersand;
  }
  if (!is_ascii_alphanumeric(text[p])) return 0;
  std::string_view value;
  size_t length = match_longest_name(text.substr(p), value);
  if (length == 0) return 0;
  if (in_attribute && text[p + length - 1] != ';' && p + length < text.size() &&
      (text[p + length] == '=' || is_ascii_alphanumeric(text[p + length]))) {
    return 0;  // "?a=1&copy=2" in a URL is a parameter, not ©
  }
  out.append(value);
  return 1 + length;
}

size_t decode_character_references(std::string_view text, bool in_attribute, std::string& out,
                                   OffsetMap* map) {
  const size_t base = out.size();
  size_t decoded = 0;
  size_t p = 0;
  while (p < text.size()) {
    const void* found = std::memchr(text.data() + p, '&', text.size() - p);
    size_t ampersand = found ? static_cast<size_t>(static_cast<const char*>(found) - text.data())
                             : text.size();
    out.append(text.data() + p, ampersand - p);
    if (ampersand == text.size()) break;
    size_t consumed = decode_character_reference_at(text, ampersand, in_attribute, out);
    if (consumed == 0) {
      out.push_back('&');
      p = ampersand + 1;
      continue;
    }
    ++decoded;
    p = ampersand + consumed;
    if (map) map->add(static_cast<uint32_t>(out.size() - base), static_cast<uint32_t>(p));
  }
  return decoded;
}

std::string decode_html_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  decode_character_references(text, false, out, nullptr);
  return out;
}

}  // namespace newsprism::parse
