// A small streaming JSON writer with deterministic output: keys in the order written, integers
// only (fixed-precision decimals come with the stages that need them), strings escaped the same
// way on every target.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsprism::report {

class JsonWriter {
 public:
  /// `pretty` indents nested values by two spaces, one member per line.
  explicit JsonWriter(bool pretty) : pretty_(pretty) {}
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// An array written on one line even when pretty (e.g. a token tuple); it may hold only
  /// scalars.
  void begin_compact_array();
  void end_compact_array();
  /// One compact array of four unsigned numbers and a string that needs no escaping, e.g. a
  /// token [start, end, start_utf16, end_utf16, "word"]. The hot path of large reports, so it
  /// skips the general machinery.
  void tuple4_and_name(uint32_t a, uint32_t b, uint32_t c, uint32_t d, std::string_view name);
  /// Writes a member name; the next value call writes its value.
  void key(std::string_view name);
  /// A string literal: valid UTF-8 passes through; control characters, '"' and '\\' are
  /// escaped, and U+2028/U+2029 too so the output is also valid JavaScript.
  void string(std::string_view value);
  void number(int64_t value);
  void unsigned_number(uint64_t value);
  void boolean(bool value);
  /// A fraction given in thousandths, written with three decimals: 812 -> 0.812.
  void thousandths(uint32_t value);
  void null();

  /// The JSON written so far; the writer is left empty.
  std::string take();
  /// Reserves room for an output of about `bytes`, so a large report is not copied as it grows.
  void reserve(size_t bytes) { out_.reserve(bytes); }

 private:
  // Bytes are written by pointer into `pending_` and move onto `out_` a few kilobytes at a
  // time: in wasm a std::string append per piece (a call into the C++ library and its byte-copy
  // loop) was a fifth of the time of writing a report.
  static constexpr size_t kPendingBytes = 8192;

  // Where `n` more bytes (n <= kPendingBytes) go; commit(end) takes them.
  char* room(size_t n) {
    if (kPendingBytes - pending_size_ < n) flush();
    return pending_ + pending_size_;
  }
  void commit(const char* end) { pending_size_ = static_cast<size_t>(end - pending_); }
  void put(char c) { *room(1) = c; ++pending_size_; }
  void put(std::string_view bytes);
  void flush();
  void write_string(std::string_view value);
  void before_value();
  void newline();

  std::string out_;
  char pending_[kPendingBytes];
  size_t pending_size_ = 0;
  // One entry per open container: true once it holds a member.
  std::vector<uint8_t> has_members_;
  bool after_key_ = false;
  int compact_depth_ = 0;
  bool pretty_;
};

/// `value` as `digits` lower-case hex digits (leading zeros kept): how 32- and 64-bit hashes are
/// written, since JSON numbers lose 64-bit precision in JavaScript.
std::string hex_digits(uint64_t value, int digits);

}  // namespace newsprism::report
