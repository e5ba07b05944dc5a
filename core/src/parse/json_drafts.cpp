#include "parse/json_drafts.hpp"

#include <string>

#include "parse/dates.hpp"
#include "parse/html_article.hpp"
#include "parse/html_tokenizer.hpp"
#include "parse/plain_text.hpp"

namespace newsprism::parse {
namespace {

// ISO 8601 when the date parses, else as written (a Unix time, an unknown form).
std::string iso_or_written(const std::string& date) {
  if (date.empty()) return date;
  ParsedDate parsed = parse_date(date);
  return parsed.ok ? parsed.iso : date;
}

// A coarse map: the JSON string was unescaped, so positions cannot be exact.
OffsetMap whole_input_map(size_t length, uint64_t input_size) {
  OffsetMap map;
  map.add(0, 0);
  map.finish(static_cast<uint32_t>(length), static_cast<uint32_t>(input_size));
  return map;
}

void append_body(JsonArticle& json, uint64_t input_size, ArticleDraft& draft) {
  std::string& body = json.body.empty() ? json.excerpt : json.body;
  bool is_html = json.body.empty() ? json.excerpt_is_html : json.body_is_html;
  if (body.empty()) return;
  OffsetMap map = whole_input_map(body.size(), input_size);
  if (is_html) {
    ArticleDraft html = html_to_article(body, map, HtmlScope::kFragment);
    for (DraftBlock& block : html.blocks) draft.blocks.push_back(std::move(block));
    for (Diagnostic& diagnostic : html.diagnostics) draft.diagnostics.push_back(std::move(diagnostic));
    return;
  }
  NormalizedText normalized = normalize_text(body);
  normalized.to_input = OffsetMap::compose(normalized.to_input, map);
  ArticleDraft text = plain_text_draft(std::move(normalized));
  for (DraftBlock& block : text.blocks) {
    if (block.kind == BlockKind::kTitle) block.kind = BlockKind::kParagraph;  // the title is a field
    draft.blocks.push_back(std::move(block));
  }
  draft.normalization = text.normalization;
}

}  // namespace

std::string html_snippet_text(std::string_view html) {
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  std::string text;
  while (tokenizer.next(token)) {
    if (token.kind == HtmlTokenKind::kText) text += token.text;
  }
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::vector<ArticleDraft> json_drafts(JsonExtraction&& extraction, uint64_t input_size) {
  std::vector<ArticleDraft> drafts;
  drafts.reserve(extraction.articles.size());
  for (JsonArticle& json : extraction.articles) {
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
    metadata.description = json.excerpt_is_html || json.description.find('<') != std::string::npos
                               ? html_snippet_text(json.description.empty() ? json.excerpt : json.description)
                               : (json.description.empty() ? json.excerpt : json.description);
    if (!metadata.title.empty()) {
      DraftBlock title;
      title.kind = BlockKind::kTitle;
      title.kind_from_markup = true;
      title.text = metadata.title;
      title.to_input = whole_input_map(title.text.size(), input_size);
      draft.blocks.push_back(std::move(title));
    }
    append_body(json, input_size, draft);
    drafts.push_back(std::move(draft));
  }
  return drafts;
}

}  // namespace newsprism::parse
