// Raw JSON strings read straight from the input bytes: their escapes walked, checked and decoded
// exactly as simdjson decodes them (with replacement: a lone surrogate becomes U+FFFD), so that
// a string can be left in the input while the document is walked and decoded later, with its
// offset map, in one pass.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "newsprism/text.hpp"
#include "text/byte_scan.hpp"

namespace newsprism::parse {

/// One escape sequence of a JSON string: how many raw bytes it takes ("\n" 2, "\u00e9" 6, a
/// surrogate pair 12) and the UTF-8 it stands for. `raw_length` 0: not a valid escape.
struct JsonEscape {
  uint32_t raw_length = 0;
  uint32_t utf8_length = 0;
  char utf8[4] = {};
};

/// The byte each two-byte escape ("\\n", "\\/", ...) stands for, by its second byte; 0 for others.
inline constexpr auto kSimpleJsonEscapes = [] {
  struct Table {
    char byte[256] = {};
    constexpr char operator[](size_t i) const { return byte[i]; }
  } table;
  table.byte[static_cast<unsigned char>('"')] = '"';
  table.byte[static_cast<unsigned char>('\\')] = '\\';
  table.byte[static_cast<unsigned char>('/')] = '/';
  table.byte[static_cast<unsigned char>('b')] = '\b';
  table.byte[static_cast<unsigned char>('f')] = '\f';
  table.byte[static_cast<unsigned char>('n')] = '\n';
  table.byte[static_cast<unsigned char>('r')] = '\r';
  table.byte[static_cast<unsigned char>('t')] = '\t';
  return table;
}();

/// The "\uXXXX" escape at `at` in `text` (text[at] is the backslash): one code point, a
/// surrogate pair, or a lone surrogate (U+FFFD).
JsonEscape json_unicode_escape_at(std::string_view text, size_t at);

/// The escape at `at` in `text` (text[at] is the backslash). The two-byte ones ("\/" of every
/// closing tag in WordPress HTML, "\n", "\"") are decoded inline.
inline JsonEscape json_escape_at(std::string_view text, size_t at) {
  if (at + 1 >= text.size()) return {};
  if (const char simple = kSimpleJsonEscapes[static_cast<unsigned char>(text[at + 1])]; simple != 0) {
    JsonEscape escape;
    escape.raw_length = 2;
    escape.utf8_length = 1;
    escape.utf8[0] = simple;
    return escape;
  }
  return text[at + 1] == 'u' ? json_unicode_escape_at(text, at) : JsonEscape{};
}

/// Walks the raw content of a JSON string, `text` starting just after its opening quote, to its
/// closing quote: run(start, length) for each run of bytes that stand for themselves and
/// escape(start, JsonEscape) for each escape sequence, in order. Returns the offset of the
/// closing quote in `text`, or std::string_view::npos when an escape is not valid JSON or no
/// quote closes the string.
template <typename Run, typename Escape>
size_t walk_json_string(std::string_view text, Run&& run, Escape&& escape) {
  size_t at = 0;
  while (true) {
    // Runs between escapes are long: a vector step at a time (text/byte_scan.hpp).
    const size_t stop = byte_scan::find_any_long(text, at, text.size(), '"', '\\', '\\');
    if (stop > at) run(at, stop - at);
    if (stop >= text.size()) return std::string_view::npos;
    if (text[stop] == '"') return stop;
    const JsonEscape decoded = json_escape_at(text, stop);
    if (decoded.raw_length == 0) return std::string_view::npos;
    escape(stop, decoded);
    at = stop + decoded.raw_length;
  }
}

/// What check_json_string() found.
struct JsonStringCheck {
  bool valid = false;   ///< closed, and every escape valid
  bool blank = false;   ///< decodes to nothing but spaces, tabs and line breaks (or nothing)
  size_t length = 0;    ///< raw bytes between the quotes
};

/// Checks the raw JSON string `text` starts (just after its opening quote) without decoding it.
JsonStringCheck check_json_string(std::string_view text);

/// The map from the decoded value of the JSON string whose opening quote is at `quote` in
/// `input` back to the input bytes: each escape ("\n", "\u00e9", a surrogate pair) maps to
/// its whole escape sequence. Returns false (and leaves `map` alone) when decoding the raw
/// string does not give `decoded_length` bytes.
bool json_string_map(std::string_view input, uint64_t quote, size_t decoded_length, OffsetMap& map);

/// Decodes the JSON string whose opening quote is at `quote` in `input` and that has
/// `raw_length` bytes before its closing quote (JsonStringCheck::length) into `out`, which has
/// room for `raw_length` bytes (decoded, a string is never longer than raw), and sets `map`
/// from the decoded bytes back to the input, as json_string_map() does. Returns how many bytes
/// it wrote, or std::string_view::npos when the string is not that (then `out` and `map` are
/// unspecified).
size_t decode_json_string(std::string_view input, uint64_t quote, size_t raw_length, char* out, OffsetMap& map);

}  // namespace newsprism::parse
