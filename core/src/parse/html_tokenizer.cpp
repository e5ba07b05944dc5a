// The WHATWG tokenizer states that matter for text, written as loops over byte runs rather than
// one state transition per character: runs of text, names and attribute values are found with
// word-at-a-time scans and appended in one go, which keeps typical pages at memory speed.
#include "parse/html_tokenizer.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

#include "parse/html_entities.hpp"
#include "text/byte_scan.hpp"

namespace newsprism::parse {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD
constexpr size_t kMaxIssues = 1000;
// Below this many attributes a linear scan finds duplicates faster than a hash set.
constexpr size_t kLinearAttributeScan = 16;
constexpr uint32_t kEmptySlot = UINT32_MAX;

// Byte classes for the scans in tags.
constexpr uint8_t kSpace = 1;           // HTML whitespace (CR too: it is not normalized here)
constexpr uint8_t kTagNameStop = 2;     // ends a tag name
constexpr uint8_t kAttrNameStop = 4;    // ends an attribute name
constexpr uint8_t kUnquotedStop = 8;    // ends a run inside an unquoted attribute value

struct ByteClasses {
  uint8_t bits[256] = {};
  constexpr ByteClasses() {
    for (unsigned char c : {'\t', '\n', '\f', '\r', ' '}) {
      bits[c] = kSpace | kTagNameStop | kAttrNameStop | kUnquotedStop;
    }
    bits[static_cast<unsigned char>('/')] |= kTagNameStop | kAttrNameStop;
    bits[static_cast<unsigned char>('>')] |= kTagNameStop | kAttrNameStop | kUnquotedStop;
    bits[static_cast<unsigned char>('=')] |= kAttrNameStop;
    bits[static_cast<unsigned char>('&')] |= kUnquotedStop;
    bits[0] |= kUnquotedStop;
  }
};
constexpr ByteClasses kClasses;

bool has_class(char c, uint8_t bits) { return (kClasses.bits[static_cast<unsigned char>(c)] & bits) != 0; }
bool is_space(char c) { return has_class(c, kSpace); }
bool is_ascii_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// The next `a`, `b` or `c` at or after `from`; text.size() if none.
size_t find_any(std::string_view text, size_t from, char a, char b, char c) {
  return byte_scan::find_any(text, from, text.size(), a, b, c);
}

// First position of `c` in [from, to); `to` if none. Always bound the search by the range in
// hand: searching to the end of the input for each short run would make the whole pass quadratic.
size_t find_byte(std::string_view text, size_t from, size_t to, char c) {
  return byte_scan::find_byte(text, from, to, c);
}

size_t find_byte(std::string_view text, size_t from, char c) {
  return find_byte(text, from, text.size(), c);
}

bool starts_with_at(std::string_view text, size_t at, std::string_view prefix) {
  return at <= text.size() && text.size() - at >= prefix.size() &&
         text.compare(at, prefix.size(), prefix) == 0;
}

// ASCII case-insensitive; `lower` must be lower case.
bool starts_with_ignoring_case(std::string_view text, size_t at, std::string_view lower) {
  if (at > text.size() || text.size() - at < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (to_lower(text[at + i]) != lower[i]) return false;
  }
  return true;
}

// Appends input bytes, lower-casing ASCII letters and replacing NUL, as names are stored.
void append_name(std::string& out, std::string_view input, size_t from, size_t to) {
  // Names are short: copy and lower-case in one pass, and redo the rare name holding a NUL.
  const size_t start = out.size();
  out.append(input.data() + from, to - from);
  bool has_nul = false;
  for (size_t i = start; i < out.size(); ++i) {
    has_nul |= out[i] == '\0';
    out[i] = to_lower(out[i]);
  }
  if (!has_nul) return;
  out.resize(start);
  for (size_t i = from; i < to; ++i) {
    if (input[i] == '\0') {
      out.append(kReplacement);
    } else {
      out.push_back(to_lower(input[i]));
    }
  }
}

// What a start tag's content is, as the tree builder tells the tokenizer: markup for most
// elements, text for the few that hold no markup.
enum class ContentModel { kMarkup, kRcdata, kRawtext, kScript, kPlaintext };

ContentModel content_model(std::string_view name) {
  switch (name.size()) {  // most tags are decided by their length alone
    case 3: return name == "xmp" ? ContentModel::kRawtext : ContentModel::kMarkup;
    case 5:
      if (name == "title") return ContentModel::kRcdata;
      return name == "style" ? ContentModel::kRawtext : ContentModel::kMarkup;
    case 6:
      if (name == "script") return ContentModel::kScript;
      return name == "iframe" ? ContentModel::kRawtext : ContentModel::kMarkup;
    case 7: return name == "noembed" ? ContentModel::kRawtext : ContentModel::kMarkup;
    case 8:
      if (name == "textarea") return ContentModel::kRcdata;
      return name == "noframes" || name == "noscript" ? ContentModel::kRawtext
                                                      : ContentModel::kMarkup;
    case 9: return name == "plaintext" ? ContentModel::kPlaintext : ContentModel::kMarkup;
    default: return ContentModel::kMarkup;
  }
}

// Appends input bytes with NUL replaced, for comment and CDATA data.
void append_replacing_nul(std::string& out, std::string_view input, size_t from, size_t to) {
  while (from < to) {
    size_t nul = find_byte(input, from, to, '\0');
    out.append(input.data() + from, nul - from);
    if (nul == to) break;
    out.append(kReplacement);
    from = nul + 1;
  }
}

uint64_t hash_name(std::string_view name) {  // FNV-1a: fixed, so runs are reproducible
  uint64_t hash = 0xCBF29CE484222325ULL;
  for (unsigned char c : name) hash = (hash ^ c) * 0x100000001B3ULL;
  return hash;
}

}  // namespace

