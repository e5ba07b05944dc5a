#include <algorithm>
#include <span>

#include "newsprism/text.hpp"

namespace newsprism {

void OffsetMap::add_first_or_replace(uint32_t derived, uint32_t source) {
  if (anchors_.empty()) {
    // Most maps (one per block, per token of HTML text) hold a few anchors: one allocation for
    // them instead of regrowing from one.
    anchors_.reserve(4);
    anchors_.push_back({0, 0});
  }
  Anchor& last = anchors_.back();
  if (derived == last.derived) {
    // Source bytes were dropped at this point: the derived position now stands for what follows.
    last.source = source;
    if (anchors_.size() >= 2) {
      const Anchor& before = anchors_[anchors_.size() - 2];
      if (last.derived - before.derived == last.source - before.source) anchors_.pop_back();
    }
    return;
  }
  if (derived - last.derived == source - last.source) return;  // still in step
  anchors_.push_back({derived, source});
}

uint32_t OffsetMap::to_source(uint32_t derived) const {
  if (anchors_.empty()) return derived;
  return source_before(derived, first_anchor_after(derived));
}

std::vector<OffsetMap::Anchor>::const_iterator OffsetMap::first_anchor_after(uint32_t derived) const {
  return std::upper_bound(anchors_.begin(), anchors_.end(), derived,
                          [](uint32_t value, const Anchor& a) { return value < a.derived; });
}

uint32_t OffsetMap::source_before(uint32_t derived, std::vector<Anchor>::const_iterator next) const {
  if (next == anchors_.begin()) return derived;
  const Anchor& at = *(next - 1);
  uint32_t mapped = at.source + (derived - at.derived);
  // Inside a run that grew (one invalid byte became three), stay within the run's source.
  if (next != anchors_.end()) mapped = std::min(mapped, next->source);
  else if (derived_length_ != 0 || source_length_ != 0) mapped = std::min(mapped, source_length_);
  return mapped;
}

OffsetMap OffsetMap::compose(const OffsetMap& outer, const OffsetMap& inner) {
  OffsetMap result;
  // An empty outer map is the identity: one anchor at the origin, read in place (no copy).
  static constexpr Anchor kOrigin{0, 0};
  const std::span<const Anchor> outer_anchors =
      outer.anchors_.empty() ? std::span<const Anchor>(&kOrigin, 1) : std::span<const Anchor>(outer.anchors_);
  const auto& inner_anchors = inner.anchors_;
  for (size_t k = 0; k < outer_anchors.size(); ++k) {
    const Anchor& segment = outer_anchors[k];
    // One search serves both the segment's start and the inner anchors inside it.
    auto it = inner.first_anchor_after(segment.source);
    result.add(segment.derived, inner.source_before(segment.source, it));
    // The segment runs in step until the next outer anchor; inner anchors inside it re-anchor.
    uint64_t derived_end = k + 1 < outer_anchors.size() ? outer_anchors[k + 1].derived
                                                         : uint64_t{outer.derived_length_};
    uint64_t source_end = k + 1 < outer_anchors.size() ? outer_anchors[k + 1].source
                                                        : uint64_t{outer.source_length_};
    if (k + 1 >= outer_anchors.size() && outer.derived_length_ == 0 && outer.source_length_ == 0) {
      derived_end = UINT32_MAX;
      source_end = UINT32_MAX;
    }
    uint64_t length = std::min(derived_end - segment.derived,
                               source_end > segment.source ? source_end - segment.source : 0);
    for (; it != inner_anchors.end() && it->derived < segment.source + length; ++it) {
      result.add(static_cast<uint32_t>(segment.derived + (it->derived - segment.source)), it->source);
    }
  }
  if (outer.derived_length_ != 0 || outer.source_length_ != 0) {
    result.finish(outer.derived_length_, inner.to_source(outer.source_length_));
  }
  return result;
}

OffsetMap OffsetMap::slice(uint32_t start, uint32_t end) const {
  OffsetMap result;
  result.add(0, to_source(start));
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), start,
                             [](uint32_t value, const Anchor& a) { return value < a.derived; });
  for (; it != anchors_.end() && it->derived < end; ++it) result.add(it->derived - start, it->source);
  result.finish(end - start, to_source(end));
  return result;
}

OffsetMap OffsetMap::shifted(uint32_t base, uint32_t length) {
  OffsetMap result;
  result.add(0, base);
  result.finish(length, base + length);
  return result;
}

}  // namespace newsprism
