// The statistical name tagger: features, BILOU tags, Viterbi legality, the model file, training
// and bad input. The accuracy check on CoNLL-2003 dev is in ner_accuracy_test.cpp.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "entities/conll.hpp"
#include "entities/ner_decoder.hpp"
#include "entities/ner_model.hpp"
#include "entities/ner_train.hpp"
#include "newsprism/entities.hpp"

using namespace newsprism;
using namespace newsprism::entities;

namespace {

// A small CoNLL file written for these tests (not CoNLL-2003 text): IOB1 tags, as in CoNLL.
constexpr const char* kFixture =
    "-DOCSTART- -X- -X- O\n"
    "\n"
    "Marta NNP I-NP I-PER\n"
    "Okafor NNP I-NP I-PER\n"
    "joined VBD I-VP O\n"
    "Brightwater NNP I-NP I-ORG\n"
    "Labs NNP I-NP I-ORG\n"
    "in IN I-PP O\n"
    "Lisbon NNP I-NP I-LOC\n"
    ". . O O\n"
    "\n"
    "Okafor NNP I-NP I-PER\n"
    "said VBD I-VP O\n"
    "the DT I-NP O\n"
    "Danish JJ I-NP I-MISC\n"
    "team NN I-NP O\n"
    "visited VBD I-VP O\n"
    "Lisbon NNP I-NP I-LOC\n"
    "and CC O O\n"
    "Porto NNP I-NP I-LOC\n"
    ". . O O\n"
    "\n"
    "-DOCSTART- -X- -X- O\n"
    "\n"
    "Brightwater NNP I-NP I-ORG\n"
    "Labs NNP I-NP I-ORG\n"
    "hired VBD I-VP O\n"
    "Tomas NNP I-NP I-PER\n"
    "Berg NNP I-NP I-PER\n"
    "from IN I-PP O\n"
    "Oslo NNP I-NP I-LOC\n"
    ". . O O\n";

std::vector<TrainingDocument> fixture_documents(const ConllFile& file) {
  std::vector<TrainingDocument> documents;
  for (const ConllDocument& document : file.documents) {
    TrainingDocument training;
    for (const ConllSentence& sentence : document.sentences)
      training.push_back({sentence.words, gold_bilou(sentence)});
    documents.push_back(std::move(training));
  }
  return documents;
}

bool legal(const std::vector<BilouTag>& tags) {
  int previous = kTagCount;
  for (BilouTag tag : tags) {
    if (!transition_allowed(previous, tag)) return false;
    previous = tag;
  }
  return tags.empty() || final_allowed(previous);
}

struct RandomWeights {
  std::vector<int32_t> transitions = std::vector<int32_t>((kTagCount + 1) * kTagCount);
  std::vector<int32_t> finals = std::vector<int32_t>(kTagCount);
  int32_t transition(int previous, int next) const {
    return transitions[previous * kTagCount + next];
  }
  int32_t final_weight(int tag) const { return finals[tag]; }
};

}  // namespace

TEST_CASE("words are described by case and shape, the same word the same way") {
  WordInfo a, b, c, d;
  describe_word("Paris", a);
  describe_word("Paris", b);
  describe_word("PARIS", c);
  describe_word("paris", d);
  CHECK(a.word == b.word);
  CHECK(a.word_case == WordCase::kTitle);
  CHECK(c.word_case == WordCase::kUpper);
  CHECK(d.word_case == WordCase::kLower);
  CHECK(a.lower == c.lower);
  CHECK(a.lower == d.lower);
  CHECK(a.word != c.word);
  CHECK(a.shape != c.shape);
  WordInfo e, f, g;
  describe_word("Lyon", e);  // same collapsed shape as "Paris": Xx
  describe_word("1996", f);
  describe_word("\xE5\x8C\x97\xE4\xBA\xAC", g);  // 北京: no case
  CHECK(e.shape == a.shape);
  CHECK(f.word_case == WordCase::kDigits);
  CHECK(g.word_case == WordCase::kOther);
}