HtmlTokenizer::HtmlTokenizer(std::string_view html, HtmlTokenizerLimits limits)
    : input_(html), limits_(limits) {
  // Text tokens found before markup are built here and swapped out: room for a paragraph from
  // the start (never more than the input) instead of doubling up to it.
  pending_.text.reserve(std::min<size_t>(html.size(), 1024));
  if (input_.size() > UINT32_MAX) {
    input_ = input_.substr(0, UINT32_MAX);
    add_issue("input_too_large",
              "The HTML is 4 GiB or more; only its first 4 GiB - 1 bytes were read.", UINT32_MAX);
  }
}

void HtmlTokenizer::add_issue(const char* code, const char* message, size_t offset) {
  if (issues_.size() + 1 < kMaxIssues) {
    issues_.push_back({code, message, static_cast<uint32_t>(offset)});
  } else if (issues_.size() + 1 == kMaxIssues) {
    issues_.push_back({"too_many_issues", "Later HTML issues were not recorded.",
                       static_cast<uint32_t>(offset)});
  }
}

void HtmlTokenizer::reset(HtmlToken& token) {
  token.kind = HtmlTokenKind::kText;
  token.name.clear();
  // Keep the attributes' string buffers for the next tag instead of freeing them.
  if (!token.attributes.empty()) {
    for (HtmlAttribute& attribute : token.attributes) spare_attributes_.push_back(std::move(attribute));
    token.attributes.clear();
  }
  token.self_closing = false;
  token.text.clear();
  token.source_start = 0;
  token.source_end = 0;
  token.text_to_source.clear();
}

