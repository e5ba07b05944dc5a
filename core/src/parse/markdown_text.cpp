#include "parse/markdown_text.hpp"

#include <cstring>
#include <string>

#include "parse/plain_text.hpp"
#include "text/swar.hpp"

namespace newsprism::parse {
namespace {

enum class LineMark { kNone, kHeading, kBold, kList, kQuote, kRule };

struct MarkedLine {
  LineMark mark = LineMark::kNone;
  uint8_t level = 0;
  uint32_t content_start = 0;  // after the marker
  uint32_t content_end = 0;    // before closing markers
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

MarkedLine read_line_mark(std::string_view text, uint32_t start, uint32_t end) {
  MarkedLine line{LineMark::kNone, 0, start, end};
  std::string_view s = text.substr(start, end - start);
  if (s.empty()) return line;
  // A rule: three or more of one of * - _ and nothing else but spaces.
  char first = s[0];
  if (first == '*' || first == '-' || first == '_') {
    size_t marks = 0;
    bool only = true;
    for (char c : s) {
      if (c == first) ++marks;
      else if (c != ' ') only = false;
    }
    if (only && marks >= 3) return {LineMark::kRule, 0, start, end};
  }
  if (first == '#') {
    size_t hashes = 0;
    while (hashes < s.size() && s[hashes] == '#') ++hashes;
    if (hashes <= 6 && hashes < s.size() && s[hashes] == ' ') {
      uint32_t content_end = end;
      // Closing hashes: "## Title ##".
      while (content_end > start && text[content_end - 1] == '#') --content_end;
      while (content_end > start && text[content_end - 1] == ' ') --content_end;
      uint32_t content_start = start + static_cast<uint32_t>(hashes) + 1;
      if (content_end <= content_start) content_end = end;
      return {LineMark::kHeading, static_cast<uint8_t>(hashes), content_start, content_end};
    }
  }
  if (first == '>') {
    uint32_t content_start = start + 1;
    if (content_start < end && text[content_start] == ' ') ++content_start;
    return {LineMark::kQuote, 0, content_start, end};
  }
  if ((first == '*' || first == '-' || first == '+') && s.size() > 2 && s[1] == ' ') {
    return {LineMark::kList, 0, start + 2, end};
  }
  size_t digits = 0;
  while (digits < s.size() && digits < 4 && is_digit(s[digits])) ++digits;
  if (digits > 0 && digits + 2 < s.size() && (s[digits] == '.' || s[digits] == ')') && s[digits + 1] == ' ') {
    return {LineMark::kList, 0, start + static_cast<uint32_t>(digits) + 2, end};
  }
  // A line that is all bold is a heading: "**DeepSeek's Rise**".
  for (std::string_view marker : {std::string_view("**"), std::string_view("__")}) {
    if (s.size() > 4 && s.substr(0, 2) == marker && s.substr(s.size() - 2) == marker &&
        s.substr(2, s.size() - 4).find(marker) == std::string_view::npos) {
      return {LineMark::kBold, 0, start + 2, end - 2};
    }
  }
  return line;
}

bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c);
}

// Bytes where strip_inline() may have something to do.
bool is_inline_mark(char c) {
  return c == '*' || c == '_' || c == '`' || c == '[' || c == '!';
}

// Copies [start, end) of `text` without inline Markdown: "**", "__", a single '*' that opens
// or closes emphasis, "[label](target)" kept as its label, "![alt](src)" as its alt text, and
// "`code`" ticks. `map` gets anchors relative to `start`.
std::string strip_inline(std::string_view text, uint32_t start, uint32_t end, OffsetMap& map) {
  std::string out;
  out.reserve(end - start);
  uint32_t i = start;
  auto skip = [&](uint32_t count) {
    i += count;
    map.add(static_cast<uint32_t>(out.size()), i - start);
  };
  while (i < end) {
    char c = text[i];
    if ((c == '*' || c == '_') && i + 1 < end && text[i + 1] == c) {
      skip(2);
      continue;
    }
    if (c == '*') {
      bool opens = i + 1 < end && text[i + 1] != ' ' && (i == start || !is_word_byte(text[i - 1]));
      bool closes = i > start && text[i - 1] != ' ' && (i + 1 == end || !is_word_byte(text[i + 1]));
      if (opens || closes) {
        skip(1);
        continue;
      }
    }
    if (c == '`') {
      skip(1);
      continue;
    }
    if (c == '[' || (c == '!' && i + 1 < end && text[i + 1] == '[')) {
      uint32_t open = c == '!' ? i + 1 : i;
      std::string_view rest = text.substr(open, end - open);
      size_t close = rest.find("](");
      size_t target_end = close == std::string_view::npos ? close : rest.find(')', close);
      if (close != std::string_view::npos && target_end != std::string_view::npos &&
          rest.substr(1, close - 1).find('[') == std::string_view::npos) {
        skip(open + 1 - i);
        out.append(text.data() + i, close - 1);
        i = open + static_cast<uint32_t>(close);
        skip(static_cast<uint32_t>(target_end - close) + 1);
        continue;
      }
    }
    // This byte and the run of bytes after it that no rule above looks at, copied whole.
    uint32_t run = i + 1;
    while (end - run >= 8) {
      const uint64_t bytes = swar::load(text.data() + run);
      const uint64_t special = swar::equal(bytes, '*') | swar::equal(bytes, '_') | swar::equal(bytes, '`') |
                               swar::equal(bytes, '[') | swar::equal(bytes, '!');
      if (special != 0) {
        run += static_cast<uint32_t>(swar::first(special));
        break;
      }
      run += 8;
    }
    while (run < end && !is_inline_mark(text[run])) ++run;
    out.append(text.data() + i, run - i);
    i = run;
  }
  map.finish(static_cast<uint32_t>(out.size()), end - start);
  return out;
}

BlockKind kind_of(LineMark mark) {
  switch (mark) {
    case LineMark::kHeading: case LineMark::kBold: return BlockKind::kHeading;
    case LineMark::kList: return BlockKind::kListItem;
    case LineMark::kQuote: return BlockKind::kQuote;
    case LineMark::kRule: return BlockKind::kBoilerplate;
    case LineMark::kNone: break;
  }
  return BlockKind::kParagraph;
}

void add_block(const NormalizedText& normalized, BlockKind kind, const MarkedLine& line,
               uint32_t end, ArticleDraft& draft) {
  DraftBlock block;
  block.kind = kind;
  block.level = line.mark == LineMark::kHeading ? line.level : 0;
  block.kind_from_markup = line.mark != LineMark::kNone;
  if (line.mark == LineMark::kRule) block.reason = "separator";
  OffsetMap stripped_to_line;
  if (line.mark == LineMark::kRule) {
    block.text.assign(normalized.text, line.content_start, end - line.content_start);
    stripped_to_line = OffsetMap::shifted(0, static_cast<uint32_t>(block.text.size()));
  } else {
    block.text = strip_inline(normalized.text, line.content_start, end, stripped_to_line);
  }
  block.to_input = OffsetMap::compose(stripped_to_line, normalized.to_input.slice(line.content_start, end));
  block.normalized = true;
  draft.blocks.push_back(std::move(block));
}

std::vector<std::pair<uint32_t, uint32_t>> lines_of(std::string_view text, uint32_t start, uint32_t end) {
  std::vector<std::pair<uint32_t, uint32_t>> lines;
  uint32_t p = start;
  while (p < end) {
    const void* nl = std::memchr(text.data() + p, '\n', end - p);
    uint32_t e = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - text.data()) : end;
    uint32_t s = p;
    while (s < e && text[s] == ' ') ++s;
    uint32_t t = e;
    while (t > s && text[t - 1] == ' ') --t;
    if (t > s) lines.emplace_back(s, t);
    p = e + 1;
  }
  return lines;
}

}  // namespace

