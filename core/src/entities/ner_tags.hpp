// The tagger's label set: BILOU tags over the four name types, their legal sequences, and
// conversion from and to the IOB tags of CoNLL files.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entities/tagger.hpp"

namespace newsprism::entities {

/// A BILOU tag: 0 is O (outside); then, for each NameType k in order, Begin, Inside, Last and
/// Unit are 1 + 4k, 2 + 4k, 3 + 4k and 4 + 4k.
using BilouTag = uint8_t;
inline constexpr int kTypeCount = 4;
inline constexpr int kTagCount = 1 + 4 * kTypeCount;
inline constexpr BilouTag kOutside = 0;

enum class TagPart : uint8_t { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };

constexpr BilouTag make_tag(NameType type, TagPart part) {
  return static_cast<BilouTag>(1 + 4 * static_cast<int>(type) + static_cast<int>(part));
}
constexpr NameType tag_type(BilouTag tag) {
  return static_cast<NameType>((tag - 1) / 4);
}
constexpr TagPart tag_part(BilouTag tag) {
  return static_cast<TagPart>((tag - 1) % 4);
}

/// Whether `next` may follow `previous` (kTagCount as `previous` means the sentence start).
constexpr bool transition_allowed(int previous, int next) {
  const bool previous_open = previous != kTagCount && previous != kOutside &&
                             (tag_part(static_cast<BilouTag>(previous)) == TagPart::kBegin ||
                              tag_part(static_cast<BilouTag>(previous)) == TagPart::kInside);
  if (!previous_open) {
    return next == kOutside || tag_part(static_cast<BilouTag>(next)) == TagPart::kBegin ||
           tag_part(static_cast<BilouTag>(next)) == TagPart::kUnit;
  }
  if (next == kOutside) return false;
  return tag_type(static_cast<BilouTag>(next)) == tag_type(static_cast<BilouTag>(previous)) &&
         (tag_part(static_cast<BilouTag>(next)) == TagPart::kInside ||
          tag_part(static_cast<BilouTag>(next)) == TagPart::kLast);
}

/// Whether a sentence may end on `tag`.
constexpr bool final_allowed(int tag) {
  return tag == kOutside || tag_part(static_cast<BilouTag>(tag)) == TagPart::kLast ||
         tag_part(static_cast<BilouTag>(tag)) == TagPart::kUnit;
}

/// "PER", "ORG", "LOC" or "MISC".
std::string_view name_type_label(NameType type);

/// Parses "PER", "ORG", "LOC", "MISC"; false for anything else.
bool parse_name_type(std::string_view label, NameType& type);

/// The names of a sentence's BILOU tags (an illegal sequence is read leniently: a name runs from
/// each B or U, or from a tag whose type differs from the open name's).
std::vector<NameSpan> spans_from_bilou(std::span<const BilouTag> tags, uint32_t sentence);

/// BILOU tags of `words` words covering `names` (names of other sentences are ignored).
std::vector<BilouTag> bilou_from_spans(std::span<const NameSpan> names, uint32_t sentence,
                                       uint32_t words);

/// Reads one sentence's IOB1 or IOB2 tags ("O", "I-PER", "B-LOC", ...) into BILOU. A name
/// starts at B-X, or at I-X after anything but X; an unknown label counts as O.
std::vector<BilouTag> bilou_from_iob(std::span<const std::string_view> tags);

/// The tag scheme of text output.
enum class IobScheme : uint8_t {
  kIob1,   ///< I-X everywhere, B-X only where a name directly follows one of the same type
  kIob2,   ///< B-X at the first word of every name
  kBilou,  ///< B-X, I-X, L-X, U-X
};

/// The text tags of one sentence in `scheme`.
std::vector<std::string> iob_from_bilou(std::span<const BilouTag> tags, IobScheme scheme);

}  // namespace newsprism::entities