bool HtmlTokenizer::next(HtmlToken& token) {
  if (has_pending_) {
    // Field by field: cheaper than std::swap's three moves, and both keep their buffers.
    std::swap(token.kind, pending_.kind);
    token.name.swap(pending_.name);
    token.attributes.swap(pending_.attributes);
    std::swap(token.self_closing, pending_.self_closing);
    token.text.swap(pending_.text);
    std::swap(token.source_start, pending_.source_start);
    std::swap(token.source_end, pending_.source_end);
    std::swap(token.text_to_source, pending_.text_to_source);
    has_pending_ = false;
    return true;
  }
  reset(token);
  const size_t size = input_.size();
  std::string& out = token.text;
  OffsetMap& map = token.text_to_source;
  bool text_open = false;

  auto open_text = [&](size_t at) {
    if (text_open) return;
    text_open = true;
    token.source_start = static_cast<uint32_t>(at);
    map.add(0, static_cast<uint32_t>(at));
  };
  // Declares that the text written so far ends where input position `source` begins.
  auto anchor = [&](size_t source) {
    map.add(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(source));
  };
  auto append_raw = [&](size_t from, size_t to) {
    open_text(from);
    while (from < to) {
      size_t nul = find_byte(input_, from, to, '\0');
      out.append(input_.data() + from, nul - from);
      if (nul == to) break;
      out.append(kReplacement);
      from = nul + 1;
      anchor(from);
    }
  };
  auto finish_text = [&](size_t end) {
    token.source_end = static_cast<uint32_t>(end);
    map.finish(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(end));
  };

  while (position_ < size) {
    const size_t p = position_;
    if (state_ == State::kPlaintext) {
      append_raw(p, size);
      position_ = size;
      break;
    }
    if (state_ == State::kRawtext || state_ == State::kScriptData) {
      size_t stop = state_ == State::kRawtext ? find_raw_text_end(p) : find_script_end(p);
      if (stop > p) append_raw(p, stop);
      position_ = stop;
      // The end tag, if there is one at `stop`, is an ordinary end tag for the data state.
      state_ = State::kData;
      continue;
    }

    // Data and RCDATA: text with character references.
    size_t q = byte_scan::find_any_long(input_, p, size, '<', '&', '\0');
    if (q > p) {
      open_text(p);
      out.append(input_.data() + p, q - p);
    }
    if (q == size) {
      position_ = size;
      break;
    }
    const char c = input_[q];
    if (c == '\0') {
      open_text(q);
      out.append(kReplacement);
      position_ = q + 1;
      anchor(position_);
      continue;
    }
    if (c == '&') {
      open_text(q);
      size_t consumed = decode_character_reference_at(input_, q, false, out);
      if (consumed == 0) {
        out.push_back('&');
        position_ = q + 1;
      } else {
        position_ = q + consumed;
        anchor(position_);
      }
      continue;
    }
    if (state_ == State::kRcdata) {
      if (is_appropriate_end_tag(q)) {
        state_ = State::kData;
        position_ = q;
      } else {
        open_text(q);
        out.push_back('<');
        position_ = q + 1;
      }
      continue;
    }

    // '<' in the data state. Markup found after text goes to pending_ and is handed out next.
    const bool have_text = !out.empty();
    HtmlToken& target = have_text ? pending_ : token;
    if (have_text) reset(pending_);
    size_t after = q + 1;
    Markup markup = parse_markup(q, target, after);
    if (markup == Markup::kToken) {
      position_ = after;
      if (!have_text) return true;
      has_pending_ = true;
      finish_text(q);
      return true;
    }
    if (markup == Markup::kDropped) {  // "</>": nothing at all, per WHATWG
      position_ = after;
      if (have_text) {
        anchor(after);
      } else {
        reset(token);
        text_open = false;
      }
      continue;
    }
    // The '<' (or a tag cut off by the end of input) is text.
    if (!have_text) {
      reset(token);
      text_open = false;
    }
    append_raw(q, after);
    position_ = after;
  }
  if (!out.empty()) {
    finish_text(size);
    return true;
  }
  return false;
}

void HtmlTokenizer::skip_element_text() {
  if (has_pending_) return;  // the last token was text; the start tag is still to come
  switch (state_) {
    case State::kData: case State::kPlaintext: return;
    // RCDATA ends where raw text does: at the first appropriate end tag (character references
    // and NULs change the text, not where it ends).
    case State::kRcdata: case State::kRawtext: position_ = find_raw_text_end(position_); break;
    case State::kScriptData: position_ = find_script_end(position_); break;
  }
  state_ = State::kData;
}

