#include "parse/article_assembler.hpp"

#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "newsprism/segment.hpp"
#include "parse/boilerplate_lines.hpp"
#include "parse/byline.hpp"
#include "parse/dates.hpp"
#include "parse/rule_text.hpp"
#include "text/byte_scan.hpp"
#include "text/swar.hpp"

namespace newsprism::parse {
namespace {

// A block after normalization: clean display text and the map from it to the input bytes.
// Its text lives in the article's text, at [start, end).
struct CleanBlock {
  BlockKind kind = BlockKind::kParagraph;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string_view text;  // set once the article text is complete (it may move while it grows)
  /// The map to the input bytes; only at AssemblyDepth::kSentences and deeper, where spans
  /// inside the block need it. Every depth has the block's own input range.
  OffsetMap to_input;
  uint64_t input_start = 0;
  uint64_t input_end = 0;
  std::string reason;
  uint8_t level = 0;
  bool from_markup = false;
};

void add_counts(NormalizationCounts& into, const NormalizationCounts& more, const OffsetMap& to_input) {
  if (more.invalid_utf8 > 0 && into.first_invalid_utf8 < 0) {
    into.first_invalid_utf8 = to_input.to_source(static_cast<uint32_t>(more.first_invalid_utf8));
  }
  if (more.nul_bytes > 0 && into.first_nul_byte < 0) {
    into.first_nul_byte = to_input.to_source(static_cast<uint32_t>(more.first_nul_byte));
  }
  into.invalid_utf8 += more.invalid_utf8;
  into.nul_bytes += more.nul_bytes;
  into.control_characters += more.control_characters;
  into.carriage_returns += more.carriage_returns;
  into.unicode_spaces += more.unicode_spaces;
  into.invisible_characters += more.invisible_characters;
}

// Appends `normalized` (valid normalize_text() output) to `out` with runs of ' ' and '\n'
// collapsed into one space and both ends trimmed. Returns true when that changed nothing (the
// text was appended as it is, and `to_normalized` is left untouched: the identity); otherwise
// the map leads from the appended text (its position 0 is where the append started) back into
// `normalized`. `inner_runs` false says the caller knows there is no '\n' and no double space.
bool collapse_spaces(std::string_view normalized, OffsetMap& to_normalized, std::string& out, bool inner_runs = true) {
  const size_t base = out.size();
  // Most blocks already have single spaces and no line break: copy them whole.
  if (!normalized.empty() && normalized.front() != ' ' && normalized.back() != ' ' &&
      !(inner_runs && byte_scan::has_newline_or_double_space(normalized))) {
    out.append(normalized);
    return true;
  }
  size_t i = 0;
  size_t n = normalized.size();
  while (i < n && (normalized[i] == ' ' || normalized[i] == '\n')) ++i;
  to_normalized.add(0, static_cast<uint32_t>(i));
  while (i < n) {
    size_t run = i;
    while (run < n && normalized[run] != ' ' && normalized[run] != '\n') ++run;
    out.append(normalized.data() + i, run - i);
    size_t next = run;
    while (next < n && (normalized[next] == ' ' || normalized[next] == '\n')) ++next;
    if (next >= n) {
      i = run;
      break;
    }
    out.push_back(' ');
    to_normalized.add(static_cast<uint32_t>(out.size() - base), static_cast<uint32_t>(next));
    i = next;
  }
  to_normalized.finish(static_cast<uint32_t>(out.size() - base), static_cast<uint32_t>(i));
  return false;
}

// Cleans one draft block onto the end of `text`. With `keep_map` the block keeps its whole map
// to the input; without, only where its two ends come from, read through the maps in turn
// (which is what the composed map gives at those two positions) instead of composing them.
CleanBlock clean_block(DraftBlock&& draft, NormalizationCounts& counts, std::string& text, bool keep_map) {
  CleanBlock block;
  block.start = static_cast<uint32_t>(text.size());
  block.kind = draft.kind;
  block.reason = std::move(draft.reason);
  block.level = draft.level;
  block.from_markup = draft.kind_from_markup;
  OffsetMap clean_to_normalized;
  // Most blocks of HTML and JSON fields are clean already: normalizing them would copy the text
  // and give an identity map, so they take the path of normalized blocks. When collapsing
  // changed nothing, composing with its identity map would rebuild the same map: the block keeps
  // the map it has.
  // One pass answers both questions for plain ASCII blocks (most of them); the others go on
  // to the full check from where that pass stopped.
  bool is_clean = draft.normalized;
  bool inner_runs = true;
  if (!is_clean) {
    const swar::PlainBlock scan = byte_scan::scan_plain_block(draft.text);
    is_clean = scan.plain || is_normalized(std::string_view(draft.text).substr(scan.plain_bytes));
    inner_runs = !scan.plain || scan.collapses;
  }
  if (is_clean) {
    const bool unchanged = collapse_spaces(draft.text, clean_to_normalized, text, inner_runs);
    block.end = static_cast<uint32_t>(text.size());
    if (keep_map) {
      block.to_input = unchanged ? std::move(draft.to_input) : OffsetMap::compose(clean_to_normalized, draft.to_input);
    } else {
      block.input_start = draft.to_input.to_source(clean_to_normalized.to_source(0));
      block.input_end = draft.to_input.to_source(clean_to_normalized.to_source(block.end - block.start));
    }
  } else {
    NormalizedText normalized = normalize_text(draft.text);
    add_counts(counts, normalized.counts, draft.to_input);
    const bool unchanged = collapse_spaces(normalized.text, clean_to_normalized, text);
    block.end = static_cast<uint32_t>(text.size());
    if (keep_map) {
      OffsetMap normalized_to_input = OffsetMap::compose(normalized.to_input, draft.to_input);
      block.to_input =
          unchanged ? std::move(normalized_to_input) : OffsetMap::compose(clean_to_normalized, normalized_to_input);
    } else {
      auto to_input = [&](uint32_t clean) {
        return draft.to_input.to_source(normalized.to_input.to_source(clean_to_normalized.to_source(clean)));
      };
      block.input_start = to_input(0);
      block.input_end = to_input(block.end - block.start);
    }
  }
  if (keep_map) {
    block.input_start = block.to_input.to_source(0);
    block.input_end = block.to_input.to_source(block.end - block.start);
  }
  return block;
}

bool ends_like_sentence(std::string_view text) {
  while (!text.empty()) {
    char last = text.back();
    // Closing quotes and brackets after the final mark (ASCII, or the last byte of ” ’).
    if (last == '"' || last == '\'' || last == ')' || last == '\x9D' || last == '\x99') {
      text.remove_suffix(last == '"' || last == '\'' || last == ')' ? 1 : std::min<size_t>(3, text.size()));
      continue;
    }
    return last == '.' || last == '!' || last == '?';
  }
  return false;
}

// Furniture lines are short; only a few rules (WordPress's "appeared first on", copyright and
// cookie notices) match long ones, so long blocks without their words skip classify_line().
bool may_be_furniture(std::string_view text) {
  if (text.size() <= 300) return true;
  if (text.size() > 2000) return false;
  // One pass for the four phrases: each is found by a pair of bytes that is rare in prose ("pp"
  // of "appeared first", "py" of "copyright", "ok" of "cookie", the two bytes of U+00A9), and
  // checked in full around each pair found.
  struct Phrase {
    std::string_view text;
    size_t anchor;  // index of the pair's first byte in `text`
  };
  static constexpr Phrase kPhrases[] = {{"appeared first", 1}, {"opyright", 1}, {"ookie", 1}, {"\xC2\xA9", 0}};
  static constexpr swar::BytePair kPairs[] = {{'p', 'p'}, {'p', 'y'}, {'o', 'k'}, {0xC2, 0xA9}};
  return byte_scan::find_byte_pairs(text, kPairs, [&](size_t at) {
    for (const Phrase& phrase : kPhrases) {
      if (at >= phrase.anchor && text.substr(at - phrase.anchor, phrase.text.size()) == phrase.text) return true;
    }
    return false;
  });
}

bool is_content(const CleanBlock& block) {
  return block.kind != BlockKind::kBoilerplate && block.kind != BlockKind::kTitle &&
         block.kind != BlockKind::kByline;
}

void mark_boilerplate(CleanBlock& block, const char* reason) {
  block.kind = BlockKind::kBoilerplate;
  block.reason = reason;
}

// The first two ASCII letters or digits, lower-cased, within the first 32 bytes: a cheap key
// that two copies of a title share whatever Markdown, quotes or case surround them. 0 when
// there are none (then only the full comparison can tell).
uint16_t title_key(std::string_view text) {
  uint16_t key = 0;
  int found = 0;
  for (size_t i = 0; i < text.size() && i < 32 && found < 2; ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      key = static_cast<uint16_t>((key << 8) | static_cast<unsigned char>(c));
      ++found;
    }
  }
  return found == 2 ? key : 0;
}

void apply_title_rules(std::vector<CleanBlock>& blocks, ArticleMetadata& metadata) {
  size_t title_block = blocks.size();
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::kTitle) {
      title_block = i;
      break;
    }
  }
  if (title_block < blocks.size() && metadata.title.empty()) metadata.title = std::string(blocks[title_block].text);
  std::string_view title = metadata.title;
  if (title.empty()) return;
  const uint16_t key = title_key(title);
  std::optional<RepeatedTitle> repeated;  // normalized on the first block that needs it
  for (size_t i = 0; i < blocks.size(); ++i) {
    CleanBlock& block = blocks[i];
    if (i == title_block || block.kind == BlockKind::kBoilerplate) continue;
    if (block.text.size() > title.size() * 2 + 64) continue;  // cheap rejects before the full check
    const uint16_t block_key = title_key(block.text);
    if (key != 0 && block_key != 0 && key != block_key) continue;
    if (!repeated) repeated.emplace(title);
    if (!repeated->matches(block.text)) continue;
    if (title_block == blocks.size() && block.kind != BlockKind::kTitle) {
      // The first copy of the title in a body that has no title block is the title itself.
      block.kind = BlockKind::kTitle;
      title_block = i;
      continue;
    }
    mark_boilerplate(block, "repeated-title");
  }
}

