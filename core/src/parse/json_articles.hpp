// Recognizing articles in JSON pastes: WordPress REST posts, JSON Feed, NDJSON, JSON-LD and
// plain arrays or objects with the usual article fields. Parsed with simdjson's On-Demand API in
// one forward pass; broken JSON keeps what was complete before the break.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsprism::parse {

/// One article found in a JSON paste, before HTML/text cleaning. Every string is JSON-unescaped
/// ("\u2019" and "\/" are decoded) but HTML entities and markup are kept for the HTML stage;
/// the *_is_html flags say which fields need that stage. Empty strings mean "not found".
struct JsonArticle {
  /// title.rendered, title, headline or name. HTML when title_is_html.
  std::string title;
  bool title_is_html = false;
  /// content.rendered, content_html, articleBody, body, content, text, content_text, ...
  std::string body;
  bool body_is_html = false;
  /// The body was left in the input, undecoded: it is the JSON string whose opening quote is at
  /// body_offset, and `body` is empty. WordPress content.rendered (most of a posts export) is
  /// read this way and decoded while its article is drafted, in one pass with its offset map
  /// (decode_json_string(); json_body() for the text alone).
  bool body_in_input = false;
  /// With body_in_input: the raw string's length between its quotes.
  size_t body_raw_length = 0;
  /// excerpt.rendered or excerpt.
  std::string excerpt;
  bool excerpt_is_html = false;
  /// The date as found (date_gmt preferred over date for WordPress, with "Z" added when the
  /// *_gmt value has no zone). Numbers (e.g. Unix times) are kept as their JSON text.
  std::string published;
  std::string modified;
  /// link, url, permalink or canonical.
  std::string url;
  /// Author names: WordPress yoast_head_json.author (or its schema Person nodes), JSON Feed
  /// authors[].name, an "author" string, object with a name, or array of either.
  std::vector<std::string> authors;
  /// yoast_head_json.og_site_name, the JSON Feed's title, "site", "source" or publisher.name.
  std::string site;
  /// yoast_head_json.description / og_description, summary, description.
  std::string description;
  /// JSON Feed language, yoast og_locale, "language", "lang" or "inLanguage", as found.
  std::string language;
  /// The "id" field as text (a number keeps its JSON spelling).
  std::string id;
  /// Input offsets of the opening quote of the raw JSON strings that gave title, body and
  /// excerpt, or kNoJsonOffset when unknown (the input needed repair before parsing). With
  /// json_string_map() they map every decoded byte back to the input.
  uint64_t title_offset = UINT64_MAX;
  uint64_t body_offset = UINT64_MAX;
  uint64_t excerpt_offset = UINT64_MAX;
};

/// Offset of a JsonIssue whose position is not known.
inline constexpr uint64_t kNoJsonOffset = UINT64_MAX;

/// A problem met while reading JSON.
struct JsonIssue {
  /// Stable code: "json_truncated", "json_invalid", "json_too_deep", "json_invalid_utf8",
  /// "json_trailing_content", "json_no_articles", "json_skipped_values", "ndjson_bad_line".
  std::string code;
  /// A sentence for people; names simdjson's error where one was reported.
  std::string message;
  /// Byte offset into the input given to extract_json_articles(), or kNoJsonOffset.
  uint64_t offset = kNoJsonOffset;
};

/// What extract_json_articles() found.
struct JsonExtraction {
  /// "wordpress", "json_feed", "ndjson" or "json_articles" (JSON-LD and arrays or objects of
  /// objects with the usual fields).
  std::string format;
  /// Why that format, for people, e.g. "object with title.rendered and content.rendered
  /// (WordPress REST API)".
  std::string reason;
  /// In input order.
  std::vector<JsonArticle> articles;
  std::vector<JsonIssue> issues;
};

/// The article's body text: `body`, or the JSON string it was left as in `input` (the bytes given
/// to extract_json_articles()) decoded.
std::string json_body(const JsonArticle& article, std::string_view input);

/// Cheap check: after a byte-order mark and whitespace the input starts with '{' or '[' (which
/// covers NDJSON, whose lines each start with '{').
bool looks_like_json(std::string_view bytes);

/// Parses JSON or NDJSON and extracts the articles in it.
///
/// Returns std::nullopt when the bytes are not JSON at all: they do not start like JSON, or they
/// fail to parse right at the start (e.g. "[Update] The harbour..."), so the caller treats them
/// as text. Otherwise returns an extraction:
/// - valid JSON holding no article: zero articles and the issue "json_no_articles";
/// - truncated or invalid JSON: an issue with simdjson's error and the byte offset where it was
///   found, plus every article that was complete before it;
/// - NDJSON: the articles of all good lines; each bad line gets "ndjson_bad_line" with its
///   line number;
/// - nesting deeper than 1024 levels: "json_too_deep"; the values below are not read.
/// Invalid UTF-8 is replaced by U+FFFD (issue "json_invalid_utf8") rather than rejected.
/// Memory: about three times the input. `padding` is how many bytes after `bytes` may be read
/// (Input::padding): with enough, the bytes are parsed where they lie, otherwise from a copy.
std::optional<JsonExtraction> extract_json_articles(std::string_view bytes, size_t padding = 0);

}  // namespace newsprism::parse
