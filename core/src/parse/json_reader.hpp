// The field reader behind extract_json_articles(): walks one JSON value with simdjson's
// On-Demand API, reads each object's fields once, maps the usual article field names onto a
// JsonArticle and decides which objects are articles.
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <vector>

#include "parse/json_articles.hpp"

namespace newsprism::parse::json_reader {

/// What an article looked like, for naming the format and explaining why.
enum Marker : uint32_t {
  kWordPressRendered = 1u << 0,  ///< title.rendered / content.rendered / excerpt.rendered
  kWordPressYoast = 1u << 1,     ///< yoast_head_json
  kJsonLdArticle = 1u << 2,      ///< "@type" NewsArticle, Article, BlogPosting, ...
  kJsonFeedItem = 1u << 3,       ///< an item of a JSON Feed
  kHasBody = 1u << 4,            ///< qualified by a body (otherwise by title + excerpt/summary)
};

/// An article and the markers of the object it came from.
struct FoundArticle {
  JsonArticle article;
  uint32_t markers = 0;
};

/// Everything one walk collects. Reused across NDJSON lines.
struct ReadState {
  std::vector<FoundArticle> found;
  /// A container sat deeper than the walk goes (kMaxWalkDepth); it was skipped unread.
  bool hit_depth_limit = false;
  /// The version string of a JSON Feed object, if one was met.
  std::string json_feed_version;
  /// A JSON-LD "@graph" array was met.
  bool saw_graph = false;
  /// Elements of a root array that held no article.
  uint64_t skipped_elements = 0;
  /// The buffer being parsed and the input offset of its first byte, so raw string positions
  /// can be turned into input offsets; null when the buffer is a repaired copy.
  const char* buffer = nullptr;
  uint64_t buffer_base = 0;
};

/// How deep the walk looks for articles. Far below simdjson's own limit (1024), and deep enough
/// for any API wrapper ({"data": {"posts": [...]}}).
inline constexpr int kMaxWalkDepth = 32;

/// Reads a root value (a whole document or one NDJSON line) and appends its articles to
/// state.found in input order. On an error, the articles completed before it stay in state.
simdjson::error_code read_root(simdjson::ondemand::value root, ReadState& state);

/// True when `text` holds an HTML tag (<p, </p, <!--) or an entity (&amp; &#8217;).
bool looks_like_html(std::string_view text);

}  // namespace newsprism::parse::json_reader
