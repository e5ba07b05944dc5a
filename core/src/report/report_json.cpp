// Report -> JSON, member by member in the order of report.schema.json.
#include "newsprism/analyze.hpp"
#include "report/json_writer.hpp"

namespace newsprism {
namespace {

using report::JsonWriter;

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "info";
}

void write_format(JsonWriter& json, const FormatGuess& format) {
  json.begin_object();
  json.key("name");
  json.string(format.name);
  json.key("reason");
  json.string(format.reason);
  json.end_object();
}

void write_diagnostics(JsonWriter& json, const std::vector<Diagnostic>& diagnostics) {
  json.begin_array();
  for (const Diagnostic& d : diagnostics) {
    json.begin_object();
    json.key("severity");
    json.string(severity_name(d.severity));
    json.key("code");
    json.string(d.code);
    json.key("message");
    json.string(d.message);
    json.key("count");
    json.unsigned_number(d.count);
    json.key("input_offset");
    if (d.input_offset < 0) json.null();
    else json.number(d.input_offset);
    json.end_object();
  }
  json.end_array();
}

void write_optional_string(JsonWriter& json, const char* name, const std::string& value) {
  json.key(name);
  if (value.empty()) json.null();
  else json.string(value);
}

void write_metadata(JsonWriter& json, const ArticleMetadata& metadata) {
  json.begin_object();
  write_optional_string(json, "title", metadata.title);
  write_optional_string(json, "published", metadata.published);
  write_optional_string(json, "published_relative", metadata.published_relative);
  write_optional_string(json, "modified", metadata.modified);
  json.key("authors");
  json.begin_array();
  for (const std::string& author : metadata.authors) json.string(author);
  json.end_array();
  write_optional_string(json, "site", metadata.site);
  write_optional_string(json, "url", metadata.url);
  write_optional_string(json, "language", metadata.language);
  write_optional_string(json, "description", metadata.description);
  json.end_object();
}

// The span members, inside an object the caller opened.
void write_span_members(JsonWriter& json, const Span& span) {
  json.key("start");
  json.unsigned_number(span.start);
  json.key("end");
  json.unsigned_number(span.end);
  json.key("start_utf16");
  json.unsigned_number(span.start_utf16);
  json.key("end_utf16");
  json.unsigned_number(span.end_utf16);
  json.key("input_start");
  json.unsigned_number(span.input_start);
  json.key("input_end");
  json.unsigned_number(span.input_end);
}

const char* token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunctuation: return "punct";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kCjk: return "cjk";
    case TokenKind::kOther: return "other";
  }
  return "other";
}

void write_block(JsonWriter& json, const Block& block) {
  json.begin_object();
  json.key("kind");
  json.string(block_kind_name(block.kind));
  if (!block.reason.empty()) {
    json.key("reason");
    json.string(block.reason);
  }
  if (block.level != 0) {
    json.key("level");
    json.unsigned_number(block.level);
  }
  write_span_members(json, block.span);
  json.end_object();
}

// Tokens are the bulk of a report, so each is a compact array:
// [start, end, start_utf16, end_utf16, kind].
void write_tokens(JsonWriter& json, const std::vector<Token>& tokens) {
  json.begin_array();
  for (const Token& token : tokens) {
    json.tuple4_and_name(token.range.start, token.range.end, token.range.start_utf16, token.range.end_utf16,
                         token_kind_name(token.kind));
  }
  json.end_array();
}

void write_sentences(JsonWriter& json, const std::vector<SentenceSpan>& sentences) {
  json.begin_array();
  for (const SentenceSpan& sentence : sentences) {
    json.begin_object();
    write_span_members(json, sentence.span);
    json.key("first_token");
    json.unsigned_number(sentence.first_token);
    json.key("token_count");
    json.unsigned_number(sentence.token_count);
    json.end_object();
  }
  json.end_array();
}

void write_article(JsonWriter& json, const Article& article) {
  json.begin_object();
  json.key("id");
  json.unsigned_number(article.id);
  json.key("input");
  json.unsigned_number(article.input);
  json.key("source");
  json.string(article.source);
  json.key("format");
  write_format(json, article.format);
  json.key("metadata");
  write_metadata(json, article.metadata);
  json.key("text");
  json.string(article.text);
  json.key("text_utf16_length");
  json.unsigned_number(article.text_utf16_length);
  json.key("word_count");
  json.unsigned_number(article.word_count);
  json.key("blocks");
  json.begin_array();
  for (const Block& block : article.blocks) write_block(json, block);
  json.end_array();
  json.key("sentences");
  write_sentences(json, article.sentences);
  json.key("tokens");
  write_tokens(json, article.tokens);
  json.key("diagnostics");
  write_diagnostics(json, article.diagnostics);
  json.end_object();
}

void write_input(JsonWriter& json, const InputSummary& input) {
  json.begin_object();
  json.key("index");
  json.unsigned_number(input.index);
  json.key("source");
  json.string(input.source);
  json.key("bytes");
  json.unsigned_number(input.bytes);
  json.key("format");
  write_format(json, input.format);
  json.key("articles");
  json.begin_array();
  for (uint32_t id : input.articles) json.unsigned_number(id);
  json.end_array();
  json.key("diagnostics");
  write_diagnostics(json, input.diagnostics);
  json.end_object();
}

}  // namespace

const char* block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle: return "title";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kByline: return "byline";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kQuote: return "quote";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kCaption: return "caption";
    case BlockKind::kBoilerplate: return "boilerplate";
  }
  return "paragraph";
}

namespace {

// An upper-end guess of the JSON's size, from what dominates it.
size_t estimated_json_bytes(const Report& report, bool pretty) {
  size_t bytes = 4096 + report.inputs.size() * 512;
  for (const Article& article : report.articles) {
    bytes += 1024 + article.text.size() + article.text.size() / 8 + article.blocks.size() * 160 +
             article.sentences.size() * 180 + article.tokens.size() * 40 + article.diagnostics.size() * 256;
  }
  return pretty ? bytes + bytes / 2 : bytes;
}

}  // namespace

std::string report_to_json(const Report& report, bool pretty) {
  JsonWriter json(pretty);
  json.reserve(estimated_json_bytes(report, pretty));
  json.begin_object();
  json.key("schema_version");
  json.string(kReportSchemaVersion);
  json.key("generator");
  json.begin_object();
  json.key("name");
  json.string("newsprism");
  json.key("version");
  json.string(library_version());
  json.end_object();
  json.key("inputs");
  json.begin_array();
  for (const InputSummary& input : report.inputs) write_input(json, input);
  json.end_array();
  json.key("articles");
  json.begin_array();
  for (const Article& article : report.articles) write_article(json, article);
  json.end_array();
  json.end_object();
  return json.take();
}

}  // namespace newsprism
