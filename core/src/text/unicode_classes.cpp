// Range tables for the segmenter's character classes. Ranges are sorted and disjoint; a code point
// in no range is kOther. Blocks of scripts are classed as letters as a whole (their inner marks
// and digits then join words, which is what tokenization wants), and only the punctuation inside
// them that ends sentences or separates words is carved out.
#include "text/unicode_classes.hpp"

#include <algorithm>
#include <iterator>

namespace newsprism::text {
namespace {

struct ClassRange {
  uint32_t first;
  uint32_t last;
  CharClass char_class;
};

constexpr CharClass L = CharClass::kLetter;
constexpr CharClass D = CharClass::kDigit;
constexpr CharClass M = CharClass::kMark;
constexpr CharClass C = CharClass::kCjk;
constexpr CharClass P = CharClass::kPunctuation;
constexpr CharClass S = CharClass::kSymbol;
constexpr CharClass W = CharClass::kSpace;

// Non-ASCII ranges, sorted by first code point.
constexpr ClassRange kRanges[] = {
    {0x00A0, 0x00A0, W},   {0x00A1, 0x00A1, P},   {0x00A2, 0x00A6, S},   {0x00A7, 0x00A7, P},
    {0x00A8, 0x00A9, S},   {0x00AA, 0x00AA, L},   {0x00AB, 0x00AB, P},   {0x00AC, 0x00AC, S},
    {0x00AD, 0x00AD, M},   {0x00AE, 0x00B4, S},   {0x00B5, 0x00B5, L},   {0x00B6, 0x00B7, P},
    {0x00B8, 0x00B9, S},   {0x00BA, 0x00BA, L},   {0x00BB, 0x00BB, P},   {0x00BC, 0x00BE, S},
    {0x00BF, 0x00BF, P},   {0x00C0, 0x00D6, L},   {0x00D7, 0x00D7, S},   {0x00D8, 0x00F6, L},
    {0x00F7, 0x00F7, S},   {0x00F8, 0x02FF, L},   {0x0300, 0x036F, M},   {0x0370, 0x037D, L},
    {0x037E, 0x037E, P},   {0x037F, 0x0386, L},   {0x0387, 0x0387, P},   {0x0388, 0x0482, L},
    {0x0483, 0x0489, M},   {0x048A, 0x0588, L},   {0x0589, 0x058A, P},   {0x058B, 0x0590, L},
    {0x0591, 0x05BD, M},   {0x05BE, 0x05BE, P},   {0x05BF, 0x05BF, M},   {0x05C0, 0x05C0, P},
    {0x05C1, 0x05C2, M},   {0x05C3, 0x05C3, P},   {0x05C4, 0x05C5, M},   {0x05C6, 0x05C6, P},
    {0x05C7, 0x05C7, M},   {0x05C8, 0x05FF, L},   {0x0600, 0x0605, M},   {0x0606, 0x060F, P},
    {0x0610, 0x061A, M},   {0x061B, 0x061F, P},   {0x0620, 0x064A, L},   {0x064B, 0x065F, M},
    {0x0660, 0x0669, D},   {0x066A, 0x066D, P},   {0x066E, 0x066F, L},   {0x0670, 0x0670, M},
    {0x0671, 0x06D3, L},   {0x06D4, 0x06D4, P},   {0x06D5, 0x06D5, L},   {0x06D6, 0x06ED, M},
    {0x06EE, 0x06EF, L},   {0x06F0, 0x06F9, D},   {0x06FA, 0x0963, L},   {0x0964, 0x0965, P},
    {0x0966, 0x096F, D},   {0x0970, 0x0E4F, L},   {0x0E50, 0x0E59, D},   {0x0E5A, 0x10FF, L},
    {0x1100, 0x11FF, C},   {0x1200, 0x1AAF, L},   {0x1AB0, 0x1AFF, M},   {0x1B00, 0x1DBF, L},
    {0x1DC0, 0x1DFF, M},   {0x1E00, 0x1FFF, L},   {0x2000, 0x200B, W},   {0x200C, 0x200F, M},
    {0x2010, 0x2027, P},   {0x2028, 0x2029, W},   {0x202A, 0x202E, M},   {0x202F, 0x202F, W},
    {0x2030, 0x205E, P},   {0x205F, 0x205F, W},   {0x2060, 0x206F, M},   {0x2070, 0x20CF, S},
    {0x20D0, 0x20FF, M},   {0x2100, 0x2BFF, S},   {0x2C00, 0x2DFF, L},   {0x2E00, 0x2E7F, P},
    {0x2E80, 0x2FDF, C},   {0x2FF0, 0x2FFF, S},   {0x3000, 0x3000, W},   {0x3001, 0x3004, P},
    {0x3005, 0x3007, C},   {0x3008, 0x3020, P},   {0x3021, 0x3029, C},   {0x302A, 0x302F, M},
    {0x3030, 0x3030, P},   {0x3031, 0x3035, C},   {0x3036, 0x3037, S},   {0x3038, 0x303C, C},
    {0x303D, 0x303D, P},   {0x303E, 0x303F, S},   {0x3040, 0x3098, C},   {0x3099, 0x309A, M},
    {0x309B, 0x30FA, C},   {0x30FB, 0x30FB, P},   {0x30FC, 0x31BF, C},   {0x31C0, 0x31EF, S},
    {0x31F0, 0x31FF, C},   {0x3200, 0x33FF, S},   {0x3400, 0x4DBF, C},   {0x4DC0, 0x4DFF, S},
    {0x4E00, 0x9FFF, C},   {0xA000, 0xA95F, L},   {0xA960, 0xA97F, C},   {0xA980, 0xABFF, L},
    {0xAC00, 0xD7FF, C},   {0xF900, 0xFAFF, C},   {0xFB00, 0xFDFF, L},   {0xFE00, 0xFE0F, M},
    {0xFE10, 0xFE19, P},   {0xFE20, 0xFE2F, M},   {0xFE30, 0xFE6F, P},   {0xFE70, 0xFEFE, L},
    {0xFEFF, 0xFEFF, M},   {0xFF01, 0xFF0F, P},   {0xFF10, 0xFF19, D},   {0xFF1A, 0xFF20, P},
    {0xFF21, 0xFF3A, L},   {0xFF3B, 0xFF40, P},   {0xFF41, 0xFF5A, L},   {0xFF5B, 0xFF65, P},
    {0xFF66, 0xFFDC, C},   {0xFFE0, 0xFFEE, S},   {0xFFF9, 0xFFFB, M},   {0x10000, 0x1CFFF, L},
    {0x1D000, 0x1D3FF, S}, {0x1D400, 0x1EFFF, L}, {0x1F000, 0x1F3FA, S}, {0x1F3FB, 0x1F3FF, M},
    {0x1F400, 0x1FBFF, S}, {0x20000, 0x3FFFF, C}, {0xE0000, 0xE01EF, M},
};

constexpr bool ranges_are_sorted() {
  for (size_t i = 1; i < std::size(kRanges); ++i) {
    if (kRanges[i].first <= kRanges[i - 1].last || kRanges[i].first > kRanges[i].last) {
      return false;
    }
  }
  return true;
}
static_assert(ranges_are_sorted(), "kRanges must be sorted and disjoint");

CharClass classify_ascii(uint32_t cp) {
  if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return CharClass::kLetter;
  if (cp >= '0' && cp <= '9') return CharClass::kDigit;
  if (cp == ' ' || (cp >= '\t' && cp <= '\r')) return CharClass::kSpace;
  if (cp < 0x20 || cp == 0x7F) return CharClass::kOther;
  switch (cp) {
    case '$':
    case '%':
    case '&':
    case '*':
    case '+':
    case '<':
    case '=':
    case '>':
    case '@':
    case '#':
    case '^':
    case '`':
    case '|':
    case '~': return CharClass::kSymbol;
    default: return CharClass::kPunctuation;
  }
}

// Latin Extended-A alternates upper and lower case, with the parity flipping in two stretches.
LetterCase latin_extended_a_case(uint32_t cp) {
  if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return LetterCase::kLower;
  if (cp == 0x178) return LetterCase::kUpper;
  bool odd_is_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  bool odd = (cp & 1) != 0;
  return odd == odd_is_upper ? LetterCase::kUpper : LetterCase::kLower;
}

LetterCase parity_case(uint32_t cp) {
  return (cp & 1) == 0 ? LetterCase::kUpper : LetterCase::kLower;
}

}  // namespace

CharClass classify_code_point(uint32_t cp) {
  if (cp < 0x80) return classify_ascii(cp);
  if (cp == 0xFFFD) return CharClass::kOther;
  const ClassRange* end = std::end(kRanges);
  const ClassRange* it =
      std::upper_bound(std::begin(kRanges), end, cp,
                       [](uint32_t value, const ClassRange& range) { return value < range.first; });
  if (it == std::begin(kRanges)) return CharClass::kOther;
  --it;
  return cp <= it->last ? it->char_class : CharClass::kOther;
}

LetterCase letter_case(uint32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return LetterCase::kUpper;
    if (cp >= 'a' && cp <= 'z') return LetterCase::kLower;
    return LetterCase::kNone;
  }
  if (cp < 0x100) {
    if (cp == 0xAA || cp == 0xB5 || cp == 0xBA) return LetterCase::kLower;
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return LetterCase::kNone;
    return cp <= 0xDE ? LetterCase::kUpper : LetterCase::kLower;
  }
  if (cp < 0x180) return latin_extended_a_case(cp);
  if (cp >= 0x1E00 && cp <= 0x1EFF) return parity_case(cp);
  if (cp >= 0x386 && cp <= 0x3CF) {
    if (cp == 0x387) return LetterCase::kNone;
    if (cp == 0x390) return LetterCase::kLower;
    return (cp <= 0x3AB || cp == 0x3CF) ? LetterCase::kUpper : LetterCase::kLower;
  }
  if (cp >= 0x400 && cp <= 0x52F) {
    if (cp <= 0x42F) return LetterCase::kUpper;
    if (cp <= 0x45F) return LetterCase::kLower;
    if (cp >= 0x482 && cp <= 0x489) return LetterCase::kNone;
    if (cp == 0x4C0) return LetterCase::kUpper;
    if (cp == 0x4CF) return LetterCase::kLower;
    if (cp >= 0x4C1 && cp <= 0x4CE) {
      return (cp & 1) != 0 ? LetterCase::kUpper : LetterCase::kLower;
    }
    return parity_case(cp);
  }
  if (cp >= 0x531 && cp <= 0x556) return LetterCase::kUpper;
  if (cp >= 0x561 && cp <= 0x587) return LetterCase::kLower;
  if (cp >= 0xFF21 && cp <= 0xFF3A) return LetterCase::kUpper;
  if (cp >= 0xFF41 && cp <= 0xFF5A) return LetterCase::kLower;
  return LetterCase::kNone;
}

