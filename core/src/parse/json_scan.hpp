// Byte-level scans of JSON text that simdjson's On-Demand API does not offer: nesting depth,
// repairing a truncated document so that its complete parts can still be read, UTF-8 repair,
// and telling NDJSON from one JSON value. They run only on the paths that need them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsprism::parse::json_scan {

/// The key added to objects that a truncation repair had to close, so the reader can tell
/// them from complete ones. Spelled as it appears in the JSON (escaped): no real paste uses it.
inline constexpr std::string_view kCutObjectKey = "\\u0000newsprism:cut";

/// What a structural scan of JSON text found.
struct StructureScan {
  /// Deepest nesting of arrays and objects, counted up to depth_limit + 1.
  uint32_t max_depth = 0;
  /// Offset of the first '[' or '{' that went past depth_limit, if any.
  uint64_t too_deep_offset = UINT64_MAX;
  /// The text ends inside a string (at string_start) or with containers left open.
  bool ends_in_string = false;
  uint64_t string_start = 0;
  uint32_t open_at_end = 0;
  /// A closing bracket that does not match its opener, at this offset.
  uint64_t mismatch_offset = UINT64_MAX;
  /// Just past the bracket that closed the first top-level value, if it closed.
  uint64_t first_value_end = UINT64_MAX;
  /// When the text is truncated: the text up to the end of the last complete object that is an
  /// element of an array, at the shallowest depth where one completed, followed by the closers
  /// of everything still open (objects closed this way get kCutObjectKey). Empty when there is
  /// no such object.
  std::string repaired;
};

/// Scans `json` once, tracking strings and brackets. Stops early at a mismatched bracket or
/// when the depth passes depth_limit and `stop_when_too_deep`.
StructureScan scan_structure(std::string_view json, uint32_t depth_limit, bool stop_when_too_deep);

/// `text` with each invalid UTF-8 sequence replaced by U+FFFD.
struct Utf8Repair {
  std::string text;
  uint64_t replaced = 0;
  uint64_t first_offset = 0;
};
Utf8Repair repair_utf8(std::string_view text);

/// True when `text` looks like NDJSON (JSON Lines) rather than one JSON value: its first
/// non-blank line is a whole object on one line, and among its first lines at least two more
/// or less are.
bool looks_like_ndjson(std::string_view text);

/// True when `text` (starting at '{' or '[') goes on like JSON: '{' followed by '"' or '}',
/// '[' followed by a value or ']'. "[Update] The harbour..." does not.
bool starts_like_json(std::string_view text);

}  // namespace newsprism::parse::json_scan