TEST_CASE("features see neighbours and how a word is written elsewhere in the document") {
  const std::vector<WordSentence> one = {{"He", "met", "Apple", "staff"}, {"Apple", "rose"}};
  const std::vector<WordSentence> two = {{"He", "met", "Apple", "staff"}, {"an", "apple", "fell"}};
  DocumentState first, second;
  prepare_document(std::span<const WordSentence>(one), Gazetteer{}, first);
  prepare_document(std::span<const WordSentence>(two), Gazetteer{}, second);
  uint64_t a[kStaticFeatureCount], b[kStaticFeatureCount];
  static_features(first.sentences[0], "Apple", 2, false, first.memory, a);
  static_features(second.sentences[0], "Apple", 2, false, second.memory, b);
  int differing = 0;
  for (int i = 0; i < kStaticFeatureCount; ++i) differing += a[i] != b[i];
  CHECK(differing >= 1);  // "apple" is seen lower-case inside a sentence in the second only
  CHECK(differing <= 2);
  static_features(first.sentences[0], "Apple", 2, false, first.memory, b);
  for (int i = 0; i < kStaticFeatureCount; ++i) CHECK(a[i] == b[i]);
}

TEST_CASE("IOB1 and IOB2 read into BILOU and back") {
  const std::vector<std::string_view> iob1 = {"I-PER", "I-PER", "O",     "I-LOC",
                                              "B-LOC", "I-ORG", "I-MISC"};
  const std::vector<BilouTag> tags = bilou_from_iob(iob1);
  REQUIRE(tags.size() == 7);
  CHECK(tags[0] == make_tag(NameType::kPerson, TagPart::kBegin));
  CHECK(tags[1] == make_tag(NameType::kPerson, TagPart::kLast));
  CHECK(tags[2] == kOutside);
  CHECK(tags[3] == make_tag(NameType::kLocation, TagPart::kUnit));
  CHECK(tags[4] == make_tag(NameType::kLocation, TagPart::kUnit));
  CHECK(tags[5] == make_tag(NameType::kOrganization, TagPart::kUnit));
  CHECK(tags[6] == make_tag(NameType::kMisc, TagPart::kUnit));
  const std::vector<std::string> back1 = iob_from_bilou(tags, IobScheme::kIob1);
  for (size_t i = 0; i < iob1.size(); ++i) CHECK(back1[i] == iob1[i]);
  const std::vector<std::string> back2 = iob_from_bilou(tags, IobScheme::kIob2);
  CHECK(back2 ==
        std::vector<std::string>{"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG", "B-MISC"});
  const std::vector<std::string> bilou = iob_from_bilou(tags, IobScheme::kBilou);
  CHECK(bilou ==
        std::vector<std::string>{"B-PER", "L-PER", "O", "U-LOC", "U-LOC", "U-ORG", "U-MISC"});
  const std::vector<std::string_view> iob2 = {"B-ORG", "I-ORG", "I-ORG", "B-PER"};
  const auto spans = spans_from_bilou(bilou_from_iob(iob2), 3);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].first == 0);
  CHECK(spans[0].count == 3);
  CHECK(spans[0].sentence == 3);
  CHECK(spans[1].type == NameType::kPerson);
}