bool HtmlTokenizer::is_appropriate_end_tag(size_t lt) const {
  const size_t name_at = lt + 2;
  if (!starts_with_at(input_, lt, "</") ||
      !starts_with_ignoring_case(input_, name_at, raw_text_tag_)) {
    return false;
  }
  size_t follow = name_at + raw_text_tag_.size();
  return follow < input_.size() && has_class(input_[follow], kTagNameStop);
}

size_t HtmlTokenizer::find_raw_text_end(size_t from) {
  for (size_t lt = find_byte(input_, from, '<'); lt < input_.size();
       lt = find_byte(input_, lt + 1, '<')) {
    if (is_appropriate_end_tag(lt)) return lt;
  }
  return input_.size();
}

// Script data with its escaped ("<!--") and double-escaped ("<!--<script>") states: inside an
// escaped comment, "<script>" starts a nested script whose "</script>" does not end the outer
// one, which is how old pages hid document.write("<script>...</script>") from old browsers.
size_t HtmlTokenizer::find_script_end(size_t from) {
  enum class Mode { kPlain, kEscaped, kDoubleEscaped };
  const size_t size = input_.size();
  Mode mode = Mode::kPlain;
  size_t mode_start = from;  // dashes before this belong to an earlier state
  size_t p = from;
  auto read_script_name = [&](size_t at, size_t& next) {
    // At a tag name: true if it is "script" followed by what ends a tag name; `next` is where
    // scanning resumes (after that character, or at the first non-letter).
    size_t end = at;
    while (end < size && is_ascii_alpha(input_[end])) ++end;
    if (end < size && has_class(input_[end], kTagNameStop)) {
      next = end + 1;
      return end - at == 6 && starts_with_ignoring_case(input_, at, "script");
    }
    next = end;
    return false;
  };
  while (p < size) {
    if (mode == Mode::kPlain) {
      size_t lt = find_byte(input_, p, '<');
      if (lt == size) return size;
      if (is_appropriate_end_tag(lt)) return lt;
      if (starts_with_at(input_, lt, "<!--")) {
        mode = Mode::kEscaped;
        mode_start = lt + 2;  // "<!--" leaves the escaped dash-dash state: "<!-->" closes it
        p = lt + 4;
      } else {
        p = lt + 1;
      }
      continue;
    }
    size_t at = find_any(input_, p, '<', '>', '>');
    if (at == size) return size;
    if (input_[at] == '>') {
      if (at >= mode_start + 2 && input_[at - 1] == '-' && input_[at - 2] == '-') {
        mode = Mode::kPlain;
      }
      p = at + 1;
      continue;
    }
    // '<' in an escaped state: the dash run is broken either way.
    size_t next = at + 1;
    if (mode == Mode::kEscaped) {
      if (is_appropriate_end_tag(at)) return at;
      if (at + 1 < size && input_[at + 1] == '/') {
        next = at + 2;
      } else if (at + 1 < size && is_ascii_alpha(input_[at + 1])) {
        if (read_script_name(at + 1, next)) mode = Mode::kDoubleEscaped;
      }
    } else if (at + 1 < size && input_[at + 1] == '/') {
      if (read_script_name(at + 2, next)) mode = Mode::kEscaped;
    }
    mode_start = next;
    p = next;
  }
  return size;
}

