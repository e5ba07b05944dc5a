// Small text helpers shared by the line rules (dates, bylines, boilerplate): ASCII case folding
// and trimming on string views, and decoding one UTF-8 character. The rules read short lines, so
// everything here works in place on views and, but for collapse_spaces(), never allocates.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/byte_scan.hpp"

namespace newsprism::parse::rule_text {

/// ASCII whitespace. Normalized text has only spaces and line ends; tabs and CR are accepted so
/// the rules also work on raw field values.
inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
inline bool is_alpha(char c) {
  return is_upper(c) || is_lower(c);
}
inline bool is_alnum(char c) {
  return is_alpha(c) || is_digit(c);
}
/// The value of a hexadecimal digit (either case), or -1.
inline int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  const char lower = static_cast<char>(c | 0x20);
  return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}
inline char to_lower(char c) {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

/// `text` without ASCII spaces at either end.
inline std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

/// `text` trimmed, with every inner run of ASCII white space as one space, cut at `limit` bytes
/// (never inside a UTF-8 character). For field values: titles, names, descriptions.
inline std::string collapse_spaces(std::string_view text, size_t limit = SIZE_MAX) {
  std::string out;
  // Never longer than `text` (runs only shrink), and at most a space and one byte past `limit`:
  // one allocation instead of regrowing.
  out.reserve(std::min(text.size(), limit < SIZE_MAX - 2 ? limit + 2 : limit));
  auto collapsible = [](char c) { return is_space(c) || c == '\f'; };
  // Most values are single-spaced already but for their ends: trimmed, they are the answer as
  // they are, found by two vector scans instead of a look at every byte.
  size_t first = 0;
  size_t last = text.size();
  while (first < last && collapsible(text[first])) ++first;
  while (last > first && collapsible(text[last - 1])) --last;
  const std::string_view trimmed = text.substr(first, last - first);
  if (trimmed.size() < limit && !byte_scan::has_newline_or_double_space(trimmed) &&
      byte_scan::find_first_of(trimmed, 0, '\t', '\r', '\f') == trimmed.size()) {
    out.assign(trimmed);
    return out;
  }
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const size_t spaces_start = i;
    while (i < n && collapsible(text[i])) ++i;
    if (i == n) break;  // trailing spaces are dropped
    if (i > spaces_start && !out.empty()) out.push_back(' ');
    size_t run_end = i;
    while (run_end < n && !collapsible(text[run_end])) ++run_end;
    // The run is appended whole (descriptions run to hundreds of bytes: byte-by-byte pushes cost
    // ten instructions a byte), up to the byte that reaches `limit`. That byte is at least the
    // first one of the run: a space may already have reached `limit`.
    const size_t room = out.size() < limit ? limit - out.size() : 1;
    const size_t take = std::min(run_end - i, room);
    out.append(text.data() + i, take);
    if (out.size() >= limit) {
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
      if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
      break;
    }
    i = run_end;
  }
  return out;
}

/// ASCII case-insensitive equality; other bytes must match exactly.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (to_lower(a[i]) != to_lower(b[i])) return false;
  }
  return true;
}

/// ASCII case-insensitive prefix test; `prefix` is expected in lower case.
inline bool istarts_with(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

inline bool iends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && iequals(text.substr(text.size() - suffix.size()), suffix);
}

