// The corpus stages: the MinHash kernel against its scalar twin, in-article repeats, pair
// figures and relations, stories, and hostile sets (a thousand copies, empty articles).
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "dedup/byte_hash.hpp"
#include "dedup/corpus.hpp"
#include "dedup/dense_ids.hpp"
#include "dedup/features.hpp"
#include "dedup/minhash.hpp"
#include "dedup/minhash_kernels.hpp"
#include "dedup/sentence_similarity.hpp"
#include "dedup/shingles.hpp"
#include "newsprism/dedup.hpp"
#include "newsprism/segment.hpp"
#include "newsprism/text.hpp"
#include "parallel_test_support.hpp"
#include "report_test_support.hpp"

using namespace newsprism;
using namespace newsprism::testing;

namespace {

Report analyze_all(const std::vector<std::string>& texts, Options options = {}) {
  std::vector<Input> inputs;
  std::vector<std::string> names;
  names.reserve(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) names.push_back("article-" + std::to_string(i));
  for (size_t i = 0; i < texts.size(); ++i) inputs.push_back({names[i], texts[i]});
  Result<Report> result = analyze(inputs, options);
  REQUIRE(result.ok());
  return std::move(result).value();
}

// A fixed generator for filler texts: the same words on every target.
struct Xorshift32 {
  uint32_t state;
  uint32_t operator()() {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
  }
};

const ArticlePair* pair_of(const Report& report, uint32_t a, uint32_t b) {
  for (const ArticlePair& pair : report.pairs) {
    if (pair.a == a && pair.b == b) return &pair;
  }
  return nullptr;
}

// A project-written story and its variants.
const std::string kSource =
    "Harbour stays open through the winter\n\n"
    "The town council voted on Tuesday to keep the harbour open through the winter months, after a season in which "
    "the number of fishing boats using it rose by a third.\n\n"
    "Harbour master Ines Hart said the decision would save local crews a 40-mile trip to the nearest port.\n\n"
    "The council will spend 120,000 pounds on new lights and a heated shelter for the night staff.\n\n"
    "Opponents argued that the money should go to the town's roads, which were damaged in the January storms.\n\n"
    "The decision will be reviewed in April, when the council publishes its spring budget.\n";

const std::string kRewrite =
    "Winter reprieve for the harbour\n\n"
    "Councillors decided on Tuesday that the harbour will stay open all winter, following a season when a third "
    "more fishing boats used it.\n\n"
    "According to harbour master Ines Hart, crews will be spared a 40-mile journey to the next port.\n\n"
    "New lights and a heated shelter for night staff will cost the council 120,000 pounds.\n\n"
    "Some residents said roads damaged by the January storms deserved the money instead.\n\n"
    "A local bakery has also extended its hours for the fishermen.\n";

const std::string kOtherStory =
    "Library extends Sunday opening\n\n"
    "The central library will open on Sundays from May, the council said, after a survey of 1,200 readers.\n\n"
    "The change will cost 30,000 pounds a year and adds four part-time posts.\n";

}  // namespace

TEST_CASE("minhash: the SIMD kernel and its scalar twin agree on random input") {
  std::mt19937_64 random(12345);
  dedup::MinHashParams params;
  const std::vector<uint32_t> coefficients = dedup::minhash_coefficients(params);
  for (size_t round = 0; round < 50; ++round) {
    std::vector<uint64_t> shingles(random() % 500);
    for (uint64_t& s : shingles) s = random();
    std::vector<uint32_t> simd(params.hashes);
    std::vector<uint32_t> scalar(params.hashes);
    dedup::minhash(shingles, coefficients, simd);
    dedup::minhash_scalar(shingles, coefficients, scalar);
    REQUIRE(simd == scalar);
  }
  std::vector<uint32_t> empty(params.hashes);
  dedup::minhash({}, coefficients, empty);
  CHECK(empty[0] == UINT32_MAX);
  // Hash counts that leave a remainder after the kernel's wide blocks.
  for (uint32_t hashes : {4u, 12u, 20u, 36u, 132u}) {
    const std::vector<uint32_t> family = dedup::minhash_coefficients({hashes, 1, 99});
    std::vector<uint64_t> shingles(random() % 300 + 1);
    for (uint64_t& s : shingles) s = random();
    std::vector<uint32_t> simd(hashes);
    std::vector<uint32_t> scalar(hashes);
    dedup::minhash(shingles, family, simd);
    dedup::minhash_scalar(shingles, family, scalar);
    REQUIRE(simd == scalar);
  }
}

