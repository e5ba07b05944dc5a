// Training the tagger: an averaged structured perceptron over BILOU tags, in the same hashed
// feature space and through the same decoder as tagging. Deterministic for a given seed.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "entities/ner_model.hpp"

namespace newsprism::entities {

/// One training document: sentences of words with their gold BILOU tags.
struct TrainingSentence {
  WordSentence words;
  std::vector<BilouTag> gold;
};
using TrainingDocument = std::vector<TrainingSentence>;

struct TrainingOptions {
  uint32_t epochs = 10;
  uint64_t seed = 1;
  uint32_t rows =
      120000;  ///< weight rows: 120000 x 16 x 2 bytes and the gazetteer keep the model under 4 MB
  uint32_t passes = 2;
  /// Whether the model keeps a gazetteer of the training data's names. Training sees, for each
  /// document, the names of the other folds only (kGazetteerFolds), as a new text would.
  bool gazetteer = true;
};

inline constexpr uint32_t kGazetteerFolds = 5;

/// Called after each epoch with the averaged model so far; may evaluate it. Returning false
/// stops training.
using EpochCallback = bool (*)(uint32_t epoch, const NerModel& model, void* context);

/// Trains a model. Documents are visited in an order shuffled per epoch from `seed`.
NerModel train_ner_model(std::span<const TrainingDocument> documents,
                         const TrainingOptions& options, EpochCallback on_epoch = nullptr,
                         void* context = nullptr);

}  // namespace newsprism::entities