void apply_byline_rule(std::vector<CleanBlock>& blocks, ArticleMetadata& metadata) {
  size_t seen = 0;
  for (CleanBlock& block : blocks) {
    if (seen >= 8) break;
    if (block.kind == BlockKind::kBoilerplate || block.kind == BlockKind::kTitle) continue;
    ++seen;
    if ((block.from_markup && block.kind != BlockKind::kParagraph) || block.text.size() > 200) continue;
    std::optional<Byline> byline = parse_byline(block.text);
    if (!byline) continue;
    block.kind = BlockKind::kByline;
    if (metadata.authors.empty()) metadata.authors = byline->authors;
    if (!byline->date_text.empty()) {
      ParsedDate date = parse_date(byline->date_text);
      if (date.ok && metadata.published.empty()) metadata.published = date.iso;
      if (!date.ok && byline->relative_date && metadata.published_relative.empty()) {
        metadata.published_relative = byline->date_text;
      }
    }
    if (!byline->source.empty() && metadata.site.empty()) metadata.site = byline->source;
    return;
  }
}

void apply_line_rules(std::vector<CleanBlock>& blocks) {
  uint64_t total = 0;
  for (const CleanBlock& block : blocks) total += block.text.size();
  uint64_t before = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    CleanBlock& block = blocks[i];
    uint64_t position = before;
    before += block.text.size();
    if (block.kind == BlockKind::kBoilerplate || block.kind == BlockKind::kTitle ||
        block.kind == BlockKind::kByline || !may_be_furniture(block.text)) {
      continue;
    }
    if (block.from_markup && block.kind != BlockKind::kHeading && block.kind != BlockKind::kParagraph) continue;
    LineClass line = classify_line(block.text);
    switch (line.role) {
      case LineRole::kContent: break;
      case LineRole::kBoilerplate: mark_boilerplate(block, line.reason); break;
      case LineRole::kCaption:
        if (!block.from_markup) block.kind = BlockKind::kCaption;
        break;
      case LineRole::kBoilerplateTrailer: {
        mark_boilerplate(block, line.reason);
        if (position * 2 < total) break;
        bool article_goes_on = false;
        for (size_t j = i + 1; j < blocks.size() && !article_goes_on; ++j) {
          article_goes_on = is_content(blocks[j]) && blocks[j].text.size() >= 200 &&
                            ends_like_sentence(blocks[j].text);
        }
        if (article_goes_on) break;
        for (size_t j = i + 1; j < blocks.size(); ++j) {
          if (blocks[j].kind != BlockKind::kBoilerplate) mark_boilerplate(blocks[j], line.reason);
        }
        return;
      }
    }
  }
}

