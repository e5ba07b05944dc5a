#include "parse/json_scan.hpp"

#include <utf8/core.h>

namespace newsprism::parse::json_scan {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The bracket stack of `json` just before `end`, which must lie outside any string. Used once,
// after the scan, so that the scan itself never copies its stack.
std::string open_brackets_before(std::string_view json, size_t end) {
  std::string stack;
  bool in_string = false;
  for (size_t i = 0; i < end; ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      stack.push_back(c);
    } else if ((c == ']' || c == '}') && !stack.empty()) {
      stack.pop_back();
    }
  }
  return stack;
}

}  // namespace

StructureScan scan_structure(std::string_view json, uint32_t depth_limit,
                             bool stop_when_too_deep) {
  StructureScan scan;
  std::string stack;
  bool in_string = false;
  // The cut point: just after the last object that completed as an array element at the
  // shallowest depth seen. Shallowest, because deeper ones (a post's "_links" entries) sit inside
  // an element that is itself still incomplete.
  size_t cut_end = 0;
  size_t cut_depth = SIZE_MAX;
  const size_t size = json.size();
  for (size_t i = 0; i < size; ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        scan.string_start = i;
        break;
      case '[':
      case '{':
        stack.push_back(c);
        if (stack.size() > scan.max_depth) {
          scan.max_depth = static_cast<uint32_t>(stack.size());
          if (scan.max_depth > depth_limit && scan.too_deep_offset == UINT64_MAX) {
            scan.too_deep_offset = i;
            if (stop_when_too_deep) return scan;
          }
        }
        break;
      case ']':
      case '}':
        if (stack.empty() || stack.back() != (c == ']' ? '[' : '{')) {
          scan.mismatch_offset = i;
          return scan;
        }
        stack.pop_back();
        if (stack.empty() && scan.first_value_end == UINT64_MAX) scan.first_value_end = i + 1;
        if (c == '}' && !stack.empty() && stack.back() == '[' && stack.size() <= cut_depth) {
          cut_depth = stack.size();
          cut_end = i + 1;
        }
        break;
      default:
        break;
    }
  }
  scan.ends_in_string = in_string;
  scan.open_at_end = static_cast<uint32_t>(stack.size());
  if ((in_string || !stack.empty()) && cut_end > 0) {
    std::string open = open_brackets_before(json, cut_end);
    scan.repaired.reserve(cut_end + open.size() * (kCutObjectKey.size() + 6));
    scan.repaired.append(json.substr(0, cut_end));
    for (auto it = open.rbegin(); it != open.rend(); ++it) {
      if (*it == '[') {
        scan.repaired.push_back(']');
      } else {
        // Every open object here holds the array being cut, so it already has a member and a
        // comma may follow.
        scan.repaired.append(",\"").append(kCutObjectKey).append("\":0}");
      }
    }
  }
  return scan;
}

Utf8Repair repair_utf8(std::string_view text) {
  Utf8Repair repair;
  repair.text.reserve(text.size() + 16);
  const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = begin + text.size();
  const auto* p = begin;
  const auto* run = p;
  while (p < end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    const unsigned char* sequence = p;
    if (utf8::internal::validate_next(p, end) == utf8::internal::UTF8_OK) continue;
    repair.text.append(reinterpret_cast<const char*>(run), static_cast<size_t>(sequence - run));
    if (repair.replaced++ == 0) repair.first_offset = static_cast<uint64_t>(sequence - begin);
    // One U+FFFD per invalid lead and the continuation bytes that follow it, as normalize_text().
    p = sequence + 1;
    while (p < end && (*p & 0xC0) == 0x80 && p - sequence < 4) ++p;
    repair.text.append("\xEF\xBF\xBD");
    run = p;
  }
  repair.text.append(reinterpret_cast<const char*>(run), static_cast<size_t>(end - run));
  return repair;
}

bool looks_like_ndjson(std::string_view text) {
  // The first line must be an object: an array or anything else says no before a search for
  // its end (which, in one-line JSON, is the whole input).
  size_t first = 0;
  while (first < text.size() && is_space(text[first])) ++first;
  if (first == text.size() || text[first] != '{') return false;
  int lines_seen = 0;
  int object_lines = 0;
  size_t start = 0;
  while (start < text.size() && lines_seen < 8) {
    size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) {
      // The last line alone says nothing about whether there are several values.
      if (lines_seen == 0) return false;
      newline = text.size();
    }
    std::string_view line = text.substr(start, newline - start);
    start = newline + 1;
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    if (line.empty()) continue;
    bool whole_object = line.front() == '{' && line.back() == '}';
    if (lines_seen == 0 && !whole_object) return false;
    ++lines_seen;
    if (whole_object) ++object_lines;
  }
  return object_lines >= 2;
}

bool starts_like_json(std::string_view text) {
  if (text.empty()) return false;
  char open = text.front();
  size_t i = 1;
  while (i < text.size() && is_space(text[i])) ++i;
  if (i == text.size()) return true;  // "[" or "{" alone: truncated JSON, not prose
  char next = text[i];
  if (open == '{') return next == '"' || next == '}';
  if (next == '{' || next == '[' || next == '"' || next == ']' || next == '-' ||
      (next >= '0' && next <= '9')) {
    return true;
  }
  std::string_view rest = text.substr(i, 5);
  return rest.starts_with("true") || rest.starts_with("false") || rest.starts_with("null");
}

}  // namespace newsprism::parse::json_scan
