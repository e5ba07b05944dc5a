// Folding for matching: the display text keeps typographic quotes and dashes, but two copies of
// a paragraph that differ only in them (a CMS "smartened" one) must compare equal.
#include <utf8/core.h>

#include "newsprism/text.hpp"

namespace newsprism {
namespace {

// The ASCII replacement of a code point, or nullptr to keep it.
const char* fold_replacement(uint32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
    case 0x2039: case 0x203A: case 0xFF07:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x2036:
    case 0x00AB: case 0x00BB: case 0xFF02:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2026:
      return "...";
    default:
      return nullptr;
  }
}

}  // namespace

std::string fold_for_matching(std::string_view text, OffsetMap* map) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      out.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + 32) : static_cast<char>(byte));
      ++i;
      continue;
    }
    auto it = text.begin() + static_cast<std::ptrdiff_t>(i);
    uint32_t cp = 0;
    if (utf8::internal::validate_next(it, text.end(), cp) != utf8::internal::UTF8_OK) {
      out.push_back(static_cast<char>(byte));  // invalid bytes pass through, one at a time
      ++i;
      continue;
    }
    size_t length = static_cast<size_t>(it - text.begin()) - i;
    if (const char* replacement = fold_replacement(cp)) {
      if (map) map->add(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(i));
      out.append(replacement);
      if (map) map->add(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(i + length));
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  if (map) map->finish(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(text.size()));
  return out;
}

}  // namespace newsprism
