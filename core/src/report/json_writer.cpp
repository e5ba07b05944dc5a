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

}  // namespace

void append_json_string(std::string& out, std::string_view value) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto* data = reinterpret_cast<const unsigned char*>(value.data());
  const size_t size = value.size();
  size_t i = 0;
  while (i < size && !kStops[data[i]]) ++i;
  // Most strings of a report are short and need no escape: one append, quotes and all.
  if (i == size && size <= 62) {
    char buffer[64];
    buffer[0] = '"';
    std::memcpy(buffer + 1, value.data(), size);
    buffer[size + 1] = '"';
    out.append(buffer, size + 2);
    return;
  }
  out.push_back('"');
  size_t run_start = 0;
  while (true) {
    while (i < size && !kStops[data[i]]) ++i;
    if (i >= size) break;
    const unsigned char byte = data[i];
    if (byte == 0xE2) {
      if (i + 2 < size && data[i + 1] == 0x80 && (data[i + 2] & 0xFE) == 0xA8) {
        out.append(value.data() + run_start, i - run_start);
        out.append(data[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
        i += 3;
        run_start = i;
      } else {
        ++i;
      }
      continue;
    }
    out.append(value.data() + run_start, i - run_start);
    switch (byte) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        out.append("\\u00");
        out.push_back(kHex[byte >> 4]);
        out.push_back(kHex[byte & 0xF]);
    }
    ++i;
    run_start = i;
  }
  out.append(value.data() + run_start, size - run_start);
  out.push_back('"');
}

std::string hex_digits(uint64_t value, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(static_cast<size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, value >>= 4) out[static_cast<size_t>(i)] = kHex[value & 0xF];
  return out;
}

void JsonWriter::newline() {
  if (!pretty_ || compact_depth_ > 0) return;
  out_.push_back('\n');
  out_.append(has_members_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_members_.empty()) return;
  if (has_members_.back()) out_.push_back(',');
  has_members_.back() = true;
  newline();
}

void JsonWriter::begin_object() {
  before_value();
  out_.push_back('{');
  has_members_.push_back(false);
}

void JsonWriter::end_object() {
  bool had_members = has_members_.back();
  has_members_.pop_back();
  if (had_members) newline();
  out_.push_back('}');
}

void JsonWriter::begin_array() {
  before_value();
  out_.push_back('[');
  has_members_.push_back(false);
}

void JsonWriter::end_array() {
  bool had_members = has_members_.back();
  has_members_.pop_back();
  if (had_members) newline();
  out_.push_back(']');
}

void JsonWriter::begin_compact_array() {
  begin_array();
  ++compact_depth_;
}

void JsonWriter::end_compact_array() {
  has_members_.pop_back();
  --compact_depth_;
  out_.push_back(']');
}

void JsonWriter::tuple4_and_name(uint32_t a, uint32_t b, uint32_t c, uint32_t d, std::string_view name) {
  before_value();
  // One append for the whole tuple: a library call per piece is most of a token's cost in wasm.
  char buffer[96];
  char* p = buffer;
  *p++ = '[';
  for (uint32_t value : {a, b, c, d}) {
    p = write_decimal(p, value);
    *p++ = ',';
  }
  *p++ = '"';
  if (name.size() <= 40) {  // 4 numbers of at most 10 digits, 4 commas, '[' and '"' take 46
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ']';
    out_.append(buffer, static_cast<size_t>(p - buffer));
    return;
  }
  out_.append(buffer, static_cast<size_t>(p - buffer));
  out_.append(name);
  out_.append("\"]");
}

void JsonWriter::key(std::string_view name) {
  before_value();
  // Keys are short constants without anything to escape: one append for quotes, name and colon.
  char buffer[64];
  if (name.size() <= sizeof buffer - 4 &&
      std::none_of(name.begin(), name.end(), [](char c) { return kStops[static_cast<unsigned char>(c)]; })) {
    char* p = buffer;
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    if (pretty_) *p++ = ' ';
    out_.append(buffer, static_cast<size_t>(p - buffer));
  } else {
    append_json_string(out_, name);
    out_.append(pretty_ ? ": " : ":");
  }
  after_key_ = true;
}

void JsonWriter::string(std::string_view value) {
  before_value();
  append_json_string(out_, value);
}

void JsonWriter::number(int64_t value) {
  before_value();
  char buffer[24];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, end);
}

void JsonWriter::unsigned_number(uint64_t value) {
  before_value();
  char buffer[24];
  // Offsets and counts, the numbers of a report, fit 32 bits.
  char* end = value <= UINT32_MAX ? write_decimal(buffer, static_cast<uint32_t>(value))
                                  : std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out_.append(buffer, end);
}

void JsonWriter::thousandths(uint32_t value) {
  before_value();
  char buffer[24];
  char* end = std::to_chars(buffer, buffer + sizeof buffer, value / 1000).ptr;
  *end++ = '.';
  const uint32_t fraction = value % 1000;
  *end++ = static_cast<char>('0' + fraction / 100);
  *end++ = static_cast<char>('0' + fraction / 10 % 10);
  *end++ = static_cast<char>('0' + fraction % 10);
  out_.append(buffer, static_cast<size_t>(end - buffer));
}

void JsonWriter::boolean(bool value) {
  before_value();
  out_.append(value ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  out_.append("null");
}

}  // namespace newsprism::report
