#include "entities/ner_tags.hpp"

namespace newsprism::entities {

std::string_view name_type_label(NameType type) {
  switch (type) {
    case NameType::kPerson: return "PER";
    case NameType::kOrganization: return "ORG";
    case NameType::kLocation: return "LOC";
    case NameType::kMisc: return "MISC";
  }
  return "MISC";
}

bool parse_name_type(std::string_view label, NameType& type) {
  if (label == "PER")
    type = NameType::kPerson;
  else if (label == "ORG")
    type = NameType::kOrganization;
  else if (label == "LOC")
    type = NameType::kLocation;
  else if (label == "MISC")
    type = NameType::kMisc;
  else
    return false;
  return true;
}

std::vector<NameSpan> spans_from_bilou(std::span<const BilouTag> tags, uint32_t sentence) {
  std::vector<NameSpan> names;
  bool open = false;
  NameSpan current;
  auto close = [&](uint32_t end) {
    if (open) {
      current.count = end - current.first;
      names.push_back(current);
    }
    open = false;
  };
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const BilouTag tag = tags[i];
    if (tag == kOutside || tag >= kTagCount) {
      close(i);
      continue;
    }
    const NameType type = tag_type(tag);
    const TagPart part = tag_part(tag);
    if (part == TagPart::kBegin || part == TagPart::kUnit || !open || type != current.type) {
      close(i);
      open = true;
      current = NameSpan{sentence, i, 0, type};
    }
    if (part == TagPart::kLast || part == TagPart::kUnit) close(i + 1);
  }
  close(static_cast<uint32_t>(tags.size()));
  return names;
}

std::vector<BilouTag> bilou_from_spans(std::span<const NameSpan> names, uint32_t sentence,
                                       uint32_t words) {
  std::vector<BilouTag> tags(words, kOutside);
  for (const NameSpan& name : names) {
    if (name.sentence != sentence || name.count == 0 || name.first + name.count > words) continue;
    if (name.count == 1) {
      tags[name.first] = make_tag(name.type, TagPart::kUnit);
      continue;
    }
    tags[name.first] = make_tag(name.type, TagPart::kBegin);
    for (uint32_t i = name.first + 1; i + 1 < name.first + name.count; ++i) {
      tags[i] = make_tag(name.type, TagPart::kInside);
    }
    tags[name.first + name.count - 1] = make_tag(name.type, TagPart::kLast);
  }
  return tags;
}

std::vector<BilouTag> bilou_from_iob(std::span<const std::string_view> tags) {
  std::vector<NameSpan> names;
  bool open = false;
  NameSpan current;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const std::string_view tag = tags[i];
    NameType type = NameType::kMisc;
    const bool inside = tag.size() > 2 && tag[1] == '-' && (tag[0] == 'B' || tag[0] == 'I') &&
                        parse_name_type(tag.substr(2), type);
    if (!inside) {
      if (open) names.push_back(current);
      open = false;
      continue;
    }
    if (tag[0] == 'B' || !open || current.type != type) {
      if (open) names.push_back(current);
      open = true;
      current = NameSpan{0, i, 0, type};
    }
    current.count = i + 1 - current.first;
  }
  if (open) names.push_back(current);
  return bilou_from_spans(names, 0, static_cast<uint32_t>(tags.size()));
}

std::vector<std::string> iob_from_bilou(std::span<const BilouTag> tags, IobScheme scheme) {
  std::vector<std::string> out(tags.size(), "O");
  if (scheme == IobScheme::kBilou) {
    static constexpr char kParts[] = {'B', 'I', 'L', 'U'};
    for (size_t i = 0; i < tags.size(); ++i) {
      if (tags[i] == kOutside || tags[i] >= kTagCount) continue;
      out[i] = std::string(1, kParts[static_cast<int>(tag_part(tags[i]))]) + "-" +
               std::string(name_type_label(tag_type(tags[i])));
    }
    return out;
  }
  const std::vector<NameSpan> names = spans_from_bilou(tags, 0);
  uint32_t previous_end = UINT32_MAX;
  NameType previous_type = NameType::kMisc;
  for (const NameSpan& name : names) {
    const std::string label(name_type_label(name.type));
    const bool begin =
        scheme == IobScheme::kIob2 || (previous_end == name.first && previous_type == name.type);
    for (uint32_t i = name.first; i < name.first + name.count; ++i) {
      out[i] = (i == name.first && begin ? "B-" : "I-") + label;
    }
    previous_end = name.first + name.count;
    previous_type = name.type;
  }
  return out;
}

}  // namespace newsprism::entities
