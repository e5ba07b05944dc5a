#include "parse/feed_drafts.hpp"

#include "parse/field_body.hpp"

namespace newsprism::parse {

ArticleDraft feed_draft(FeedExtraction& feed, size_t index) {
  FeedItem& item = feed.items[index];
  ArticleDraft draft;
  draft.format = {feed.format, feed.reason};
  draft.metadata = std::move(item.metadata);
  // The title had its tags stripped, so its map only anchors its start.
  add_field_title(draft.metadata.title,
                  OffsetMap::shifted(static_cast<uint32_t>(item.title_offset),
                                     static_cast<uint32_t>(draft.metadata.title.size())),
                  draft);
  append_field_body(item.content, item.content_is_html, item.content_to_input, draft);
  item = FeedItem();  // its fields are in the draft now
  return draft;
}

}  // namespace newsprism::parse