HtmlTokenizer::Markup HtmlTokenizer::parse_markup(size_t lt, HtmlToken& token, size_t& after) {
  const size_t size = input_.size();
  const size_t p = lt + 1;
  after = p;
  if (p >= size) return Markup::kText;
  const char c = input_[p];
  if (is_ascii_alpha(c)) return parse_tag(lt, false, token, after);
  if (c == '/') {
    if (p + 1 >= size) {
      after = size;  // "</" at the end of input is text
      return Markup::kText;
    }
    const char d = input_[p + 1];
    if (is_ascii_alpha(d)) return parse_tag(lt, true, token, after);
    if (d == '>') {
      after = p + 2;
      return Markup::kDropped;
    }
    parse_bogus_comment(lt, p + 1, token, after);
    return Markup::kToken;
  }
  if (c == '!') {
    if (starts_with_at(input_, p + 1, "--")) {
      parse_comment(lt, token, after);
    } else if (starts_with_ignoring_case(input_, p + 1, "doctype")) {
      parse_doctype(lt, token, after);
    } else if (starts_with_at(input_, p + 1, "[CDATA[")) {
      parse_cdata(lt, token, after);
    } else {
      parse_bogus_comment(lt, p + 1, token, after);
    }
    return Markup::kToken;
  }
  if (c == '?') {
    parse_bogus_comment(lt, p, token, after);  // the '?' is part of the comment's data
    return Markup::kToken;
  }
  return Markup::kText;
}

HtmlTokenizer::Markup HtmlTokenizer::parse_tag(size_t lt, bool end_tag, HtmlToken& token,
                                               size_t& after) {
  const size_t size = input_.size();
  token.kind = end_tag ? HtmlTokenKind::kEndTag : HtmlTokenKind::kStartTag;
  token.source_start = static_cast<uint32_t>(lt);
  size_t p = lt + (end_tag ? 2 : 1);
  size_t name_end = p;
  while (name_end < size && !has_class(input_[name_end], kTagNameStop)) ++name_end;
  append_name(token.name, input_, p, name_end);
  p = name_end;

  attribute_slots_filled_ = 0;
  uint32_t kept = 0;
  bool limit_reported = false;
  bool complete = false;
  while (p < size) {
    while (p < size && is_space(input_[p])) ++p;  // before attribute name
    if (p >= size) break;
    if (input_[p] == '>') {
      after = p + 1;
      complete = true;
      break;
    }
    if (input_[p] == '/') {  // self-closing start tag state; a stray '/' is skipped
      if (p + 1 < size && input_[p + 1] == '>') {
        token.self_closing = true;
        after = p + 2;
        complete = true;
        break;
      }
      ++p;
      continue;
    }
    // Attribute name. Its first character may be '=' (then it is part of the name).
    const size_t name_start = p;
    ++p;
    while (p < size && !has_class(input_[p], kAttrNameStop)) ++p;
    bool keep = !end_tag;  // end tags' attributes are parsed and dropped
    if (keep && kept >= limits_.max_attributes_per_tag) {
      keep = false;
      if (!limit_reported) {
        limit_reported = true;
        add_issue("too_many_attributes",
                  "A tag has more attributes than the limit; the later ones were skipped.", lt);
      }
    }
    if (keep) {
      if (spare_attributes_.empty()) {
        token.attributes.emplace_back();
      } else {
        token.attributes.push_back(std::move(spare_attributes_.back()));
        spare_attributes_.pop_back();
        token.attributes.back().name.clear();
        token.attributes.back().value.clear();
      }
      append_name(token.attributes.back().name, input_, name_start, p);
      if (is_duplicate_attribute(token.attributes)) {
        spare_attributes_.push_back(std::move(token.attributes.back()));
        token.attributes.pop_back();
        keep = false;
      } else {
        ++kept;
      }
    }
    while (p < size && is_space(input_[p])) ++p;  // after attribute name
    if (p >= size || input_[p] != '=') continue;
    ++p;
    while (p < size && is_space(input_[p])) ++p;  // before attribute value
    if (p >= size) break;
    if (input_[p] == '>') continue;  // missing value: the '>' ends the tag
    bool eof = false;
    const size_t value_start = p;
    p = parse_attribute_value(p, token, keep, eof);
    if (eof) break;
    if (!keep) continue;
    std::string& value = token.attributes.back().value;
    if (value.size() > limits_.max_attribute_bytes) {
      size_t cut = limits_.max_attribute_bytes;
      while (cut > 0 && !is_utf8_lead(static_cast<unsigned char>(value[cut]))) --cut;
      value.resize(cut);
      add_issue("attribute_truncated",
                "An attribute value is longer than the limit; its end was cut.", value_start);
    }
  }
  if (!complete) {
    add_issue("unterminated_tag",
              "The input ends inside a tag; its bytes were kept as text.", lt);
    after = size;
    return Markup::kText;
  }
  token.source_end = static_cast<uint32_t>(after);
  if (!end_tag) {
    const std::string& name = token.name;
    State raw = State::kData;
    switch (content_model(name)) {
      case ContentModel::kMarkup: break;
      case ContentModel::kRcdata: raw = State::kRcdata; break;
      case ContentModel::kRawtext: raw = State::kRawtext; break;
      case ContentModel::kScript: raw = State::kScriptData; break;
      case ContentModel::kPlaintext: raw = State::kPlaintext; break;
    }
    if (raw != State::kData) {
      state_ = raw;
      raw_text_tag_ = name;
    }
  }
  return Markup::kToken;
}

