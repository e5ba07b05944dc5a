// The JSON ingest: one document or NDJSON lines through simdjson's On-Demand API, then the
// repairs that keep what can be kept (invalid UTF-8, truncation), then naming the format.
#include "parse/json_articles.hpp"

#include <simdjson.h>

#include "parse/json_reader.hpp"
#include "parse/json_scan.hpp"
#include "parse/json_string.hpp"

namespace newsprism::parse {
namespace {

using json_reader::FoundArticle;
using json_reader::ReadState;
using simdjson::error_code;
using simdjson::SUCCESS;

// simdjson's own default; deeper documents get "json_too_deep".
constexpr uint32_t kMaxDepth = 1024;

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Where the JSON starts: after a UTF-8 byte-order mark and whitespace.
size_t json_start(std::string_view bytes) {
  size_t at = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (at < bytes.size() && is_json_space(bytes[at])) ++at;
  return at;
}

std::string simdjson_says(error_code error) {
  return std::string("simdjson: ") + simdjson::error_message(error);
}

// The JSON for simdjson, which reads up to SIMDJSON_PADDING bytes past its end: where it lies
// when the caller says that many bytes after it may be read, otherwise a padded copy.
class PaddedJson {
 public:
  PaddedJson(std::string_view json, size_t padding) {
    if (padding >= simdjson::SIMDJSON_PADDING) {
      view_ = simdjson::padded_string_view(json.data(), json.size(), json.size() + padding);
    } else {
      copy_ = simdjson::padded_string(json);
      view_ = copy_;
    }
  }
  PaddedJson(const PaddedJson&) = delete;
  PaddedJson& operator=(const PaddedJson&) = delete;

  simdjson::padded_string_view view() const { return view_; }
  const char* data() const { return view_.data(); }
  // Bytes from `at` to the end of the allocation (the JSON's rest and its padding).
  size_t capacity_from(size_t at) const { return view_.capacity() - at; }