TEST_CASE("minhash: each vector kernel this build and CPU have agrees with the scalar twin") {
  // minhash() runs only the widest kernel; the narrower ones serve older CPUs, so each is run
  // here directly, on random shingles (duplicates and the extreme values included) and on hash
  // counts that leave every kind of remainder after the kernels' wide blocks.
  using Kernel = void (*)(std::span<const uint32_t>, std::span<const uint32_t>, std::span<const uint32_t>,
                          std::span<uint32_t>);
  std::vector<std::pair<const char*, Kernel>> kernels;
  if (dedup::minhash_sse2_available()) kernels.emplace_back("sse2", dedup::minhash_sse2);
  if (dedup::minhash_avx2_available()) kernels.emplace_back("avx2", dedup::minhash_avx2);
  if (dedup::minhash_avx512_available()) kernels.emplace_back("avx512", dedup::minhash_avx512);
  if (dedup::minhash_wasm_simd_available()) kernels.emplace_back("wasm_simd", dedup::minhash_wasm_simd);
  MESSAGE("kernels tested: " << kernels.size());
  std::mt19937_64 random(8080);
  for (uint32_t hashes : {4u, 8u, 12u, 16u, 20u, 28u, 32u, 36u, 44u, 64u, 100u, 128u, 132u, 140u, 256u, 260u}) {
    const std::vector<uint32_t> coefficients = dedup::minhash_coefficients({hashes, 1, random()});
    const std::span<const uint32_t> a(coefficients.data(), hashes);
    const std::span<const uint32_t> b(coefficients.data() + hashes, hashes);
    for (int round = 0; round < 12; ++round) {
      std::vector<uint64_t> shingles(round == 0 ? 0 : random() % 700);
      for (uint64_t& s : shingles) s = random();
      if (round == 1 && !shingles.empty()) shingles[0] = 0;
      if (round == 2 && !shingles.empty()) shingles.push_back(shingles[0]);
      std::vector<uint32_t> folded;
      for (uint64_t s : shingles) folded.push_back(dedup::fold_shingle(s));
      std::vector<uint32_t> scalar(hashes);
      dedup::minhash_scalar(shingles, coefficients, scalar);
      std::vector<uint32_t> dispatched(hashes);
      dedup::minhash(shingles, coefficients, dispatched);
      REQUIRE(dispatched == scalar);
      for (const auto& kernel : kernels) {
        CAPTURE(kernel.first);
        CAPTURE(hashes);
        std::vector<uint32_t> vector_result(hashes, 7);
        kernel.second(folded, a, b, vector_result);
        REQUIRE(vector_result == scalar);
      }
    }
  }
}

TEST_CASE("minhash: a fixed family (the same values on every target) that estimates Jaccard") {
  const std::vector<uint32_t> coefficients = dedup::minhash_coefficients({});
  REQUIRE(coefficients.size() == 256);
  CHECK((coefficients[0] & 1u) == 1u);
  CHECK(dedup::hash_bytes("harbour", 7) == dedup::hash_bytes("harbour", 7));
  CHECK(dedup::hash_bytes("harbour", 7) != dedup::hash_bytes("harbor", 6));
  // Two sets with Jaccard 1/3 (1,000 shared of 3,000): the estimate lands near it.
  std::vector<uint64_t> a;
  std::vector<uint64_t> b;
  for (uint64_t i = 0; i < 3000; ++i) {
    const uint64_t h = dedup::hash_bytes(reinterpret_cast<const char*>(&i), sizeof i);
    if (i < 2000) a.push_back(h);
    if (i >= 1000) b.push_back(h);
  }
  std::vector<uint32_t> sa(128);
  std::vector<uint32_t> sb(128);
  dedup::minhash(a, coefficients, sa);
  dedup::minhash(b, coefficients, sb);
  const double estimate = dedup::estimated_jaccard(sa, sb);
  CHECK(estimate > 0.21);
  CHECK(estimate < 0.46);
  CHECK(dedup::band_keys(sa, 16).size() == 16);
}

