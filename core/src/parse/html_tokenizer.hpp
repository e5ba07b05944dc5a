// An HTML tokenizer that follows the WHATWG tokenization rules that matter for extracting text:
// tags and attributes, character references, comments, doctypes, CDATA, and the raw text modes
// of <title>, <textarea>, <style>, <script> and friends. It builds no tree; the article
// extractor does that from the tokens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsprism/text.hpp"

namespace newsprism::parse {

/// What a token is.
enum class HtmlTokenKind { kStartTag, kEndTag, kText, kComment, kDoctype, kCdata };

/// One attribute of a start tag.
struct HtmlAttribute {
  std::string name;   ///< lower-case (ASCII only)
  std::string value;  ///< character references decoded
};

/// One token. next() reuses the strings and vectors of the token it is given, so a caller that
/// keeps one token across calls allocates only while the largest token grows.
struct HtmlToken {
  HtmlTokenKind kind = HtmlTokenKind::kText;
  /// Lower-case tag name for tags, lower-case name for doctypes ("html"), empty otherwise.
  std::string name;
  /// Start tags only. A repeated attribute name is dropped (the first wins), as WHATWG says.
  std::vector<HtmlAttribute> attributes;
  /// The tag ended with "/>" (kept as seen; HTML ignores it except on foreign elements).
  bool self_closing = false;
  /// kText: the text, with character references decoded in data and RCDATA (<title>,
  /// <textarea>) and kept raw in raw text (<style>, <script>, ...). kComment and kCdata: the
  /// raw data between the delimiters. NUL becomes U+FFFD everywhere.
  std::string text;
  /// The byte range of the whole token in the input: for tags from '<' to after '>'.
  uint32_t source_start = 0;
  uint32_t source_end = 0;
  /// kText only: maps positions in `text` to absolute positions in the input.
  OffsetMap text_to_source;
};

/// Bounds on what one tag may hold, so hostile input costs bounded memory.
struct HtmlTokenizerLimits {
  /// Attributes kept per tag; later ones are skipped with one "too_many_attributes" issue.
  uint32_t max_attributes_per_tag = 1000;
  /// Bytes kept of one attribute value; the rest is cut with an "attribute_truncated" issue.
  uint32_t max_attribute_bytes = 1 << 20;
};

/// A problem seen while tokenizing, for the caller's diagnostics.
struct HtmlParseIssue {
  std::string code;     ///< short stable code, e.g. "unclosed_comment"
  std::string message;  ///< one sentence for people
  uint32_t offset = 0;  ///< input byte where the problem starts
};

/// Splits HTML into tokens, one at a time, in linear time and without recursion. The input must
/// outlive the tokenizer. Inputs of 4 GiB or more are cut at the last byte a uint32_t offset can
/// reach, with an "input_too_large" issue.
///
/// Deviations from WHATWG, chosen for text extraction: a tag cut off by the end of input is not
/// dropped but kept as text (with an "unterminated_tag" issue), because nothing the user pasted
/// may vanish silently; "<![CDATA[" always opens a CDATA section (feeds use them in HTML
/// context); CR is not turned into LF here (text normalization does that later, with offsets);
/// the raw text modes are entered after the start tag whatever namespace it is in.
class HtmlTokenizer {
 public:
  explicit HtmlTokenizer(std::string_view html, HtmlTokenizerLimits limits = {});

  /// Next token; false at end of input. Adjacent text is merged into one kText token.
  bool next(HtmlToken& token);

  /// Skips the content of the element whose start tag next() just returned when that element
  /// holds text instead of markup (<script>, <style>, <title>, <textarea>, <iframe>, ...): the
  /// next token is its end tag, or the end of input. The text is neither copied nor decoded,
  /// which is most of the work on pages whose scripts and styles are half their bytes. Does
  /// nothing after any other token.
  void skip_element_text();

  /// Problems seen so far (unclosed comment, unterminated tag at EOF, attribute limit hit, ...),
  /// as short codes + messages, so the caller can put them in diagnostics. At most a thousand
  /// are kept; the last one then says that later issues were dropped.
  const std::vector<HtmlParseIssue>& issues() const { return issues_; }

 private:
  enum class State { kData, kRcdata, kRawtext, kScriptData, kPlaintext };
  enum class Markup { kToken, kText, kDropped };

  void reset(HtmlToken& token);
  Markup parse_markup(size_t lt, HtmlToken& token, size_t& after);
  Markup parse_tag(size_t lt, bool end_tag, HtmlToken& token, size_t& after);
  void parse_comment(size_t lt, HtmlToken& token, size_t& after);
  void parse_bogus_comment(size_t lt, size_t data_start, HtmlToken& token, size_t& after);
  void parse_doctype(size_t lt, HtmlToken& token, size_t& after);
  void parse_cdata(size_t lt, HtmlToken& token, size_t& after);
  size_t parse_attribute_value(size_t p, HtmlToken& token, bool keep, bool& eof);
  bool is_duplicate_attribute(const std::vector<HtmlAttribute>& attributes);
  size_t find_raw_text_end(size_t from);
  size_t find_script_end(size_t from);
  bool is_appropriate_end_tag(size_t lt) const;
  void add_issue(const char* code, const char* message, size_t offset);

  std::string_view input_;
  HtmlTokenizerLimits limits_;
  size_t position_ = 0;
  State state_ = State::kData;
  std::string raw_text_tag_;  // the start tag whose end tag closes the raw text state
  HtmlToken pending_;         // a token found right after text, handed out on the next call
  bool has_pending_ = false;
  std::vector<HtmlAttribute> spare_attributes_;  // keeps string buffers between tokens
  std::vector<uint32_t> attribute_slots_;        // hash set of attribute indexes for many attrs
  size_t attribute_slots_filled_ = 0;            // 0: not built for the current tag
  std::vector<HtmlParseIssue> issues_;
};

}  // namespace newsprism::parse
