// Two linear passes: a tokenizer that walks the bytes once (ASCII through a table, other
// characters decoded and classed by range), then a sentence pass over the tokens that looks at
// most a few tokens ahead of each sentence-ending mark. Neither pass recurses or backtracks more
// than one token, so time is linear and memory is the output.
#include "newsprism/segment.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <span>

#include "text/abbreviations.hpp"
#include "text/byte_scan.hpp"
#include "text/tokenize.hpp"
#include "text/unicode_classes.hpp"

namespace newsprism {
namespace {

using text::AbbreviationKind;
using text::CharClass;
using text::DecodedChar;
using text::LetterCase;
using text::PunctuationRole;

using Byte = unsigned char;

// Bits of the ASCII table.
constexpr uint8_t kAlphaBit = 1;
constexpr uint8_t kDigitBit = 2;
constexpr uint8_t kSpaceBit = 4;
constexpr uint8_t kUpperBit = 8;
constexpr uint8_t kLowerBit = 16;
constexpr uint8_t kUrlBit = 32;         // may appear inside a URL
constexpr uint8_t kEmailLocalBit = 64;  // may appear in the local part of an e-mail address
constexpr uint8_t kAlnumBits = kAlphaBit | kDigitBit;

constexpr std::array<uint8_t, 256> make_ascii_table() {
  std::array<uint8_t, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kAlphaBit | kLowerBit | kUrlBit | kEmailLocalBit;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kAlphaBit | kUpperBit | kUrlBit | kEmailLocalBit;
  for (int c = '0'; c <= '9'; ++c) table[c] = kDigitBit | kUrlBit | kEmailLocalBit;
  for (char c : {' ', '\n', '\t', '\r', '\v', '\f'}) table[static_cast<Byte>(c)] = kSpaceBit;
  for (char c : std::string_view("-._~:/?#[]@!$&'()*+,;=%")) {
    table[static_cast<Byte>(c)] |= kUrlBit;
  }
  for (char c : std::string_view("._%+-")) table[static_cast<Byte>(c)] |= kEmailLocalBit;
  return table;
}
constexpr std::array<uint8_t, 256> kAscii = make_ascii_table();

// The kind of the one-byte token each ASCII byte other than a letter, digit or space makes, so
// that the tokenizer classifies those bytes once, not per token.
std::array<TokenKind, 128> make_ascii_kinds() {
  std::array<TokenKind, 128> kinds{};
  for (uint32_t c = 0; c < 128; ++c) {
    const CharClass char_class = text::classify_code_point(c);
    kinds[c] = char_class == CharClass::kSymbol  ? TokenKind::kSymbol
               : char_class == CharClass::kOther ? TokenKind::kOther
                                                 : TokenKind::kPunctuation;
  }
  return kinds;
}
const std::array<TokenKind, 128> kAsciiKinds = make_ascii_kinds();

inline bool has(Byte byte, uint8_t bits) {
  return (kAscii[byte] & bits) != 0;
}

// The index of the lowest set bit of `bits` (not zero): no zero case to test, unlike
// std::countr_zero() on a target without a count-trailing-zeros instruction.
inline uint32_t lowest_bit(uint64_t bits) {
  return static_cast<uint32_t>(__builtin_ctzll(bits));
}

// UTF-16 code units in [p, end) of valid UTF-8: lead bytes count one, 4-byte leads one more.
inline uint32_t utf16_units(const Byte* p, const Byte* end) {
  uint32_t units = 0;
  for (; p < end; ++p) {
    units += (*p & 0xC0) != 0x80 ? 1u : 0u;
    units += *p >= 0xF0 ? 1u : 0u;
  }
  return units;
}

// The class of the character at p, ASCII through the table.
struct CharAt {
  CharClass char_class;
  uint32_t cp;
  uint32_t length;
};

inline CharAt char_at(const Byte* p, const Byte* end) {
  if (*p < 0x80) {
    uint8_t bits = kAscii[*p];
    CharClass char_class = (bits & kAlphaBit)   ? CharClass::kLetter
                           : (bits & kDigitBit) ? CharClass::kDigit
                           : (bits & kSpaceBit) ? CharClass::kSpace
                                                : text::classify_code_point(*p);
    return {char_class, *p, 1};
  }
  DecodedChar decoded = text::decode_utf8(p, end);
  return {text::classify_code_point(decoded.cp), decoded.cp, decoded.length};
}

inline bool is_word_class(CharClass char_class) {
  return char_class == CharClass::kLetter || char_class == CharClass::kDigit ||
         char_class == CharClass::kMark;
}

inline bool is_terminal_role(PunctuationRole role) {
  return role == PunctuationRole::kPeriod || role == PunctuationRole::kStrong ||
         role == PunctuationRole::kEllipsis || role == PunctuationRole::kCjkStop;
}

// Length of a URL scheme or "www." prefix at p, or 0.
size_t url_prefix_length(const Byte* p, const Byte* end) {
  auto starts_with = [&](std::string_view prefix) {
    if (static_cast<size_t>(end - p) <= prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      Byte c = p[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<Byte>(c + ('a' - 'A'));
      if (c != static_cast<Byte>(prefix[i])) return false;
    }
    // Something must follow that can be a host.
    return has(p[prefix.size()], kAlnumBits) || p[prefix.size()] >= 0x80;
  };
  // Quick reject on the second letter: many common words start with h, w or f.
  if (end - p < 5 || ((p[1] | 0x20) != 't' && (p[1] | 0x20) != 'w')) return 0;
  switch (*p | 0x20) {
    case 'h':
      if (starts_with("https://")) return 8;
      if (starts_with("http://")) return 7;
      return 0;
    case 'w': return starts_with("www.") ? 4 : 0;
    case 'f': return starts_with("ftp://") ? 6 : 0;
    default: return 0;
  }
}

// Where an e-mail address starting at `start` ends, or nullptr.
const Byte* scan_email(const Byte* start, const Byte* end) {
  const Byte* p = start;
  while (p < end && has(*p, kEmailLocalBit)) ++p;
  if (p == start || p >= end || *p != '@') return nullptr;
  ++p;
  int labels = 0;
  const Byte* last_label = p;
  while (p < end) {
    const Byte* label = p;
    while (p < end && (has(*p, kAlnumBits) || *p == '-')) ++p;
    if (p == label) return nullptr;
    ++labels;
    last_label = label;
    // Continue only through a dot that another label follows; a final '.' ends a sentence.
    if (p + 1 < end && *p == '.' && has(p[1], kAlnumBits)) {
      ++p;
      continue;
    }
    break;
  }
  if (labels < 2 || !has(*last_label, kAlphaBit)) return nullptr;
  return p;
}

// Counts how far a trailing ')' or ']' is unbalanced inside [start, end).
bool bracket_unbalanced(const Byte* start, const Byte* end, Byte open, Byte close) {
  int depth = 0;
  for (const Byte* p = start; p < end; ++p) {
    if (*p == open) ++depth;
    if (*p == close) --depth;
  }
  return depth < 0;
}

// Where a URL whose body starts at `p` ends: URL characters and letters of any script, without
// the punctuation that usually follows a URL in prose.
const Byte* scan_url_body(const Byte* start, const Byte* p, const Byte* end) {
  while (p < end) {
    if (*p < 0x80) {
      if (!has(*p, kUrlBit)) break;
      ++p;
      continue;
    }
    CharAt next = char_at(p, end);
    if (!is_word_class(next.char_class)) break;
    p += next.length;
  }
  while (p > start) {
    Byte last = p[-1];
    bool trim = std::strchr(".,;:!?'\"*", last) != nullptr && last != 0;
    if (last == ')') trim = bracket_unbalanced(start, p, '(', ')');
    if (last == ']') trim = bracket_unbalanced(start, p, '[', ']');
    if (!trim) break;
    --p;
  }
  return p;
}

// Where the tokenizer's tokens go. TokenList keeps every token with its UTF-16 offsets and
// notes the sentence hints (segment_text); WordRanges keeps only the byte ranges of the word
// tokens (fingerprints need no more). Both get the same calls from the same Tokenizer, so the
// word ranges are exactly those of the word tokens in the token list.
//   token(kind, start, end)        a token
//   ascii_token(kind, start, end)  a token of ASCII bytes only
//   alnum_tokens(block, starts, ends)  the runs of ASCII letters and digits of a block, as words
//                                      and numbers
//   extend_last(end)               the last token now ends at `end` (marks typed after it)
//   line_break()                   a '\n' between tokens

// The full token list: emit adds the bases to the offsets.
class TokenList {
 public:
  TokenList(std::string_view text, uint32_t byte_base, uint32_t utf16_base, std::vector<Token>& tokens,
            SentenceHints& hints)
      : begin_(reinterpret_cast<const Byte*>(text.data())),
        end_(begin_ + text.size()),
        byte_base_(byte_base),
        utf16_base_(utf16_base),
        tokens_(tokens),
        first_index_(tokens.size()),
        hints_(hints) {}

  // Inlined: it runs once per token and its callers are few.
  [[gnu::always_inline]] inline void token(TokenKind kind, const Byte* start, const Byte* end) {
    uint32_t start_utf16 = utf16_at(start);
    uint32_t end_utf16 = utf16_at(end);
    if (newline_pending_) note_line_start();
    word_tokens_ += kind == TokenKind::kWord || kind == TokenKind::kNumber || kind == TokenKind::kCjk ? 1u : 0u;
    Byte last = end[-1];
    if (last == '.' || last == '!' || last == '?' ||
        (last >= 0x80 && kind == TokenKind::kPunctuation)) {
      hints_.candidate_ends.push_back(next_index());
    }
    tokens_.push_back({kind,
                       {static_cast<uint32_t>(start - begin_) + byte_base_,
                        static_cast<uint32_t>(end - begin_) + byte_base_, start_utf16 + utf16_base_,
                        end_utf16 + utf16_base_}});
  }

  // token() for a token of ASCII bytes: its UTF-16 length is its byte length.
  [[gnu::always_inline]] inline void ascii_token(TokenKind kind, const Byte* start, const Byte* end) {
    const uint32_t start_utf16 = utf16_at(start);
    const auto length = static_cast<uint32_t>(end - start);
    if (newline_pending_) note_line_start();
    word_tokens_ += kind == TokenKind::kWord || kind == TokenKind::kNumber ? 1u : 0u;
    const Byte last = end[-1];
    if (last == '.' || last == '!' || last == '?') hints_.candidate_ends.push_back(next_index());
    const uint32_t start_byte = static_cast<uint32_t>(start - begin_) + byte_base_;
    const uint32_t start_unit = start_utf16 + utf16_base_;
    tokens_.push_back({kind, {start_byte, start_byte + length, start_unit, start_unit + length}});
  }

  // ascii_token() for each run of ASCII letters and digits of a 64-byte block from `block`,
  // a number when it starts with a digit: bit i of `starts` and of `ends` say that a run starts
  // or ends at block[i], the k-th start pairing with the k-th end. One call writes a block's runs
  // with the offsets worked out once.
  void alnum_tokens(const Byte* block, uint64_t starts, uint64_t ends) {
    if (block + (63 - std::countl_zero(ends)) > ascii_end_) {  // the UTF-16 offsets need counting
      for (; starts != 0; starts &= starts - 1, ends &= ends - 1) {
        const Byte* start = block + lowest_bit(starts);
        ascii_token(*start <= '9' ? TokenKind::kNumber : TokenKind::kWord, start, block + lowest_bit(ends));
      }
      return;
    }
    if (newline_pending_) note_line_start();
    const size_t before = tokens_.size();
    const uint32_t byte_at = offset(block) + byte_base_;
    const uint32_t unit_at = offset(block) + units_minus_bytes_ + utf16_base_;
    for (; starts != 0; starts &= starts - 1, ends &= ends - 1) {
      const uint32_t start = lowest_bit(starts);
      const uint32_t end = lowest_bit(ends);
      const TokenKind kind = block[start] <= '9' ? TokenKind::kNumber : TokenKind::kWord;
      tokens_.push_back({kind, {byte_at + start, byte_at + end, unit_at + start, unit_at + end}});
    }
    word_tokens_ += static_cast<uint32_t>(tokens_.size() - before);
  }

  void extend_last(const Byte* end) {
    Token& previous = tokens_.back();
    previous.range.end = static_cast<uint32_t>(end - begin_) + byte_base_;
    previous.range.end_utf16 = utf16_at(end) + utf16_base_;
  }

  void line_break() { newline_pending_ = true; }

  // How many of the tokens are words (kWord, kNumber, kCjk).
  uint32_t word_tokens() const { return word_tokens_; }

 private:
  // The index (within this text) of the token about to be added: counted only where a hint
  // needs it, not for every token.
  uint32_t next_index() const { return static_cast<uint32_t>(tokens_.size() - first_index_); }

  // A '\n' came before the token about to be added: it starts a line, unless it is the first.
  void note_line_start() {
    const uint32_t index = next_index();
    if (index > 0) hints_.line_starts.push_back(index);
    newline_pending_ = false;
  }

  // UTF-16 offset of local byte position `to`; positions only move forward. Every byte before
  // `ascii_end_` from the last position counted on is ASCII, so up to it the UTF-16 offset is the
  // byte offset plus `units_minus_bytes_` (an addition: no state written, which is most tokens);
  // past it the units are counted from it and the next non-ASCII byte searched for. The whole
  // text is thus read at most once more.
  uint32_t utf16_at(const Byte* to) {
    if (to <= ascii_end_) return offset(to) + units_minus_bytes_;
    const uint32_t units = offset(ascii_end_) + units_minus_bytes_ + utf16_units(ascii_end_, to);
    units_minus_bytes_ = units - offset(to);  // modulo 2^32: UTF-16 never has more units than bytes
    ascii_end_ = find_non_ascii(to);
    return units;
  }

  uint32_t offset(const Byte* at) const { return static_cast<uint32_t>(at - begin_); }

  // Exactly, so that the tokens at the end of an ASCII text take the addition too.
  const Byte* find_non_ascii(const Byte* p) const {
    p = byte_scan::skip_ascii(p, end_);
    while (p < end_ && *p < 0x80) ++p;
    return p;
  }

  const Byte* begin_;
  const Byte* end_;
  uint32_t byte_base_;
  uint32_t utf16_base_;
  std::vector<Token>& tokens_;
  size_t first_index_;  // tokens before it belong to earlier texts; hints count from it
  SentenceHints& hints_;
  bool newline_pending_ = false;
  uint32_t word_tokens_ = 0;
  uint32_t units_minus_bytes_ = 0;  // UTF-16 offset minus byte offset, up to ascii_end_
  const Byte* ascii_end_ = find_non_ascii(begin_);
};

// Only the byte ranges of the word tokens (kWord, kNumber, kCjk).
class WordRanges {
 public:
  WordRanges(std::string_view text, std::vector<text::ByteRange>& words)
      : begin_(reinterpret_cast<const Byte*>(text.data())), words_(words) {}

  [[gnu::always_inline]] inline void token(TokenKind kind, const Byte* start, const Byte* end) {
    last_is_word_ = kind == TokenKind::kWord || kind == TokenKind::kNumber || kind == TokenKind::kCjk;
    if (last_is_word_) words_.push_back({offset(start), offset(end)});
  }

  [[gnu::always_inline]] inline void ascii_token(TokenKind kind, const Byte* start, const Byte* end) {
    token(kind, start, end);
  }

  void alnum_tokens(const Byte* block, uint64_t starts, uint64_t ends) {
    const uint32_t at = offset(block);
    for (; starts != 0; starts &= starts - 1, ends &= ends - 1) {
      words_.push_back({at + lowest_bit(starts), at + lowest_bit(ends)});
    }
    last_is_word_ = true;
  }

  void extend_last(const Byte* end) {
    if (last_is_word_) words_.back().end = offset(end);
  }

  void line_break() {}

 private:
  uint32_t offset(const Byte* at) const { return static_cast<uint32_t>(at - begin_); }

  const Byte* begin_;
  std::vector<text::ByteRange>& words_;
  bool last_is_word_ = false;
};

// Splits text into tokens for a sink (above), in one pass.
template <typename Sink>
class Tokenizer {
 public:
  Tokenizer(std::string_view text, Sink& sink)
      : begin_(reinterpret_cast<const Byte*>(text.data())), end_(begin_ + text.size()), sink_(sink) {}

  void run() {
    const Byte* p = begin_;
    while (p < end_) {
      p = common_tokens(p);
      if (p < end_) p = next_token(p);
    }
  }

  // Every token through next_token(): what the tests hold run() to.
  void run_per_token() {
    for (const Byte* p = begin_; p < end_;) p = next_token(p);
  }

 private:
  // Most tokens are ASCII words and numbers between spaces, ASCII marks and runs of '.', '!',
  // '?'. This walks them 64 bytes at a time from masks: the letter-and-digit runs between two
  // other bytes (or line breaks) go to the sink in one call, as the bits of their starts and ends.
  // It stops at the first token that needs next_token()'s rules (a word that a connector or
  // non-ASCII byte may continue, anything non-ASCII, a mark that non-ASCII may follow). Each
  // token it makes is the one next_token() would make there.
  const Byte* common_tokens(const Byte* p) {
    while (p < end_) {
      const auto left = static_cast<size_t>(end_ - p);
      const swar::WordMasks masks = block_masks(p, left);
      size_t limit = left < 64 ? left : 64;  // masks have no bits from `limit` up
      // p starts a token or a space, so a run starting at bit 0 starts there.
      uint64_t starts = masks.alnum & ~(masks.alnum << 1);
      uint64_t ends = ~masks.alnum & (masks.alnum << 1);  // the byte after each run (or `limit`)
      if (limit == 64 && (masks.alnum >> 63) != 0) {
        // The last run may go on in the next block, which starts with it.
        limit = static_cast<size_t>(63 - std::countl_zero(starts));
        if (limit == 0) return p;  // a run longer than a block
        starts &= below(limit);
      }
      uint64_t others = ~(masks.alnum | masks.space) & below(limit);
      uint64_t newlines = masks.newline & below(limit);
      while (true) {
        const auto other = static_cast<size_t>(std::countr_zero(others));
        const auto newline = static_cast<size_t>(std::countr_zero(newlines));
        const size_t stop = std::min(std::min(other, newline), limit);
        uint64_t run_starts = starts & below(stop);
        uint64_t run_ends = ends & below(stop + 1);
        const Byte* word_start = nullptr;  // a run that what follows it may continue
        if (stop == other && other < limit && ((ends >> other) & 1) && !ends_plain_word(p + other)) {
          const auto last = static_cast<size_t>(63 - std::countl_zero(run_starts));
          run_starts &= ~(uint64_t{1} << last);
          run_ends &= ~(uint64_t{1} << other);
          word_start = p + last;
        }
        if (run_starts != 0) {
          sink_.alnum_tokens(p, run_starts, run_ends);
          last_end_ = p + (63 - std::countl_zero(run_ends));
        }
        if (stop == limit) break;
        size_t taken = stop + 1;
        if (word_start != nullptr) {
          const Byte* end = word_before_period(word_start, p + other);
          if (end == nullptr) return word_start;
          taken = static_cast<size_t>(end - p);
        } else if (stop == newline) {
          sink_.line_break();
        } else {
          const Byte* start = p + other;
          const Byte c = *start;
          if (c >= 0x80) return start;
          const Byte* end = start + 1;
          if (c == '.' || c == '!' || c == '?') {
            while (end < end_ && (*end == '.' || *end == '!' || *end == '?')) ++end;
            if (end < end_ && *end >= 0x80) return start;  // a non-ASCII stop may continue it
            emit_ascii(TokenKind::kPunctuation, start, end);
          } else {
            if (end < end_ && *end >= 0x80) return start;  // marks may follow
            emit_ascii(kAsciiKinds[c], start, end);
          }
          taken = static_cast<size_t>(end - p);
        }
        if (taken >= limit) {
          limit = taken;
          break;
        }
        const uint64_t rest = ~below(taken);
        starts &= rest;
        ends &= rest;
        others &= rest;
        newlines &= rest;
      }
      p += limit;
    }
    return p;
  }

  // The bits below bit n (n up to 64).
  static uint64_t below(size_t n) { return n >= 64 ? ~uint64_t{0} : (uint64_t{1} << n) - 1; }

  // The masks of the 64 bytes from p; past the end of the text, no bits. A short tail is read
  // from the last 64 bytes of the text, or for a short text from a padded copy, so no read ever
  // passes the end.
  swar::WordMasks block_masks(const Byte* p, size_t left) const {
    if (left >= 64) return byte_scan::word_masks(p);
    if (end_ - begin_ >= 64) {
      swar::WordMasks masks = byte_scan::word_masks(end_ - 64);
      const auto shift = static_cast<unsigned>(64 - left);
      masks.alnum >>= shift;
      masks.space >>= shift;
      masks.newline >>= shift;
      return masks;
    }
    Byte padded[64] = {};
    std::memcpy(padded, p, left);
    return byte_scan::word_masks(padded);
  }

  // The words of prose sentences end in a period: word() given a run of ASCII letters and digits
  // [start, dot) before a '.' that a space or the end of the text follows keeps the period when
  // absorbs_period() says so, else ends the word there, and the period is a terminal_run() of its
  // own. Makes those tokens and returns where they end, or nullptr for any other run.
  const Byte* word_before_period(const Byte* start, const Byte* dot) {
    if (*dot != '.' || (dot + 1 < end_ && !has(dot[1], kSpaceBit))) return nullptr;
    const TokenKind kind = *start <= '9' ? TokenKind::kNumber : TokenKind::kWord;
    if (absorbs_period(start, dot, start, /*inner_period=*/false, /*dotted_letters=*/true)) {
      emit_ascii(kind, start, dot + 1);
    } else {
      emit_ascii(kind, start, dot);
      emit_ascii(TokenKind::kPunctuation, dot, dot + 1);
    }
    return dot + 1;
  }

  // Whether word() ends a run of ASCII letters and digits at `end` (inside the text, not a
  // space) without looking further, so that the run is a word or number as it stands: no
  // apostrophe, hyphen, period, e-mail or URL character, non-ASCII byte or digit separator
  // follows.
  bool ends_plain_word(const Byte* end) const {
    switch (*end) {
      case '\'':
      case '-':
      case '.':
      case ':':
      case '@':
      case '_':
      case '+':
      case '%': return false;
      case ',': return !(has(end[-1], kDigitBit) && end + 1 < end_ && has(end[1], kDigitBit));
      default: return *end < 0x80;
    }
  }

  // One token (or one space) from p: the rules for every token.
  const Byte* next_token(const Byte* p) {
    Byte byte = *p;
    if (byte < 0x80) {
      uint8_t bits = kAscii[byte];
      if (bits & kSpaceBit) {
        if (byte == '\n') sink_.line_break();
        ++p;
      } else if (bits & kAlnumBits) {
        p = (bits & kAlphaBit) ? word_or_url(p) : word(p, /*starts_with_digit=*/true);
      } else if (byte == '.' || byte == '!' || byte == '?') {
        p = terminal_run(p);
      } else {
        p = single(p, 1, kAsciiKinds[byte]);
      }
      return p;
    }
    CharAt at = char_at(p, end_);
    switch (at.char_class) {
      case CharClass::kSpace: p += at.length; break;
      case CharClass::kLetter: p = word(p, /*starts_with_digit=*/false); break;
      case CharClass::kDigit: p = word(p, /*starts_with_digit=*/true); break;
      case CharClass::kMark: p = marks(p); break;
      case CharClass::kCjk: p = single(p, at.length, TokenKind::kCjk); break;
      case CharClass::kPunctuation:
        p = is_terminal_role(text::punctuation_role(at.cp))
                ? terminal_run(p)
                : single(p, at.length, TokenKind::kPunctuation);
        break;
      case CharClass::kSymbol: p = single(p, at.length, TokenKind::kSymbol); break;
      case CharClass::kOther: p = single(p, at.length, TokenKind::kOther); break;
    }
    return p;
  }

  void emit(TokenKind kind, const Byte* start, const Byte* end) {
    last_end_ = end;
    sink_.token(kind, start, end);
  }

  [[gnu::always_inline]] inline void emit_ascii(TokenKind kind, const Byte* start, const Byte* end) {
    last_end_ = end;
    sink_.ascii_token(kind, start, end);
  }

  // Combining marks, variation selectors and ZWJ after p; after a ZWJ an emoji joins too, so
  // "family" sequences stay one symbol.
  const Byte* trailing_marks(const Byte* p) const {
    bool after_joiner = false;
    while (p < end_ && *p >= 0x80) {
      CharAt next = char_at(p, end_);
      bool joins = next.char_class == CharClass::kMark ||
                   (after_joiner && next.char_class == CharClass::kSymbol);
      if (!joins) break;
      after_joiner = next.cp == 0x200D;
      p += next.length;
    }
    return p;
  }

  // One character (plus the marks that belong to it) as one token.
  const Byte* single(const Byte* p, uint32_t length, TokenKind kind) {
    const Byte* end = trailing_marks(p + length);
    emit(kind, p, end);
    return end;
  }

  // Marks with nothing to attach to in the same token start a kOther token; right after a token
  // they extend it ("e" + U+0301 typed after a number or a symbol).
  const Byte* marks(const Byte* p) {
    const Byte* end = trailing_marks(p);
    if (end == p) end = p + 1;  // cannot happen for a mark, but always make progress
    if (last_end_ == p) {
      sink_.extend_last(end);
      last_end_ = end;
    } else {
      emit(TokenKind::kOther, p, end);
    }
    return end;
  }

  // A run of sentence-ending marks as one token: ".", "?!", "...", "…", "。".
  const Byte* terminal_run(const Byte* p) {
    const Byte* start = p;
    while (p < end_) {
      if (*p == '.' || *p == '!' || *p == '?') {
        ++p;
        continue;
      }
      if (*p < 0x80) break;
      CharAt next = char_at(p, end_);
      if (next.char_class != CharClass::kPunctuation ||
          !is_terminal_role(text::punctuation_role(next.cp))) {
        break;
      }
      p += next.length;
    }
    emit(TokenKind::kPunctuation, start, p);
    return p;
  }

  const Byte* word_or_url(const Byte* p) {
    size_t prefix = url_prefix_length(p, end_);
    if (prefix == 0) return word(p, /*starts_with_digit=*/false);
    const Byte* end = scan_url_body(p, p + prefix, end_);
    emit(TokenKind::kUrl, p, end);
    return end;
  }

  const Byte* skip_ascii_alnum(const Byte* p) const { return byte_scan::skip_ascii_alnum(p, end_); }

  // True when the character at p is a letter, or a digit when `digits` is set.
  bool letter_at(const Byte* p, bool digits) const {
    if (p >= end_) return false;
    if (*p < 0x80) return has(*p, digits ? kAlnumBits : kAlphaBit);
    CharClass char_class = char_at(p, end_).char_class;
    return char_class == CharClass::kLetter || (digits && char_class == CharClass::kDigit);
  }

  bool single_letter(const Byte* start, const Byte* end) const {
    if (start >= end) return false;
    CharAt first = char_at(start, end);
    return first.char_class == CharClass::kLetter && start + first.length == end;
  }

  // A word or number: letters, digits and marks, joined across inner apostrophes, hyphens,
  // digit separators and the periods of dotted abbreviations, domains and decimals.
  const Byte* word(const Byte* start, bool starts_with_digit) {
    const Byte* p = start;
    const Byte* segment = start;        // start of the part after the last connector
    const Byte* last_period = nullptr;  // the last inner period, for domains
    bool hyphenated = false;
    bool dotted_letters = true;  // every period-separated part so far is a single letter
    bool absorbed_period = false;
    while (true) {
      p = skip_ascii_alnum(p);
      while (p < end_) {
        if (has(*p, kAlnumBits)) {
          ++p;
          continue;
        }
        if (*p < 0x80) break;
        CharAt next = char_at(p, end_);
        if (!is_word_class(next.char_class)) break;
        p += next.length;
      }
      if (p >= end_) break;
      Byte c = *p;
      if (has(c, kSpaceBit)) break;  // the common case: nothing below applies
      if (c == '\'' || (c == 0xE2 && end_ - p >= 3 && p[1] == 0x80 && p[2] == 0x99)) {
        // Inner apostrophes: "Liang's", "don't", curly "Liang’s".
        uint32_t length = c == '\'' ? 1 : 3;
        if (!letter_at(p + length, /*digits=*/false)) break;
        p += length;
        segment = p;
        dotted_letters = false;
        continue;
      }
      if (c == '-' ||
          (c == 0xE2 && end_ - p >= 3 && p[1] == 0x80 && (p[2] == 0x90 || p[2] == 0x91))) {
        // A number joins a word only before a letter ("40-year-old"); "2019-20" stays apart.
        uint32_t length = c == '-' ? 1 : 3;
        if (!letter_at(p + length, /*digits=*/!starts_with_digit)) break;
        p += length;
        segment = p;
        hyphenated = true;
        dotted_letters = false;
        continue;
      }
      if ((c == ',' || c == ':') && p > start && has(p[-1], kDigitBit) && p + 1 < end_ &&
          has(p[1], kDigitBit)) {
        p += 1;  // "10,000", "10:30"
        continue;
      }
      if (c == '.') {
        if (absorbed_period) break;
        const Byte* after = p + 1;
        bool single = single_letter(segment, p);
        if (after < end_ && letter_at(after, /*digits=*/true)) {
          LetterCase next_case = text::letter_case(char_at(after, end_).cp);
          bool next_digit = has(*after, kDigitBit);
          if (next_digit && !starts_with_digit &&
              text::abbreviation_kind(as_view(start, p)) == AbbreviationKind::kBeforeNumber) {
            p = after;  // "No.7"
            break;
          }
          if (next_case == LetterCase::kLower || next_digit || single) {
            // "Node.js", "e.g", "3.5", "U.S": one token.
            dotted_letters = dotted_letters && single && !next_digit;
            last_period = p;
            p = after;
            segment = p;
            continue;
          }
          // "recently.Mr": a glued sentence; "Mr.Liang": a title glued to its name.
          AbbreviationKind kind = text::abbreviation_kind(as_view(start, p));
          if (kind == AbbreviationKind::kNeverEnds || kind == AbbreviationKind::kMayEnd) p = after;
          break;
        }
        if (after < end_ && *after == '.') break;  // an ellipsis follows
        if (absorbs_period(start, p, segment, last_period != nullptr, dotted_letters)) {
          p = after;
          absorbed_period = true;
          // Only a hyphen may continue after an abbreviation's period: "U.S.-based".
          if (p < end_ && *p == '-' && letter_at(p + 1, /*digits=*/false)) {
            p += 1;
            segment = p;
            hyphenated = true;
            dotted_letters = false;
            continue;
          }
        }
        break;
      }
      if (c == '@' || c == '_' || c == '+' || c == '%') {
        if (const Byte* email_end = scan_email(start, end_)) {
          emit(TokenKind::kEmail, start, email_end);
          return email_end;
        }
      }
      break;
    }
    if (p < end_ && *p == '.' && p + 1 < end_ && has(p[1], kAlnumBits)) {
      // "First.Last@example.org": the word stopped at a period before a capital.
      if (const Byte* email_end = scan_email(start, end_)) {
        emit(TokenKind::kEmail, start, email_end);
        return email_end;
      }
    }
    TokenKind kind = starts_with_digit && !hyphenated ? TokenKind::kNumber : TokenKind::kWord;
    if (kind == TokenKind::kWord && last_period != nullptr && !dotted_letters && !absorbed_period &&
        text::is_top_level_domain(as_view(last_period + 1, p))) {
      // A bare domain ("example.com"), with its path if one follows.
      const Byte* end = (p < end_ && *p == '/') ? scan_url_body(start, p, end_) : p;
      emit(TokenKind::kUrl, start, end);
      return end;
    }
    emit(kind, start, p);
    return p;
  }

  // Whether the period at p, after the word [start, p), belongs to the word as an abbreviation.
  bool absorbs_period(const Byte* start, const Byte* p, const Byte* segment, bool inner_period,
                      bool dotted_letters) const {
    std::string_view word = as_view(start, p);
    if (inner_period) {
      return (dotted_letters && single_letter(segment, p)) ||
             text::abbreviation_kind(word) != AbbreviationKind::kNone;
    }
    if (single_letter(start, p)) {
      return text::letter_case(char_at(start, p).cp) == LetterCase::kUpper;  // an initial
    }
    switch (text::abbreviation_kind(word)) {
      case AbbreviationKind::kNone: return false;
      case AbbreviationKind::kBeforeNumber: {
        const Byte* next = p + 1;
        if (next < end_ && *next == ' ') ++next;
        return next < end_ && has(*next, kDigitBit);
      }
      default: return true;
    }
  }

  static std::string_view as_view(const Byte* start, const Byte* end) {
    return {reinterpret_cast<const char*>(start), static_cast<size_t>(end - start)};
  }

  const Byte* begin_;
  const Byte* end_;
  Sink& sink_;
  const Byte* last_end_ = nullptr;  // where the last token ends; nullptr before the first
};

// How a token may end a sentence.
enum class EndKind : uint8_t {
  kNone,
  kFullStop,      // '.', '!', '?' and their kin: ends unless a lowercase word follows
  kEllipsis,      // ends only before a space and an uppercase word
  kCjk,           // always ends
  kAbbreviation,  // ends only before a sentence starter
};

class SentenceSplitter {
 public:
  SentenceSplitter(std::string_view text, uint32_t byte_base, std::span<const Token> tokens,
                   std::vector<Sentence>& sentences)
      : text_(text), byte_base_(byte_base), tokens_(tokens), sentences_(sentences) {}

  // Walks the two hint lists in token order: a line start always ends the sentence before it; a
  // candidate ends one when the rules say so.
  void run(const SentenceHints& hints) {
    constexpr size_t kNone = ~size_t{0};
    const std::vector<uint32_t>& candidates = hints.candidate_ends;
    const std::vector<uint32_t>& line_starts = hints.line_starts;
    size_t count = tokens_.size();
    size_t first = 0;
    size_t next_candidate = 0;
    size_t next_line = 0;
    while (true) {
      size_t line = next_line < line_starts.size() ? line_starts[next_line] : kNone;
      size_t candidate = next_candidate < candidates.size() ? candidates[next_candidate] : kNone;
      if (line == kNone && candidate == kNone) break;
      if (line <= candidate) {
        if (line > first) {
          emit(first, line);
          first = line;
        }
        ++next_line;
        continue;
      }
      ++next_candidate;
      if (candidate < first) continue;  // a closer already taken into the previous sentence
      sentence_first_ = first;
      size_t end = sentence_end_after(candidate);
      if (end != 0) {
        emit(first, end);
        first = end;
      }
    }
    if (first < count) emit(first, count);
  }

 private:
  std::string_view token_text(size_t i) const {
    const TextRange& range = tokens_[i].range;
    return text_.substr(range.start - byte_base_, range.end - range.start);
  }

  // The first character of token i, decoded.
  uint32_t first_code_point(size_t i) const {
    std::string_view view = token_text(i);
    const auto* p = reinterpret_cast<const Byte*>(view.data());
    if (*p < 0x80) return *p;  // most tokens: no call
    return text::decode_utf8(p, p + view.size()).cp;
  }

  bool adjacent(size_t i) const { return tokens_[i - 1].range.end == tokens_[i].range.start; }

  bool newline_between(size_t before, size_t after) const {
    uint32_t start = tokens_[before].range.end - byte_base_;
    uint32_t end = tokens_[after].range.start - byte_base_;
    // Gaps are mostly one space: a plain loop beats a library call per token.
    for (uint32_t i = start; i < end; ++i) {
      if (text_[i] == '\n') return true;
    }
    return false;
  }

  EndKind end_kind(size_t i) const {
    const Token& token = tokens_[i];
    // Every sentence end finishes with '.', '!', '?' or a non-ASCII mark: one byte rules out
    // most tokens before any decoding.
    auto last = static_cast<Byte>(text_[token.range.end - byte_base_ - 1]);
    if (last != '.' && last != '!' && last != '?' && last < 0x80) return EndKind::kNone;
    std::string_view view = token_text(i);
    if (token.kind == TokenKind::kWord) {
      if (view.size() < 2 || view.back() != '.') return EndKind::kNone;
      // A word keeps its period only as an abbreviation or initial.
      std::string_view stem = view.substr(0, view.size() - 1);
      if (stem.find('.') != std::string_view::npos) {
        return (stem == "e.g" || stem == "i.e") ? EndKind::kNone : EndKind::kAbbreviation;
      }
      AbbreviationKind kind = text::abbreviation_kind(stem);
      return (kind == AbbreviationKind::kMayEnd || kind == AbbreviationKind::kNone)
                 ? EndKind::kAbbreviation
                 : EndKind::kNone;
    }
    if (token.kind != TokenKind::kPunctuation) return EndKind::kNone;
    const auto* p = reinterpret_cast<const Byte*>(view.data());
    const auto* end = p + view.size();
    if (view == ".") return EndKind::kFullStop;  // most sentence ends: the loop's answer, without decoding
    bool strong = false;
    bool ellipsis = false;
    int periods = 0;
    while (p < end) {
      DecodedChar decoded = text::decode_utf8(p, end);
      switch (text::punctuation_role(decoded.cp)) {
        case PunctuationRole::kCjkStop: return EndKind::kCjk;
        case PunctuationRole::kStrong: strong = true; break;
        case PunctuationRole::kEllipsis: ellipsis = true; break;
        case PunctuationRole::kPeriod: ++periods; break;
        default: return EndKind::kNone;
      }
      p += decoded.length;
    }
    if (strong) return EndKind::kFullStop;
    return (ellipsis || periods >= 3) ? EndKind::kEllipsis : EndKind::kFullStop;
  }

  // A quote or bracket right after a sentence end that closes it rather than opening the next
  // sentence: a closing bracket, or a quote not directly followed by a letter or digit.
  bool is_closer(size_t i) const {
    if (tokens_[i].kind != TokenKind::kPunctuation || !adjacent(i)) return false;
    std::string_view view = token_text(i);
    const auto* p = reinterpret_cast<const Byte*>(view.data());
    DecodedChar decoded = text::decode_utf8(p, p + view.size());
    if (decoded.length != view.size()) return false;
    switch (text::punctuation_role(decoded.cp)) {
      case PunctuationRole::kClosing: return true;
      case PunctuationRole::kQuote: {
        size_t after = tokens_[i].range.end - byte_base_;
        if (after >= text_.size()) return true;
        const auto* next = reinterpret_cast<const Byte*>(text_.data()) + after;
        CharAt at = char_at(next, reinterpret_cast<const Byte*>(text_.data()) + text_.size());
        if (!(is_word_class(at.char_class) || at.char_class == CharClass::kCjk)) return true;
        // 'of "shock and excitement."Fiona': glued to the next word, a straight quote still
        // closes when the sentence so far left one open.
        return view == "\"" && quote_left_open(i);
      }
      default: return false;
    }
  }

  // True when the straight double quotes of the current sentence before token i are odd in
  // number. Looks back at most 256 tokens so that long sentences stay linear.
  bool quote_left_open(size_t i) const {
    size_t from = i > sentence_first_ + 256 ? i - 256 : sentence_first_;
    size_t quotes = 0;
    for (size_t k = from; k < i; ++k) {
      if (tokens_[k].kind == TokenKind::kPunctuation && token_text(k) == "\"") ++quotes;
    }
    return quotes % 2 == 1;
  }

  bool opens(size_t i) const {
    if (tokens_[i].kind != TokenKind::kPunctuation) return false;
    PunctuationRole role = text::punctuation_role(first_code_point(i));
    return role == PunctuationRole::kQuote || role == PunctuationRole::kOpening;
  }

  bool starts_lowercase(size_t i) const {
    return text::letter_case(first_code_point(i)) == LetterCase::kLower;
  }

  bool starts_uppercase_word(size_t i) const {
    return tokens_[i].kind == TokenKind::kWord &&
           text::letter_case(first_code_point(i)) == LetterCase::kUpper;
  }

  // After a full stop: anything but a lowercase word or punctuation that cannot open a sentence.
  bool may_start_after_full_stop(size_t i) const {
    switch (tokens_[i].kind) {
      case TokenKind::kWord:
      case TokenKind::kUrl:
      case TokenKind::kEmail: return !starts_lowercase(i);
      case TokenKind::kPunctuation: return opens(i);
      default: return true;
    }
  }

  // After an abbreviation: a typical first word, a title, an opening quote or CJK text.
  bool starts_after_abbreviation(size_t i) const {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kCjk) return true;
    if (token.kind == TokenKind::kPunctuation) {
      return text::punctuation_role(first_code_point(i)) == PunctuationRole::kQuote;
    }
    if (token.kind != TokenKind::kWord) return false;
    std::string_view view = token_text(i);
    if (view.back() == '.') {
      return text::abbreviation_kind(view.substr(0, view.size() - 1)) ==
                 AbbreviationKind::kNeverEnds &&
             text::letter_case(first_code_point(i)) == LetterCase::kUpper;
    }
    // "It's", "There’s": the part before the apostrophe decides.
    size_t apostrophe = view.find_first_of("'\xE2");
    return text::is_sentence_starter(view.substr(0, apostrophe));
  }

  // If token i ends a sentence, the index just past it and the closing quotes and brackets that
  // follow it; otherwise 0.
  size_t sentence_end_after(size_t i) const {
    EndKind kind = end_kind(i);
    if (kind == EndKind::kNone) return 0;
    size_t count = tokens_.size();
    size_t next = i + 1;
    while (next < count && is_closer(next)) ++next;
    if (next == count || newline_between(next - 1, next)) return next;
    switch (kind) {
      case EndKind::kCjk: return next;
      case EndKind::kFullStop: return may_start_after_full_stop(next) ? next : 0;
      case EndKind::kEllipsis: {
        if (adjacent(next)) return 0;
        if (starts_uppercase_word(next)) return next;
        bool quoted = opens(next) && next + 1 < count && adjacent(next + 1) &&
                      starts_uppercase_word(next + 1);
        return quoted ? next : 0;
      }
      case EndKind::kAbbreviation:
        // "in the U.S." followed by a closing quote ended the quoted sentence: a full stop.
        if (next > i + 1) return may_start_after_full_stop(next) ? next : 0;
        return starts_after_abbreviation(next) ? next : 0;
      case EndKind::kNone: break;
    }
    return 0;
  }

  void emit(size_t first, size_t end) {
    const TextRange& first_range = tokens_[first].range;
    const TextRange& last_range = tokens_[end - 1].range;
    sentences_.push_back(
        {{first_range.start, last_range.end, first_range.start_utf16, last_range.end_utf16},
         static_cast<uint32_t>(first),
         static_cast<uint32_t>(end - first)});
  }

  std::string_view text_;
  uint32_t byte_base_;
  size_t sentence_first_ = 0;  // first token of the sentence being closed
  std::span<const Token> tokens_;
  std::vector<Sentence>& sentences_;
};

}  // namespace

void segment_text(std::string_view text, uint32_t byte_base, uint32_t utf16_base, Segmentation& result) {
  result.tokens.clear();
  // English prose averages about five bytes per token, space included. Reserving a little more
  // avoids regrowing (a copy of the whole vector) on ordinary text.
  result.tokens.reserve(text.size() / 4 + 8);
  segment_text_onto(text, byte_base, utf16_base, result.tokens, result);
}

namespace {

void segment_onto(std::string_view text, uint32_t byte_base, uint32_t utf16_base, std::vector<Token>& tokens,
                  Segmentation& result, bool per_token) {
  result.sentences.clear();
  SentenceHints& hints = result.hints;
  hints.candidate_ends.clear();
  hints.line_starts.clear();
  const size_t first = tokens.size();
  TokenList sink(text, byte_base, utf16_base, tokens, hints);
  Tokenizer tokenizer(text, sink);
  if (per_token) {
    tokenizer.run_per_token();
  } else {
    tokenizer.run();
  }
  result.word_tokens = sink.word_tokens();
  result.sentences.reserve(hints.candidate_ends.size() + hints.line_starts.size() + 1);
  SentenceSplitter(text, byte_base, std::span<const Token>(tokens).subspan(first), result.sentences).run(hints);
}

}  // namespace

void segment_text_onto(std::string_view text, uint32_t byte_base, uint32_t utf16_base, std::vector<Token>& tokens,
                       Segmentation& result) {
  segment_onto(text, byte_base, utf16_base, tokens, result, /*per_token=*/false);
}

void text::segment_text_per_token(std::string_view text, Segmentation& result) {
  result.tokens.clear();
  segment_onto(text, 0, 0, result.tokens, result, /*per_token=*/true);
}

void text::tokenize_text(std::string_view text, std::vector<Token>& tokens) {
  tokens.clear();
  tokens.reserve(text.size() / 4 + 8);
  SentenceHints hints;
  TokenList sink(text, 0, 0, tokens, hints);
  Tokenizer(text, sink).run();
}

void text::tokenize_word_ranges(std::string_view text, std::vector<ByteRange>& words) {
  words.clear();
  words.reserve(text.size() / 5 + 8);
  WordRanges sink(text, words);
  Tokenizer(text, sink).run();
}

Segmentation segment_text(std::string_view text, uint32_t byte_base, uint32_t utf16_base) {
  Segmentation result;
  segment_text(text, byte_base, utf16_base, result);
  return result;
}

}  // namespace newsprism