TEST_CASE("Viterbi returns the best legal sequence") {
  uint64_t random = 7;
  auto next = [&]() { return static_cast<int32_t>(mix64(++random) % 2001) - 1000; };
  std::vector<uint8_t> back;
  for (int round = 0; round < 200; ++round) {
    RandomWeights weights;
    for (int32_t& w : weights.transitions) w = next();
    for (int32_t& w : weights.finals) w = next();
    const size_t count = 1 + static_cast<size_t>(mix64(++random) % 4);
    std::vector<int32_t> emissions(count * kTagCount);
    for (int32_t& e : emissions) e = next() * 3;
    std::vector<BilouTag> tags(count);
    viterbi(emissions.data(), count, weights, tags.data(), back);
    REQUIRE(legal(tags));
    // Brute force over every sequence: none legal scores higher.
    auto score = [&](const std::vector<BilouTag>& t) {
      int64_t s = 0;
      int previous = kTagCount;
      for (size_t i = 0; i < t.size(); ++i) {
        s += weights.transition(previous, t[i]) + emissions[i * kTagCount + t[i]];
        previous = t[i];
      }
      return s + weights.final_weight(previous);
    };
    const int64_t best = score(tags);
    std::vector<BilouTag> candidate(count, 0);
    size_t total = 1;
    for (size_t i = 0; i < count; ++i) total *= kTagCount;
    for (size_t code = 0; code < total; ++code) {
      size_t c = code;
      for (size_t i = 0; i < count; ++i, c /= kTagCount)
        candidate[i] = static_cast<BilouTag>(c % kTagCount);
      if (legal(candidate)) CHECK(score(candidate) <= best);
    }
  }
}

TEST_CASE("training is deterministic and learns its fixture") {
  const ConllFile file = parse_conll(kFixture);
  REQUIRE(file.documents.size() == 2);
  CHECK(file.documents[0].sentences.size() == 2);
  const std::vector<TrainingDocument> documents = fixture_documents(file);
  TrainingOptions options;
  options.epochs = 8;
  options.rows = 4096;
  options.seed = 42;
  const std::vector<uint8_t> first = train_ner_model(documents, options).serialize();
  const std::vector<uint8_t> second = train_ner_model(documents, options).serialize();
  CHECK(first == second);
  options.seed = 43;
  CHECK(train_ner_model(documents, options).serialize().size() == first.size());

  Result<NameTagger> tagger = NameTagger::from_bytes(first);
  REQUIRE(tagger.ok());
  std::vector<std::vector<std::string_view>> sentences;
  for (const ConllSentence& sentence : file.documents[1].sentences)
    sentences.push_back(sentence.words);
  const auto tags = tagger.value().tag(sentences);
  REQUIRE(tags.size() == 1);
  CHECK(name_tag_strings(tags[0], TagScheme::kIob1) ==
        std::vector<std::string>{"I-ORG", "I-ORG", "O", "I-PER", "I-PER", "O", "I-LOC", "O"});
}

TEST_CASE("the gazetteer keeps the training names, and training sees other folds' only") {
  const ConllFile file = parse_conll(kFixture);
  TrainingOptions options;
  options.epochs = 1;
  options.rows = 256;
  NerModel model = train_ner_model(fixture_documents(file), options);
  const Gazetteer& gazetteer = model.gazetteer();
  CHECK(gazetteer.size() ==
        8);  // Marta Okafor, Brightwater Labs, Lisbon, Okafor, Danish, Porto, Tomas Berg, Oslo
  std::vector<WordInfo> words(3);
  describe_word("BRIGHTWATER", words[0]);
  describe_word("labs", words[1]);
  describe_word("Oslo", words[2]);
  CHECK(gazetteer.find(sequence_hash(words.data(), 2)) ==
        1u << static_cast<int>(NameType::kOrganization));
  CHECK(gazetteer.find(sequence_hash(words.data() + 2, 1)) ==
        1u << static_cast<int>(NameType::kLocation));
  CHECK(gazetteer.find(sequence_hash(words.data(), 1)) == 0);
  mark_gazetteer(words, gazetteer);
  CHECK(words[0].gazetteer_span == (2 << 3 | 1));
  CHECK(words[1].gazetteer_span == (2 << 3 | 3));
  CHECK(words[2].gazetteer_span == (4 << 3 | 4));
  CHECK(words[2].gazetteer_unit == 4);
  // Round trip through the file.
  NerModel loaded;
  std::string error;
  REQUIRE(NerModel::parse(model.serialize(), loaded, error));
  CHECK(loaded.gazetteer().keys() == gazetteer.keys());
  CHECK(loaded.gazetteer().masks() == gazetteer.masks());
  options.gazetteer = false;
  CHECK(train_ner_model(fixture_documents(file), options).gazetteer().size() == 0);
}

