// One pass over the input bytes: repair UTF-8 and normalize line ends, spaces and invisible
// characters, recording an offset anchor wherever output and input drift apart.
#include <utf8/core.h>

#include <cstdint>
#include <cstring>

#include "newsprism/text.hpp"
#include "text/byte_scan.hpp"

namespace newsprism {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

enum class Fold { kKeep, kSpace, kNewline, kRemove, kReplaceControl };

// What to do with a decoded non-ASCII code point.
Fold fold_code_point(uint32_t cp) {
  if (cp >= 0x80 && cp <= 0x9F) return cp == 0x85 ? Fold::kNewline : Fold::kReplaceControl;
  switch (cp) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return Fold::kSpace;
    case 0x2028: case 0x2029:
      return Fold::kNewline;
    // Soft hyphen, zero-width space, word joiner, BOM / zero-width no-break space. ZWJ and ZWNJ
    // are kept: they change how emoji and Persian or Indic text render.
    case 0x00AD: case 0x200B: case 0x2060: case 0xFEFF:
      return Fold::kRemove;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return Fold::kSpace;
  return Fold::kKeep;
}

}  // namespace

NormalizedText normalize_text(std::string_view input) {
  NormalizedText result;
  std::string& out = result.text;
  out.reserve(input.size());
  OffsetMap& map = result.to_input;
  NormalizationCounts& counts = result.counts;

  const auto* begin = reinterpret_cast<const unsigned char*>(input.data());
  const auto* end = begin + input.size();
  const auto* p = begin;
  auto position = [&](const unsigned char* at) { return static_cast<uint32_t>(at - begin); };
  auto anchor = [&](const unsigned char* next) {
    map.add(static_cast<uint32_t>(out.size()), position(next));
  };

  while (p < end) {
    // Fast path: printable ASCII and '\n' copy straight through and keep offsets in step.
    const unsigned char* run = p;
    p = byte_scan::skip_plain_ascii(p, end);
    while (p < end && ((*p >= 0x20 && *p < 0x7F) || *p == '\n')) ++p;
    if (p != run) out.append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
    if (p >= end) break;

    unsigned char byte = *p;
    if (byte < 0x80) {
      if (byte == '\t') {
        out.push_back(' ');
        ++counts.unicode_spaces;
        ++p;
      } else if (byte == '\r') {
        out.push_back('\n');
        ++counts.carriage_returns;
        p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
        anchor(p);
      } else if (byte == 0x0B || byte == 0x0C) {
        out.push_back('\n');
        ++p;
      } else if (byte == 0) {
        if (counts.first_nul_byte < 0) counts.first_nul_byte = position(p);
        ++counts.nul_bytes;
        out.append(kReplacement);
        ++p;
        anchor(p);
      } else {  // other C0 controls and DEL
        ++counts.control_characters;
        out.append(kReplacement);
        ++p;
        anchor(p);
      }
      continue;
    }

    const unsigned char* sequence = p;
    uint32_t cp = 0;
    utf8::internal::utf_error status = utf8::internal::validate_next(p, end, cp);
    if (status != utf8::internal::UTF8_OK) {
      // One U+FFFD per invalid lead and the continuation bytes that follow it.
      if (counts.first_invalid_utf8 < 0) counts.first_invalid_utf8 = position(sequence);
      ++counts.invalid_utf8;
      p = sequence + 1;
      while (p < end && (*p & 0xC0) == 0x80 && p - sequence < 4) ++p;
      out.append(kReplacement);
      anchor(p);
      continue;
    }
    switch (fold_code_point(cp)) {
      case Fold::kKeep:
        out.append(reinterpret_cast<const char*>(sequence), static_cast<size_t>(p - sequence));
        break;
      case Fold::kSpace:
        out.push_back(' ');
        ++counts.unicode_spaces;
        anchor(p);
        break;
      case Fold::kNewline:
        out.push_back('\n');
        anchor(p);
        break;
      case Fold::kRemove:
        ++counts.invisible_characters;
        anchor(p);
        break;
      case Fold::kReplaceControl:
        ++counts.control_characters;
        out.append(kReplacement);
        anchor(p);
        break;
    }
  }
  map.finish(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(input.size()));
  return result;
}

bool is_normalized(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    p = byte_scan::skip_plain_ascii(p, end);
    while (p < end && ((*p >= 0x20 && *p < 0x7F) || *p == '\n')) ++p;
    if (p >= end) break;
    if (*p < 0x80) return false;  // a tab, CR, other control or DEL: normalize_text() changes it
    uint32_t cp = 0;
    if (utf8::internal::validate_next(p, end, cp) != utf8::internal::UTF8_OK) return false;
    if (fold_code_point(cp) != Fold::kKeep) return false;
  }
  return true;
}

uint32_t utf16_length(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  uint32_t units = 0;
  while (p < end) {
    // Runs of ASCII, most of most texts, count a unit a byte and are skipped many bytes a step.
    const unsigned char* run = p;
    p = byte_scan::skip_ascii(p, end);
    units += static_cast<uint32_t>(p - run);
    // Then bytes one by one up to the next ASCII byte: every lead byte starts one unit; 4-byte
    // sequences need a surrogate pair.
    for (; p < end && (*p >= 0x80 || p == run); ++p) {
      units += is_utf8_lead(*p) ? 1u : 0u;
      units += *p >= 0xF0 ? 1u : 0u;
    }
  }
  return units;
}

}  // namespace newsprism
