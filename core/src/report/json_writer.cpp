#include "report/json_writer.hpp"

#include <charconv>

namespace newsprism::report {

void append_json_string(std::string& out, std::string_view value) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  size_t run_start = 0;
  auto flush = [&](size_t until) { out.append(value.data() + run_start, until - run_start); };
  for (size_t i = 0; i < value.size(); ++i) {
    auto byte = static_cast<unsigned char>(value[i]);
    const char* escape = nullptr;
    switch (byte) {
      case '"': escape = "\\\""; break;
      case '\\': escape = "\\\\"; break;
      case '\n': escape = "\\n"; break;
      case '\r': escape = "\\r"; break;
      case '\t': escape = "\\t"; break;
      default: break;
    }
    if (escape != nullptr) {
      flush(i);
      out.append(escape);
      run_start = i + 1;
    } else if (byte < 0x20) {
      flush(i);
      out.append("\\u00");
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 0xF]);
      run_start = i + 1;
    } else if (byte == 0xE2 && i + 2 < value.size() && static_cast<unsigned char>(value[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(value[i + 2]) & 0xFE) == 0xA8) {
      flush(i);
      out.append(static_cast<unsigned char>(value[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029");
      i += 2;
      run_start = i + 1;
    }
  }
  flush(value.size());
  out.push_back('"');
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

void JsonWriter::key(std::string_view name) {
  before_value();
  append_json_string(out_, name);
  out_.append(pretty_ ? ": " : ":");
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
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, end);
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