 private:
  simdjson::padded_string copy_;
  simdjson::padded_string_view view_;
};

// Everything one extraction collects before the format is named.
struct Extraction {
  ReadState state;
  std::vector<JsonIssue> issues;
  bool fatal_error = false;    // the document (not a line) could not be read to its end
  bool ndjson = false;
  uint64_t ndjson_lines = 0;
  bool root_is_array = false;
  bool depth_checked = false;
  bool trailing_content = false;  // bytes after the JSON value
};

void add_issue(Extraction& out, std::string code, std::string message, uint64_t offset) {
  if (code == "json_trailing_content") out.trailing_content = true;
  out.issues.push_back({std::move(code), std::move(message), offset});
}

// Reports nesting past kMaxDepth once; `json` starts at input offset `base`.
void check_depth(std::string_view json, uint64_t base, Extraction& out) {
  if (out.depth_checked) return;
  out.depth_checked = true;
  json_scan::StructureScan scan = json_scan::scan_structure(json, kMaxDepth, true);
  if (scan.too_deep_offset == UINT64_MAX) return;
  add_issue(out, "json_too_deep",
            "JSON nests arrays and objects deeper than " + std::to_string(kMaxDepth) +
                " levels; the values below that depth were not read",
            base + scan.too_deep_offset);
}

// The error position simdjson's iterator stopped at, as an input offset.
uint64_t error_offset(simdjson::ondemand::document& doc, const char* data, uint64_t base) {
  const char* location = nullptr;
  if (doc.current_location().get(location) != SUCCESS || location == nullptr) {
    return kNoJsonOffset;
  }
  return base + static_cast<uint64_t>(location - data);
}

void read_document(std::string_view json, uint64_t base, bool repaired, Extraction& out, size_t padding = 0);

// A document simdjson found truncated or unbalanced: say where, then read the complete part.
void recover_truncated(std::string_view json, uint64_t base, error_code error, Extraction& out) {
  json_scan::StructureScan scan = json_scan::scan_structure(json, kMaxDepth, false);
  out.depth_checked = true;
  if (scan.too_deep_offset != UINT64_MAX) {
    add_issue(out, "json_too_deep",
              "JSON nests arrays and objects deeper than " + std::to_string(kMaxDepth) +
                  " levels; the values below that depth were not read",
              base + scan.too_deep_offset);
  }
  if (scan.first_value_end != UINT64_MAX && scan.first_value_end < scan.mismatch_offset) {
    // simdjson calls a complete value followed by more text unbalanced: read the value alone.
    out.fatal_error = false;
    read_document(json.substr(0, static_cast<size_t>(scan.first_value_end)), base, true, out);
    add_issue(out, "json_trailing_content",
              "more bytes follow the end of the JSON value; they were not read",
              base + scan.first_value_end);
    return;
  }
  if (scan.mismatch_offset != UINT64_MAX) {
    add_issue(out, "json_invalid",
              "a closing bracket does not match the one it closes (" + simdjson_says(error) + ")",
              base + scan.mismatch_offset);
    return;
  }
  if (scan.ends_in_string) {
    add_issue(out, "json_truncated",
              "the JSON ends inside a string that starts at byte " +
                  std::to_string(base + scan.string_start) + " (" + simdjson_says(error) + ")",
              base + scan.string_start);
  } else {
    add_issue(out, "json_truncated",
              "the JSON ends with " + std::to_string(scan.open_at_end) +
                  " array(s) or object(s) still open (" + simdjson_says(error) + ")",
              base + json.size());
  }
  if (!scan.repaired.empty()) read_document(scan.repaired, base, true, out);
}

// `padding`: bytes after `json` that may be read (Input::padding).
void read_document(std::string_view json, uint64_t base, bool repaired, Extraction& out, size_t padding) {
  const PaddedJson padded(json, padding);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  simdjson::ondemand::value root;
  error_code error = parser.iterate(padded.view()).get(doc);
  if (error == SUCCESS) error = doc.get_value().get(root);
  if (error == SUCCESS) {
    out.state.buffer = repaired ? nullptr : padded.data();
    out.state.buffer_base = base;
    simdjson::ondemand::json_type type;
    if (root.type().get(type) == SUCCESS) out.root_is_array = type == simdjson::ondemand::json_type::array;
    error = json_reader::read_root(root, out.state);
    if (error == SUCCESS && !doc.at_end()) {
      add_issue(out, "json_trailing_content",
                "more bytes follow the end of the JSON value; they were not read",
                error_offset(doc, padded.data(), base));
    }
  }
  if (error == SUCCESS) return;
  if (error == simdjson::UTF8_ERROR && !repaired) {
    json_scan::Utf8Repair fixed = json_scan::repair_utf8(json);
    add_issue(out, "json_invalid_utf8",
              std::to_string(fixed.replaced) +
                  " invalid UTF-8 sequence(s) replaced by U+FFFD before parsing; later offsets "
                  "are approximate",
              base + fixed.first_offset);
    out.state = ReadState{};
    read_document(fixed.text, base, true, out);
    return;
  }
  if ((error == simdjson::UNCLOSED_STRING || error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT) &&
      !repaired) {
    out.fatal_error = true;
    recover_truncated(json, base, error, out);
    return;
  }
  out.fatal_error = true;
  add_issue(out, "json_invalid",
            "the JSON is invalid here; articles before this point were kept (" +
                simdjson_says(error) + ")",
            repaired ? kNoJsonOffset : error_offset(doc, padded.data(), base));
}

// Reads one NDJSON line; returns the error that made it bad, if any.
error_code read_line(simdjson::ondemand::parser& parser, simdjson::padded_string_view line,
                     ReadState& state) {
  simdjson::ondemand::document doc;
  simdjson::ondemand::value root;
  simdjson::ondemand::json_type type;
  error_code error = parser.iterate(line).get(doc);
  if (error == SUCCESS) error = doc.get_value().get(root);
  if (error == SUCCESS) error = root.type().get(type);
  if (error == SUCCESS && type != simdjson::ondemand::json_type::object &&
      type != simdjson::ondemand::json_type::array) {
    error = simdjson::INCORRECT_TYPE;
  }
  if (error == SUCCESS) error = json_reader::read_root(root, state);
  if (error == SUCCESS && !doc.at_end()) error = simdjson::TRAILING_CONTENT;
  return error;
}

void read_ndjson(std::string_view json, uint64_t base, uint64_t first_line, Extraction& out, size_t padding) {
  out.ndjson = true;
  const PaddedJson padded(json, padding);
  simdjson::ondemand::parser parser;
  uint64_t line_number = first_line;
  size_t start = 0;
  while (start < json.size()) {
    size_t newline = json.find('\n', start);
    if (newline == std::string_view::npos) newline = json.size();
    size_t end = newline;
    while (end > start && is_json_space(json[end - 1])) --end;
    size_t begin = start;
    while (begin < end && is_json_space(json[begin])) ++begin;
    if (begin < end) {
      ++out.ndjson_lines;
      size_t before = out.state.found.size();
      uint64_t skipped_before = out.state.skipped_elements;
      // The rest of the buffer (and its padding) lies behind every line, so no copy is needed.
      simdjson::padded_string_view line(padded.data() + begin, end - begin, padded.capacity_from(begin));
      out.state.buffer = padded.data();
      out.state.buffer_base = base;
      error_code error = read_line(parser, line, out.state);
      if (error == simdjson::UTF8_ERROR) {
        out.state.buffer = nullptr;  // the repaired copy's positions are not the input's
        out.state.found.resize(before);
        json_scan::Utf8Repair fixed = json_scan::repair_utf8(json.substr(begin, end - begin));
        add_issue(out, "json_invalid_utf8",
                  "line " + std::to_string(line_number) + ": " + std::to_string(fixed.replaced) +
                      " invalid UTF-8 sequence(s) replaced by U+FFFD",
                  base + begin + fixed.first_offset);
        simdjson::padded_string fixed_line(fixed.text);
        error = read_line(parser, fixed_line, out.state);
      }
      if (error != SUCCESS) {
        out.state.found.resize(before);
        out.state.skipped_elements = skipped_before;
        add_issue(out, "ndjson_bad_line",
                  "line " + std::to_string(line_number) + " is not a valid JSON object and was "
                  "skipped (" + simdjson_says(error) + ")",
                  base + begin);
      } else if (out.state.found.size() == before) {
        out.state.skipped_elements = skipped_before + 1;
      }
    }
    ++line_number;
    start = newline + 1;
  }
}

uint32_t count_markers(const std::vector<FoundArticle>& found, uint32_t markers) {
  uint32_t count = 0;
  for (const FoundArticle& article : found) {
    if (article.markers & markers) ++count;
  }
  return count;
}

// Names the format and says why, from what the articles looked like.
void name_format(const Extraction& out, JsonExtraction& result) {
  const std::vector<FoundArticle>& found = out.state.found;
  const std::string count = std::to_string(found.size());
  uint32_t rendered = count_markers(found, json_reader::kWordPressRendered);
  uint32_t yoast = count_markers(found, json_reader::kWordPressYoast);
  uint32_t json_ld = count_markers(found, json_reader::kJsonLdArticle);
  std::string wordpress_fields =
      rendered > 0 ? "title.rendered and content.rendered" : "yoast_head_json";
  if (out.ndjson) {
    result.format = "ndjson";
    result.reason = std::to_string(out.ndjson_lines) + " lines, one JSON object per line";
    if (rendered + yoast > 0) result.reason += ", holding WordPress REST posts";
    return;
  }
  if (!out.state.json_feed_version.empty()) {
    result.format = "json_feed";
    result.reason = "object with version \"" + out.state.json_feed_version +
                    "\" and items[] (JSON Feed)";
    return;
  }
  if (rendered + yoast > 0) {
    result.format = "wordpress";
    result.reason = (out.root_is_array ? "array of " + count + " objects" : std::string("object")) +
                    " with " + wordpress_fields + " (WordPress REST API)";
    return;
  }
  result.format = "json_articles";
  if (found.empty()) {
    result.reason = "JSON without any object that has a title and a body";
  } else if (json_ld > 0) {
    result.reason = out.state.saw_graph
                        ? "JSON-LD @graph holding an Article, NewsArticle or BlogPosting"
                        : "JSON-LD object with @type Article, NewsArticle or BlogPosting";
  } else {
    result.reason = (out.root_is_array ? "array of " + count + " objects" : std::string("object")) +
                    " with article fields (title, body or text, date, author)";
  }
}

}  // namespace

std::string json_body(const JsonArticle& article, std::string_view input) {
  if (!article.body_in_input) return article.body;
  std::string body(static_cast<size_t>(article.body_raw_length), '\0');
  OffsetMap unused;
  const size_t length = decode_json_string(input, article.body_offset, article.body_raw_length, body.data(), unused);
  body.resize(length == std::string_view::npos ? 0 : length);
  return body;
}

bool looks_like_json(std::string_view bytes) {
  size_t start = json_start(bytes);
  return start < bytes.size() && (bytes[start] == '{' || bytes[start] == '[');
}

std::optional<JsonExtraction> extract_json_articles(std::string_view bytes, size_t padding) {
  if (!looks_like_json(bytes)) return std::nullopt;
  const size_t base = json_start(bytes);
  std::string_view json = bytes.substr(base);

  Extraction out;
  if (json_scan::looks_like_ndjson(json)) {
    uint64_t first_line = 1;
    for (size_t i = 0; i < base; ++i) first_line += bytes[i] == '\n';
    read_ndjson(json, base, first_line, out, padding);
  } else {
    read_document(json, base, false, out, padding);
    // Prose that happens to open with a bracket: "[Update] ...", "[1] See the note".
    if (out.state.found.empty() &&
        ((out.fatal_error && !json_scan::starts_like_json(json)) || out.trailing_content)) {
      return std::nullopt;
    }
  }
  if (out.state.hit_depth_limit || out.state.found.empty()) check_depth(json, base, out);

  JsonExtraction result;
  name_format(out, result);
  result.articles.reserve(out.state.found.size());
  for (FoundArticle& found : out.state.found) result.articles.push_back(std::move(found.article));
  result.issues = std::move(out.issues);
  if (out.state.skipped_elements > 0 && !result.articles.empty()) {
    result.issues.push_back(
        {"json_skipped_values",
         std::to_string(out.state.skipped_elements) +
             (out.ndjson ? " line(s)" : " array element(s)") + " held no article (no title and body)",
         kNoJsonOffset});
  }
  bool bad_lines = false;
  for (const JsonIssue& issue : result.issues) bad_lines |= issue.code == "ndjson_bad_line";
  if (result.articles.empty() && !out.fatal_error && !bad_lines) {
    result.issues.push_back(
        {"json_no_articles",
         "valid JSON, but no object in it has an article's fields (a title with a body, "
         "content or text)",
         kNoJsonOffset});
  }
  return result;
}

}  // namespace newsprism::parse
