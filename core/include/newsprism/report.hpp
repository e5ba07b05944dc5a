// The Report: what newsprism says about a set of inputs, as plain value types. It is serialized
// to JSON by report_to_json(); the JSON Schema is core/src/report/report.schema.json and its
// version is kReportSchemaVersion. Later stages (repeats, pairs, stories, entities) add fields
// here and to the schema; consumers must ignore fields they do not know.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "newsprism/segment.hpp"
#include "newsprism/text.hpp"

namespace newsprism {

/// Version of the report's JSON shape. Bumped on every change to the schema: the minor number
/// for added fields, the major number for anything that could break a reader.
inline constexpr const char* kReportSchemaVersion = "1.2";

/// How serious a diagnostic is. kError means part of an input could not be analyzed.
enum class Severity { kInfo, kWarning, kError };

/// One thing worth telling the user about an input or article: something repaired, guessed or
/// skipped. Nothing is ever dropped without one.
struct Diagnostic {
  Severity severity = Severity::kInfo;
  /// Stable machine-readable code, e.g. "invalid_utf8". Documented in the schema.
  std::string code;
  /// A sentence for people.
  std::string message;
  /// How many times it happened (e.g. invalid sequences replaced).
  uint64_t count = 1;
  /// Byte offset in the input of the first occurrence, or -1 when it has no position.
  int64_t input_offset = -1;
};

/// A range of an article's clean text, in UTF-8 bytes and in UTF-16 code units (what
/// JavaScript strings index), plus the range of the original input bytes it came from.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t start_utf16 = 0;
  uint32_t end_utf16 = 0;
  uint64_t input_start = 0;
  uint64_t input_end = 0;
};

/// What a block of an article is. Boilerplate is kept and marked, never deleted.
enum class BlockKind { kTitle, kHeading, kByline, kParagraph, kQuote, kListItem, kCaption, kBoilerplate };

/// The stable name of a block kind, e.g. "paragraph".
const char* block_kind_name(BlockKind kind);

/// One block of an article: a title line, a paragraph, ...
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  Span span;
  /// Boilerplate only: the rule that marked it, e.g. "comments", "navigation",
  /// "repeated-title", "outside-article". Empty for other kinds.
  std::string reason;
  /// Headings only: 1 to 6 when the source says (<h2>, "## "), 0 when unknown.
  uint8_t level = 0;
};

/// One sentence of an article: its span and the range of its tokens in Article::tokens.
struct SentenceSpan {
  Span span;
  uint32_t first_token = 0;
  uint32_t token_count = 0;
};

/// The detected format of an input and why it was chosen.
struct FormatGuess {
  /// "plain", "markdown", "html", "wordpress", "json_feed", "ndjson", "json_articles", "rss",
  /// "atom", "binary" or "empty".
  std::string name;
  /// A short explanation for people, e.g. "no markup found".
  std::string reason;
};

/// Metadata of an article. Empty strings mean "not found".
struct ArticleMetadata {
  std::string title;
  /// ISO 8601 when the source's date could be read, else as written.
  std::string published;
  /// A date the source gives only relative to when it was read ("1 day ago"), as written; the
  /// core has no clock to resolve it.
  std::string published_relative;
  std::string modified;
  std::vector<std::string> authors;
  std::string site;
  std::string url;
  std::string language;
  std::string description;
  /// The record's own id where the format has one (the "id" of a JSON or NDJSON record).
  std::string record_id;
};

/// A block or sentence of an article that repeats an earlier one of the same article.
struct Repeat {
  /// "block" or "sentence".
  const char* unit = "block";
  /// Index of the repeating block (in Article::blocks) or sentence (in Article::sentences).
  uint32_t index = 0;
  /// Index of its first occurrence, of the same unit.
  uint32_t first = 0;
  /// Exact after normalization (case, spaces, quotes, dashes, Markdown markers), or near: word
  /// 3-shingle Jaccard of at least 0.8, given in thousandths.
  bool exact = true;
  uint32_t similarity_thousandths = 1000;
};

/// What the corpus stages keep of an article to compare it with others, now or later.
struct Fingerprint {
  /// Distinct word 5-shingles (character shingles for CJK text) of the normalized body.
  uint32_t shingles = 0;
  /// MinHash signature (see core/src/dedup/minhash.hpp for the fixed hash family and seed).
  std::vector<uint32_t> signature;
  /// One key per LSH band.
  std::vector<uint64_t> band_keys;
};

