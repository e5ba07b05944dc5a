// The built-in model on CoNLL-2003's development set (eng.testa), where ../shared/data/ner is
// present beside the checkout: its F1 must reach the figure its model card records. The data
// is not in the repository (Reuters text); without it the test says so and passes.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "entities/conll.hpp"
#include "newsprism/entities.hpp"

using namespace newsprism;
using namespace newsprism::entities;

namespace {

// The dev figures recorded in core/models/ner-en-1.md (percent, two decimals, rounded down).
constexpr double kRecordedF1 = 92.64;
constexpr double kRecordedF1WithoutMisc = 93.23;

bool read_shared(const std::string& relative, std::string& bytes) {
  const std::string path = std::string(NEWSPRISM_SOURCE_DIR) + "/../shared/" + relative;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  char buffer[1 << 16];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, got);
  std::fclose(file);
  return true;
}

}  // namespace

TEST_CASE("the built-in model reaches its recorded dev F1 on CoNLL-2003 eng.testa") {
  std::string bytes;
  if (!read_shared("data/ner/conll2003/eng.testa", bytes)) {
    MESSAGE("skipped: ../shared/data/ner/conll2003/eng.testa is not present");
    return;
  }
  const ConllFile file = parse_conll(bytes);
  NerScores scores;
  std::vector<std::vector<std::string_view>> sentences;
  for (const ConllDocument& document : file.documents) {
    sentences.clear();
    for (const ConllSentence& sentence : document.sentences) sentences.push_back(sentence.words);
    const auto tags = NameTagger::builtin().tag(sentences);
    std::vector<NameSpan> gold, predicted;
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      for (const NameSpan& name : spans_from_bilou(gold_bilou(document.sentences[s]), s))
        gold.push_back(name);
      for (const NameSpan& name : spans_from_bilou(tags[s], s)) predicted.push_back(name);
    }
    scores.add(gold, predicted);
  }
  MESSAGE(scores.table());
  CHECK(scores.gold[0] + scores.gold[1] + scores.gold[2] + scores.gold[3] == 5942);
  CHECK(100 * scores.f1(-1) >= kRecordedF1);
  CHECK(100 * scores.f1_without_misc() >= kRecordedF1WithoutMisc);
}