PunctuationRole punctuation_role(uint32_t cp) {
  switch (cp) {
    case '.': return PunctuationRole::kPeriod;
    case '!':
    case '?':
    case 0x037E:
    case 0x0589:
    case 0x061F:
    case 0x06D4:
    case 0x0964:
    case 0x0965:
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049: return PunctuationRole::kStrong;
    case 0x2026: return PunctuationRole::kEllipsis;
    case 0x3002:
    case 0xFF01:
    case 0xFF0E:
    case 0xFF1F:
    case 0xFF61: return PunctuationRole::kCjkStop;
    // Quote marks are direction-ambiguous across languages ("„Ja.“", "»Ja.«"), so the segmenter
    // decides by what follows them instead of by the code point.
    case '"':
    case '\'':
    case 0x00AB:
    case 0x00BB:
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2039:
    case 0x203A:
    case 0xFF02:
    case 0xFF07: return PunctuationRole::kQuote;
    case '(':
    case '[':
    case '{':
    case 0x00A1:
    case 0x00BF:
    case 0x3008:
    case 0x300A:
    case 0x300C:
    case 0x300E:
    case 0x3010:
    case 0x3014:
    case 0x3016:
    case 0x3018:
    case 0x301A:
    case 0x301D:
    case 0xFF08:
    case 0xFF3B:
    case 0xFF5B: return PunctuationRole::kOpening;
    case ')':
    case ']':
    case '}':
    case 0x3009:
    case 0x300B:
    case 0x300D:
    case 0x300F:
    case 0x3011:
    case 0x3015:
    case 0x3017:
    case 0x3019:
    case 0x301B:
    case 0x301E:
    case 0x301F:
    case 0xFF09:
    case 0xFF3D:
    case 0xFF5D: return PunctuationRole::kClosing;
    default: return PunctuationRole::kNone;
  }
}

DecodedChar decode_utf8(const unsigned char* p, const unsigned char* end) {
  constexpr DecodedChar kInvalid = {0xFFFD, 1};
  unsigned char lead = p[0];
  if (lead < 0x80) return {lead, 1};
  uint32_t length;
  uint32_t cp;
  uint32_t min;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, cp = lead & 0x1Fu, min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, cp = lead & 0x0Fu, min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, cp = lead & 0x07u, min = 0x10000;
  } else {
    return kInvalid;
  }
  if (end - p < static_cast<std::ptrdiff_t>(length)) return kInvalid;
  for (uint32_t i = 1; i < length; ++i) {
    if ((p[i] & 0xC0) != 0x80) return kInvalid;
    cp = (cp << 6) | (p[i] & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalid;
  return {cp, length};
}

}  // namespace newsprism::text
