// Turning the items of an RSS or Atom feed into drafts: one article an item.
#pragma once

#include <vector>

#include "parse/article_draft.hpp"
#include "parse/feed_articles.hpp"

namespace newsprism::parse {

/// One draft per item, in feed order: its metadata, a title block and the content's blocks.
std::vector<ArticleDraft> feed_drafts(FeedExtraction&& feed);

}  // namespace newsprism::parse
