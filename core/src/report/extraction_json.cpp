// An extraction as JSON: each article as `newsprism extract --json` prints it, and the compact
// whole the package's extract() decodes. Small next to the report: no spans, sentences, tokens
// or offsets, only what a reader of the article wants.
#include <string>
#include <string_view>

#include "newsprism/extract.hpp"
#include "report/json_writer.hpp"
#include "report/shared_members.hpp"

namespace newsprism {
namespace {

using report::JsonWriter;
using report::write_optional_string;

bool in_body(BlockKind kind) {
  return kind != BlockKind::kTitle && kind != BlockKind::kByline && kind != BlockKind::kBoilerplate;
}

void write_extracted_article(JsonWriter& json, const Article& article) {
  const ArticleMetadata& m = article.metadata;
  json.begin_object();
  json.key("source");
  json.string(article.source);
  json.key("format");
  json.string(article.format.name);
  write_optional_string(json, "title", m.title);
  write_optional_string(json, "published", m.published.empty() ? m.published_relative : m.published);
  write_optional_string(json, "modified", m.modified);
  write_optional_string(json, "author", authors_text(m));
  json.key("authors");
  json.begin_array();
  for (const std::string& author : m.authors) json.string(author);
  json.end_array();
  write_optional_string(json, "site", m.site);
  write_optional_string(json, "url", m.url);
  write_optional_string(json, "language", m.language);
  write_optional_string(json, "description", m.description);
  json.key("body");
  json.string(article_body_text(article));
  uint64_t boilerplate = 0;
  for (const Block& block : article.blocks) boilerplate += block.kind == BlockKind::kBoilerplate ? 1 : 0;
  json.key("boilerplate_blocks");
  json.unsigned_number(boilerplate);
  json.key("diagnostics");
  json.begin_array();
  for (const Diagnostic& d : article.diagnostics) json.string(d.code);
  json.end_array();
  json.end_object();
}

}  // namespace

std::string authors_text(const ArticleMetadata& metadata) {
  std::string authors;
  for (const std::string& author : metadata.authors) {
    if (!authors.empty()) authors.append(", ");
    authors.append(author);
  }
  return authors;
}

std::string article_body_text(const Article& article) {
  size_t bytes = 0;
  for (const Block& block : article.blocks) {
    if (in_body(block.kind)) bytes += block.span.end - block.span.start + 4;
  }
  std::string body;
  body.reserve(bytes);
  const std::string_view text = article.text;
  for (const Block& block : article.blocks) {
    if (!in_body(block.kind)) continue;
    if (!body.empty()) body.append("\n\n");
    if (block.kind == BlockKind::kListItem) body.append("- ");
    if (block.kind == BlockKind::kQuote) body.append("> ");
    body.append(text.substr(block.span.start, block.span.end - block.span.start));
  }
  return body;
}

std::string extracted_article_json(const Article& article) {
  JsonWriter json(false);
  json.reserve(article.text.size() + article.text.size() / 8 + 512);
  write_extracted_article(json, article);
  return json.take();
}

std::string extraction_to_json(const Report& report) {
  size_t bytes = 256 + report.inputs.size() * 256;
  for (const Article& article : report.articles) bytes += article.text.size() + article.text.size() / 8 + 512;
  JsonWriter json(false);
  json.reserve(bytes);
  json.begin_object();
  json.key("articles");
  json.begin_array();
  for (const Article& article : report.articles) write_extracted_article(json, article);
  json.end_array();
  json.key("inputs");
  json.begin_array();
  for (const InputSummary& input : report.inputs) report::write_input_json(json, input);
  json.end_array();
  json.end_object();
  return json.take();
}

}  // namespace newsprism