bool looks_like_markdown(std::string_view text, std::string& reason) {
  size_t headings = 0, bold_lines = 0, lists = 0, quotes = 0, inline_marks = 0;
  size_t p = 0;
  size_t lines_seen = 0;
  while (p < text.size() && lines_seen < 2000) {
    size_t nl = text.find('\n', p);
    size_t e = nl == std::string_view::npos ? text.size() : nl;
    ++lines_seen;
    size_t s = p;
    while (s < e && text[s] == ' ') ++s;
    if (s < e) {
      MarkedLine line = read_line_mark(text, static_cast<uint32_t>(s), static_cast<uint32_t>(e));
      switch (line.mark) {
        case LineMark::kHeading: ++headings; break;
        case LineMark::kBold: ++bold_lines; break;
        case LineMark::kList: ++lists; break;
        case LineMark::kQuote: ++quotes; break;
        default: break;
      }
      std::string_view body = text.substr(s, e - s);
      if (line.mark == LineMark::kNone &&
          (body.find("**") != std::string_view::npos || body.find("](http") != std::string_view::npos)) {
        ++inline_marks;
      }
    }
    if (nl == std::string_view::npos) break;
    p = nl + 1;
  }
  size_t marked = headings + bold_lines + lists + quotes;
  if (marked >= 2 || (marked >= 1 && inline_marks >= 1)) {
    reason = "Markdown markers: " + std::to_string(headings) + " '#' heading(s), " +
             std::to_string(bold_lines) + " bold line(s), " + std::to_string(lists) +
             " list item(s), " + std::to_string(quotes) + " quote line(s)";
    return true;
  }
  return false;
}

