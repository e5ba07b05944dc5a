// Word lists for sentence splitting: English abbreviations that take a period, the words that
// typically start a sentence, and top-level domains for bare domain names.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsprism::text {

/// How a period after an abbreviation behaves.
enum class AbbreviationKind : uint8_t {
  kNone,          ///< not an abbreviation: the period is a full stop
  kNeverEnds,     ///< a title or Latin abbreviation ("Mr.", "Dr.", "e.g."): always continues
  kBeforeNumber,  ///< an abbreviation only before a number ("No. 5", "Vol. 3")
  kMayEnd,        ///< ends a sentence only before a sentence starter ("Inc.", "etc.", "Jan.")
};

/// Kind of `word`, the letters before the period, case-sensitive ("Mr", "etc", "Calif").
/// Dotted forms with single-letter parts ("U.S", "e.g") are recognized by the segmenter itself.
AbbreviationKind abbreviation_kind(std::string_view word);

/// True for capitalized words that usually start a sentence ("The", "He", "But", "In"): after an
/// abbreviation that may end a sentence, one of these makes it end.
bool is_sentence_starter(std::string_view word);

/// True for a lowercase top-level domain ("com", "org", "uk"), so that "example.com" is a URL
/// while "Node.js" stays a word.
bool is_top_level_domain(std::string_view label);

}  // namespace newsprism::text