TEST_CASE("repeats: a paragraph pasted twice, a title line repeated, a near repeat, a sentence") {
  const std::string paragraph =
      "The council voted on Tuesday to keep the harbour open through the winter months.";
  Report report = analyze_bytes("Harbour stays open\n\nHarbour stays open\n\n" + paragraph +
                                "\n\nBoats returned. The ferry added sailings.\n\n" + paragraph +
                                "\n\nThe council voted on Tuesday to keep the harbour open through the winter month.\n\n"
                                "Boats returned. Prices rose.\n");
  const Article& article = report.articles.at(0);
  REQUIRE(article.repeats.size() == 4);
  CHECK(std::string(article.repeats[0].unit) == "block");
  CHECK(article.repeats[0].index == 1);
  CHECK(article.repeats[0].first == 0);
  CHECK(article.repeats[1].index == 4);
  CHECK(article.repeats[1].first == 2);
  CHECK(article.repeats[2].index == 5);
  CHECK_FALSE(article.repeats[2].exact);
  CHECK(article.repeats[2].similarity_thousandths >= 800);
  CHECK(std::string(article.repeats[3].unit) == "sentence");
}

TEST_CASE("pairs: identical, contains, rewrite, same story and unrelated, with exact figures") {
  const std::string excerpt = kSource.substr(0, kSource.find("Opponents"));
  Report report = analyze_all({kSource, kSource, excerpt, kRewrite, kOtherStory});
  REQUIRE(report.pairs.size() == 10);
  const ArticlePair* same = pair_of(report, 0, 1);
  REQUIRE(same != nullptr);
  CHECK(same->relation == Relation::kIdentical);
  CHECK(same->jaccard_thousandths == 1000);
  const ArticlePair* contains = pair_of(report, 0, 2);
  REQUIRE(contains != nullptr);
  CHECK(contains->relation == Relation::kContains);
  CHECK(contains->container == 0);
  CHECK(contains->b_in_a_thousandths == 1000);
  CHECK(contains->a_in_b_thousandths < 1000);
  const ArticlePair* rewrite = pair_of(report, 0, 3);
  REQUIRE(rewrite != nullptr);
  CHECK(rewrite->relation == Relation::kRewrite);
  CHECK(rewrite->jaccard_thousandths < 100);  // few shared 5-grams: the alignment finds it
  CHECK(rewrite->aligned.size() >= 3);
  const ArticlePair* other = pair_of(report, 0, 4);
  REQUIRE(other != nullptr);
  CHECK(other->relation != Relation::kRewrite);
  CHECK(other->relation != Relation::kIdentical);
  // Stories: the source and its copies and rewrite in one, the library in its own.
  REQUIRE(report.stories.size() == 2);
  CHECK(report.stories[0].members == std::vector<uint32_t>{0, 1, 2, 3});
  CHECK(report.stories[1].members == std::vector<uint32_t>{4});
  // The rewrite's bakery sentence is its own addition.
  const Article& rewritten = report.articles[3];
  bool bakery = false;
  for (const StoryAdditions& additions : report.stories[0].additions) {
    if (additions.article != 3) continue;
    for (uint32_t s : additions.sentences) {
      const Span& span = rewritten.sentences[s].span;
      bakery = bakery || rewritten.text.substr(span.start, span.end - span.start).find("bakery") != std::string::npos;
    }
  }
  CHECK(bakery);
}

