#include "parse/json_string.hpp"

#include <cstring>

namespace newsprism::parse {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of "\uXXXX" at `at` (the backslash), or -1 when there is none there.
int32_t escaped_unit(std::string_view text, size_t at) {
  if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u') return -1;
  int32_t unit = 0;
  for (size_t k = at + 2; k < at + 6; ++k) {
    const int digit = hex_value(text[k]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

JsonEscape encode(uint32_t raw_length, uint32_t cp) {
  JsonEscape escape;
  escape.raw_length = raw_length;
  auto byte = [](uint32_t value) { return static_cast<char>(static_cast<unsigned char>(value)); };
  if (cp < 0x80) {
    escape.utf8[0] = byte(cp);
    escape.utf8_length = 1;
  } else if (cp < 0x800) {
    escape.utf8[0] = byte(0xC0 | (cp >> 6));
    escape.utf8[1] = byte(0x80 | (cp & 0x3F));
    escape.utf8_length = 2;
  } else if (cp < 0x10000) {
    escape.utf8[0] = byte(0xE0 | (cp >> 12));
    escape.utf8[1] = byte(0x80 | ((cp >> 6) & 0x3F));
    escape.utf8[2] = byte(0x80 | (cp & 0x3F));
    escape.utf8_length = 3;
  } else {
    escape.utf8[0] = byte(0xF0 | (cp >> 18));
    escape.utf8[1] = byte(0x80 | ((cp >> 12) & 0x3F));
    escape.utf8[2] = byte(0x80 | ((cp >> 6) & 0x3F));
    escape.utf8[3] = byte(0x80 | (cp & 0x3F));
    escape.utf8_length = 4;
  }
  return escape;
}

bool is_blank_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

}  // namespace

JsonEscape json_escape_at(std::string_view text, size_t at) {
  if (at + 1 >= text.size()) return {};
  if (const char simple = kSimpleJsonEscapes[static_cast<unsigned char>(text[at + 1])]; simple != 0) {
    return encode(2, static_cast<unsigned char>(simple));
  }
  if (text[at + 1] != 'u') return {};
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
        for (size_t i = start; blank && i < start + length; ++i) blank = is_blank_byte(text[i]);
      },
      [&](size_t, const JsonEscape& escape) { blank = blank && escape.utf8_length == 1 && is_blank_byte(escape.utf8[0]); });
  if (end == std::string_view::npos) return check;
  check.valid = true;
  check.blank = blank;
  check.length = end;
  return check;
}

size_t decode_json_string(std::string_view input, uint64_t quote, size_t raw_length, char* out, OffsetMap& map) {
  // The string must sit in the input as told: a quote at each end. Then no walk of it writes
  // more than raw_length bytes, even were its inside not what the check saw.
  if (quote >= input.size() || raw_length + 1 >= input.size() - quote || input[static_cast<size_t>(quote)] != '"' ||
      input[static_cast<size_t>(quote) + 1 + raw_length] != '"') {
    return std::string_view::npos;
  }
  const size_t first = static_cast<size_t>(quote) + 1;
  const std::string_view text = input.substr(first, raw_length + 1);  // the closing quote too
  size_t used = 0;
  OffsetMap built;
  built.add(0, static_cast<uint32_t>(first));
  const size_t end = walk_json_string(
      text,
      [&](size_t at, size_t length) {
        std::memcpy(out + used, text.data() + at, length);
        used += length;
      },
      [&](size_t at, const JsonEscape& escape) {
        std::memcpy(out + used, escape.utf8, escape.utf8_length);
        used += escape.utf8_length;
        built.add(static_cast<uint32_t>(used), static_cast<uint32_t>(first + at + escape.raw_length));
      });
  if (end != raw_length) return std::string_view::npos;
  built.finish(static_cast<uint32_t>(used), static_cast<uint32_t>(first + end));
  map = std::move(built);
  return used;
}

}  // namespace newsprism::parse
