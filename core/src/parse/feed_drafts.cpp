#include "parse/feed_drafts.hpp"

#include "parse/field_body.hpp"

namespace newsprism::parse {

std::vector<ArticleDraft> feed_drafts(FeedExtraction&& feed) {
  std::vector<ArticleDraft> drafts;
  drafts.reserve(feed.items.size());
  for (FeedItem& item : feed.items) {
    ArticleDraft draft;
    draft.format = {feed.format, feed.reason};
    draft.metadata = std::move(item.metadata);
    // The title had its tags stripped, so its map only anchors its start.
    add_field_title(draft.metadata.title,
                    OffsetMap::shifted(static_cast<uint32_t>(item.title_offset),
                                       static_cast<uint32_t>(draft.metadata.title.size())),
                    draft);
    append_field_body(item.content, item.content_is_html, item.content_to_input, draft);
    drafts.push_back(std::move(draft));
  }
  return drafts;
}

}  // namespace newsprism::parse