TEST_CASE("pairs: beyond all_pairs_up_to a rewrite is still found, through the rare stems it shares") {
  // 70 articles: the source, its rewrite and 68 distinct fillers from a fixed generator.
  std::vector<std::string> texts = {kSource, kRewrite};
  const char* words[] = {"river", "market", "school", "museum", "bridge", "garden", "station", "tower", "forest",
                         "festival", "library", "stadium", "factory", "clinic", "orchard", "canal"};
  Xorshift32 next{12345};
  for (int i = 0; i < 68; ++i) {
    std::string text = "Filler story " + std::to_string(i) + "\n\n";
    for (int s = 0; s < 5; ++s) {
      text += "The";
      for (int w = 0; w < 12; ++w) text += std::string(" ") + words[next() % 16] + std::to_string(next() % 50);
      text += ".\n\n";
    }
    texts.push_back(text);
  }
  Report report = analyze_all(texts);
  REQUIRE(report.articles.size() == 70);
  const ArticlePair* rewrite = pair_of(report, 0, 1);
  REQUIRE(rewrite != nullptr);
  CHECK(rewrite->relation == Relation::kRewrite);
  CHECK(rewrite->aligned.size() >= 3);
  for (const ArticlePair& pair : report.pairs) CHECK(pair.relation != Relation::kUnrelated);
}

TEST_CASE("pairs: a thousand identical articles pair with the first, not with each other") {
  std::vector<std::string> texts(1000, kSource);
  Report report = analyze_all(texts);
  CHECK(report.pairs.size() == 999);
  REQUIRE(report.stories.size() == 1);
  CHECK(report.stories[0].members.size() == 1000);
}

TEST_CASE("pairs: empty, one-word and single articles") {
  Report one = analyze_all({kSource});
  CHECK(one.pairs.empty());
  REQUIRE(one.stories.size() == 1);
  Report odd = analyze_all({"", "Word", kSource});
  CHECK(odd.articles.size() == 2);  // the empty input has no article
  REQUIRE(odd.pairs.size() == 1);
  CHECK(odd.pairs[0].relation == Relation::kUnrelated);
}

TEST_CASE("dedup options: bad values are refused with the limit named") {
  Options options;
  options.dedup.hashes = 130;
  Input input{"x", "text"};
  Result<Report> result = analyze(std::span<const Input>(&input, 1), options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kInvalidOption);
}

TEST_CASE("fingerprint_text: the same fingerprint as compute_features() on a one-block article") {
  // fingerprint_text() takes a shorter road (no block or sentence keys); it must land on the
  // same shingles, signature and band keys, including for short, empty and non-ASCII texts.
  // Odd rounds are printable ASCII only, which fingerprint_text() reads without normalizing;
  // the others mix in what normalization changes (tabs, CR, invalid bytes, non-ASCII).
  const std::vector<std::string> ascii = {"The", "council", "said", "harbour", "U.S.", "3.5%", "e-mail", "x", "Mr.",
                                          "Mr.Liang", "No.7", "e.g.", "10,000", "don't", "x@y.org", "www.example.com",
                                          "HARBOUR", "40-year-old", "(", "\"", "...", "!", "A."};
  const std::vector<std::string> vocabulary = {"The", "council", "said", "harbour", "Liang’s", "U.S.", "3.5%", "naïve",
                                               "ÉCOLE", "e-mail", "\xFF", "是", "—", "x", "\t", "\r\n", "\xC2\xA0"};
  std::mt19937 random(77);
  for (int round = 0; round < 600; ++round) {
    std::string text;
    const int words = round < 10 ? round : static_cast<int>(random() % 400);
    const std::vector<std::string>& pieces = round % 2 == 1 ? ascii : vocabulary;
    for (int w = 0; w < words; ++w) {
      text += pieces[random() % pieces.size()];
      text += random() % 9 == 0 ? ".\n\n" : " ";
    }
    DedupOptions options;
    if (round % 3 == 1) options.shingle_words = 1 + random() % 7;
    NormalizedText normalized = normalize_text(text);
    Article article;
    article.text = std::move(normalized.text);
    Block block;
    block.span.end = static_cast<uint32_t>(article.text.size());
    article.blocks.push_back(block);
    Segmentation segmentation = segment_text(article.text);
    article.tokens = std::move(segmentation.tokens);
    for (const Sentence& sentence : segmentation.sentences) {
      SentenceSpan span;
      span.span.start = sentence.range.start;
      span.span.end = sentence.range.end;
      span.first_token = sentence.first_token;
      span.token_count = sentence.token_count;
      article.sentences.push_back(span);
    }
    dedup::StemTable stems;
    const std::vector<uint32_t> coefficients = dedup::minhash_coefficients({options.hashes, options.bands, options.seed});
    const dedup::ArticleFeatures features = dedup::compute_features(article, options, coefficients, stems, false);
    REQUIRE(std::is_sorted(features.shingles.begin(), features.shingles.end()));
    const Fingerprint direct = fingerprint_text(text, options);
    REQUIRE(direct.shingles == article.fingerprint.shingles);
    REQUIRE(direct.signature == article.fingerprint.signature);
    REQUIRE(direct.band_keys == article.fingerprint.band_keys);
  }
}

