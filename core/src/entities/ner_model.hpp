// The tagger's weights and their binary file. Scoring is integer only (int16 weights summed into
// int32), so the same model gives the same tags on every target.
//
// File layout (little-endian), version 1:
//   0  char[8]  magic "NPNERMDL"
//   8  u32      format version (1)
//   12 u32      header bytes (64)
//   16 u32      tag count (17: O and BILOU x PER, ORG, LOC, MISC)
//   20 u32      weight rows (hashed features fold onto these)
//   24 u32      feature set version (kFeatureSetVersion)
//   28 u32      passes (1: one left-to-right pass; 2: a second pass with the first's memory)
//   32 u64      payload bytes
//   40 u64      payload checksum (checksum64 below)
//   48 f32      scale: the quantized weight per unit of perceptron weight (informational)
//   52 u8[12]   zero
//   64 payload: i16 transitions[18][17] (row 17: from the sentence start), i16 final[17],
//               i16 emissions[rows][16] (tags 1..16; the weight of O is 0 in every row: a
//               row's weights matter only relative to each other, so O's is subtracted),
//               u32 gazetteer names n, u64 name hashes[n] (ascending), u8 type masks[n]
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "entities/ner_features.hpp"
#include "entities/ner_tags.hpp"

namespace newsprism::entities {

inline constexpr uint32_t kNerFormatVersion = 1;
inline constexpr uint32_t kFeatureSetVersion = 1;
inline constexpr uint32_t kNerHeaderBytes = 64;
/// Weights stored per row: every tag but O. 16 int16 are 32 bytes: one aligned vector load.
inline constexpr int kRowWidth = kTagCount - 1;

class NerModel {
 public:
  NerModel() = default;

  /// Rows of the emission table (0 for the empty model, which tags nothing).
  uint32_t rows() const { return rows_; }
  uint32_t passes() const { return passes_; }
  bool empty() const { return rows_ == 0; }

  /// kRowWidth weights of a row: tags 1..16 (O's weight is 0).
  const int16_t* row(uint32_t index) const {
    return emissions_.data() + first_ + size_t{index} * kRowWidth;
  }
  /// Weight of `next` after `previous` (kTagCount: the sentence start).
  int32_t transition(int previous, int next) const {
    return transitions_[previous * kTagCount + next];
  }
  int32_t final_weight(int tag) const { return final_[tag]; }
  /// Names known from the training data.
  const Gazetteer& gazetteer() const { return gazetteer_; }

  /// Parses and validates a model file. On failure returns false and says why in `error`.
  static bool parse(std::span<const uint8_t> bytes, NerModel& model, std::string& error);

  /// The model's file bytes.
  std::vector<uint8_t> serialize() const;

  /// Builds a model from quantized weights (training's last step); `emissions` holds
  /// rows x kRowWidth weights.
  static NerModel from_weights(uint32_t rows, uint32_t passes, float scale,
                               std::vector<int16_t> transitions, std::vector<int16_t> final_weights,
                               std::vector<int16_t> emissions, Gazetteer gazetteer);

 private:
  uint32_t rows_ = 0;
  uint32_t passes_ = 1;
  float scale_ = 0;
  std::vector<int32_t> transitions_ = std::vector<int32_t>((kTagCount + 1) * kTagCount, 0);
  std::vector<int32_t> final_ = std::vector<int32_t>(kTagCount, 0);
  Gazetteer gazetteer_;
  std::vector<int16_t> emissions_;  ///< rows from emissions_[first_], 64-byte aligned
  size_t first_ = 0;
  void set_emissions(const int16_t* weights, size_t count);
};

/// Tags every word of a document with BILOU tags: `tags[s][i]` for word i of sentence s. The
/// empty model tags everything O.
void tag_document_tags(const NerModel& model, std::span<const WordSentence> sentences,
                       std::vector<std::vector<BilouTag>>& tags);

/// The checksum of model payloads: 64-bit, word-wise, the same on every target.
uint64_t checksum64(std::span<const uint8_t> bytes);

}  // namespace newsprism::entities
