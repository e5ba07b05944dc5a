#include "parse/json_string.hpp"

#include <utf8/unchecked.h>

#include <cstring>

#include "parse/rule_text.hpp"

namespace newsprism::parse {
namespace {

// The code unit of "\uXXXX" at `at` (the backslash), or -1 when there is none there.
int32_t escaped_unit(std::string_view text, size_t at) {
  if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u') return -1;
  int32_t unit = 0;
  for (size_t k = at + 2; k < at + 6; ++k) {
    const int digit = rule_text::hex_value(text[k]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

JsonEscape encode(uint32_t raw_length, uint32_t cp) {
  JsonEscape escape;
  escape.raw_length = raw_length;
  escape.utf8_length = static_cast<uint32_t>(utf8::unchecked::append(cp, escape.utf8) - escape.utf8);
  return escape;
}

// What map_json_string() walked.
struct MappedString {
  size_t end = std::string_view::npos;  // the closing quote in `text`, or npos
  size_t length = 0;                    // decoded bytes
};

// Walks the string whose content `text` starts at input offset `first` (just after its opening
// quote), giving its decoded bytes to write(at, bytes, length) in order (`at` where they go in
// the decoded string) and, when it closes, its map (as json_string_map() says) to `map`.
template <typename Write>
MappedString map_json_string(std::string_view text, size_t first, OffsetMap& map, Write&& write) {
  MappedString mapped;
  OffsetMap built;
  built.add(0, static_cast<uint32_t>(first));
  mapped.end = walk_json_string(
      text,
      [&](size_t at, size_t length) {
        write(mapped.length, text.data() + at, length);
        mapped.length += length;
      },
      [&](size_t at, const JsonEscape& escape) {
        write(mapped.length, escape.utf8, escape.utf8_length);
        mapped.length += escape.utf8_length;
        built.add(static_cast<uint32_t>(mapped.length), static_cast<uint32_t>(first + at + escape.raw_length));
      });
  if (mapped.end == std::string_view::npos) return mapped;
  built.finish(static_cast<uint32_t>(mapped.length), static_cast<uint32_t>(first + mapped.end));
  map = std::move(built);
  return mapped;
}

}  // namespace

JsonEscape json_unicode_escape_at(std::string_view text, size_t at) {
  const int32_t unit = escaped_unit(text, at);
  if (unit < 0) return {};
  constexpr uint32_t kReplacement = 0xFFFD;
  if (unit >= 0xD800 && unit <= 0xDBFF) {
    // A high surrogate takes the low one that follows it; without one it stands alone, is
    // replaced, and whatever follows is read on its own.
    const int32_t low = escaped_unit(text, at + 6);
    if (low >= 0xDC00 && low <= 0xDFFF) {
      return encode(12, 0x10000 + ((static_cast<uint32_t>(unit) - 0xD800) << 10) + (static_cast<uint32_t>(low) - 0xDC00));
    }
    return encode(6, kReplacement);
  }
  if (unit >= 0xDC00 && unit <= 0xDFFF) return encode(6, kReplacement);
  return encode(6, static_cast<uint32_t>(unit));
}

JsonStringCheck check_json_string(std::string_view text) {
  JsonStringCheck check;
  bool blank = true;
  const size_t end = walk_json_string(
      text,
      [&](size_t start, size_t length) {
        for (size_t i = start; blank && i < start + length; ++i) blank = rule_text::is_space(text[i]);
      },
      [&](size_t, const JsonEscape& escape) {
        blank = blank && escape.utf8_length == 1 && rule_text::is_space(escape.utf8[0]);
      });
  if (end == std::string_view::npos) return check;
  check.valid = true;
  check.blank = blank;
  check.length = end;
  return check;
}

bool json_string_map(std::string_view input, uint64_t quote, size_t decoded_length, OffsetMap& map) {
  if (quote >= input.size() || input[static_cast<size_t>(quote)] != '"') return false;
  const size_t first = static_cast<size_t>(quote) + 1;
  OffsetMap built;
  const MappedString mapped = map_json_string(input.substr(first), first, built, [](size_t, const char*, size_t) {});
  if (mapped.end == std::string_view::npos || mapped.length != decoded_length) return false;
  map = std::move(built);
  return true;
}

size_t decode_json_string(std::string_view input, uint64_t quote, size_t raw_length, char* out, OffsetMap& map) {
  // The string must sit in the input as told: a quote at each end. Then no walk of it writes
  // more than raw_length bytes, even were its inside not what the check saw.
  if (quote >= input.size() || raw_length + 1 >= input.size() - quote || input[static_cast<size_t>(quote)] != '"' ||
      input[static_cast<size_t>(quote) + 1 + raw_length] != '"') {
    return std::string_view::npos;
  }
  const size_t first = static_cast<size_t>(quote) + 1;
  const MappedString mapped = map_json_string(
      input.substr(first, raw_length + 1), first, map,
      [out](size_t at, const char* bytes, size_t length) { std::memcpy(out + at, bytes, length); });
  return mapped.end == raw_length ? mapped.length : std::string_view::npos;
}

}  // namespace newsprism::parse