TEST_CASE("hash_padded_bytes: the same hash as hash_bytes on zero-padded random bytes") {
  std::mt19937_64 random(5150);
  for (int round = 0; round < 5000; ++round) {
    const size_t size = random() % 80;
    std::vector<char> bytes((size + 7) / 8 * 8 + 8, 0);
    for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>(random());
    REQUIRE(dedup::hash_padded_bytes(bytes.data(), size) == dedup::hash_bytes(bytes.data(), size));
  }
}

TEST_CASE("folded_word_hash: hash_bytes() of fold_token(), wherever the token lies in its buffer") {
  // Words are hashed in place, eight bytes a step, reading past the token up to the buffer's
  // end: the result must not depend on what follows the token or on how close the end is.
  const std::vector<std::string> pieces = {"a", "Z", "Harbour", "COUNCIL", "x9", "Liang’s", "naïve", "ÉCOLE", "是",
                                           "\xFF", "@", "[", "`", "{", "U.S.", "e\xCC\x81", "ǅ", "İ", "ß", "0"};
  std::mt19937_64 random(2024);
  std::string scratch;
  for (int round = 0; round < 20000; ++round) {
    std::string token;
    const size_t parts = 1 + random() % 12;
    for (size_t i = 0; i < parts; ++i) {
      if (random() % 3 == 0) {
        token += static_cast<char>(0x20 + random() % 95);  // any printable ASCII, case edges included
      } else {
        token += pieces[random() % pieces.size()];
      }
    }
    if (round % 50 == 0) token.assign(60 + random() % 30, 'Q');  // longer than the start table
    std::string buffer = std::string(random() % 9, 'A') + token;
    const size_t start = buffer.size() - token.size();
    buffer += std::string(random() % 12, static_cast<char>(random()));
    std::string folded;
    dedup::fold_token(token, folded);
    const uint64_t expected = dedup::hash_bytes(folded.data(), folded.size());
    const std::string_view view(buffer.data() + start, token.size());
    REQUIRE(dedup::folded_word_hash(view, buffer.data() + buffer.size(), scratch) == expected);
  }
}

TEST_CASE("fold_distinct: the count of sort_distinct() and the folded distinct values") {
  std::mt19937_64 random(31337);
  for (int round = 0; round < 500; ++round) {
    std::vector<uint64_t> shingles(random() % 900);
    for (uint64_t& s : shingles) s = round % 3 == 0 ? random() % 50 : random();  // many repeats, and 0
    if (round % 7 == 0 && !shingles.empty()) shingles[0] = 0;
    std::vector<uint32_t> folded;
    const size_t count = dedup::fold_distinct(shingles, folded);
    std::vector<uint64_t> sorted = shingles;
    dedup::sort_distinct(sorted);
    REQUIRE(std::is_sorted(sorted.begin(), sorted.end()));
    REQUIRE(count == sorted.size());
    std::vector<uint32_t> expected;
    for (uint64_t s : sorted) expected.push_back(dedup::fold_shingle(s));
    std::sort(folded.begin(), folded.end());
    std::sort(expected.begin(), expected.end());
    REQUIRE(folded == expected);
  }
}

TEST_CASE("DenseIds: sparse ids numbered by their sorted order, repeats and extremes included") {
  std::mt19937 random(99);
  std::vector<uint32_t> added = {0, UINT32_MAX, 7, 7, 0};
  for (int i = 0; i < 20000; ++i) added.push_back(random() % 50000 * 86029u);  // collisions in the table's bits
  dedup::DenseIds ids;
  for (uint32_t id : added) ids.add(id);
  ids.finish();
  std::vector<uint32_t> sorted = added;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  REQUIRE(ids.size() == sorted.size());
  for (uint32_t rank = 0; rank < sorted.size(); ++rank) REQUIRE(ids.dense(sorted[rank]) == rank);
  dedup::DenseIds none;
  none.finish();
  CHECK(none.size() == 0);
}

