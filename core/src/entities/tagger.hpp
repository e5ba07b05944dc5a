// The statistical name tagger: a model that labels the words of a document with BILOU tags of
// four types (person, organization, location, miscellaneous), decoded per sentence.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace newsprism::entities {

/// The tagger's four name types.
enum class NameType : uint8_t { kPerson, kOrganization, kLocation, kMisc };

/// A name found by the tagger: `count` words from word `first` of sentence `sentence`.
struct NameSpan {
  uint32_t sentence = 0;
  uint32_t first = 0;
  uint32_t count = 0;
  NameType type = NameType::kMisc;
};

/// One sentence as the tagger sees it: its words, as written.
using WordSentence = std::vector<std::string_view>;

class NerModel;

/// The model built into the library (core/models/), ready to use.
const NerModel& builtin_ner_model();

/// Tags the words of one document (an article, or a CoNLL -DOCSTART- document). The whole
/// document is given at once because features look across sentences (how a word is written
/// elsewhere in the document). Names come out in sentence order, then word order. Time linear
/// in the number of words.
std::vector<NameSpan> tag_document(const NerModel& model, std::span<const WordSentence> sentences);

}  // namespace newsprism::entities
