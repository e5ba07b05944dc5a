#include "report/json_writer.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

namespace newsprism::report {

namespace {

// "00" to "99", for writing numbers two digits a step.
constexpr std::array<char, 200> kDigitPairs = [] {
  std::array<char, 200> pairs{};
  for (int i = 0; i < 100; ++i) {
    pairs[2 * i] = static_cast<char>('0' + i / 10);
    pairs[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return pairs;
}();

// Digits of `value` in decimal.
int decimal_digits(uint32_t value) {
  int digits = 1;
  for (uint32_t bound = 10; digits < 10 && value >= bound; bound *= 10) ++digits;
  return digits;
}

// Writes `value` in decimal at `out` (room for ten digits) and returns the end: what
// std::to_chars gives, two digits a step from the end, without a library call per number. A
// report writes four numbers a token, and in wasm the calls were a large share of writing them.
char* write_decimal(char* out, uint32_t value) {
  char* end = out + decimal_digits(value);
  char* p = end;
  while (value >= 100) {
    p -= 2;
    std::memcpy(p, &kDigitPairs[value % 100 * 2], 2);
    value /= 100;
  }
  if (value >= 10) {
    p -= 2;
    std::memcpy(p, &kDigitPairs[value * 2], 2);
  } else {
    *--p = static_cast<char>('0' + value);
  }
  return end;
}

// Bytes that stop the copy loop: those needing an escape, and 0xE2, the lead byte of U+2028 and
// U+2029 (which are escaped so the output is also valid JavaScript).
constexpr std::array<bool, 256> kStops = [] {
  std::array<bool, 256> stops{};
  for (int byte = 0; byte < 0x20; ++byte) stops[static_cast<size_t>(byte)] = true;
  stops['"'] = true;
  stops['\\'] = true;
  stops[0xE2] = true;
  return stops;
}();

// Copies n bytes (n <= 64) with a few fixed-size, possibly overlapping copies that compile to
// plain loads and stores: a variable-length memcpy is a library call, and in wasm a byte loop.
inline void copy_short(char* to, const char* from, size_t n) {
  if (n >= 16) {
    if (n >= 32) {
      std::memcpy(to, from, 32);
      std::memcpy(to + n - 32, from + n - 32, 32);
    } else {
      std::memcpy(to, from, 16);
      std::memcpy(to + n - 16, from + n - 16, 16);
    }
  } else if (n >= 8) {
    std::memcpy(to, from, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
}

}  // namespace

void JsonWriter::put(std::string_view bytes) {
  if (bytes.size() <= 64) {
    char* at = room(bytes.size());
    copy_short(at, bytes.data(), bytes.size());
    commit(at + bytes.size());
    return;
  }
  flush();
  out_.append(bytes);
}

void JsonWriter::flush() {
  out_.append(pending_, pending_size_);
  pending_size_ = 0;
}

std::string JsonWriter::take() {
  flush();
  return std::move(out_);
}

void JsonWriter::write_string(std::string_view value) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto* data = reinterpret_cast<const unsigned char*>(value.data());
  const size_t size = value.size();
  size_t i = 0;
  while (i < size && !kStops[data[i]]) ++i;
  // Most strings of a report are short and need no escape: quotes and all in one piece.
  if (i == size && size <= 62) {
    char* at = room(size + 2);
    *at = '"';
    copy_short(at + 1, value.data(), size);
    at[size + 1] = '"';
    commit(at + size + 2);
    return;
  }
  put('"');
  size_t run_start = 0;
  while (true) {
    while (i < size && !kStops[data[i]]) ++i;
    if (i >= size) break;
    const unsigned char byte = data[i];
    if (byte == 0xE2) {
      if (i + 2 < size && data[i + 1] == 0x80 && (data[i + 2] & 0xFE) == 0xA8) {
        put(value.substr(run_start, i - run_start));
        put(data[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
        i += 3;
        run_start = i;
      } else {
        ++i;
      }
      continue;
    }
    put(value.substr(run_start, i - run_start));
    switch (byte) {
      case '"': put("\\\""); break;
      case '\\': put("\\\\"); break;
      case '\n': put("\\n"); break;
      case '\r': put("\\r"); break;
      case '\t': put("\\t"); break;
      default: {
        char* at = room(6);
        std::memcpy(at, "\\u00", 4);
        at[4] = kHex[byte >> 4];
        at[5] = kHex[byte & 0xF];
        commit(at + 6);
      }
    }
    ++i;
    run_start = i;
  }
  put(value.substr(run_start, size - run_start));
  put('"');
}

std::string hex_digits(uint64_t value, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(static_cast<size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, value >>= 4) out[static_cast<size_t>(i)] = kHex[value & 0xF];
  return out;
}

void JsonWriter::newline() {
  if (!pretty_ || compact_depth_ > 0) return;
  put('\n');
  for (size_t spaces = has_members_.size() * 2; spaces > 0;) {
    const size_t step = std::min<size_t>(spaces, 64);
    char* at = room(step);
    std::memset(at, ' ', step);
    commit(at + step);
    spaces -= step;
  }
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_members_.empty()) return;
  if (has_members_.back()) put(',');
  has_members_.back() = true;
  newline();
}

void JsonWriter::begin_object() {
  before_value();
  put('{');
  has_members_.push_back(false);
}

void JsonWriter::end_object() {
  bool had_members = has_members_.back();
  has_members_.pop_back();
  if (had_members) newline();
  put('}');
}

void JsonWriter::begin_array() {
  before_value();
  put('[');
  has_members_.push_back(false);
}

void JsonWriter::end_array() {
  bool had_members = has_members_.back();
  has_members_.pop_back();
  if (had_members) newline();
  put(']');
}

void JsonWriter::begin_compact_array() {
  begin_array();
  ++compact_depth_;
}

void JsonWriter::end_compact_array() {
  has_members_.pop_back();
  --compact_depth_;
  put(']');
}

void JsonWriter::tuple4_and_name(uint32_t a, uint32_t b, uint32_t c, uint32_t d, std::string_view name) {
  before_value();
  // 4 numbers of at most 10 digits, 4 commas, '[' and '"' take 46; a name up to 40, '"' and ']'.
  char* p = room(96);
  *p++ = '[';
  for (uint32_t value : {a, b, c, d}) {
    p = write_decimal(p, value);
    *p++ = ',';
  }
  *p++ = '"';
  if (name.size() <= 40) {
    copy_short(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ']';
    commit(p);
    return;
  }
  commit(p);
  put(name);
  put("\"]");
}

void JsonWriter::key(std::string_view name) {
  before_value();
  // Keys are short constants without anything to escape: quotes, name and colon in one piece.
  if (name.size() <= 60 &&
      std::none_of(name.begin(), name.end(), [](char c) { return kStops[static_cast<unsigned char>(c)]; })) {
    char* p = room(64);
    *p++ = '"';
    copy_short(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    if (pretty_) *p++ = ' ';
    commit(p);
  } else {
    write_string(name);
    put(pretty_ ? ": " : ":");
  }
  after_key_ = true;
}

void JsonWriter::string(std::string_view value) {
  before_value();
  write_string(value);
}

void JsonWriter::number(int64_t value) {
  before_value();
  char* at = room(24);
  commit(std::to_chars(at, at + 24, value).ptr);
}

void JsonWriter::unsigned_number(uint64_t value) {
  before_value();
  char* at = room(24);
  // Offsets and counts, the numbers of a report, fit 32 bits.
  commit(value <= UINT32_MAX ? write_decimal(at, static_cast<uint32_t>(value)) : std::to_chars(at, at + 24, value).ptr);
}

void JsonWriter::thousandths(uint32_t value) {
  before_value();
  char* end = room(24);
  end = std::to_chars(end, end + 16, value / 1000).ptr;
  *end++ = '.';
  const uint32_t fraction = value % 1000;
  *end++ = static_cast<char>('0' + fraction / 100);
  *end++ = static_cast<char>('0' + fraction / 10 % 10);
  *end++ = static_cast<char>('0' + fraction % 10);
  commit(end);
}

void JsonWriter::boolean(bool value) {
  before_value();
  put(value ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  put("null");
}

}  // namespace newsprism::report