TEST_CASE("AlignmentSide: body sentences by the content stems they hold") {
  dedup::ArticleFeatures f;
  auto sentence = [&](std::vector<uint32_t> content, uint8_t body, uint64_t key) {
    dedup::SentenceTerms terms;
    terms.terms = content;
    terms.content = std::move(content);
    f.sentence_terms.push_back(std::move(terms));
    f.sentence_in_body.push_back(body);
    f.sentence_keys.push_back(key);
  };
  sentence({3, 9, 40}, 1, 11);
  sentence({9, 40}, 0, 12);  // a title: not aligned
  sentence({9, 17}, 1, 0);
  sentence({1000000, 3}, 1, 11);
  f.stem_counts = {{3, 2}, {9, 2}, {17, 1}, {40, 1}, {1000000, 1}};
  std::vector<dedup::ArticleFeatures> all = {f};
  const dedup::StemWeights weights(all, 1000001);
  const dedup::AlignmentSide side(f, weights);
  auto with = [&](uint32_t stem) {
    const std::span<const uint32_t> found = side.sentences_with(stem);
    return std::vector<uint32_t>(found.begin(), found.end());
  };
  CHECK(with(3) == std::vector<uint32_t>{0, 3});
  CHECK(with(9) == std::vector<uint32_t>{0, 2});
  CHECK(with(40) == std::vector<uint32_t>{0});
  CHECK(with(1000000) == std::vector<uint32_t>{3});
  CHECK(with(5).empty());
  CHECK(side.keys() == std::vector<std::pair<uint64_t, uint32_t>>{{11, 0}, {11, 3}});
  CHECK(side.stem_norm() > 0);
}

TEST_CASE("compare_corpus: the same pairs and stories whatever order and threads the tasks run in") {
  // Past all_pairs_up_to, so rewrites come from the rare-stem candidates; the fillers share
  // rare stems among themselves, so many pairs are aligned.
  std::vector<std::string> texts = {kSource, kRewrite, kSource};
  const char* words[] = {"river", "market", "school", "museum", "bridge", "garden", "station", "tower"};
  Xorshift32 next{777};
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    for (int s = 0; s < 6; ++s) {
      text += "The";
      for (int w = 0; w < 10; ++w) text += std::string(" ") + words[next() % 8] + std::to_string(next() % 300);
      text += ".\n\n";
    }
    texts.push_back(text);
  }
  auto run = [&](const ParallelFor& parallel) {
    std::vector<CorpusEntry> entries;
    for (size_t i = 0; i < texts.size(); ++i) {
      const std::string label = "t" + std::to_string(i);
      Result<std::vector<CorpusEntry>> result = corpus_entries({label, texts[i]}, Options{}, true);
      REQUIRE(result.ok());
      for (CorpusEntry& entry : result.value()) entries.push_back(std::move(entry));
    }
    std::vector<ArticlePair> pairs;
    std::vector<Story> stories;
    compare_corpus(entries, pairs, stories, true, parallel);
    std::string out;
    for (const ArticlePair& p : pairs) {
      out += std::to_string(p.a) + " " + std::to_string(p.b) + " " + std::string(relation_name(p.relation)) + " " +
             std::to_string(p.aligned.size()) + " " + std::to_string(p.topic_thousandths) + "\n";
    }
    for (const Story& story : stories) out += std::to_string(story.members.size()) + " " + std::to_string(story.source) + "\n";
    return out;
  };
  const std::string in_order = run({});
  // Tasks backwards, and two threads taking them from either end.
  CHECK(in_order == run(testing::backwards_tasks()));
#ifndef __EMSCRIPTEN__
  CHECK(in_order == run(testing::two_threads()));
#endif
  CHECK(in_order.find("0 1 rewrite") != std::string::npos);
  CHECK(in_order.find("0 2 identical") != std::string::npos);
  CHECK(std::count(in_order.begin(), in_order.end(), '\n') > 3000);
}