namespace detail {
/// Position of the first match of `needle` in `text` from `from`, or npos. Candidates for the
/// first two bytes are found eight positions a step (with `fold_case`, ASCII letters in either
/// case), so a line without them costs a few operations per eight bytes.
inline size_t find(std::string_view text, std::string_view needle, size_t from, bool fold_case) {
  if (needle.empty()) return from <= text.size() ? from : std::string_view::npos;
  if (from > text.size() || text.size() - from < needle.size()) return std::string_view::npos;
  auto matches = [&](size_t at) {
    for (size_t k = 0; k < needle.size(); ++k) {
      const char c = text[at + k];
      if (fold_case ? to_lower(c) != to_lower(needle[k]) : c != needle[k]) return false;
    }
    return true;
  };
  const size_t last = text.size() - needle.size();  // the last start that fits
  // Top bit of each byte set wherever the byte may be `c` (never unset where it is): every zero
  // byte of the XOR is flagged; a borrow may also flag a byte just above one.
  auto candidates = [&](uint64_t bytes, char c) {
    // For a letter, OR-ing 0x20 maps exactly its two cases (and no other byte) to the lower one.
    const uint64_t case_bits = fold_case && is_alpha(c) ? 0x2020202020202020ULL : 0;
    const uint64_t v = (bytes | case_bits) ^ (0x0101010101010101ULL * static_cast<unsigned char>(c));
    return (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
  };
  const char first = fold_case ? to_lower(needle[0]) : needle[0];
  const char second = needle.size() > 1 ? (fold_case ? to_lower(needle[1]) : needle[1]) : 0;
  size_t i = from;
  // Steps read [i, i + 9): the second load starts one byte later.
  while (i + 9 <= text.size() && i <= last) {
    uint64_t bytes;
    uint64_t next;
    __builtin_memcpy(&bytes, text.data() + i, 8);
    __builtin_memcpy(&next, text.data() + i + 1, 8);
    uint64_t flags = candidates(bytes, first);
    if (needle.size() > 1) flags &= candidates(next, second);
    while (flags != 0) {
      const size_t at = i + (static_cast<size_t>(__builtin_ctzll(flags)) >> 3);
      if (at > last) return std::string_view::npos;
      if (matches(at)) return at;
      flags &= flags - 1;
    }
    i += 8;
  }
  for (; i <= last; ++i) {
    if (matches(i)) return i;
  }
  return std::string_view::npos;
}
}  // namespace detail

/// Position of the first ASCII case-insensitive occurrence of `needle` (lower case), or npos.
inline size_t ifind(std::string_view text, std::string_view needle, size_t from = 0) {
  return detail::find(text, needle, from, /*fold_case=*/true);
}

/// Position of the first exact occurrence of `needle`, or npos: std::string_view::find, without
/// a library search per occurrence of the first byte.
inline size_t find(std::string_view text, std::string_view needle, size_t from = 0) {
  return detail::find(text, needle, from, /*fold_case=*/false);
}

/// One decoded UTF-8 character: its code point and byte length. Invalid bytes decode as
/// U+FFFD of length 1, so a scan always advances.
struct CodePoint {
  uint32_t value;
  uint32_t length;
};

inline CodePoint decode_at(std::string_view text, size_t position) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(position);
  if (lead < 0x80) return {lead, 1};
  uint32_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || position + length > text.size()) return {0xFFFD, 1};
  uint32_t value = lead & (0x7F >> length);
  for (uint32_t i = 1; i < length; ++i) {
    unsigned char next = byte(position + i);
    if ((next & 0xC0) != 0x80) return {0xFFFD, 1};
    value = (value << 6) | (next & 0x3F);
  }
  return {value, length};
}

/// The character that ends at `end` (exclusive), decoded backwards.
inline CodePoint decode_before(std::string_view text, size_t end) {
  size_t start = end;
  while (start > 0 && end - start < 4) {
    --start;
    if ((static_cast<unsigned char>(text[start]) & 0xC0) != 0x80) break;
  }
  CodePoint cp = decode_at(text, start);
  if (start + cp.length != end) return {0xFFFD, 1};
  return cp;
}

/// Letters outside ASCII, by block: Latin-1 and Latin Extended, Greek, Cyrillic, Armenian,
/// Hebrew, Arabic, the Indic scripts, CJK, kana and Hangul. Coarse on purpose: the rules only
/// need to tell a name character from punctuation, symbols and emoji.
inline bool is_non_ascii_letter(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  if (cp >= 0x370 && cp <= 0x1FFF) return true;
  if (cp >= 0x3040 && cp <= 0x9FFF) return true;
  if (cp >= 0xAC00 && cp <= 0xD7AF) return true;
  return cp >= 0xF900 && cp <= 0xFAFF;
}

}  // namespace newsprism::parse::rule_text