void report_normalization(const NormalizationCounts& counts, std::vector<Diagnostic>& into) {
  auto add = [&](Severity severity, const char* code, std::string message, uint64_t count, int64_t offset) {
    into.push_back({severity, code, std::move(message), count, offset});
  };
  if (counts.invalid_utf8 > 0) {
    add(Severity::kWarning, "invalid_utf8",
        std::to_string(counts.invalid_utf8) +
            " invalid UTF-8 sequence(s) replaced by U+FFFD; the input may be in another encoding "
            "(e.g. Windows-1252)",
        counts.invalid_utf8, counts.first_invalid_utf8);
  }
  if (counts.nul_bytes > 0) {
    add(Severity::kWarning, "nul_bytes", std::to_string(counts.nul_bytes) + " NUL byte(s) replaced by U+FFFD",
        counts.nul_bytes, counts.first_nul_byte);
  }
  if (counts.control_characters > 0) {
    add(Severity::kWarning, "control_characters",
        std::to_string(counts.control_characters) + " control character(s) replaced by U+FFFD",
        counts.control_characters, -1);
  }
  if (counts.invisible_characters > 0) {
    add(Severity::kInfo, "invisible_characters",
        std::to_string(counts.invisible_characters) +
            " soft hyphen(s), zero-width character(s) or byte-order mark(s) removed",
        counts.invisible_characters, -1);
  }
}

