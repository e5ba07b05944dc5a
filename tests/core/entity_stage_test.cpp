// The entity stage as analyze() runs it: spans that point at the right text and input bytes,
// linking across articles, the switch that turns it off, and input that must not break it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "report_test_support.hpp"

using namespace newsprism;

namespace {

std::string mention_text(const Article& article, const Mention& mention) {
  return article.text.substr(mention.span.start, mention.span.end - mention.span.start);
}

Report analyze_inputs(const std::vector<Input>& inputs, const Options& options = {}) {
  Result<Report> result = analyze(inputs, options);
  REQUIRE(result.ok());
  return std::move(result).value();
}

// Every mention and quote lies inside its article's text, on character boundaries, with UTF-16
// offsets that agree with the bytes, and entity indexes that exist.
void check_spans(const Report& report) {
  for (const Article& article : report.articles) {
    for (const Mention& mention : article.mentions) {
      REQUIRE(mention.span.start < mention.span.end);
      REQUIRE(mention.span.end <= article.text.size());
      CHECK(mention.span.end_utf16 - mention.span.start_utf16 <= mention.span.end - mention.span.start);
      CHECK(mention.span.end_utf16 <= article.text_utf16_length);
      CHECK(mention.entity < report.entities.size());
      CHECK(mention.sentence < article.sentences.size());
      CHECK(mention.first_token + mention.token_count <= article.tokens.size());
      CHECK(report.entities[mention.entity].type == mention.type);
    }
    for (const Quote& quote : article.quotes) {
      CHECK(quote.span.start <= quote.span.end);
      CHECK(quote.span.end <= article.text.size());
      CHECK(quote.speaker_mention < static_cast<int32_t>(article.mentions.size()));
      CHECK(quote.speaker_entity < static_cast<int32_t>(report.entities.size()));
    }
  }
}

}  // namespace

TEST_CASE("entity stage: spans map to the text and back to the input bytes") {
  // A character reference before the span shifts text and input apart.
  const std::string page =
      "<html><head><title>Port news</title></head><body><article><h1>Port news</h1>"
      "<p>Caf&eacute; owners in Eastmere met Mayor Alys Penrose on Monday.</p></article></body></html>";
  Report report = testing::analyze_bytes(page, "page.html");
  REQUIRE(report.articles.size() == 1);
  const Article& article = report.articles[0];
  check_spans(report);
  // Whatever the tagger finds, the input bytes of each mention hold the same words when the
  // text between was not changed by markup.
  for (const Mention& mention : article.mentions) {
    const std::string text = mention_text(article, mention);
    if (text.find('\xC3') != std::string::npos) continue;  // decoded from a character reference
    CHECK(page.substr(mention.span.input_start, mention.span.input_end - mention.span.input_start) == text);
  }
}

TEST_CASE("entity stage: off means no mentions, quotes or entities") {
  Options options;
  options.entities = false;
  const std::string text = "Liang Wenfeng founded DeepSeek in Hangzhou in 2023, Mr. Liang said.";
  Report report = analyze_inputs({{"a", text}}, options);
  CHECK(report.articles[0].mentions.empty());
  CHECK(report.articles[0].quotes.empty());
  CHECK(report.entities.empty());
}

TEST_CASE("entity stage: the same text in two articles links to the same entities") {
  const std::string text =
      "Liang Wenfeng founded DeepSeek in Hangzhou in 2023.\n\n\"We will keep going,\" Mr. Liang said on "
      "Tuesday, adding that the company spent $6 million.";
  Report report = analyze_inputs({{"a", text}, {"b", text}});
  check_spans(report);
  REQUIRE(report.articles.size() == 2);
  REQUIRE(report.articles[0].mentions.size() == report.articles[1].mentions.size());
  for (size_t i = 0; i < report.articles[0].mentions.size(); ++i) {
    CHECK(report.articles[0].mentions[i].entity == report.articles[1].mentions[i].entity);
  }
  for (const Entity& entity : report.entities) {
    CHECK(!entity.articles.empty());
    uint32_t sum = 0;
    for (const EntityCount& count : entity.articles) sum += count.mentions;
    CHECK(sum == entity.mentions);
  }
}

TEST_CASE("entity stage: bad input gives sensible output, not a crash") {
  SUBCASE("a sentence of 100,000 tokens") {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += (i % 7 == 0) ? "Penrose " : "harbour ";
    Report report = testing::analyze_bytes(text);
    check_spans(report);
  }
  SUBCASE("all capitals and all lower case") {
    Report upper = testing::analyze_bytes("LIANG WENFENG FOUNDED DEEPSEEK IN HANGZHOU IN 2023.");
    Report lower = testing::analyze_bytes("liang wenfeng founded deepseek in hangzhou in 2023.");
    check_spans(upper);
    check_spans(lower);
  }
  SUBCASE("other scripts, symbols and invalid bytes") {
    Report report = testing::analyze_bytes(
        "梁文锋在杭州创立了深度求索。 Москва — столица России. \xF0\x9F\x98\x80 \xFF\xFE $ % 1st «quoted» \"");
    check_spans(report);
  }
  SUBCASE("empty articles and a lone quotation mark") {
    Report report = analyze_inputs({{"empty", ""}, {"quote", "\""}, {"space", " \n\n "}});
    check_spans(report);
  }
}

