// Report -> JSON, member by member in the order of report.schema.json.
#include "newsprism/analyze.hpp"
#include "report/entity_json.hpp"
#include "report/json_writer.hpp"
#include "report/shared_members.hpp"

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

}  // namespace

namespace report {

void write_optional_string(JsonWriter& json, const char* name, const std::string& value) {
  json.key(name);
  if (value.empty()) json.null();
  else json.string(value);
}

}  // namespace report

namespace {

using report::write_optional_string;

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
  write_optional_string(json, "record_id", metadata.record_id);
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

// A view (its length known without strlen): written once per token.
std::string_view token_kind_name(TokenKind kind) {
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

void write_fingerprint(JsonWriter& json, const Fingerprint& fingerprint);

void write_mention(JsonWriter& json, const Mention& mention) {
  json.begin_object();
  json.key("type");
  json.string(entity_type_name(mention.type));
  write_span_members(json, mention.span);
  json.key("first_token");
  json.unsigned_number(mention.first_token);
  json.key("token_count");
  json.unsigned_number(mention.token_count);
  json.key("sentence");
  json.unsigned_number(mention.sentence);
  write_optional_string(json, "title", mention.title);
  write_optional_string(json, "value", mention.value);
  json.key("entity");
  json.unsigned_number(mention.entity);
  json.end_object();
}

void write_quote(JsonWriter& json, const Quote& quote) {
  json.begin_object();
  write_span_members(json, quote.span);
  json.key("speaker");
  json.string(quote.speaker);
  json.key("speaker_mention");
  json.number(quote.speaker_mention);
  json.key("speaker_entity");
  json.number(quote.speaker_entity);
  json.key("cue");
  json.string(quote.cue);
  json.end_object();
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
  json.key("repeats");
  json.begin_array();
  for (const Repeat& repeat : article.repeats) {
    json.begin_object();
    json.key("unit");
    json.string(repeat.unit);
    json.key("index");
    json.unsigned_number(repeat.index);
    json.key("first");
    json.unsigned_number(repeat.first);
    json.key("exact");
    json.boolean(repeat.exact);
    json.key("similarity");
    json.thousandths(repeat.similarity_thousandths);
    json.end_object();
  }
  json.end_array();
  json.key("fingerprint");
  write_fingerprint(json, article.fingerprint);
  json.key("mentions");
  json.begin_array();
  for (const Mention& mention : article.mentions) write_mention(json, mention);
  json.end_array();
  json.key("quotes");
  json.begin_array();
  for (const Quote& quote : article.quotes) write_quote(json, quote);
  json.end_array();
  json.end_object();
}

// The signature as one hex string (8 digits a value) and the band keys as 16-digit strings:
// compact, and exact where JSON numbers would lose 64-bit precision in JavaScript.
void write_fingerprint(JsonWriter& json, const Fingerprint& fingerprint) {
  json.begin_object();
  json.key("shingles");
  json.unsigned_number(fingerprint.shingles);
  std::string signature;
  signature.reserve(fingerprint.signature.size() * 8);
  for (uint32_t value : fingerprint.signature) signature += report::hex_digits(value, 8);
  json.key("signature");
  json.string(signature);
  json.key("band_keys");
  json.begin_compact_array();
  for (uint64_t key : fingerprint.band_keys) json.string(report::hex_digits(key, 16));
  json.end_compact_array();
  json.end_object();
}

void write_pair(JsonWriter& json, const ArticlePair& pair) {
  json.begin_object();
  json.key("a");
  json.unsigned_number(pair.a);
  json.key("b");
  json.unsigned_number(pair.b);
  json.key("relation");
  json.string(relation_name(pair.relation));
  if (pair.relation == Relation::kContains) {
    json.key("container");
    json.unsigned_number(pair.container);
  }
  json.key("jaccard");
  json.thousandths(pair.jaccard_thousandths);
  json.key("containment");
  json.begin_compact_array();
  json.thousandths(pair.a_in_b_thousandths);
  json.thousandths(pair.b_in_a_thousandths);
  json.end_compact_array();
  json.key("shared_sentences");
  json.unsigned_number(pair.shared_sentences);
  json.key("topic_similarity");
  json.thousandths(pair.topic_thousandths);
  json.key("reason");
  json.string(pair.reason);
  json.key("aligned");
  json.begin_array();
  for (const AlignedSentences& s : pair.aligned) {
    json.begin_object();
    json.key("a");
    json.unsigned_number(s.a);
    json.key("b");
    json.unsigned_number(s.b);
    json.key("score");
    json.thousandths(s.score_thousandths);
    json.key("exact");
    json.boolean(s.exact);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

void write_story(JsonWriter& json, const Story& story) {
  json.begin_object();
  json.key("id");
  json.unsigned_number(story.id);
  json.key("members");
  json.begin_compact_array();
  for (uint32_t m : story.members) json.unsigned_number(m);
  json.end_compact_array();
  json.key("source");
  json.unsigned_number(story.source);
  json.key("source_reason");
  json.string(story.source_reason);
  json.key("related");
  json.begin_compact_array();
  for (uint32_t r : story.related) json.unsigned_number(r);
  json.end_compact_array();
  json.key("additions");
  json.begin_array();
  for (const StoryAdditions& additions : story.additions) {
    json.begin_object();
    json.key("article");
    json.unsigned_number(additions.article);
    json.key("sentences");
    json.begin_compact_array();
    for (uint32_t s : additions.sentences) json.unsigned_number(s);
    json.end_compact_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

}  // namespace

namespace report {

void write_input_json(JsonWriter& json, const InputSummary& input) {
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

void write_entity_json(JsonWriter& json, const Entity& entity) {
  json.begin_object();
  json.key("id");
  json.unsigned_number(entity.id);
  json.key("type");
  json.string(entity_type_name(entity.type));
  json.key("name");
  json.string(entity.name);
  write_optional_string(json, "value", entity.value);
  json.key("aliases");
  json.begin_array();
  for (const std::string& alias : entity.aliases) json.string(alias);
  json.end_array();
  json.key("mentions");
  json.unsigned_number(entity.mentions);
  json.key("articles");
  json.begin_array();
  for (const EntityCount& count : entity.articles) {
    json.begin_compact_array();
    json.unsigned_number(count.article);
    json.unsigned_number(count.mentions);
    json.end_compact_array();
  }
  json.end_array();
  json.end_object();
}

}  // namespace report

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

const char* entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PER";
    case EntityType::kOrganization: return "ORG";
    case EntityType::kLocation: return "LOC";
    case EntityType::kMisc: return "MISC";
    case EntityType::kDate: return "DATE";
    case EntityType::kTime: return "TIME";
    case EntityType::kMoney: return "MONEY";
    case EntityType::kPercent: return "PERCENT";
    case EntityType::kQuantity: return "QUANTITY";
    case EntityType::kCardinal: return "CARDINAL";
    case EntityType::kOrdinal: return "ORDINAL";
  }
  return "MISC";
}

const char* relation_name(Relation relation) {
  switch (relation) {
    case Relation::kIdentical: return "identical";
    case Relation::kNearDuplicate: return "near_duplicate";
    case Relation::kContains: return "contains";
    case Relation::kRewrite: return "rewrite";
    case Relation::kSameStory: return "same_story";
    case Relation::kUnrelated: return "unrelated";
  }
  return "unrelated";
}

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
  for (const InputSummary& input : report.inputs) report::write_input_json(json, input);
  json.end_array();
  json.key("articles");
  json.begin_array();
  for (const Article& article : report.articles) write_article(json, article);
  json.end_array();
  json.key("pairs");
  json.begin_array();
  for (const ArticlePair& pair : report.pairs) write_pair(json, pair);
  json.end_array();
  json.key("stories");
  json.begin_array();
  for (const Story& story : report.stories) write_story(json, story);
  json.end_array();
  json.key("entities");
  json.begin_array();
  for (const Entity& entity : report.entities) report::write_entity_json(json, entity);
  json.end_array();
  json.end_object();
  return json.take();
}

}  // namespace newsprism
