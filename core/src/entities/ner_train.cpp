#include "entities/ner_train.hpp"

#include <algorithm>
#include <cmath>

#include "entities/ner_decoder.hpp"

namespace newsprism::entities {
namespace {

constexpr size_t kTransitionCount = (kTagCount + 1) * kTagCount;

// Perceptron weights with the lazy-averaging sums: the average is w - sums / step.
struct TrainingWeights {
  uint32_t rows = 0;
  std::vector<int32_t> emissions, transitions, finals;
  std::vector<int64_t> emission_sums, transition_sums, final_sums;
  int64_t step = 1;

  void add_row(uint32_t row, int32_t* scores) const {
    const int32_t* w = emissions.data() + size_t{row} * kTagCount;
    for (int t = 0; t < kTagCount; ++t) scores[t] += w[t];
  }
  void prefetch_row(uint32_t) const {}
  int32_t transition(int previous, int next) const {
    return transitions[previous * kTagCount + next];
  }
  int32_t final_weight(int tag) const { return finals[tag]; }

  void bump_emission(uint32_t row, int tag, int32_t delta) {
    const size_t at = size_t{row} * kTagCount + tag;
    emissions[at] += delta;
    emission_sums[at] += step * delta;
  }
  void bump_transition(int previous, int next, int32_t delta) {
    const size_t at = size_t(previous) * kTagCount + next;
    transitions[at] += delta;
    transition_sums[at] += step * delta;
  }
  void bump_final(int tag, int32_t delta) {
    finals[tag] += delta;
    final_sums[tag] += step * delta;
  }
};

uint64_t next_random(uint64_t& state) {
  state += 0x9e3779b97f4a7c15ULL;
  return mix64(state);
}

// The averaged weights, quantized to int16 with one scale for all.
NerModel averaged_model(const TrainingWeights& w, uint32_t passes, const Gazetteer& gazetteer) {
  const double step = static_cast<double>(w.step);
  auto average = [step](int32_t value, int64_t sum) {
    return static_cast<double>(value) - static_cast<double>(sum) / step;
  };
  // Emission rows relative to their O weight (the decoder adds 0 for O).
  std::vector<double> relative(w.emissions.size());
  for (size_t i = 0; i < w.emissions.size(); ++i)
    relative[i] = average(w.emissions[i], w.emission_sums[i]);
  double largest = 1e-9;
  for (size_t row = 0; row < w.rows; ++row) {
    const size_t at = row * kTagCount;
    for (int t = 1; t < kTagCount; ++t)
      largest = std::max(largest, std::fabs(relative[at + t] - relative[at]));
  }
  for (size_t i = 0; i < w.transitions.size(); ++i)
    largest = std::max(largest, std::fabs(average(w.transitions[i], w.transition_sums[i])));
  for (size_t i = 0; i < w.finals.size(); ++i)
    largest = std::max(largest, std::fabs(average(w.finals[i], w.final_sums[i])));
  const double scale = 32000.0 / largest;
  auto quantize = [scale](double value) {
    return static_cast<int16_t>(std::lround(std::clamp(value * scale, -32767.0, 32767.0)));
  };
  std::vector<int16_t> emissions(size_t{w.rows} * kRowWidth), transitions(w.transitions.size()),
      finals(w.finals.size());
  for (size_t row = 0; row < w.rows; ++row) {
    const size_t at = row * kTagCount;
    const double outside = relative[at];
    for (int t = 1; t < kTagCount; ++t)
      emissions[row * kRowWidth + t - 1] = quantize(relative[at + t] - outside);
  }
  for (size_t i = 0; i < transitions.size(); ++i)
    transitions[i] = quantize(average(w.transitions[i], w.transition_sums[i]));
  for (size_t i = 0; i < finals.size(); ++i)
    finals[i] = quantize(average(w.finals[i], w.final_sums[i]));
  return NerModel::from_weights(w.rows, passes, static_cast<float>(scale), std::move(transitions),
                                std::move(finals), std::move(emissions), gazetteer);
}

// Perceptron update for one decoded sentence.
void update(TrainingWeights& w, const DecodeScratch& scratch, std::span<const BilouTag> gold,
            std::span<const BilouTag> predicted) {
  const size_t n = gold.size();
  for (size_t i = 0; i < n; ++i) {
    const int g_prev = i == 0 ? kTagCount : gold[i - 1];
    const int p_prev = i == 0 ? kTagCount : predicted[i - 1];
    if (gold[i] != predicted[i]) {
      const uint32_t* rows = scratch.rows.data() + i * kRowsPerWord;
      for (int f = 0; f < kRowsPerWord; ++f) {
        w.bump_emission(rows[f], gold[i], 1);
        w.bump_emission(rows[f], predicted[i], -1);
      }
    }
    if (g_prev != p_prev || gold[i] != predicted[i]) {
      w.bump_transition(g_prev, gold[i], 1);
      w.bump_transition(p_prev, predicted[i], -1);
    }
  }
  if (n > 0 && gold[n - 1] != predicted[n - 1]) {
    w.bump_final(gold[n - 1], 1);
    w.bump_final(predicted[n - 1], -1);
  }
}

// The gold names of each document as gazetteer entries.
std::vector<std::vector<std::pair<uint64_t, uint8_t>>> document_names(
    std::span<const TrainingDocument> documents) {
  std::vector<std::vector<std::pair<uint64_t, uint8_t>>> names(documents.size());
  std::vector<WordInfo> infos;
  for (size_t d = 0; d < documents.size(); ++d) {
    for (const TrainingSentence& sentence : documents[d]) {
      infos.resize(sentence.words.size());
      for (size_t i = 0; i < infos.size(); ++i) describe_word(sentence.words[i], infos[i]);
      for (const NameSpan& name : spans_from_bilou(sentence.gold, 0)) {
        if (name.count > Gazetteer::kLongestName || name.first + name.count > infos.size())
          continue;
        names[d].push_back({sequence_hash(infos.data() + name.first, name.count),
                            static_cast<uint8_t>(1u << static_cast<int>(name.type))});
      }
    }
  }
  return names;
}

}  // namespace

NerModel train_ner_model(std::span<const TrainingDocument> documents,
                         const TrainingOptions& options, EpochCallback on_epoch, void* context) {
  TrainingWeights w;
  w.rows = std::max<uint32_t>(1, options.rows);
  w.emissions.assign(size_t{w.rows} * kTagCount, 0);
  w.emission_sums.assign(w.emissions.size(), 0);
  w.transitions.assign(kTransitionCount, 0);
  w.transition_sums.assign(kTransitionCount, 0);
  w.finals.assign(kTagCount, 0);
  w.final_sums.assign(kTagCount, 0);
  const uint32_t passes = std::clamp<uint32_t>(options.passes, 1, 2);

  // One gazetteer per fold, of the other folds' names, for training; one of all for the model.
  std::vector<Gazetteer> fold_gazetteers(kGazetteerFolds);
  Gazetteer full_gazetteer;
  if (options.gazetteer) {
    const auto names = document_names(documents);
    std::vector<std::pair<uint64_t, uint8_t>> all;
    for (const auto& list : names) all.insert(all.end(), list.begin(), list.end());
    full_gazetteer.build(all);
    for (uint32_t fold = 0; fold < kGazetteerFolds; ++fold) {
      std::vector<std::pair<uint64_t, uint8_t>> others;
      for (size_t d = 0; d < names.size(); ++d) {
        if (d % kGazetteerFolds != fold)
          others.insert(others.end(), names[d].begin(), names[d].end());
      }
      fold_gazetteers[fold].build(std::move(others));
    }
  }

  std::vector<uint32_t> order(documents.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t random = options.seed;
  DocumentState state;
  DecodeScratch scratch;
  std::vector<std::vector<BilouTag>> predicted;
  std::vector<WordSentence> words;
  NerModel model;
  for (uint32_t epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) {
      std::swap(order[i - 1], order[next_random(random) % i]);
    }
    for (uint32_t d : order) {
      const TrainingDocument& document = documents[d];
      words.resize(document.size());
      predicted.resize(document.size());
      for (size_t s = 0; s < document.size(); ++s) {
        words[s] = document[s].words;
        predicted[s].assign(document[s].words.size(), kOutside);
      }
      prepare_document(std::span<const WordSentence>(words), fold_gazetteers[d % kGazetteerFolds],
                       state);
      for (uint32_t pass = 1; pass <= passes; ++pass) {
        if (pass > 1) {
          state.memory.clear_predictions();
          for (size_t s = 0; s < document.size(); ++s)
            remember_sentence(state.sentences[s], predicted[s], state.memory);
        }
        for (size_t s = 0; s < document.size(); ++s) {
          const size_t count = document[s].words.size();
          if (count == 0 || document[s].gold.size() != count) continue;
          sentence_rows(state, s, pass, w.rows, scratch);
          score_rows(count, w, scratch);
          std::vector<BilouTag> decoded(count);
          viterbi(scratch.emissions.data(), count, w, decoded.data(), scratch.back);
          update(w, scratch, document[s].gold, decoded);
          ++w.step;
          predicted[s] = std::move(decoded);
          if (pass == 1) remember_sentence(state.sentences[s], predicted[s], state.memory);
        }
      }
    }
    if (on_epoch != nullptr || epoch == options.epochs) {
      model = averaged_model(w, passes, full_gazetteer);
      if (on_epoch != nullptr && !on_epoch(epoch, model, context)) break;
    }
  }
  return model;
}

}  // namespace newsprism::entities
