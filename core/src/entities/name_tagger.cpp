// The public tagger API (newsprism/entities.hpp) over the internal model and decoder.
#include "entities/ner_model.hpp"
#include "newsprism/entities.hpp"

namespace newsprism {

std::vector<std::string> name_tag_strings(std::span<const NameTag> sentence, TagScheme scheme) {
  const auto internal = scheme == TagScheme::kIob1   ? entities::IobScheme::kIob1
                        : scheme == TagScheme::kIob2 ? entities::IobScheme::kIob2
                                                     : entities::IobScheme::kBilou;
  return entities::iob_from_bilou(sentence, internal);
}

const NameTagger& NameTagger::builtin() {
  // The built-in model is a function-local constant; the shared_ptr only borrows it.
  static const NameTagger tagger(std::shared_ptr<const entities::NerModel>(
      &entities::builtin_ner_model(), [](const entities::NerModel*) {}));
  return tagger;
}

Result<NameTagger> NameTagger::from_bytes(std::span<const uint8_t> bytes) {
  auto model = std::make_shared<entities::NerModel>();
  std::string error;
  if (!entities::NerModel::parse(bytes, *model, error))
    return Error{ErrorCode::kInvalidOption, error};
  return NameTagger(std::move(model));
}

std::vector<std::vector<NameTag>> NameTagger::tag(
    std::span<const std::vector<std::string_view>> sentences) const {
  std::vector<std::vector<NameTag>> tags;
  entities::tag_document_tags(*model_, sentences, tags);
  return tags;
}

size_t NameTagger::model_bytes() const {
  return model_->empty() ? 0 : size_t{model_->rows()} * entities::kRowWidth * 2;
}

}  // namespace newsprism
