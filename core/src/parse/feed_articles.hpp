// Recognizing RSS 2.0, RSS 1.0 (RDF) and Atom feeds and reading their items: title, link,
// dates, authors and the content, whether it comes as CDATA, as escaped HTML or as inline
// XHTML. Read with the HTML tokenizer (which knows CDATA), without building a tree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsprism/report.hpp"
#include "newsprism/text.hpp"

namespace newsprism::parse {

/// One item or entry of a feed.
struct FeedItem {
  /// Title (tags stripped, spaces collapsed), published and modified (ISO 8601 where they
  /// parse), authors (dc:creator, author, Atom author/name), url (RSS link, Atom link with
  /// rel="alternate" or no rel), description (the summary as text), site (the channel's
  /// title) and language (the channel's).
  ArticleMetadata metadata;
  /// content:encoded, else Atom <content>, else description or summary: the HTML (or text)
  /// after XML decoding (CDATA as is, escaped markup decoded once, inline XHTML as written).
  std::string content;
  bool content_is_html = true;
  /// Positions of `content` to absolute input offsets.
  OffsetMap content_to_input;
  /// The title's first byte in the input (for the title block's span).
  uint64_t title_offset = 0;
  /// The byte range of the <item> or <entry> element.
  uint64_t input_start = 0;
  uint64_t input_end = 0;
};

/// What extract_feed_articles() found.
struct FeedExtraction {
  /// "rss" or "atom".
  std::string format;
  std::string reason;
  std::vector<FeedItem> items;
  /// "feed_no_items" (a feed with no item or entry), "feed_truncated" (the input ends inside an
  /// item; what it had is kept), and the tokenizer's own problems.
  std::vector<Diagnostic> issues;
};

/// Cheap sniff: after a byte-order mark, spaces, an XML declaration and comments, the first
/// element is <rss>, <rdf:RDF> or <feed> (Atom).
bool looks_like_feed(std::string_view bytes);

/// Reads the items of a feed, or nullopt when `bytes` is not one (see looks_like_feed()).
std::optional<FeedExtraction> extract_feed_articles(std::string_view bytes);

}  // namespace newsprism::parse
