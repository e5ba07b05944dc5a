// Direct quotations, their cues and speakers. The names are placed by hand (the statistical
// tagger is tested on its own); every sentence is written for these tests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "entities/aliases.hpp"
#include "entities/quotes.hpp"
#include "entity_test_support.hpp"

using namespace newsprism;
using newsprism::testing::add_mention;
using newsprism::testing::plain_article;

namespace {

std::string quoted(const Article& article, const Quote& quote) {
  return article.text.substr(quote.span.start, quote.span.end - quote.span.start);
}

// "quoted words | speaker | cue | mention index" per quote.
std::vector<std::string> quotes_of(const Article& article) {
  std::vector<std::string> out;
  for (const Quote& q : article.quotes) {
    out.push_back(quoted(article, q) + " | " + q.speaker + " | " + q.cue + " | " + std::to_string(q.speaker_mention));
  }
  return out;
}

}  // namespace

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& lines) {
    std::string out = "{";
    for (const std::string& line : lines) out += "\n  " + line;
    return String((out + "}").c_str());
  }
};
}  // namespace doctest

namespace {

using Quotes = std::vector<std::string>;

}  // namespace

TEST_CASE("quotes: attribution after the quote") {
  Article article = plain_article(
      "\"We will keep the lab small,\" Liang says. \xE2\x80\x9CHiring is slow,\xE2\x80\x9D said Mr. Okafor. "
      "\"The budget is tight,\" the ministry said in a statement.");
  add_mention(article, EntityType::kPerson, "Liang");
  add_mention(article, EntityType::kPerson, "Okafor");
  entities::split_titles(article);
  entities::find_quotes(article);
  CHECK(quotes_of(article) == Quotes{"We will keep the lab small | Liang | says | 0",
                                     "Hiring is slow | Okafor | said | 1",
                                     "The budget is tight | the ministry | said | -1"});
  // Spans index the clean text, without the marks.
  const Quote& first = article.quotes[0];
  CHECK(first.span.start == 1);
  CHECK(first.span.start_utf16 == 1);
  CHECK(first.speaker_entity == -1);
}

TEST_CASE("quotes: attribution before the quote, and pronouns") {
  Article article = plain_article(
      "Ana Kovac spoke next. She said: \"Prices will fall soon.\" Then Ruth Bell told reporters, \"We disagree "
      "entirely.\" \"Nobody asked us,\" he told the outlet.");
  add_mention(article, EntityType::kPerson, "Ana Kovac");
  add_mention(article, EntityType::kPerson, "Ruth Bell");
  entities::find_quotes(article);
  CHECK(quotes_of(article) == Quotes{"Prices will fall soon. | She | said | 0",
                                     "We disagree entirely. | Ruth Bell | told | 1",
                                     "Nobody asked us | he | told | 1"});
}

TEST_CASE("quotes: according to, dash lines, spanning sentences, unknown speakers") {
  Article article = plain_article(
      "\"Demand is strong. Supply is not,\" according to Marina Zhang.\n\n"
      "\xE2\x80\x9CThe sea keeps its own calendar.\xE2\x80\x9D \xE2\x80\x94 Ana Kovac\n\n"
      "\"Nobody knows what comes next in this market.\"\n\n"
      "The so-called \"open\" model was praised.\n\n"
      "They called it \"a model for the whole field\" \xE2\x80\x93 a bold claim.");
  add_mention(article, EntityType::kPerson, "Marina Zhang");
  add_mention(article, EntityType::kPerson, "Ana Kovac");
  entities::find_quotes(article);
  CHECK(quotes_of(article) == Quotes{"Demand is strong. Supply is not | Marina Zhang | according to | 0",
                                     "The sea keeps its own calendar. | Ana Kovac | dash | 1",
                                     "Nobody knows what comes next in this market. |  |  | -1",
                                     "a model for the whole field |  |  | -1"});
}

TEST_CASE("quotes: scare quotes and quoted headings are nobody's words") {
  Article article = plain_article(
      "Harbour plans\n\n"
      "Old crews remembered a \"rather grim winter\" on the quay.\n\n"
      "\xE2\x80\x98" "Changing the rules of the harbour\xE2\x80\x99\n\n"
      "\"A grim winter,\" Okafor said.");
  REQUIRE(article.blocks.size() >= 4);
  entities::find_quotes(article);
  CHECK(quotes_of(article) == Quotes{"A grim winter | Okafor | said | -1"});
}