ArticleDraft markdown_draft(NormalizedText&& normalized) {
  ArticleDraft draft;
  draft.normalization = normalized.counts;
  const std::string& text = normalized.text;
  std::vector<RawBlock> raw_blocks = split_plain_blocks(text);
  for (const RawBlock& raw : raw_blocks) {
    auto lines = lines_of(text, raw.start, raw.end);
    MarkedLine first = lines.empty() ? MarkedLine{} : read_line_mark(text, lines[0].first, lines[0].second);
    if (first.mark == LineMark::kNone || first.mark == LineMark::kQuote) {
      // A paragraph (maybe hard-wrapped) or a quote over several lines: one block. A quote's
      // later '>' markers are inline noise, dropped by stripping each line.
      if (first.mark == LineMark::kQuote && lines.size() > 1) {
        for (auto [s, e] : lines) {
          MarkedLine line = read_line_mark(text, s, e);
          add_block(normalized, BlockKind::kQuote, line.mark == LineMark::kQuote ? line : MarkedLine{LineMark::kQuote, 0, s, e}, e, draft);
        }
        continue;
      }
      MarkedLine whole{first.mark, 0, first.mark == LineMark::kQuote ? first.content_start : raw.start, raw.end};
      add_block(normalized, first.mark == LineMark::kQuote ? BlockKind::kQuote : raw.kind, whole, raw.end, draft);
      if (first.mark == LineMark::kNone) draft.blocks.back().kind_from_markup = false;
      continue;
    }
    // Marked lines each make their own block.
    for (auto [s, e] : lines) {
      MarkedLine line = read_line_mark(text, s, e);
      add_block(normalized, kind_of(line.mark), line, line.content_end, draft);
    }
  }
  // The first top-level heading is the title when no line was taken as one: rewriters often
  // put a lead paragraph above it.
  bool has_title = false;
  for (const DraftBlock& block : draft.blocks) has_title = has_title || block.kind == BlockKind::kTitle;
  if (!has_title) {
    for (DraftBlock& block : draft.blocks) {
      if (block.kind == BlockKind::kHeading && block.level <= 1) {
        block.kind = BlockKind::kTitle;
        break;
      }
    }
  }
  return draft;
}

}  // namespace newsprism::parse
