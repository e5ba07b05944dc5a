// Turning the items of an RSS or Atom feed into drafts: one article an item.
#pragma once

#include <cstddef>

#include "parse/article_draft.hpp"
#include "parse/feed_articles.hpp"

namespace newsprism::parse {

/// The draft of item `index`: its metadata, a title block and the content's blocks (the item's
/// fields are moved out: each item is drafted once). Items are independent: different ones may
/// be drafted on different threads at once.
ArticleDraft feed_draft(FeedExtraction& feed, size_t index);

}  // namespace newsprism::parse