TEST_CASE("a model file is validated: a damaged one is an error, not a crash") {
  const ConllFile file = parse_conll(kFixture);
  TrainingOptions options;
  options.epochs = 2;
  options.rows = 1024;
  const std::vector<uint8_t> bytes = train_ner_model(fixture_documents(file), options).serialize();
  REQUIRE(NameTagger::from_bytes(bytes).ok());
  // Header, weights, then the gazetteer: a count and 9 bytes a name.
  const size_t weights =
      kNerHeaderBytes + 2 * ((kTagCount + 1) * kTagCount + kTagCount + 1024 * kRowWidth);
  REQUIRE(bytes.size() > weights + 4);
  CHECK((bytes.size() - weights - 4) % 9 == 0);

  std::vector<uint8_t> damaged = bytes;
  damaged[bytes.size() / 2] ^= 0x10;
  Result<NameTagger> result = NameTagger::from_bytes(damaged);
  REQUIRE(!result.ok());
  CHECK(result.error().message.find("checksum") != std::string::npos);

  damaged = bytes;
  damaged[0] = 'X';
  CHECK(!NameTagger::from_bytes(damaged).ok());
  damaged = bytes;
  damaged[8] = 9;  // format version
  CHECK(NameTagger::from_bytes(damaged).error().message.find("version") != std::string::npos);
  for (size_t cut : {size_t{0}, size_t{10}, size_t{63}, size_t{64}, bytes.size() - 1}) {
    CHECK(!NameTagger::from_bytes(std::span<const uint8_t>(bytes.data(), cut)).ok());
  }
  damaged = bytes;
  damaged.push_back(0);
  CHECK(!NameTagger::from_bytes(damaged).ok());
}

TEST_CASE("the built-in model loads and tags") {
  const NameTagger& tagger = NameTagger::builtin();
  CHECK(tagger.model_bytes() > 0);
  CHECK(tagger.model_bytes() <= 4'000'000);
  const std::vector<std::vector<std::string_view>> sentences = {
      {"Angela", "Merkel", "met", "officials", "of", "the", "European", "Commission", "in",
       "Brussels", "."}};
  const auto tags = tagger.tag(sentences);
  REQUIRE(tags.size() == 1);
  CHECK(name_tag_strings(tags[0], TagScheme::kIob2) ==
        std::vector<std::string>{"B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "I-ORG", "O",
                                 "B-LOC", "O"});
  const std::vector<WordSentence> internal(sentences.begin(), sentences.end());
  CHECK(tag_document(builtin_ner_model(), internal).size() == 3);
}

TEST_CASE("bad input: huge, empty, all-caps, lower-case and other scripts") {
  const NameTagger& tagger = NameTagger::builtin();
  CHECK(tagger.tag(std::vector<std::vector<std::string_view>>{}).empty());
  const auto empty = tagger.tag(std::vector<std::vector<std::string_view>>{{}, {}, {""}});
  REQUIRE(empty.size() == 3);
  CHECK(empty[2].size() == 1);

  std::vector<std::string_view> huge;
  const char* words[] = {"THE",       "Minister", "said",    "\xD9\x85\xD8\xB5\xD8\xB1",
                         "Paris",     "and",      ",",       "\xE5\x8C\x97",
                         "x\xFF\xFE", "UNITED",   "Nations", "'s"};
  for (size_t i = 0; i < 100'000; ++i) huge.push_back(words[i % std::size(words)]);
  const auto tags = tagger.tag(std::vector<std::vector<std::string_view>>{huge});
  REQUIRE(tags.size() == 1);
  REQUIRE(tags[0].size() == huge.size());
  std::vector<BilouTag> copy(tags[0].begin(), tags[0].end());
  CHECK(legal(copy));

  std::vector<std::string_view> upper(5000, "WASHINGTON"), lower(5000, "washington");
  CHECK(tagger.tag(std::vector<std::vector<std::string_view>>{upper})[0].size() == 5000);
  CHECK(tagger.tag(std::vector<std::vector<std::string_view>>{lower})[0].size() == 5000);
}