TEST_CASE("entity stage: headline capitals, sentence openers and generic acronyms are not names") {
  const std::string text =
      "Harbour Robotics Shakes Up Eastmere Port\n\n"
      "When Harbour Robotics opened its Eastmere depot, the port changed. AI tools now steer the "
      "cranes, the CEO of Harbour Robotics said. Take Alys Penrose, who runs the depot in Eastmere.";
  Report report = testing::analyze_bytes(text);
  const Article& article = report.articles[0];
  check_spans(report);
  std::vector<std::string> names;
  for (const Mention& mention : article.mentions) {
    if (mention.type <= EntityType::kMisc) names.push_back(mention_text(article, mention));
  }
  for (const std::string& name : names) {
    INFO(name);
    CHECK(name.find("Shakes") == std::string::npos);  // a headline word, not part of a name
    CHECK(name.rfind("When ", 0) != 0);
    CHECK(name.rfind("Take ", 0) != 0);
    CHECK(name != "AI");
    CHECK(name != "CEO");
  }
  CHECK(std::find(names.begin(), names.end(), "Alys Penrose") != names.end());
}

TEST_CASE("entity stage: past max_mentions_per_article a diagnostic says where the list stops") {
  std::string text = "Counts\n\n";
  for (int i = 0; i < 50; ++i) text += "The port moved " + std::to_string(1000 + i) + " tonnes on day " + std::to_string(i + 1) + ".\n";
  Options options;
  options.max_mentions_per_article = 10;
  Report report = analyze_inputs({{"counts", text}}, options);
  const Article& article = report.articles[0];
  CHECK(article.mentions.size() == 10);
  check_spans(report);
  bool said = false;
  for (const Diagnostic& diagnostic : article.diagnostics) {
    if (diagnostic.code != "mentions_truncated") continue;
    said = true;
    CHECK(diagnostic.message.find("max_mentions_per_article") != std::string::npos);
    CHECK(diagnostic.input_offset > 0);
  }
  CHECK(said);
  Report whole = analyze_inputs({{"counts", text}});
  CHECK(whole.articles[0].mentions.size() > 10);
}

TEST_CASE("entity stage: the head word of a name decides a place or an organization") {
  Report report = testing::analyze_bytes(
      "Ferry news\n\nIslanders on Skerra Island met staff of Northgate Ferries and the Eastmere County Council "
      "on Friday, Alys Penrose said.");
  const Article& article = report.articles[0];
  for (const Mention& mention : article.mentions) {
    const std::string text = mention_text(article, mention);
    INFO(text);
    if (text == "Skerra Island") CHECK(mention.type == EntityType::kLocation);
    if (text == "Northgate Ferries" || text == "Eastmere County Council") CHECK(mention.type == EntityType::kOrganization);
    if (text == "Alys Penrose") CHECK(mention.type == EntityType::kPerson);
  }
}

TEST_CASE("entity stage: present-day names the 1996 newswire tagger cannot know take their type from the lexicon") {
  Report report = testing::analyze_bytes(
      "Chip shares\n\n"
      "Nvidia shares fell on Monday after Google and Baidu showed cheaper models. Shoppers used ChatGPT "
      "over the Lunar New Year, and Joe Biden spoke about Tencent. Born in 1985, Alys Penrose said the "
      "Chinese AI boom and the AI industry would reach Google DeepMind too.");
  const Article& article = report.articles[0];
  check_spans(report);
  std::vector<std::string> names;
  for (const Mention& mention : article.mentions) {
    if (mention.type > EntityType::kMisc) continue;
    const std::string text = mention_text(article, mention);
    names.push_back(text);
    INFO(text);
    if (text == "Nvidia" || text == "Google" || text == "Baidu" || text == "Tencent" || text == "Google DeepMind") {
      CHECK(mention.type == EntityType::kOrganization);
    }
    if (text == "ChatGPT" || text == "Lunar New Year" || text == "Chinese") CHECK(mention.type == EntityType::kMisc);
    if (text == "Joe Biden" || text == "Alys Penrose") CHECK(mention.type == EntityType::kPerson);
    CHECK(text != "Born");            // a participle opening a sentence
    CHECK(text != "AI industry");     // a name ends at its last capitalized word
    CHECK(text != "Chinese AI");      // a nationality and a generic acronym
  }
  for (const std::string expected : {"Nvidia", "Google", "ChatGPT", "Joe Biden", "Tencent", "Chinese"}) {
    INFO(expected);
    CHECK(std::find(names.begin(), names.end(), expected) != names.end());
  }
}
