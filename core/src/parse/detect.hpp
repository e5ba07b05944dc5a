// Deciding what an input is before parsing it: empty, binary (a file that is not text at all),
// or text; and, for text, whether it is HTML. JSON, feeds and Markdown have their own sniffers
// beside their readers (looks_like_json, looks_like_feed, looks_like_markdown).
#pragma once

#include <string>
#include <string_view>

#include "newsprism/report.hpp"

namespace newsprism::parse {

/// Guesses the format of raw input bytes and says why. Looks at known binary signatures and at
/// the share of bytes that cannot be text in the first 8 KiB.
FormatGuess detect_format(std::string_view bytes);

/// What looks_like_html() found.
struct HtmlGuess {
  bool is_html = false;
  /// A whole page (doctype, <html>, <head> or <body>) rather than a fragment of one.
  bool whole_page = false;
  std::string reason;
};

/// True for an HTML page (starts with a doctype or <html>, or holds <head>/<body>) or a
/// fragment (starts with a tag, or holds at least five tags of common HTML elements in the
/// first 64 KiB). Prose that mentions "<b>" once stays text.
HtmlGuess looks_like_html(std::string_view bytes);

}  // namespace newsprism::parse
