#include "parse/plain_text.hpp"

#include <cstring>

#include "newsprism/text.hpp"

namespace newsprism::parse {
namespace {

struct Line {
  uint32_t start;  // first non-space byte
  uint32_t end;    // one past the last non-space byte
};

bool is_blank(const Line& line) { return line.start == line.end; }

uint32_t count_characters(std::string_view text) {
  uint32_t n = 0;
  for (unsigned char byte : text) n += is_utf8_lead(byte) ? 1u : 0u;
  return n;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  uint32_t position = 0;
  const auto size = static_cast<uint32_t>(text.size());
  while (position <= size) {
    const void* newline = std::memchr(text.data() + position, '\n', size - position);
    uint32_t line_end = newline == nullptr
                            ? size
                            : static_cast<uint32_t>(static_cast<const char*>(newline) - text.data());
    uint32_t start = position;
    uint32_t end = line_end;
    while (start < end && text[start] == ' ') ++start;
    while (end > start && text[end - 1] == ' ') --end;
    lines.push_back({start, end});
    if (line_end == size) break;
    position = line_end + 1;
  }
  return lines;
}

// Ends like a sentence or a clause a writer would break a paragraph after.
bool ends_like_sentence(std::string_view line) {
  if (line.empty()) return false;
  std::string_view tail = line.substr(line.size() >= 4 ? line.size() - 4 : 0);
  for (std::string_view closing : {"\xE2\x80\x9D", "\xE2\x80\x99", "\"", "'", ")"}) {
    if (tail.size() >= closing.size() && tail.substr(tail.size() - closing.size()) == closing) {
      line.remove_suffix(closing.size());
      break;
    }
  }
  if (line.empty()) return false;
  char last = line.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
}

// Hard-wrapped text (e-mail, terminals, some wire copy) breaks lines at a width, not at
// paragraph ends: the lines before the last are of similar, moderate length and most of them do
// not end a sentence.
bool looks_hard_wrapped(std::string_view text, const std::vector<Line>& lines, size_t first,
                        size_t last) {
  if (last - first < 2) return false;
  size_t sentence_ends = 0;
  for (size_t i = first; i + 1 < last; ++i) {
    // Byte length bounds the character count from above; count only lines that could fit.
    if (lines[i].end - lines[i].start < 30) return false;
    uint32_t characters = count_characters(text.substr(lines[i].start, lines[i].end - lines[i].start));
    if (characters < 30 || characters > 100) return false;
    if (ends_like_sentence(text.substr(lines[i].start, lines[i].end - lines[i].start))) ++sentence_ends;
  }
  return sentence_ends * 2 < last - 1 - first;
}

bool looks_like_title(std::string_view line, uint32_t characters) {
  if (characters == 0 || characters > 200) return false;
  char last = line.back();
  return last != '.' && last != ',' && last != ';';
}

}  // namespace

std::vector<RawBlock> split_plain_blocks(std::string_view text) {
  std::vector<Line> lines = split_lines(text);
  std::vector<RawBlock> blocks;
  size_t i = 0;
  while (i < lines.size()) {
    if (is_blank(lines[i])) {
      ++i;
      continue;
    }
    size_t group_end = i;
    while (group_end < lines.size() && !is_blank(lines[group_end])) ++group_end;
    if (looks_hard_wrapped(text, lines, i, group_end)) {
      blocks.push_back({BlockKind::kParagraph, lines[i].start, lines[group_end - 1].end});
    } else {
      for (size_t k = i; k < group_end; ++k) {
        blocks.push_back({BlockKind::kParagraph, lines[k].start, lines[k].end});
      }
    }
    i = group_end;
  }
  if (blocks.size() >= 2) {
    RawBlock& first = blocks.front();
    std::string_view line = text.substr(first.start, first.end - first.start);
    bool single_line = line.find('\n') == std::string_view::npos;
    if (single_line && looks_like_title(line, count_characters(line))) first.kind = BlockKind::kTitle;
  }
  // A short single line between paragraphs that does not end like a sentence, followed by a
  // longer block, is a subheading ("The Rise of a Chinese AI Pioneer").
  for (size_t b = 1; b + 1 < blocks.size(); ++b) {
    RawBlock& block = blocks[b];
    std::string_view line = text.substr(block.start, block.end - block.start);
    const RawBlock& next = blocks[b + 1];
    if (block.kind != BlockKind::kParagraph || line.size() > 120 || line.find('\n') != std::string_view::npos ||
        next.end - next.start < 2 * line.size() || ends_like_sentence(line) || line.back() == ',') {
      continue;
    }
    auto first = static_cast<unsigned char>(line.front());
    if ((first >= 'A' && first <= 'Z') || first >= 0x80 || (first >= '0' && first <= '9')) {
      block.kind = BlockKind::kHeading;
    }
  }
  return blocks;
}

ArticleDraft plain_text_draft(NormalizedText&& normalized) {
  ArticleDraft draft;
  draft.normalization = normalized.counts;
  std::vector<RawBlock> blocks = split_plain_blocks(normalized.text);
  draft.blocks.reserve(blocks.size());
  for (const RawBlock& raw : blocks) {
    DraftBlock block;
    block.kind = raw.kind;
    block.text.assign(normalized.text, raw.start, raw.end - raw.start);
    block.to_input = normalized.to_input.slice(raw.start, raw.end);
    block.normalized = true;
    draft.blocks.push_back(std::move(block));
  }
  return draft;
}

}  // namespace newsprism::parse