// The report's block of a cleaned block (its reason moved out) that starts at UTF-16 offset
// `utf16` of the article text and is `block_utf16` code units long.
Block report_block(CleanBlock& clean, uint32_t utf16, uint32_t block_utf16) {
  Block block;
  block.kind = clean.kind;
  block.reason = std::move(clean.reason);
  block.level = clean.kind == BlockKind::kHeading ? clean.level : 0;
  block.span = {clean.start, clean.end, utf16, utf16 + block_utf16, clean.input_start, clean.input_end};
  return block;
}

// Makes the report's blocks from the cleaned blocks, whose texts are already in article.text,
// joined by blank lines: their spans only, for extraction.
void build_blocks(std::vector<CleanBlock>& blocks, Article& article) {
  uint32_t utf16 = 0;
  article.blocks.reserve(blocks.size());
  for (CleanBlock& clean : blocks) {
    if (clean.start != 0) utf16 += 2;  // the "\n\n" before it
    const uint32_t block_utf16 = utf16_length(clean.text);
    article.blocks.push_back(report_block(clean, utf16, block_utf16));
    utf16 += block_utf16;
  }
  article.text_utf16_length = utf16;
}

// Makes the report's blocks, sentences and tokens (these with AssemblyDepth::kTokens) from the
// cleaned blocks, whose texts are already in article.text, joined by blank lines.
void build_segmented_text(std::vector<CleanBlock>& blocks, bool keep_tokens, Article& article,
                          AssemblyScratch& scratch) {
  uint32_t utf16 = 0;
  uint32_t words = 0;
  uint32_t token_count = 0;
  if (keep_tokens) article.tokens.reserve(article.text.size() / 5 + 8);
  article.blocks.reserve(blocks.size());
  article.block_input_maps.reserve(blocks.size());
  Segmentation& segmentation = scratch.segmentation;  // reused by every block
  // Sentences gather here and are copied once, at their final size.
  std::vector<SentenceSpan>& sentences = scratch.sentences;
  sentences.clear();
  for (CleanBlock& clean : blocks) {
    if (clean.start != 0) utf16 += 2;  // the "\n\n" before it
    const uint32_t start = clean.start;
    // Kept tokens go straight onto the article's list, written once; otherwise into scratch.
    std::vector<Token>& tokens = keep_tokens ? article.tokens : segmentation.tokens;
    if (!keep_tokens) tokens.clear();
    const size_t block_first = tokens.size();
    segment_text_onto(clean.text, start, utf16, tokens, segmentation);
    const std::span<const Token> block_tokens = std::span<const Token>(tokens).subspan(block_first);
    // Every character but spaces is in a token and blocks are trimmed, so the last token ends
    // the block (the same figure build_blocks() takes from utf16_length()).
    const uint32_t block_utf16 = block_tokens.empty() ? utf16_length(clean.text)
                                                      : block_tokens.back().range.end_utf16 - utf16;
    const uint32_t first_token = token_count;
    words += segmentation.word_tokens;
    token_count += static_cast<uint32_t>(block_tokens.size());
    // The block's two ends were mapped already (clean_block()): the first sentence starts at one
    // and the last ends at the other, so only inner sentence ends need a search of the map.
    const uint32_t block_length = clean.end - clean.start;
    auto input_at = [&](uint32_t local) -> uint64_t {
      if (local == 0) return clean.input_start;
      if (local == block_length) return clean.input_end;
      return clean.to_input.to_source(local);
    };
    for (const Sentence& sentence : segmentation.sentences) {
      SentenceSpan span;
      span.span = {sentence.range.start, sentence.range.end, sentence.range.start_utf16,
                   sentence.range.end_utf16, input_at(sentence.range.start - start),
                   input_at(sentence.range.end - start)};
      span.first_token = first_token + sentence.first_token;
      span.token_count = sentence.token_count;
      sentences.push_back(span);
    }
    article.blocks.push_back(report_block(clean, utf16, block_utf16));
    utf16 += block_utf16;
    article.block_input_maps.push_back(std::move(clean.to_input));
  }
  article.sentences.assign(sentences.begin(), sentences.end());
  article.text_utf16_length = utf16;
  article.word_count = words;
}

