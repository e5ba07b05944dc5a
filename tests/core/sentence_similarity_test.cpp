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

TEST_CASE("SentenceTermList: an article's sentences in one list, read back as views") {
  SentenceTermList list;
  CHECK(list.size() == 0);
  SentenceTerms first;
  first.terms = {1, 4, 9};
  first.content = {4, 9};
  first.numbers = {1};
  list.push_back(first);
  list.push_back({});  // a sentence without words
  SentenceTerms third;
  third.terms = {2, 7};
  third.content = {2, 7};
  list.push_back(third);
  REQUIRE(list.size() == 3);
  auto same = [](std::span<const uint32_t> run, const std::vector<uint32_t>& expected) {
    return std::vector<uint32_t>(run.begin(), run.end()) == expected;
  };
  CHECK(same(list[0].terms, {1, 4, 9}));
  CHECK(same(list[0].content, {4, 9}));
  CHECK(same(list[0].numbers, {1}));
  CHECK(list[1].terms.empty());
  CHECK(list[1].numbers.empty());
  CHECK(same(list[2].content, {2, 7}));
  CHECK(list[2].numbers.empty());
  // Adopted storage, as corpus mode keeps it, reads the same; renumbering in place keeps it.
  SentenceTermList adopted({1, 4, 9, 4, 9, 1, 2, 7, 2, 7}, {0, 3, 5, 6, 6, 6, 6, 8, 10, 10});
  REQUIRE(adopted.size() == 3);
  for (size_t s = 0; s < 3; ++s) {
    CHECK(std::equal(adopted[s].terms.begin(), adopted[s].terms.end(), list[s].terms.begin(), list[s].terms.end()));
    CHECK(std::equal(adopted[s].content.begin(), adopted[s].content.end(), list[s].content.begin(), list[s].content.end()));
  }
  for (uint32_t& v : adopted.values()) v *= 10;
  CHECK(same(adopted[2].terms, {20, 70}));
  // The scorer reads a view the same as the sentence it came from.
  TermWeights weights(10);
  weights.count(first);
  weights.count(third);
  weights.finish();
  CHECK(sentence_similarity(list[0], list[0], weights) == sentence_similarity(first, first, weights));
  CHECK(sentence_similarity(list[0], list[0], weights) == 1000);
}
