// Small helpers the entity rules share: a token's text and ASCII case-insensitive comparison.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "newsprism/report.hpp"

namespace newsprism::entities {

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

/// ASCII case-insensitive equality; other bytes must match exactly.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

inline std::string ascii_lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

/// The text of token `index` of `article` (empty when out of range).
inline std::string_view token_text(const Article& article, uint32_t index) {
  if (index >= article.tokens.size()) return {};
  const TextRange& range = article.tokens[index].range;
  if (range.end > article.text.size() || range.start > range.end) return {};
  return std::string_view(article.text).substr(range.start, range.end - range.start);
}

/// `word` without a possessive ending ("Liang's" -> "Liang", "Liang’s" -> "Liang").
inline std::string_view without_possessive(std::string_view word) {
  if (word.size() > 2 && (word.back() == 's' || word.back() == 'S') && word[word.size() - 2] == '\'') {
    return word.substr(0, word.size() - 2);
  }
  if (word.size() > 4 && (word.back() == 's' || word.back() == 'S') &&
      word.substr(word.size() - 4, 3) == "\xE2\x80\x99") {
    return word.substr(0, word.size() - 4);
  }
  return word;
}

}  // namespace newsprism::entities