// "Harbour reopens | Example News" -> title "Harbour reopens", site "Example News": pages and
// pastes put the site after the headline. Only a short last segment after " | " counts, and
// only when the format gave no site of its own.
void split_site_suffix(ArticleMetadata& metadata) {
  size_t bar = metadata.title.rfind(" | ");
  if (bar == std::string::npos || bar < 10) return;
  std::string suffix = metadata.title.substr(bar + 3);
  if (suffix.empty() || suffix.size() > 40) return;
  if (metadata.site.empty()) metadata.site = suffix;
  if (metadata.site == suffix) metadata.title.resize(bar);
}

// The site's host name when nothing named the site: "https://www.example.com/a" -> "example.com".
void site_from_url(ArticleMetadata& metadata) {
  if (!metadata.site.empty()) return;
  std::string_view url = metadata.url;
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return;
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#:"));
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  if (url.find('.') != std::string_view::npos) metadata.site = std::string(url);
}

}  // namespace

void assemble_article(ArticleDraft&& draft, Article& article, AssemblyDepth depth, AssemblyScratch& scratch) {
  NormalizationCounts counts = draft.normalization;
  std::vector<CleanBlock> blocks;
  blocks.reserve(draft.blocks.size());
  std::string& text = article.text;
  size_t total = 0;
  for (const DraftBlock& draft_block : draft.blocks) total += draft_block.text.size() + 2;
  text.clear();
  text.reserve(total);
  for (DraftBlock& draft_block : draft.blocks) {
    if (draft_block.text.empty()) continue;
    const size_t separator = text.size();
    if (!text.empty()) text.append("\n\n");
    CleanBlock block = clean_block(std::move(draft_block), counts, text, depth != AssemblyDepth::kBlocks);
    draft_block = DraftBlock();  // its memory is not needed any more
    if (block.end == block.start) {
      text.resize(separator);  // nothing left after normalization: no block, no separator
      continue;
    }
    blocks.push_back(std::move(block));
  }
  draft.blocks = std::vector<DraftBlock>();
  for (CleanBlock& block : blocks) block.text = std::string_view(text).substr(block.start, block.end - block.start);

  article.format = std::move(draft.format);
  article.metadata = std::move(draft.metadata);
  apply_title_rules(blocks, article.metadata);
  apply_byline_rule(blocks, article.metadata);
  apply_line_rules(blocks);
  split_site_suffix(article.metadata);
  site_from_url(article.metadata);
  if (depth == AssemblyDepth::kBlocks) {
    build_blocks(blocks, article);
  } else {
    build_segmented_text(blocks, depth == AssemblyDepth::kTokens, article, scratch);
  }
  article.diagnostics = std::move(draft.diagnostics);
  report_normalization(counts, article.diagnostics);
}

}  // namespace newsprism::parse
