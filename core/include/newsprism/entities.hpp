// The named-entity tagger as a library: tag pre-tokenized documents with person, organization,
// location and miscellaneous name tags, using the model built into the library or one loaded
// from a model file's bytes (core/models/ner-en-1.md describes the built-in one).
//
//   const newsprism::NameTagger& tagger = newsprism::NameTagger::builtin();
//   std::vector<std::vector<std::string_view>> sentences = {{"Liang", "met", "EU", "officials"}};
//   auto tags = tagger.tag(sentences);  // tags[0] = {U-PER, O, U-ORG, O} as NameTag codes
//   auto text = newsprism::name_tag_strings(tags[0], newsprism::TagScheme::kIob2);
//                                       // {"B-PER", "O", "B-ORG", "O"}
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "newsprism/result.hpp"

namespace newsprism {

namespace entities {
class NerModel;
}

/// A word's tag as a BILOU code: 0 is outside any name; otherwise 1 + 4 * type + part, where
/// type is 0 PER, 1 ORG, 2 LOC, 3 MISC and part is 0 Begin, 1 Inside, 2 Last, 3 Unit (a
/// one-word name). Codes of one sentence always form legal sequences.
using NameTag = uint8_t;

/// How tags are written as text.
enum class TagScheme : uint8_t {
  kIob1,   ///< CoNLL-2003's own: I-X, and B-X only where a name directly follows one of type X
  kIob2,   ///< B-X on the first word of each name, I-X on the others
  kBilou,  ///< B-X, I-X, L-X (last word) and U-X (one-word name)
};

/// The text tags ("O", "B-PER", "I-LOC", ...) of one sentence's codes in `scheme`.
std::vector<std::string> name_tag_strings(std::span<const NameTag> sentence, TagScheme scheme);

/// A name tagger: an immutable model, cheap to copy (copies share it), safe to use from many
/// threads at once.
class NameTagger {
 public:
  /// The model built into the library; never fails (a build without a model tags nothing).
  static const NameTagger& builtin();

  /// Loads a model file (as written by `newsprism train-ner`). The header is validated (magic,
  /// format and feature-set version, sizes, checksum); a bad file gives an Error with code
  /// kInvalidOption and a message that says what is wrong. Nothing is kept of `bytes`.
  static Result<NameTagger> from_bytes(std::span<const uint8_t> bytes);

  /// Tags one document, given as sentences of words exactly as written (possessive "'s" split
  /// off, as in CoNLL files). The whole document is given at once because the tagger looks
  /// across sentences. Returns one code per word: result[s][i] for word i of sentence s. Time
  /// is linear in the number of words; any bytes are accepted.
  std::vector<std::vector<NameTag>> tag(
      std::span<const std::vector<std::string_view>> sentences) const;

  /// Bytes of weights the model holds (0 for the empty model).
  size_t model_bytes() const;

 private:
  explicit NameTagger(std::shared_ptr<const entities::NerModel> model) : model_(std::move(model)) {}
  std::shared_ptr<const entities::NerModel> model_;
};

}  // namespace newsprism
