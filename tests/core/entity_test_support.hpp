// Helpers for the entity rule tests: an article analyzed without the entity stage, and
// hand-made name mentions standing in for the statistical tagger.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "entities/spans.hpp"
#include "newsprism/analyze.hpp"

namespace newsprism::testing {

/// The one article of `text` (an empty Article when the text gives none), tokens kept, no
/// entities, no comparison.
inline Article plain_article(std::string_view text, uint32_t id = 0) {
  Input input{"test", text};
  Options options;
  options.entities = false;
  options.dedup.compare = false;
  Result<Report> result = analyze(std::span<const Input>(&input, 1), options);
  REQUIRE(result.ok());
  if (result.value().articles.empty()) return Article{};
  Article article = std::move(result).value().articles[0];
  article.id = id;
  return article;
}

/// Adds a mention of `type` over the `occurrence`-th (0-based) appearance of `phrase` in the
/// text, as the tagger would: whole tokens, a possessive ending left out of the span. Keeps
/// mentions in text order. Returns its index, or -1 when the phrase is not at token bounds.
inline int add_mention(Article& article, EntityType type, std::string_view phrase, int occurrence = 0) {
  size_t at = std::string::npos, from = 0;
  for (int i = 0; i <= occurrence; ++i) {
    at = article.text.find(phrase, from);
    if (at == std::string::npos) return -1;
    from = at + 1;
  }
  const uint32_t start = static_cast<uint32_t>(at), end = static_cast<uint32_t>(at + phrase.size());
  int first = -1, last = -1;
  for (size_t t = 0; t < article.tokens.size(); ++t) {
    const TextRange& r = article.tokens[t].range;
    if (r.start == start) first = static_cast<int>(t);
    if (first >= 0 && r.start < end && r.end >= end) {
      last = static_cast<int>(t);
      break;
    }
  }
  if (first < 0 || last < first) return -1;
  Mention mention;
  mention.type = type;
  mention.first_token = static_cast<uint32_t>(first);
  mention.token_count = static_cast<uint32_t>(last - first + 1);
  for (uint32_t s = 0; s < article.sentences.size(); ++s) {
    const SentenceSpan& sentence = article.sentences[s];
    if (mention.first_token >= sentence.first_token && mention.first_token < sentence.first_token + sentence.token_count) {
      mention.sentence = s;
    }
  }
  mention.span = entities::token_span(article, mention.first_token, mention.token_count);
  if (mention.span.end > end) {  // a possessive ending: "Liang's"
    const uint32_t cut = mention.span.end - end;
    mention.span.end = end;
    mention.span.end_utf16 -= cut;  // ASCII fixtures: bytes and UTF-16 units agree
  }
  article.mentions.push_back(mention);
  std::stable_sort(article.mentions.begin(), article.mentions.end(), [](const Mention& a, const Mention& b) {
    if (a.span.start != b.span.start) return a.span.start < b.span.start;
    return a.span.end > b.span.end;
  });
  for (size_t i = 0; i < article.mentions.size(); ++i) {
    if (article.mentions[i].span.start == start && article.mentions[i].type == type) return static_cast<int>(i);
  }
  return -1;
}

/// The text of a mention.
inline std::string mention_text(const Article& article, const Mention& mention) {
  return article.text.substr(mention.span.start, mention.span.end - mention.span.start);
}

}  // namespace newsprism::testing
