#include "parse/json_drafts.hpp"

#include <cstdint>
#include <memory>
#include <string>

#include "parse/dates.hpp"
#include "parse/field_body.hpp"
#include "parse/html_tokenizer.hpp"
#include "parse/json_string.hpp"
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

void append_body(JsonArticle& json, std::string_view input, ArticleDraft& draft) {
  if (json.body_in_input) {
    // Decoded here, with its map, in one pass over the raw string. It cannot fail: the same walk
    // accepted these same bytes when the document was read (were it to, the raw string would be
    // kept as it stands).
    // Into memory that is written once: no std::string, whose resize would clear it first.
    const std::unique_ptr<char[]> buffer(new char[json.body_raw_length]);
    OffsetMap map;
    const size_t length = decode_json_string(input, json.body_offset, json.body_raw_length, buffer.get(), map);
    if (length == std::string_view::npos) {
      const std::string_view raw = input.substr(static_cast<size_t>(json.body_offset) + 1, json.body_raw_length);
      append_field_body(raw, json.body_is_html, OffsetMap::shifted(static_cast<uint32_t>(json.body_offset) + 1,
                                                                   static_cast<uint32_t>(raw.size())), draft);
      return;
    }
    append_field_body(std::string_view(buffer.get(), length), json.body_is_html, map, draft);
    return;
  }
  const bool use_body = !json.body.empty();
  const std::string& body = use_body ? json.body : json.excerpt;
  if (body.empty()) return;
  OffsetMap map = string_map(input, use_body ? json.body_offset : json.excerpt_offset, body.size());
  append_field_body(body, use_body ? json.body_is_html : json.excerpt_is_html, map, draft);
}

}  // namespace

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
