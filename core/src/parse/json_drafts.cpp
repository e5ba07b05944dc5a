#include "parse/json_drafts.hpp"

#include <cstdint>
#include <string>

#include "parse/dates.hpp"
#include "parse/field_body.hpp"
#include "parse/html_tokenizer.hpp"
#include "parse/rule_text.hpp"
#include "text/byte_scan.hpp"

namespace newsprism::parse {
namespace {

// ISO 8601 when the date parses, else as written (a Unix time, an unknown form).
std::string iso_or_written(const std::string& date) {
  if (date.empty()) return date;
  ParsedDate parsed = parse_date(date);
  return parsed.ok ? parsed.iso : date;
}

// The map of a decoded JSON string: exact when its raw position is known, else the whole input.
OffsetMap string_map(std::string_view input, uint64_t quote, size_t length) {
  OffsetMap map;
  if (quote != kNoJsonOffset && json_string_map(input, quote, length, map)) return map;
  map = OffsetMap();
  map.add(0, 0);
  map.finish(static_cast<uint32_t>(length), static_cast<uint32_t>(input.size()));
  return map;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of "\uXXXX" at `at` (pointing at the backslash), or -1.
int32_t escaped_unit(std::string_view input, size_t at) {
  if (at + 6 > input.size() || input[at] != '\\' || input[at + 1] != 'u') return -1;
  int32_t unit = 0;
  for (size_t k = at + 2; k < at + 6; ++k) {
    int digit = hex_value(input[k]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

// Bytes from `at` before the next '"' or '\\' (or the end): at least one when input[at] is
// neither (a vector step at a time: text/byte_scan.hpp; runs between escapes are long).
size_t plain_json_run(std::string_view input, size_t at) {
  return byte_scan::find_any_long(input, at, input.size(), '"', '\\', '\\') - at;
}

void append_body(JsonArticle& json, std::string_view input, ArticleDraft& draft) {
  const bool use_body = !json.body.empty();
  const std::string& body = use_body ? json.body : json.excerpt;
  if (body.empty()) return;
  OffsetMap map = string_map(input, use_body ? json.body_offset : json.excerpt_offset, body.size());
  append_field_body(body, use_body ? json.body_is_html : json.excerpt_is_html, map, draft);
}

}  // namespace

bool json_string_map(std::string_view input, uint64_t quote, size_t decoded_length, OffsetMap& map) {
  if (quote >= input.size() || input[static_cast<size_t>(quote)] != '"') return false;
  OffsetMap built;
  size_t raw = static_cast<size_t>(quote) + 1;
  size_t decoded = 0;
  built.add(0, static_cast<uint32_t>(raw));
  while (raw < input.size() && input[raw] != '"') {
    if (input[raw] != '\\') {
      // A run of plain bytes: decoded and raw advance together, eight bytes a step.
      const size_t run = plain_json_run(input, raw);
      raw += run;
      decoded += run;
      continue;
    }
    size_t escape_length = 2;
    size_t bytes = 1;
    int32_t unit = escaped_unit(input, raw);
    if (unit >= 0) {
      escape_length = 6;
      int32_t low = unit >= 0xD800 && unit <= 0xDBFF ? escaped_unit(input, raw + 6) : -1;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        escape_length = 12;
        bytes = 4;
      } else {
        bytes = unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;  // lone surrogates become U+FFFD
      }
    } else if (raw + 1 >= input.size()) {
      return false;
    }
    raw += escape_length;
    decoded += bytes;
    built.add(static_cast<uint32_t>(decoded), static_cast<uint32_t>(raw));
  }
  if (decoded != decoded_length) return false;
  built.finish(static_cast<uint32_t>(decoded), static_cast<uint32_t>(raw));
  map = std::move(built);
  return true;
}

std::string html_snippet_text(std::string_view html) {
  // Without a tag, a character reference or a NUL, the tokenizer would give the whole snippet
  // back as one text token (most titles): skip it.
  if (byte_scan::find_first_of(html, 0, '<', '&', '\0') == html.size()) return rule_text::collapse_spaces(html);
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  std::string text;
  while (tokenizer.next(token)) {
    if (token.kind == HtmlTokenKind::kText) text += token.text;
  }
  return rule_text::collapse_spaces(text);
}

ArticleDraft json_draft(JsonExtraction& extraction, size_t index, std::string_view input) {
  JsonArticle& json = extraction.articles[index];
  ArticleDraft draft;
  draft.format = {extraction.format, extraction.reason};
  ArticleMetadata& metadata = draft.metadata;
  metadata.title = json.title_is_html ? html_snippet_text(json.title) : json.title;
  metadata.published = iso_or_written(json.published);
  metadata.modified = iso_or_written(json.modified);
  metadata.authors = std::move(json.authors);
  metadata.site = std::move(json.site);
  metadata.url = std::move(json.url);
  metadata.language = std::move(json.language);
  metadata.record_id = std::move(json.id);
  metadata.description = json.excerpt_is_html || json.description.find('<') != std::string::npos
                             ? html_snippet_text(json.description.empty() ? json.excerpt : json.description)
                             : (json.description.empty() ? json.excerpt : json.description);
  // Decoded entities or dropped tags make an HTML title's map approximate: it spans the string.
  OffsetMap title_map = string_map(input, json.title_is_html ? kNoJsonOffset : json.title_offset, metadata.title.size());
  OffsetMap raw;
  if (json.title_is_html && json.title_offset != kNoJsonOffset &&
      json_string_map(input, json.title_offset, json.title.size(), raw)) {
    title_map = OffsetMap();
    title_map.add(0, raw.to_source(0));
    title_map.finish(static_cast<uint32_t>(metadata.title.size()), raw.to_source(static_cast<uint32_t>(json.title.size())));
  }
  add_field_title(metadata.title, std::move(title_map), draft);
  append_body(json, input, draft);
  json = JsonArticle();  // its fields are in the draft now
  return draft;
}

}  // namespace newsprism::parse
