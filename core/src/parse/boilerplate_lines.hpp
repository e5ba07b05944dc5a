// Telling page furniture from article text, one short line at a time: "Comments", "Share this",
// "Advertisement", "© 2025 ...", photo captions, and a title pasted again under itself. Meant for
// lines of plain and Markdown pastes and for the text of short HTML blocks.
#pragma once

#include <string>
#include <string_view>

namespace newsprism::parse {

/// What a line is, for the article builder.
enum class LineRole {
  /// Article text (the default: a line is content unless a rule says otherwise).
  kContent,
  /// A heading that opens the matter after an article: comments, tags, share buttons, related
  /// links, WordPress's "The post X appeared first on Y." In a plain paste the lines after it
  /// are usually trailer too; see classify_line() for the rule to apply.
  kBoilerplateTrailer,
  /// Page furniture anywhere in the page: "Advertisement", "Read more", "Subscribe", "Skip to
  /// content", copyright and cookie notices, social buttons, previous/next links.
  kBoilerplate,
  /// An image caption or credit: "Photo: ...", "Image: ...", "Credit: ...".
  kCaption,
};

/// A line's role and the rule that gave it.
struct LineClass {
  LineRole role = LineRole::kContent;
  /// A short constant naming the rule ("comments", "tags", "share", "related",
  /// "appeared-first-on", "read-more", "subscribe", "advertisement", "sponsored", "follow",
  /// "click-here", "copyright", "cookies", "navigation", "social", "caption"); "" for content.
  /// Points to static storage.
  const char* reason = "";
};

/// Classifies one line (no '\n'). Case-insensitive; Markdown markers (#, *, _, >, list
/// bullets), surrounding punctuation, arrows and emoji around the words are ignored, so
/// "## **Related Articles** →" is a trailer. Rules match whole short phrases ("Comments",
/// "12 comments", "Tags: a, b", "Share on Facebook") or labelled prefixes ("Read more: ...",
/// "Photo: ..."), never a word inside a sentence: "The comments drew a large response." stays
/// content. Only the WordPress "appeared first on" trailer and copyright and cookie notices
/// may be long.
///
/// Rule recommended to the caller for trailers: in a plain or Markdown paste, when a
/// kBoilerplateTrailer line comes after at least half of the article's text, mark it and every
/// following line as trailer as long as none of those following lines is a paragraph of 200 or
/// more characters that ends like a sentence (a long paragraph means the "trailer" was a
/// heading inside the article, so then mark only the line itself). In HTML, apply the same rule
/// within the article container only. Marked lines are kept, never deleted.
LineClass classify_line(std::string_view line);

/// True when `line` repeats `title`, comparing both after normalization: ASCII case, runs of
/// spaces, curly and straight quotes and apostrophes, en and em dashes and hyphens, Markdown
/// heading and emphasis markers (#, **, __, *, _), and a trailing site name after " | ",
/// " - ", " :: " or " · " on either side ("Harbour reopens | Example News"). Empty titles
/// repeat nothing.
bool is_repeated_title(std::string_view title, std::string_view line);

/// is_repeated_title() for one title against many lines: the title is normalized once, not
/// once per line (an article's title is compared with every short block).
class RepeatedTitle {
 public:
  explicit RepeatedTitle(std::string_view title);
  /// is_repeated_title(title, line).
  bool matches(std::string_view line) const;

 private:
  std::string title_;  // normalized
  size_t head_size_;   // title_ without a trailing site name is its first head_size_ bytes
};

}  // namespace newsprism::parse
