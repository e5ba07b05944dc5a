// The statistical tagger: the model built into the library and tag_document().
#include "entities/tagger.hpp"

#include <algorithm>
#include <string>

#include "entities/ner_decoder.hpp"
#include "entities/ner_model.hpp"
#include "entities/ner_model_data.hpp"

namespace newsprism::entities {
namespace {

// The model's integer weights as the decoder reads them.
struct ModelWeights {
  const NerModel& model;
  // Adds `count` rows to `scores` in registers: 16 int32 sums, stored once (compilers turn the
  // fixed-length loops into vector adds, natively and with -msimd128).
  void add_rows(const uint32_t* rows, int count, int32_t* scores) const {
    int32_t sums[kRowWidth];
    for (int t = 0; t < kRowWidth; ++t) sums[t] = scores[t + 1];
    for (int f = 0; f < count; ++f) {
      const int16_t* w = model.row(rows[f]);
      for (int t = 0; t < kRowWidth; ++t) sums[t] += w[t];
    }
    for (int t = 0; t < kRowWidth; ++t) scores[t + 1] = sums[t];
  }
  void prefetch_row(uint32_t row) const { __builtin_prefetch(model.row(row)); }
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
    for (const NameSpan& name : spans_from_bilou(tags[s], static_cast<uint32_t>(s)))
      names.push_back(name);
  }
  return names;
}

void tag_document_tags(const NerModel& model, std::span<const WordSentence> sentences,
                       std::vector<std::vector<BilouTag>>& tags) {
  tags.assign(sentences.size(), {});
  for (size_t s = 0; s < sentences.size(); ++s) tags[s].assign(sentences[s].size(), kOutside);
  if (model.empty()) return;
  DocumentState state;
  prepare_document(sentences, model.gazetteer(), state);
  DecodeScratch scratch;
  const ModelWeights weights{model};
  // The static features' scores of every word, kept from the first pass for the second: only
  // the memory features change between passes.
  std::vector<int32_t> static_scores;
  std::vector<size_t> sentence_start(sentences.size() + 1, 0);
  for (size_t s = 0; s < sentences.size(); ++s)
    sentence_start[s + 1] = sentence_start[s] + sentences[s].size();
  if (model.passes() > 1) static_scores.assign(sentence_start.back() * kTagCount, 0);
  uint64_t memory[kMemoryFeatureCount];
  for (uint32_t pass = 1; pass <= model.passes(); ++pass) {
    if (pass > 1) {
      // The second pass sees the whole first pass in memory.
      state.memory.clear_predictions();
      for (size_t s = 0; s < sentences.size(); ++s)
        remember_sentence(state.sentences[s], tags[s], state.memory);
    }
    for (size_t s = 0; s < sentences.size(); ++s) {
      const size_t count = sentences[s].size();
      if (count == 0) continue;
      int32_t* saved =
          static_scores.empty() ? nullptr : static_scores.data() + sentence_start[s] * kTagCount;
      if (pass == 1) {
        sentence_rows(state, s, pass, model.rows(), scratch);
        scratch.emissions.assign(count * kTagCount, 0);
        for (size_t i = 0; i < count; ++i) {
          int32_t* e = scratch.emissions.data() + i * kTagCount;
          const uint32_t* rows = scratch.rows.data() + i * kRowsPerWord;
          // Rows are scattered over megabytes: ask for the next word's while summing this one's.
          if (i + 1 < count) {
            for (int f = 0; f < kRowsPerWord; ++f) weights.prefetch_row(rows[kRowsPerWord + f]);
          }
          weights.add_rows(rows, kStaticFeatureCount, e);
        }
        if (saved != nullptr) std::copy(scratch.emissions.begin(), scratch.emissions.end(), saved);
        for (size_t i = 0; i < count; ++i) {
          int32_t* e = scratch.emissions.data() + i * kTagCount;
          const uint32_t* rows = scratch.rows.data() + i * kRowsPerWord;
          weights.add_rows(rows + kStaticFeatureCount, kMemoryFeatureCount, e);
        }
      } else {
        scratch.emissions.assign(saved, saved + count * kTagCount);
        const std::vector<WordInfo>& words = state.sentences[s];
        for (size_t i = 0; i < count; ++i) {
          pass_memory_features(words[i], i == 0, state.memory, pass, memory);
          int32_t* e = scratch.emissions.data() + i * kTagCount;
          uint32_t memory_rows[kMemoryFeatureCount];
          for (int f = 0; f < kMemoryFeatureCount; ++f)
            memory_rows[f] = feature_row(memory[f], model.rows());
          weights.add_rows(memory_rows, kMemoryFeatureCount, e);
        }
      }
      viterbi(scratch.emissions.data(), count, weights, tags[s].data(), scratch.back);
      if (pass == 1) remember_sentence(state.sentences[s], tags[s], state.memory);
    }
  }
}

}  // namespace newsprism::entities