/// What a mention names: the four types of the statistical tagger (person, organization,
/// location, miscellaneous name), then the types found by patterns, which carry a normalized
/// value.
enum class EntityType : uint8_t {
  kPerson,
  kOrganization,
  kLocation,
  kMisc,
  kDate,
  kTime,
  kMoney,
  kPercent,
  kQuantity,
  kCardinal,
  kOrdinal,
};

/// The stable name of an entity type: "PER", "ORG", "LOC", "MISC", "DATE", "TIME", "MONEY",
/// "PERCENT", "QUANTITY", "CARDINAL" or "ORDINAL".
const char* entity_type_name(EntityType type);

/// One place where an article names someone or something.
struct Mention {
  EntityType type = EntityType::kMisc;
  /// The name or expression itself; a title before a name is not part of it.
  Span span;
  /// Its tokens in Article::tokens (kept even when the report leaves tokens out).
  uint32_t first_token = 0;
  uint32_t token_count = 0;
  /// Index of its sentence in Article::sentences.
  uint32_t sentence = 0;
  /// A title or honorific said right before a name ("Mr.", "President"), as written; empty
  /// when there is none.
  std::string title;
  /// Pattern types: the normalized value; names: empty. DATE: ISO 8601 "2025-01-28",
  /// "2025-01", "2025", without a year "--01-28", decades "1990s", quarters "2024-Q3", durations
  /// "P5Y"/"PT30M", weekdays and relative dates as lower-case text ("monday", "last week").
  /// TIME "21:00" (with a zone "21:00 GMT"). MONEY "6000000 USD" (ISO 4217). PERCENT "3.5",
  /// points "3 pp". CARDINAL and QUANTITY plain decimals, ranges "10000..50000", comparisons
  /// "<140", ">=12", "~300" (QUANTITY with its unit). ORDINAL "3". Empty for vague counts
  /// ("dozens"). core/src/entities/patterns.hpp has the full list.
  std::string value;
  /// Index of its canonical entity in Report::entities.
  uint32_t entity = 0;
};

/// A direct quotation and who said it.
struct Quote {
  /// The quoted words, quotation marks excluded.
  Span span;
  /// Index in Article::mentions of the speaker's mention: the name itself, or for a pronoun
  /// ("he said") the last person named before the quote; -1 when there is none (an untagged
  /// speaker such as "the company", or no attribution).
  int32_t speaker_mention = -1;
  /// The speaker's canonical entity in Report::entities, or -1 when unknown.
  int32_t speaker_entity = -1;
  /// The speaker as written ("Liang", "he", "the ministry"); empty when none was found.
  std::string speaker;
  /// The words that attribute the quote: "says", "told", "according to", "dash" for
  /// '"..." - Name' lines, "continues" for an unattributed quote after an attributed one in the
  /// same paragraph (same speaker).
  std::string cue;
};

/// One cleaned article. `text` is the clean text: its blocks joined by blank lines, with
/// line endings and spaces normalized. Every span indexes into `text`.
struct Article {
  uint32_t id = 0;
  /// Index of the input it came from in Report::inputs.
  uint32_t input = 0;
  /// The label of that input (file name, or what the caller passed).
  std::string source;
  FormatGuess format;
  ArticleMetadata metadata;
  std::string text;
  /// Length of `text` in UTF-16 code units.
  uint32_t text_utf16_length = 0;
  std::vector<Block> blocks;
  /// Sentences in text order; a sentence never crosses a block.
  std::vector<SentenceSpan> sentences;
  /// Tokens in text order (offsets into `text`); whitespace belongs to no token.
  std::vector<Token> tokens;
  /// Number of words (runs of letters or digits) in `text`.
  uint32_t word_count = 0;
  std::vector<Diagnostic> diagnostics;
  /// Blocks and sentences that repeat earlier ones, in text order.
  std::vector<Repeat> repeats;
  Fingerprint fingerprint;
  /// Names, dates, amounts and numbers, in text order (by start, then longest first).
  std::vector<Mention> mentions;
  /// Direct quotations in text order.
  std::vector<Quote> quotes;
  /// Per block, the map from the block's bytes of `text` (0 = the block's start) back to the
  /// input bytes. Not part of the JSON: analyze() uses it to give later spans (mentions,
  /// quotes) their input offsets, then empties it.
  std::vector<OffsetMap> block_input_maps;
};

