#include <algorithm>
#include <span>

#include "newsprism/text.hpp"

namespace newsprism {

void OffsetMap::grow() {
  const uint32_t capacity = std::max(capacity_ * 2, size_ + 1);
  auto* grown = new Anchor[capacity];
  std::copy(data(), data() + size_, grown);
  delete[] heap_;
  heap_ = grown;
  capacity_ = capacity;
}

void OffsetMap::release() {
  delete[] heap_;
  heap_ = nullptr;
  size_ = 0;
  capacity_ = kInlineAnchors;
}

void OffsetMap::copy_from(const OffsetMap& other) {
  // Called with no anchors held (size_ 0): a buffer already big enough is reused.
  if (other.size_ > capacity_) {
    delete[] heap_;
    heap_ = new Anchor[other.size_];
    capacity_ = other.size_;
  }
  std::copy(other.data(), other.data() + other.size_, data());
  size_ = other.size_;
  derived_length_ = other.derived_length_;
  source_length_ = other.source_length_;
}

void OffsetMap::take_from(OffsetMap& other) noexcept {
  // Called with no heap buffer held: the other's buffer changes hands; inline anchors are copied.
  if (other.heap_ != nullptr) {
    heap_ = other.heap_;
    capacity_ = other.capacity_;
    other.heap_ = nullptr;
    other.capacity_ = kInlineAnchors;
  } else {
    std::copy(other.inline_, other.inline_ + other.size_, inline_);
  }
  size_ = other.size_;
  derived_length_ = other.derived_length_;
  source_length_ = other.source_length_;
  other.size_ = 0;
  other.derived_length_ = 0;
  other.source_length_ = 0;
}

void OffsetMap::add_first_or_replace(uint32_t derived, uint32_t source) {
  if (size_ == 0) push({0, 0});
  Anchor& last = data()[size_ - 1];
  if (derived == last.derived) {
    // Source bytes were dropped at this point: the derived position now stands for what follows.
    last.source = source;
    if (size_ >= 2) {
      const Anchor& before = data()[size_ - 2];
      if (last.derived - before.derived == last.source - before.source) --size_;
    }
    return;
  }
  if (derived - last.derived == source - last.source) return;  // still in step
  push({derived, source});
}

uint32_t OffsetMap::to_source(uint32_t derived) const {
  if (size_ == 0) return derived;
  return source_before(derived, first_anchor_after(derived));
}

const OffsetMap::Anchor* OffsetMap::first_anchor_after(uint32_t derived) const {
  return std::upper_bound(data(), data() + size_, derived,
                          [](uint32_t value, const Anchor& a) { return value < a.derived; });
}

uint32_t OffsetMap::source_before(uint32_t derived, const Anchor* next) const {
  if (next == data()) return derived;
  const Anchor& at = *(next - 1);
  uint32_t mapped = at.source + (derived - at.derived);
  // Inside a run that grew (one invalid byte became three), stay within the run's source.
  if (next != data() + size_) mapped = std::min(mapped, next->source);
  else if (derived_length_ != 0 || source_length_ != 0) mapped = std::min(mapped, source_length_);
  return mapped;
}

OffsetMap OffsetMap::compose(const OffsetMap& outer, const OffsetMap& inner) {
  OffsetMap result;
  // An empty outer map is the identity: one anchor at the origin, read in place (no copy).
  static constexpr Anchor kOrigin{0, 0};
  const std::span<const Anchor> outer_anchors =
      outer.size_ == 0 ? std::span<const Anchor>(&kOrigin, 1) : outer.anchors();
  const Anchor* inner_end = inner.data() + inner.size_;
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
    for (; it != inner_end && it->derived < segment.source + length; ++it) {
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
  const Anchor* last = data() + size_;
  for (const Anchor* it = first_anchor_after(start); it != last && it->derived < end; ++it) {
    result.add(it->derived - start, it->source);
  }
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
