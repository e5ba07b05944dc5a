// Titles split off names, and aliases linked within and across articles. The names are placed
// by hand (the statistical tagger is tested on its own); every sentence is written for these
// tests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "entities/aliases.hpp"
#include "entities/patterns.hpp"
#include "entity_test_support.hpp"

using namespace newsprism;
using newsprism::testing::add_mention;
using newsprism::testing::mention_text;
using newsprism::testing::plain_article;

namespace {

const Entity* entity_named(const Report& report, std::string_view name) {
  for (const Entity& e : report.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

std::vector<std::string> aliases_of(const Report& report, std::string_view name) {
  const Entity* e = entity_named(report, name);
  return e ? e->aliases : std::vector<std::string>{"<no entity>"};
}

}  // namespace

TEST_CASE("aliases: titles before a person or at its start move into Mention::title") {
  Article article = plain_article(
      "Prime Minister Ana Kovac met Mr. Liang on Tuesday. Later Dr Okafor spoke, and Chief Executive Ruth Bell "
      "agreed with Ms Zhang.");
  add_mention(article, EntityType::kPerson, "Ana Kovac");
  add_mention(article, EntityType::kPerson, "Mr. Liang");  // the tagger took the title in
  add_mention(article, EntityType::kPerson, "Okafor");
  add_mention(article, EntityType::kPerson, "Ruth Bell");
  add_mention(article, EntityType::kPerson, "Zhang");
  entities::split_titles(article);
  REQUIRE(article.mentions.size() == 5);
  CHECK(article.mentions[0].title == "Prime Minister");
  CHECK(mention_text(article, article.mentions[0]) == "Ana Kovac");
  CHECK(article.mentions[1].title == "Mr.");
  CHECK(mention_text(article, article.mentions[1]) == "Liang");
  CHECK(article.mentions[1].token_count == 1);
  CHECK(article.text.substr(article.mentions[1].span.start, 5) == "Liang");
  CHECK(article.mentions[2].title == "Dr");
  CHECK(article.mentions[3].title == "Chief Executive");
  CHECK(article.mentions[4].title == "Ms");
}

TEST_CASE("aliases: a title alone, or one in another sentence, is not split") {
  Article article = plain_article("He thanked the President. Mr. Then Kovac left.");
  add_mention(article, EntityType::kPerson, "President");
  add_mention(article, EntityType::kPerson, "Kovac");
  entities::split_titles(article);
  CHECK(article.mentions[0].title.empty());
  CHECK(mention_text(article, article.mentions[0]) == "President");
  CHECK(article.mentions[1].title.empty());
}

TEST_CASE("aliases: short forms link to the full name within an article") {
  Report report;
  Article article = plain_article(
      "Liang Wenfeng founded the lab. Liang rarely speaks. Gregory C. Allen said Mr. Liang's team is small. "
      "Allen added that Marina Zhang agreed. Ms Zhang declined to comment.");
  add_mention(article, EntityType::kPerson, "Liang Wenfeng");
  add_mention(article, EntityType::kPerson, "Liang", 1);
  add_mention(article, EntityType::kPerson, "Gregory C. Allen");
  add_mention(article, EntityType::kPerson, "Liang", 2);  // "Mr. Liang's": possessive left out
  add_mention(article, EntityType::kPerson, "Allen", 1);
  add_mention(article, EntityType::kPerson, "Marina Zhang");
  add_mention(article, EntityType::kPerson, "Zhang", 1);
  entities::split_titles(article);
  report.articles.push_back(std::move(article));
  entities::link_entities(report);
  REQUIRE(report.entities.size() == 3);
  CHECK(report.entities[0].name == "Liang Wenfeng");
  CHECK(report.entities[0].mentions == 3);
  CHECK(report.entities[0].aliases == std::vector<std::string>{"Liang"});
  CHECK(aliases_of(report, "Gregory C. Allen") == std::vector<std::string>{"Allen"});
  CHECK(aliases_of(report, "Marina Zhang") == std::vector<std::string>{"Zhang"});
  const Article& linked = report.articles[0];
  CHECK(linked.mentions[3].title == "Mr.");
  CHECK(linked.mentions[3].entity == linked.mentions[0].entity);
  CHECK(report.entities[linked.mentions[6].entity].name == "Marina Zhang");
}

TEST_CASE("aliases: an ambiguous short name goes to the nearest full name before it") {
  Report report;
  Article article = plain_article("Wei Zhang spoke first. Zhang was brief. Then Marina Zhang spoke. Zhang was long.");
  add_mention(article, EntityType::kPerson, "Wei Zhang");
  add_mention(article, EntityType::kPerson, "Zhang", 1);
  add_mention(article, EntityType::kPerson, "Marina Zhang");
  add_mention(article, EntityType::kPerson, "Zhang", 3);
  report.articles.push_back(std::move(article));
  entities::link_entities(report);
  const Article& a = report.articles[0];
  CHECK(a.mentions[1].entity == a.mentions[0].entity);
  CHECK(a.mentions[3].entity == a.mentions[2].entity);
  CHECK(a.mentions[0].entity != a.mentions[2].entity);
}

TEST_CASE("aliases: equivalents and acronyms") {
  Report report;
  Article article = plain_article(
      "The US and the U.S. Treasury differ; United States law and America agree. The Securities and Exchange "
      "Commission (SEC) acted. Later the SEC fined the European Union, and the EU paid. The UK and Britain "
      "watched.");
  add_mention(article, EntityType::kLocation, "US");
  add_mention(article, EntityType::kLocation, "U.S.");
  add_mention(article, EntityType::kLocation, "United States");
  add_mention(article, EntityType::kLocation, "America");
  add_mention(article, EntityType::kOrganization, "Securities and Exchange Commission");
  add_mention(article, EntityType::kOrganization, "SEC");
  add_mention(article, EntityType::kOrganization, "SEC", 1);
  add_mention(article, EntityType::kOrganization, "European Union");
  add_mention(article, EntityType::kOrganization, "EU");
  add_mention(article, EntityType::kLocation, "UK");
  add_mention(article, EntityType::kLocation, "Britain");
  report.articles.push_back(std::move(article));
  entities::link_entities(report);
  const Entity* us = entity_named(report, "United States");
  REQUIRE(us != nullptr);
  CHECK(us->mentions == 4);
  CHECK(us->aliases == std::vector<std::string>{"America", "U.S.", "US"});
  const Entity* sec = entity_named(report, "Securities and Exchange Commission");
  REQUIRE(sec != nullptr);
  CHECK(sec->mentions == 3);
  CHECK(sec->aliases == std::vector<std::string>{"SEC"});
  CHECK(aliases_of(report, "European Union") == std::vector<std::string>{"EU"});
  CHECK(aliases_of(report, "United Kingdom") == std::vector<std::string>{"Britain", "UK"});
  CHECK(report.entities.size() == 4);
}

TEST_CASE("aliases: across articles, one entity with counts per article") {
  Report report;
  Article first = plain_article("Liang Wenfeng runs DeepSeek. Liang met US officials.", 0);
  add_mention(first, EntityType::kPerson, "Liang Wenfeng");
  add_mention(first, EntityType::kOrganization, "DeepSeek");
  add_mention(first, EntityType::kPerson, "Liang", 1);
  add_mention(first, EntityType::kLocation, "US");
  Article second = plain_article("Mr. Liang said DEEPSEEK would grow in the United States. Liang smiled.", 1);
  add_mention(second, EntityType::kPerson, "Liang");
  add_mention(second, EntityType::kOrganization, "DEEPSEEK");
  add_mention(second, EntityType::kLocation, "United States");
  add_mention(second, EntityType::kPerson, "Liang", 1);
  entities::split_titles(second);
  Article third = plain_article("Zhang and Liang Chen met.", 2);  // no names tagged here
  report.articles.push_back(std::move(first));
  report.articles.push_back(std::move(second));
  report.articles.push_back(std::move(third));
  entities::link_entities(report);
  const Entity* liang = entity_named(report, "Liang Wenfeng");
  REQUIRE(liang != nullptr);
  CHECK(liang->mentions == 4);
  REQUIRE(liang->articles.size() == 2);
  CHECK(liang->articles[0].article == 0);
  CHECK(liang->articles[0].mentions == 2);
  CHECK(liang->articles[1].article == 1);
  CHECK(liang->articles[1].mentions == 2);
  CHECK(liang->aliases == std::vector<std::string>{"Liang"});
  const Entity* deepseek = entity_named(report, "DeepSeek");
  REQUIRE(deepseek != nullptr);
  CHECK(deepseek->aliases == std::vector<std::string>{"DEEPSEEK"});
  CHECK(entity_named(report, "United States")->mentions == 2);
  // Ordered by type, then mentions, then name; ids follow the order; mentions point at them.
  for (size_t i = 0; i < report.entities.size(); ++i) {
    CHECK(report.entities[i].id == i);
    if (i > 0) {
      const Entity& p = report.entities[i - 1];
      const Entity& e = report.entities[i];
      CHECK((p.type < e.type || (p.type == e.type && (p.mentions > e.mentions ||
                                                       (p.mentions == e.mentions && p.name <= e.name)))));
    }
  }
  CHECK(report.entities[report.articles[1].mentions[0].entity].name == "Liang Wenfeng");
}

TEST_CASE("aliases: an acronym merges with the organization spelled out in another article") {
  Report report;
  Article first = plain_article("The Harbour Safety Board met.", 0);
  add_mention(first, EntityType::kOrganization, "Harbour Safety Board");
  Article second = plain_article("The HSB said no.", 1);
  add_mention(second, EntityType::kOrganization, "HSB");
  report.articles.push_back(std::move(first));
  report.articles.push_back(std::move(second));
  entities::link_entities(report);
  REQUIRE(report.entities.size() == 1);
  CHECK(report.entities[0].name == "Harbour Safety Board");
  CHECK(report.entities[0].aliases == std::vector<std::string>{"HSB"});
}

TEST_CASE("aliases: periods, apostrophes and case do not split a name") {
  Report report;
  Article first = plain_article("Gregory C. Allen met Dan O\xE2\x80\x99" "Brien.", 0);
  add_mention(first, EntityType::kPerson, "Gregory C. Allen");
  add_mention(first, EntityType::kPerson, "Dan O\xE2\x80\x99" "Brien");
  Article second = plain_article("GREGORY C ALLEN met Dan O'Brien.", 1);
  add_mention(second, EntityType::kPerson, "GREGORY C ALLEN");
  add_mention(second, EntityType::kPerson, "Dan O'Brien");
  report.articles.push_back(std::move(first));
  report.articles.push_back(std::move(second));
  entities::link_entities(report);
  REQUIRE(report.entities.size() == 2);
  CHECK(aliases_of(report, "Gregory C. Allen") == std::vector<std::string>{"GREGORY C ALLEN"});
  CHECK(report.entities[0].mentions == 2);
  CHECK(report.entities[1].mentions == 2);
}

TEST_CASE("aliases: a short form in another article stays apart when two full names fit") {
  Report report;
  Article first = plain_article("Wei Zhang met Marina Zhang.", 0);
  add_mention(first, EntityType::kPerson, "Wei Zhang");
  add_mention(first, EntityType::kPerson, "Marina Zhang");
  Article second = plain_article("Zhang left.", 1);
  add_mention(second, EntityType::kPerson, "Zhang");
  report.articles.push_back(std::move(first));
  report.articles.push_back(std::move(second));
  entities::link_entities(report);
  CHECK(report.entities.size() == 3);
  CHECK(entity_named(report, "Zhang") != nullptr);
}

TEST_CASE("aliases: pattern mentions merge by type and value") {
  Report report;
  report.articles.push_back(plain_article("It opened on January 28, 2025 and cost $6 million.", 0));
  report.articles.push_back(plain_article("It opened on Jan. 28, 2025 at a cost of 6 million dollars.", 1));
  for (Article& article : report.articles) entities::find_pattern_mentions(article, article.mentions);
  entities::link_entities(report);
  const Entity* date = entity_named(report, "January 28, 2025");
  REQUIRE(date != nullptr);
  CHECK(date->value == "2025-01-28");
  CHECK(date->mentions == 2);
  CHECK(date->aliases == std::vector<std::string>{"Jan. 28, 2025"});
  const Entity* money = entity_named(report, "6 million dollars");
  REQUIRE(money != nullptr);
  CHECK(money->value == "6000000 USD");
  CHECK(money->aliases == std::vector<std::string>{"$6 million"});
}

TEST_CASE("aliases: bad input") {
  Report empty;
  entities::link_entities(empty);
  CHECK(empty.entities.empty());
  Report blank;
  blank.articles.push_back(plain_article(""));
  entities::split_titles(blank.articles[0]);
  entities::link_entities(blank);
  CHECK(blank.entities.empty());

  // Many mentions in one long sentence: 20,000 full names sharing a first name, each followed
  // by that first name alone, which fits all of them.
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Ann Lee" + std::to_string(i) + " met Ann and ";
  text += "end.";
  Article article = plain_article(text);
  REQUIRE(article.sentences.size() == 1);
  CHECK(article.tokens.size() >= 100000);
  for (uint32_t i = 0; i < 20000; ++i) {
    for (auto [first, count] : {std::pair<uint32_t, uint32_t>{5 * i, 2}, {5 * i + 3, 1}}) {
      Mention m;
      m.type = EntityType::kPerson;
      m.first_token = first;
      m.token_count = count;
      m.span = entities::token_span(article, first, count);
      article.mentions.push_back(m);
    }
  }
  entities::split_titles(article);
  Report big;
  big.articles.push_back(std::move(article));
  entities::link_entities(big);
  CHECK(big.entities.size() == 20000);
  CHECK(big.articles[0].mentions[3].entity == big.articles[0].mentions[2].entity);

  // All capitals and other scripts.
  Report mixed;
  Article caps = plain_article("LIANG WENFENG MET \xE6\xA2\x81\xE6\x96\x87\xE9\x94\x8B IN \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0.");
  add_mention(caps, EntityType::kPerson, "LIANG WENFENG");
  add_mention(caps, EntityType::kPerson, "\xE6\xA2\x81\xE6\x96\x87\xE9\x94\x8B");
  add_mention(caps, EntityType::kLocation, "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
  mixed.articles.push_back(std::move(caps));
  entities::link_entities(mixed);
  CHECK(mixed.entities.size() == 3);
}
