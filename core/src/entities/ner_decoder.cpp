#include "entities/ner_decoder.hpp"

namespace newsprism::entities {

void remember_sentence(std::span<const WordInfo> words, std::span<const BilouTag> tags,
                       DocumentMemory& memory) {
  for (size_t i = 0; i < words.size() && i < tags.size(); ++i) {
    int memory_class;
    if (tags[i] != kOutside) {
      memory_class = static_cast<int>(tag_type(tags[i]));
    } else if (words[i].word_case == WordCase::kTitle || words[i].word_case == WordCase::kUpper ||
               words[i].word_case == WordCase::kSingleUpper) {
      memory_class = kTypeCount;
    } else {
      continue;
    }
    DocumentMemory::Entry* entry = memory.find(words[i].lower);
    if (entry != nullptr && entry->predicted[memory_class] < UINT16_MAX)
      ++entry->predicted[memory_class];
  }
}

void pass_memory_features(const WordInfo& word, bool first, const DocumentMemory& memory,
                          uint32_t pass, uint64_t* out) {
  memory_features(word, first, memory, out);
  for (int k = 0; k < kMemoryFeatureCount; ++k) out[k] = mix64(out[k] + pass);
}

void sentence_rows(const DocumentState& state, size_t s, uint32_t pass, uint32_t table_rows,
                   DecodeScratch& scratch) {
  const std::vector<WordInfo>& words = state.sentences[s];
  scratch.rows.resize(words.size() * kRowsPerWord);
  uint64_t features[kRowsPerWord];
  for (uint32_t i = 0; i < words.size(); ++i) {
    static_features(words, state.words[s][i], i, state.headline[s] != 0, state.memory, features);
    pass_memory_features(words[i], i == 0, state.memory, pass, features + kStaticFeatureCount);
    uint32_t* rows = scratch.rows.data() + size_t{i} * kRowsPerWord;
    for (int f = 0; f < kRowsPerWord; ++f) rows[f] = feature_row(features[f], table_rows);
  }
}

}  // namespace newsprism::entities