size_t HtmlTokenizer::parse_attribute_value(size_t p, HtmlToken& token, bool keep, bool& eof) {
  const size_t size = input_.size();
  std::string* value = keep ? &token.attributes.back().value : nullptr;
  const char quote = input_[p];
  const bool quoted = quote == '"' || quote == '\'';
  if (quoted) ++p;
  while (true) {
    size_t stop;
    if (quoted) {
      stop = find_any(input_, p, quote, '&', '\0');
    } else {
      stop = p;
      while (stop < size && !has_class(input_[stop], kUnquotedStop)) ++stop;
    }
    if (value) value->append(input_.data() + p, stop - p);
    if (stop >= size) {
      eof = true;
      return size;
    }
    const char c = input_[stop];
    if (c == '\0') {
      if (value) value->append(kReplacement);
      p = stop + 1;
    } else if (c == '&') {
      size_t consumed = value ? decode_character_reference_at(input_, stop, true, *value) : 0;
      if (consumed == 0) {
        if (value) value->push_back('&');
        consumed = 1;
      }
      p = stop + consumed;
    } else {
      // The closing quote is consumed; an unquoted value leaves its space or '>' to the caller.
      return quoted ? stop + 1 : stop;
    }
  }
}

bool HtmlTokenizer::is_duplicate_attribute(const std::vector<HtmlAttribute>& attributes) {
  const size_t count = attributes.size() - 1;  // the new attribute is the last one
  const std::string& name = attributes.back().name;
  if (count < kLinearAttributeScan) {
    for (size_t i = 0; i < count; ++i) {
      if (attributes[i].name == name) return true;
    }
    return false;
  }
  // Many attributes: an open-addressing set of indexes, rebuilt larger when half full.
  if (attribute_slots_filled_ == 0 || (count + 1) * 2 > attribute_slots_.size()) {
    size_t capacity = 64;
    while (capacity < (count + 1) * 4) capacity *= 2;
    attribute_slots_.assign(capacity, kEmptySlot);
    const size_t mask = capacity - 1;
    for (size_t i = 0; i < count; ++i) {
      size_t slot = hash_name(attributes[i].name) & mask;
      while (attribute_slots_[slot] != kEmptySlot) slot = (slot + 1) & mask;
      attribute_slots_[slot] = static_cast<uint32_t>(i);
    }
    attribute_slots_filled_ = count;
  }
  const size_t mask = attribute_slots_.size() - 1;
  size_t slot = hash_name(name) & mask;
  for (; attribute_slots_[slot] != kEmptySlot; slot = (slot + 1) & mask) {
    if (attributes[attribute_slots_[slot]].name == name) return true;
  }
  attribute_slots_[slot] = static_cast<uint32_t>(count);
  ++attribute_slots_filled_;
  return false;
}

