// The sentence scorer shared by alignment and the paraphrase measurement, and the
// cross-validation that picks its threshold.
#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "dedup/paraphrase_eval.hpp"
#include "dedup/sentence_similarity.hpp"

using namespace newsprism;
using namespace newsprism::dedup;

TEST_CASE("log2_fixed: integer log2 with 8 fractional bits") {
  CHECK(log2_fixed(1) == 0);
  CHECK(log2_fixed(2) == 256);
  CHECK(log2_fixed(1024) == 2560);
  CHECK(log2_fixed(3) == 405);  // log2(3) = 1.58496 -> 405.75, truncated
  CHECK(log2_fixed(uint64_t{1} << 40) == 40 * 256);
  for (uint64_t x = 2; x < 5000; x += 7) CHECK(log2_fixed(x) >= log2_fixed(x - 1));
}

TEST_CASE("sentence scorer: rewordings score high, a changed figure lower, other sentences zero") {
  const std::vector<SentencePair> pairs = {
      {"The council voted on Tuesday to keep the harbour open through the winter.",
       "On Tuesday the council voted to keep the harbour open all winter.", true},
      {"The council will spend 120,000 pounds on new lights.", "The council will spend 150,000 pounds on new lights.",
       false},
      {"The council will spend 120,000 pounds on new lights.", "The council will spend 120,000 pounds on new lights.",
       true},
      {"The library opens on Sundays.", "Fishing boats used the harbour.", false},
  };
  const PairScores scores = score_sentence_pairs(pairs);
  REQUIRE(scores.ours.size() == 4);
  CHECK(scores.ours[0] >= kAlignedSentence);
  CHECK(scores.ours[2] == 1000);
  CHECK(scores.ours[1] < scores.ours[2]);
  CHECK(scores.ours[1] <= 900);  // the changed figure costs a tenth at least
  CHECK(scores.ours[3] == 0);    // no two content words shared
  CHECK(scores.jaccard[2] == 1000);
  CHECK(scores.jaccard[3] < 200);
}

TEST_CASE("cross_validate: a separable set is classified perfectly, each fold's threshold from the others") {
  std::vector<uint32_t> scores;
  std::vector<uint8_t> labels;
  for (uint32_t i = 0; i < 100; ++i) {
    labels.push_back(i % 3 == 0 ? 0 : 1);
    scores.push_back(labels.back() ? 600 + i : 100 + i);
  }
  const CrossValidation f1 = cross_validate(scores, labels, 10, Criterion::kF1);
  CHECK(f1.thresholds.size() == 10);
  CHECK(f1.false_positive == 0);
  CHECK(f1.false_negative == 0);
  CHECK(f1.accuracy_millionths() == 1000000);
  CHECK(f1.f1_millionths() == 1000000);
  const CrossValidation accuracy = cross_validate(scores, labels, 10, Criterion::kAccuracy);
  CHECK(accuracy.accuracy_millionths() == 1000000);
  CHECK(accuracy.median_threshold() > 199);
  CHECK(accuracy.median_threshold() <= 601);
}

TEST_CASE("sentence_similarity_sharing and its bound: the scorer's figure from weights summed once") {
  std::mt19937 random(4242);
  TermWeights weights(64);
  std::vector<SentenceTerms> sentences;
  for (int i = 0; i < 300; ++i) {
    SentenceTerms s;
    const size_t words = 2 + random() % 14;
    for (size_t w = 0; w < words; ++w) s.terms.push_back(random() % 64);
    std::sort(s.terms.begin(), s.terms.end());
    s.terms.erase(std::unique(s.terms.begin(), s.terms.end()), s.terms.end());
    for (uint32_t t : s.terms) {
      if (t % 3 != 0) s.content.push_back(t);
      if (t % 7 == 0) s.numbers.push_back(t);
    }
    weights.count(s);
    sentences.push_back(std::move(s));
  }
  weights.finish();
  int scored = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    for (size_t j = 0; j < sentences.size(); j += 7) {
      const SentenceTerms& a = sentences[i];
      const SentenceTerms& b = sentences[j];
      const uint32_t score = sentence_similarity(a, b, weights);
      const uint64_t wa = terms_weight(a, weights);
      const uint64_t wb = terms_weight(b, weights);
      REQUIRE(sentence_similarity_bound(wa, wb) >= score);
      std::vector<uint32_t> shared;
      std::set_intersection(a.content.begin(), a.content.end(), b.content.begin(), b.content.end(),
                            std::back_inserter(shared));
      if (shared.size() < 2) continue;
      REQUIRE(sentence_similarity_sharing(a, wa, b, wb, weights) == score);
      ++scored;
    }
  }
  CHECK(scored > 1000);
}
