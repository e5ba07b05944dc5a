// HTML character references (&amp; &#233; &#xE9;) decoded the way the WHATWG tokenizer does,
// with the full named table, so text from pages and feeds reads as a browser would show it.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "newsprism/text.hpp"

namespace newsprism::parse {

/// One entry of the WHATWG named character reference table: a name without the leading '&'
/// ("amp;", or the legacy form "amp" that also matches without ';') and its UTF-8 value.
struct NamedCharacterReference {
  std::string_view name;
  std::string_view value;
};

/// The whole WHATWG table (2231 names, legacy forms included), sorted by name bytes.
std::span<const NamedCharacterReference> named_character_references();

/// Decodes the one character reference that starts at `text[ampersand]` (which must be '&'),
/// appending its value to `out`. Returns the number of bytes of `text` it consumed, or 0 when
/// the '&' does not start a reference the WHATWG rules decode (then nothing is appended and the
/// caller keeps the '&' as text). Named references take the longest name in the table, so
/// "&notit;" decodes "&not" and leaves "it;". `in_attribute` applies the attribute rule: a
/// name matched without ';' and followed by '=' or an ASCII alphanumeric is not decoded.
size_t decode_character_reference_at(std::string_view text, size_t ampersand, bool in_attribute,
                                     std::string& out);

/// Decodes character references in `text` (named incl. legacy forms without ';' per WHATWG
/// rules, decimal &#NN; and hex &#xHH;, with the WHATWG replacements: 0 / surrogates /
/// >0x10FFFF -> U+FFFD, the 0x80-0x9F Windows-1252 remapping). `in_attribute` applies the
/// attribute rule (a legacy name followed by '=' or an alphanumeric is not decoded). Appends to
/// `out`; records in `map` (derived = out positions relative to out's size at entry, source =
/// positions in text) anchors where lengths change, so offsets lead back. `map` may be null.
/// Returns the number of references decoded.
size_t decode_character_references(std::string_view text, bool in_attribute, std::string& out,
                                   OffsetMap* map);

/// decode_character_references() outside attributes, without a map.
std::string decode_html_entities(std::string_view text);

/// Appends the UTF-8 encoding of code point `cp` (which must be a scalar value) to `out`.
void append_utf8(uint32_t cp, std::string& out);

}  // namespace newsprism::parse