TEST_CASE("quotes: speakers the tagger missed keep their words, not titles or auxiliaries") {
  Article article = plain_article(
      "\"The harbour will reopen by spring,\" says Mr. Okafor. \"Ferries come first,\" the council has firmly "
      "stated.");
  entities::find_quotes(article);
  CHECK(quotes_of(article) == Quotes{"The harbour will reopen by spring | Okafor | says | -1",
                                     "Ferries come first | the council | stated | -1"});
}

TEST_CASE("quotes: single quotes, British style, with nesting and elisions left alone") {
  Article article = plain_article(
      "\xE2\x80\x98We don\xE2\x80\x99t grow for the sake of it,\xE2\x80\x99 she said. Toys of the \xE2\x80\x98" "90s "
      "and rock 'n' roll came back. 'Call it the \"harbour plan\" if you like,' Okafor said. \"People call it "
      "'the glory of the coast' here,\" he added.");
  entities::find_quotes(article);
  CHECK(quotes_of(article) == Quotes{"We don\xE2\x80\x99t grow for the sake of it | she | said | -1",
                                     "Call it the \"harbour plan\" if you like | Okafor | said | -1",
                                     "People call it 'the glory of the coast' here | he | added | -1"});
}

TEST_CASE("quotes: a quote left open runs to the end of its paragraph") {
  Article article = plain_article(
      "Liang said: \"The first part of the plan is hiring.\n\n\"The second part is patience,\" he added.");
  add_mention(article, EntityType::kPerson, "Liang");
  entities::find_quotes(article);
  CHECK(quotes_of(article) == Quotes{"The first part of the plan is hiring. | Liang | said | 0",
                                     "The second part is patience | he | added | 0"});
}

TEST_CASE("quotes: a quotation over paragraphs takes the speaker named at its end") {
  Article article = plain_article(
      "\"The first part of the plan is hiring.\n\n\"The second part is patience,\" Liang said.");
  add_mention(article, EntityType::kPerson, "Liang");
  entities::find_quotes(article);
  CHECK(quotes_of(article) == Quotes{"The first part of the plan is hiring. | Liang | said | 0",
                                     "The second part is patience | Liang | said | 0"});
}

TEST_CASE("quotes: the glue's speaker entity follows the speaker mention") {
  Report report;
  Article article = plain_article("Liang Wenfeng spoke. \"We stay small,\" Liang said.");
  add_mention(article, EntityType::kPerson, "Liang Wenfeng");
  add_mention(article, EntityType::kPerson, "Liang", 1);
  entities::find_quotes(article);
  report.articles.push_back(std::move(article));
  entities::link_entities(report);
  const Article& a = report.articles[0];
  REQUIRE(a.quotes.size() == 1);
  REQUIRE(a.quotes[0].speaker_mention == 1);
  CHECK(report.entities[a.mentions[1].entity].name == "Liang Wenfeng");
}

TEST_CASE("quotes: bad input") {
  Article empty = plain_article("");
  entities::find_quotes(empty);
  CHECK(empty.quotes.empty());

  Article lone = plain_article("\" \xE2\x80\x9D \xE2\x80\x9C");
  entities::find_quotes(lone);
  CHECK(lone.quotes.empty());

  Article caps = plain_article("\"WE WILL WIN THIS,\" SAID THE COACH.");
  entities::find_quotes(caps);
  REQUIRE(caps.quotes.size() == 1);
  CHECK(caps.quotes[0].cue == "said");
  CHECK(caps.quotes[0].speaker == "THE COACH");

  Article other = plain_article(
      "\xC2\xAB\xD0\x9C\xD1\x8B \xD0\xB1\xD1\x83\xD0\xB4\xD0\xB5\xD0\xBC \xD1\x80\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8\xC2\xBB, "
      "\xE2\x80\x94 \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB \xD0\xBE\xD0\xBD. \xE2\x80\x9C\xE6\x88\x91\xE4\xBB\xAC\xE4\xBC\x9A\xE6\x88\x90\xE9\x95\xBF\xE2\x80\x9D");
  entities::find_quotes(other);
  CHECK(other.quotes.size() <= 2);

  // One sentence of 100,000 tokens: quote marks, words and cues without end.
  std::string text;
  for (int i = 0; i < 12500; ++i) text += "\"a b c,\" he said and \"d ";
  Article big = plain_article(text);
  CHECK(big.tokens.size() >= 100000);
  entities::find_quotes(big);
  CHECK(big.quotes.size() >= 12500);
}