void HtmlTokenizer::parse_comment(size_t lt, HtmlToken& token, size_t& after) {
  const size_t size = input_.size();
  token.kind = HtmlTokenKind::kComment;
  token.source_start = static_cast<uint32_t>(lt);
  const size_t data_start = lt + 4;
  size_t data_end = size;
  after = size;
  if (starts_with_at(input_, data_start, ">")) {  // "<!-->": an empty comment
    data_end = data_start;
    after = data_start + 1;
  } else if (starts_with_at(input_, data_start, "->")) {  // "<!--->"
    data_end = data_start;
    after = data_start + 2;
  } else {
    // The data ends at the first "-->" or "--!>".
    for (size_t dash = find_byte(input_, data_start, '-'); dash < size;
         dash = find_byte(input_, dash + 1, '-')) {
      if (starts_with_at(input_, dash, "-->")) {
        data_end = dash;
        after = dash + 3;
        break;
      }
      if (starts_with_at(input_, dash, "--!>")) {
        data_end = dash;
        after = dash + 4;
        break;
      }
    }
    if (data_end == size) {
      add_issue("unclosed_comment", "A comment is not closed; it runs to the end of the input.",
                lt);
      // The comment-end states drop a trailing "-", "--" or "--!" at the end of input.
      std::string_view data = input_.substr(data_start);
      if (data.ends_with("--!")) {
        data_end -= 3;
      } else if (data.ends_with("--")) {
        data_end -= 2;
      } else if (data.ends_with("-")) {
        data_end -= 1;
      }
    }
  }
  append_replacing_nul(token.text, input_, data_start, std::max(data_start, data_end));
  token.source_end = static_cast<uint32_t>(after);
}

void HtmlTokenizer::parse_bogus_comment(size_t lt, size_t data_start, HtmlToken& token,
                                        size_t& after) {
  token.kind = HtmlTokenKind::kComment;
  token.source_start = static_cast<uint32_t>(lt);
  const size_t gt = find_byte(input_, data_start, '>');
  if (gt == input_.size()) {
    add_issue("unclosed_comment", "A comment is not closed; it runs to the end of the input.",
              lt);
    after = gt;
  } else {
    after = gt + 1;
  }
  append_replacing_nul(token.text, input_, std::min(data_start, gt), gt);
  token.source_end = static_cast<uint32_t>(after);
}

void HtmlTokenizer::parse_doctype(size_t lt, HtmlToken& token, size_t& after) {
  const size_t size = input_.size();
  token.kind = HtmlTokenKind::kDoctype;
  token.source_start = static_cast<uint32_t>(lt);
  // Every DOCTYPE state ends the token at the first '>', even inside a quoted identifier.
  const size_t gt = find_byte(input_, lt + 9, '>');
  if (gt == size) {
    add_issue("unclosed_doctype", "A DOCTYPE is not closed; it runs to the end of the input.",
              lt);
    after = size;
  } else {
    after = gt + 1;
  }
  size_t p = lt + 9;
  while (p < gt && is_space(input_[p])) ++p;
  size_t name_end = p;
  while (name_end < gt && !is_space(input_[name_end])) ++name_end;
  append_name(token.name, input_, p, name_end);
  token.source_end = static_cast<uint32_t>(after);
}

void HtmlTokenizer::parse_cdata(size_t lt, HtmlToken& token, size_t& after) {
  const size_t size = input_.size();
  token.kind = HtmlTokenKind::kCdata;
  token.source_start = static_cast<uint32_t>(lt);
  const size_t data_start = lt + 9;  // after "<![CDATA["
  size_t data_end = size;
  for (size_t bracket = find_byte(input_, data_start, ']'); bracket < size;
       bracket = find_byte(input_, bracket + 1, ']')) {
    if (starts_with_at(input_, bracket, "]]>")) {
      data_end = bracket;
      break;
    }
  }
  if (data_end == size) {
    add_issue("unclosed_cdata", "A CDATA section is not closed; it runs to the end of the input.",
              lt);
    after = size;
  } else {
    after = data_end + 3;
  }
  append_replacing_nul(token.text, input_, data_start, data_end);
  token.source_end = static_cast<uint32_t>(after);
}

}  // namespace newsprism::parse