/// One input as given: its label, size, detected format, the articles it produced and what
/// went wrong with it.
struct InputSummary {
  uint32_t index = 0;
  std::string source;
  uint64_t bytes = 0;
  FormatGuess format;
  std::vector<uint32_t> articles;
  std::vector<Diagnostic> diagnostics;
};

/// How two articles relate, strongest first.
enum class Relation { kIdentical, kNearDuplicate, kContains, kRewrite, kSameStory, kUnrelated };

/// The stable name of a relation, e.g. "near_duplicate".
const char* relation_name(Relation relation);

/// Two sentences, one of each article of a pair, that say the same thing.
struct AlignedSentences {
  uint32_t a = 0;  ///< index in the first article's sentences
  uint32_t b = 0;  ///< index in the second article's sentences
  /// Sentence similarity in thousandths (dedup/sentence_similarity.hpp): the smaller of the two
  /// sentences' rarity-weighted shares of stems found in the other, lower when a number changed.
  uint32_t score_thousandths = 0;
  /// The two sentences are the same after normalization.
  bool exact = false;
};

/// Two articles compared, with the figures that explain the relation. All figures are exact
/// (computed on the shingle sets, not estimated from signatures), in thousandths.
struct ArticlePair {
  uint32_t a = 0;
  uint32_t b = 0;
  Relation relation = Relation::kUnrelated;
  /// For kContains: the article that contains the other (a or b).
  uint32_t container = 0;
  uint32_t jaccard_thousandths = 0;
  uint32_t a_in_b_thousandths = 0;  ///< share of a's shingles found in b
  uint32_t b_in_a_thousandths = 0;
  /// Sentences of a found word for word in b.
  uint32_t shared_sentences = 0;
  /// Content-word similarity of the two articles as wholes (cosine of weighted stems).
  uint32_t topic_thousandths = 0;
  std::vector<AlignedSentences> aligned;
  /// Why the relation was chosen, for people.
  std::string reason;
};

/// Sentences of one article that no other article of its story has.
struct StoryAdditions {
  uint32_t article = 0;
  std::vector<uint32_t> sentences;
};

/// Articles that tell one story: copies, excerpts and rewrites of one source.
struct Story {
  uint32_t id = 0;
  std::vector<uint32_t> members;
  /// The likely source and why ("earliest publication", "the others align into it", ...).
  uint32_t source = 0;
  std::string source_reason;
  std::vector<StoryAdditions> additions;
  /// Other stories on the same topic (pairs of relation same_story between them).
  std::vector<uint32_t> related;
};

/// How often an entity is mentioned in one article.
struct EntityCount {
  uint32_t article = 0;
  uint32_t mentions = 0;
};

/// One person, organization, place, ... however it is written, merged across all articles:
/// "Liang Wenfeng", "Liang" and "Mr. Liang" are one entity, "US", "U.S." and "United States"
/// another.
struct Entity {
  uint32_t id = 0;
  EntityType type = EntityType::kMisc;
  /// The canonical name: the fullest form mentioned ("Liang Wenfeng", "United States").
  std::string name;
  /// Pattern types: the normalized value shared by all its mentions.
  std::string value;
  /// Every other form it is mentioned by, sorted, titles left out.
  std::vector<std::string> aliases;
  /// Mentions per article, in article order; articles with none are left out.
  std::vector<EntityCount> articles;
  /// All its mentions.
  uint32_t mentions = 0;
};

/// Everything newsprism found in one call.
struct Report {
  std::vector<InputSummary> inputs;
  std::vector<Article> articles;
  /// Compared pairs, a < b, in order; for small sets every pair, otherwise the candidates.
  std::vector<ArticlePair> pairs;
  std::vector<Story> stories;
  /// Canonical entities, ordered by type, then by mentions (most first), then by name.
  std::vector<Entity> entities;
};

/// The library's version, e.g. "0.1.0".
const char* library_version();

}  // namespace newsprism
