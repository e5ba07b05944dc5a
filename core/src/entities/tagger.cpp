// The statistical tagger: the model built into the library and tag_document().
#include "entities/tagger.hpp"

#include <string>

#include "entities/ner_decoder.hpp"
#include "entities/ner_model.hpp"
#include "entities/ner_model_data.hpp"

namespace newsprism::entities {
namespace {

// The model's integer weights as the decoder reads them.
struct ModelWeights {
  const NerModel& model;
  void add_row(uint32_t row, int32_t* scores) const {
    const int16_t* w = model.row(row);
    for (int t = 0; t < kTagCount; ++t) scores[t] += w[t];
  }
  int32_t transition(int previous, int next) const { return model.transition(previous, next); }
  int32_t final_weight(int tag) const { return model.final_weight(tag); }
};

}  // namespace

const NerModel& builtin_ner_model() {
  // Built once, on first use, from the bytes embedded at build time; immutable afterwards. A
  // build whose embedded model fails validation gets the empty model, which tags nothing.
  static const NerModel model = [] {
    NerModel parsed;
    std::string error;
    if (!NerModel::parse(builtin_ner_model_bytes(), parsed, error)) return NerModel{};
    return parsed;
  }();
  return model;
}

std::vector<NameSpan> tag_document(const NerModel& model, std::span<const WordSentence> sentences) {
  std::vector<std::vector<BilouTag>> tags;
  tag_document_tags(model, sentences, tags);
  std::vector<NameSpan> names;
  for (size_t s = 0; s < tags.size(); ++s) {
    for (const NameSpan& name : spans_from_bilou(tags[s], static_cast<uint32_t>(s))) names.push_back(name);
  }
  return names;
}

void tag_document_tags(const NerModel& model, std::span<const WordSentence> sentences,
                       std::vector<std::vector<BilouTag>>& tags) {
  std::vector<std::vector<BilouTag>>* per_sentence = &tags;
  per_sentence->assign(sentences.size(), {});
  for (size_t s = 0; s < sentences.size(); ++s) (*per_sentence)[s].assign(sentences[s].size(), kOutside);
  if (model.empty()) return;
  DocumentState state;
  prepare_document(sentences, state);
  DecodeScratch scratch;
  const ModelWeights weights{model};
  for (uint32_t pass = 1; pass <= model.passes(); ++pass) {
    if (pass > 1) {
      // The second pass sees the whole first pass in memory.
      state.memory.clear_predictions();
      for (size_t s = 0; s < sentences.size(); ++s) {
        remember_sentence(state.sentences[s], (*per_sentence)[s], state.memory);
      }
    }
    for (size_t s = 0; s < sentences.size(); ++s) {
      const size_t count = sentences[s].size();
      if (count == 0) continue;
      sentence_rows(state, s, pass, model.rows(), scratch);
      score_rows(count, weights, scratch);
      viterbi(scratch.emissions.data(), count, weights, (*per_sentence)[s].data(), scratch.back);
      if (pass == 1) remember_sentence(state.sentences[s], (*per_sentence)[s], state.memory);
    }
  }
}

}  // namespace newsprism::entities
