// Character classes the segmenter needs: a coarse class per code point, letter case, and the
// punctuation roles that matter for sentence ends. Range tables, not full Unicode properties:
// enough to tell letters of every common script from punctuation and symbols.
#pragma once

#include <cstdint>

namespace newsprism::text {

/// Coarse class of a code point, for tokenization.
enum class CharClass : uint8_t {
  kSpace,
  kLetter,  ///< a letter of an alphabetic or abugida script (Latin, Greek, Arabic, Thai...)
  kDigit,
  kMark,  ///< combining marks, ZWJ/ZWNJ, variation selectors: join the preceding token
  kCjk,   ///< Han, Hiragana, Katakana, Hangul: one token per character
  kPunctuation,
  kSymbol,
  kOther,  ///< U+FFFD, private use, unassigned
};

/// Class of a code point.
CharClass classify_code_point(uint32_t cp);

/// Case of a letter, as far as sentence decisions need it.
enum class LetterCase : uint8_t { kNone, kUpper, kLower };

/// Case of a code point: ASCII, Latin-1, Latin Extended-A/B and Additional, Greek, Cyrillic and
/// Armenian are cased; everything else (including caseless scripts) is kNone.
LetterCase letter_case(uint32_t cp);

/// Role of a punctuation code point at a sentence end.
enum class PunctuationRole : uint8_t {
  kNone,
  kPeriod,    ///< '.'
  kStrong,    ///< '!', '?', and full stops / question marks of other scripts
  kEllipsis,  ///< U+2026
  kCjkStop,   ///< '。', '！', '？' and their variants: end a sentence without a space
  kQuote,     ///< a quote mark that may open or close ('"', '\'', curly quotes, guillemets)
  kOpening,   ///< an opening bracket
  kClosing,   ///< a closing bracket
};

/// Role of a code point; kNone for everything that is not punctuation with a role.
PunctuationRole punctuation_role(uint32_t cp);

/// A decoded code point and the number of bytes it took.
struct DecodedChar {
  uint32_t cp;
  uint32_t length;
};

/// Decodes the UTF-8 character at `p` (p < end). An invalid or truncated sequence decodes as
/// U+FFFD of length 1, so a caller always makes progress.
DecodedChar decode_utf8(const unsigned char* p, const unsigned char* end);

}  // namespace newsprism::text
