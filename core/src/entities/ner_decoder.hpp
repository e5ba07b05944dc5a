// Decoding one document, shared by tagging and training so both see the same features: words
// are described once, the document's case table is built, then each sentence is scored and
// Viterbi-decoded over legal BILOU sequences, left to right, remembering what was predicted.
// With two passes the second decodes again with the whole first pass in memory.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "entities/ner_features.hpp"
#include "entities/ner_tags.hpp"

namespace newsprism::entities {

/// One document's words, described, and its memory.
struct DocumentState {
  std::span<const WordSentence> words;  ///< the document's words as given (must outlive this)
  std::vector<std::vector<WordInfo>> sentences;
  std::vector<uint8_t> headline;  ///< per sentence: all upper-case
  DocumentMemory memory;
};

/// Describes every word of `sentences` (with the names of `gazetteer`) and builds the case table.
inline void prepare_document(std::span<const WordSentence> sentences, const Gazetteer& gazetteer,
                             DocumentState& state) {
  state.words = sentences;
  state.sentences.resize(sentences.size());
  state.headline.resize(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    auto& infos = state.sentences[s];
    infos.resize(sentences[s].size());
    for (size_t i = 0; i < sentences[s].size(); ++i) describe_word(sentences[s][i], infos[i]);
    mark_gazetteer(infos, gazetteer);
    state.headline[s] = sentence_is_upper_case(infos) ? 1 : 0;
  }
  state.memory.build(state.sentences);
}

/// Records a decoded sentence in the memory: each word's predicted type, or "capitalized and
/// outside a name".
void remember_sentence(std::span<const WordInfo> words, std::span<const BilouTag> tags,
                       DocumentMemory& memory);

/// The features of a memory pass: the pass number changes the templates.
void pass_memory_features(const WordInfo& word, bool first, const DocumentMemory& memory,
                          uint32_t pass, uint64_t* out);

/// The best legal tag sequence for `count` words whose per-tag scores are `emissions`
/// (count x kTagCount); ties go to the lower tag. `Weights` gives transition(previous, next)
/// (previous kTagCount: start) and final_weight(tag).
/// The legal predecessors of each tag, in ascending order (kTagCount: the sentence start is
/// not listed; it precedes only the tags of kStartTags).
struct BilouPredecessors {
  uint8_t count[kTagCount] = {};
  uint8_t tags[kTagCount][kTagCount] = {};
  constexpr BilouPredecessors() {
    for (int t = 0; t < kTagCount; ++t) {
      for (int p = 0; p < kTagCount; ++p) {
        if (transition_allowed(p, t)) tags[t][count[t]++] = static_cast<uint8_t>(p);
      }
    }
  }
};
inline constexpr BilouPredecessors kPredecessors{};

/// Tags a name cannot be open after (O, L-X, U-X: "closed"), and tags that may follow them
/// (O, B-X, U-X: "opening"); both ascending. I-X and L-X follow only B-X or I-X.
inline constexpr uint8_t kClosedTags[9] = {0, 3, 4, 7, 8, 11, 12, 15, 16};
inline constexpr uint8_t kOpeningTags[9] = {0, 1, 4, 5, 8, 9, 12, 13, 16};

template <typename Weights>
void viterbi(const int32_t* emissions, size_t count, const Weights& weights, BilouTag* out,
             std::vector<uint8_t>& back) {
  if (count == 0) return;
  // Scores are int32 and every step subtracts the score of O from all (a shift that changes no
  // decision), so they stay within a few word scores of 0 however long the sentence. Tags that
  // cannot start a sentence begin far below, yet far from overflowing.
  constexpr int32_t kImpossible = -(1 << 29);
  constexpr int kLanes = 12;  // the 9 opening tags, padded for vector code
  // closed_to_opening[c][j]: from closed tag c to opening tag j (padding lanes never win).
  int32_t closed_to_opening[9][kLanes];
  for (int c = 0; c < 9; ++c) {
    for (int j = 0; j < kLanes; ++j) {
      closed_to_opening[c][j] =
          j < 9 ? weights.transition(kClosedTags[c], kOpeningTags[j]) : kImpossible;
    }
  }
  // Into I-X and L-X of each type: from B-X and from I-X.
  int32_t into_inside[kTypeCount][2][2];  // [type][target I, L][from B, I]
  for (int k = 0; k < kTypeCount; ++k) {
    for (int target = 0; target < 2; ++target) {
      into_inside[k][target][0] = weights.transition(1 + 4 * k, 2 + 4 * k + target);
      into_inside[k][target][1] = weights.transition(2 + 4 * k, 2 + 4 * k + target);
    }
  }
  int32_t score[kTagCount];
  back.resize(count * kTagCount);
  for (int t = 0; t < kTagCount; ++t) {
    score[t] = transition_allowed(kTagCount, t) ? weights.transition(kTagCount, t) + emissions[t]
                                                : kImpossible;
  }
  for (size_t i = 1; i < count; ++i) {
    const int32_t* e = emissions + i * kTagCount;
    uint8_t* b = back.data() + i * kTagCount;
    int32_t next[kTagCount];
    // Opening tags: the best closed predecessor, lanes side by side. Ties keep the lower
    // predecessor: they come in ascending order and only a strictly better one replaces.
    int32_t best[kLanes], from[kLanes];
    for (int j = 0; j < kLanes; ++j) {
      best[j] = score[0] + closed_to_opening[0][j];
      from[j] = 0;
    }
    for (int c = 1; c < 9; ++c) {
      const int32_t base = score[kClosedTags[c]];
      const int32_t tag = kClosedTags[c];
      for (int j = 0; j < kLanes; ++j) {
        const int32_t candidate = base + closed_to_opening[c][j];
        const bool better = candidate > best[j];
        best[j] = better ? candidate : best[j];
        from[j] = better ? tag : from[j];
      }
    }
    for (int j = 0; j < 9; ++j) {
      next[kOpeningTags[j]] = best[j] + e[kOpeningTags[j]];
      b[kOpeningTags[j]] = static_cast<uint8_t>(from[j]);
    }
    for (int k = 0; k < kTypeCount; ++k) {
      const int begin = 1 + 4 * k, inside = 2 + 4 * k;
      for (int target = 0; target < 2; ++target) {
        const int32_t from_begin = score[begin] + into_inside[k][target][0];
        const int32_t from_inside = score[inside] + into_inside[k][target][1];
        const bool inside_better = from_inside > from_begin;
        next[inside + target] = (inside_better ? from_inside : from_begin) + e[inside + target];
        b[inside + target] = static_cast<uint8_t>(inside_better ? inside : begin);
      }
    }
    const int32_t shift = next[kOutside];
    for (int t = 0; t < kTagCount; ++t) score[t] = next[t] - shift;
  }
  int32_t best = 0;
  int last = -1;
  for (int t = 0; t < kTagCount; ++t) {
    if (!final_allowed(t) || score[t] <= kImpossible / 2) continue;
    const int32_t candidate = score[t] + weights.final_weight(t);
    if (last < 0 || candidate > best) {
      best = candidate;
      last = t;
    }
  }
  if (last < 0) last = kOutside;
  out[count - 1] = static_cast<BilouTag>(last);
  for (size_t i = count - 1; i > 0; --i) out[i - 1] = back[i * kTagCount + out[i]];
}

/// Scratch space reused across sentences.
struct DecodeScratch {
  std::vector<uint64_t> features;  ///< per word: kStaticFeatureCount hashes
  std::vector<uint32_t> rows;      ///< per word: static rows then memory rows
  std::vector<int32_t> emissions;  ///< per word: kTagCount scores
  std::vector<uint8_t> back;
};

inline constexpr int kRowsPerWord = kStaticFeatureCount + kMemoryFeatureCount;

/// Computes the rows of every word of sentence `s` for `pass` (1-based) into scratch.rows.
void sentence_rows(const DocumentState& state, size_t s, uint32_t pass, uint32_t table_rows,
                   DecodeScratch& scratch);

/// Sums the rows of each word into scratch.emissions.
template <typename Weights>
void score_rows(size_t count, const Weights& weights, DecodeScratch& scratch) {
  scratch.emissions.assign(count * kTagCount, 0);
  for (size_t i = 0; i < count; ++i) {
    int32_t* e = scratch.emissions.data() + i * kTagCount;
    const uint32_t* rows = scratch.rows.data() + i * kRowsPerWord;
    if (i + 1 < count) {
      for (int f = 0; f < kRowsPerWord; ++f) weights.prefetch_row(rows[kRowsPerWord + f]);
    }
    for (int f = 0; f < kRowsPerWord; ++f) weights.add_row(rows[f], e);
  }
}

}  // namespace newsprism::entities
