// Dates, times, money, percentages, quantities and numbers found by rules, with their values.
// Every sentence here is written for these tests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "entities/patterns.hpp"
#include "entity_test_support.hpp"
#include "newsprism/analyze.hpp"

using namespace newsprism;

namespace {

// "TYPE text=value" for every expression of `text`, in order.
std::vector<std::string> found(std::string_view text) {
  Article article = testing::plain_article(text);
  std::vector<Mention> mentions;
  entities::find_pattern_mentions(article, mentions);
  std::vector<std::string> out;
  for (const Mention& m : mentions) {
    out.push_back(std::string(entity_type_name(m.type)) + " " +
                  article.text.substr(m.span.start, m.span.end - m.span.start) + "=" + m.value);
  }
  return out;
}

using Found = std::vector<std::string>;

}  // namespace

TEST_CASE("patterns: calendar dates in their written forms") {
  CHECK(found("The plant opened on January 28, 2025 after a delay.") == Found{"DATE January 28, 2025=2025-01-28"});
  CHECK(found("It closed on 28 Jan 2025 for good.") == Found{"DATE 28 Jan 2025=2025-01-28"});
  CHECK(found("The vote is due Jan. 28 at the latest.") == Found{"DATE Jan. 28=--01-28"});
  CHECK(found("The filing is dated 2025-01-28 in the register.") == Found{"DATE 2025-01-28=2025-01-28"});
  CHECK(found("The filing is dated 28.01.2025 in the register.") == Found{"DATE 28.01.2025=2025-01-28"});
  CHECK(found("Sales fell in March 2024 and again in May.") ==
        Found{"DATE March 2024=2024-03", "DATE May=--05"});
  CHECK(found("Prices may rise. March on, they said.") == Found{});
  CHECK(found("The club met on Monday, Jan. 27, 2025 and on Friday.") ==
        Found{"DATE Monday, Jan. 27, 2025=2025-01-27", "DATE Friday=friday"});
  CHECK(found("The form said 1/28/2025 but the copy said 3/4/2025.") ==
        Found{"DATE 1/28/2025=2025-01-28", "DATE 3/4/2025="});
}

TEST_CASE("patterns: years, decades and relative dates") {
  CHECK(found("The lab was founded in 2023 by two chemists.") ==
        Found{"DATE 2023=2023", "CARDINAL two=2"});
  CHECK(found("The 2024 election drew 2024 voters to its 2023 report.") ==
        Found{"DATE 2024=2024", "CARDINAL 2024=2024", "DATE 2023=2023"});
  CHECK(found("Output grew between 2019 and 2020 and in fiscal 2024.") ==
        Found{"DATE 2019=2019", "DATE 2020=2020", "DATE 2024=2024"});
  CHECK(found("Toys of the 1990s and the '80s sold well.") == Found{"DATE 1990s=1990s", "DATE '80s=1980s"});
  CHECK(found("The board met last week and will meet again next month.") ==
        Found{"DATE last week=last week", "DATE next month=next month"});
  CHECK(found("Earlier this year the firm hired staff; today it fired them.") ==
        Found{"DATE Earlier this year=earlier this year", "DATE today=today"});
  CHECK(found("Rents doubled over the past five years and two years ago.") ==
        Found{"DATE the past five years=the past five years", "DATE two years ago=two years ago"});
  CHECK(found("Over the past week, and the previous month, it rained.") ==
        Found{"DATE the past week=the past week", "DATE the previous month=the previous month"});
  CHECK(found("The trial lasted three months and the verdict took 30 minutes.") ==
        Found{"DATE three months=P3M", "TIME 30 minutes=PT30M"});
  CHECK(found("Work resumes in mid-2026 and ends in Q3 2027.") == Found{"DATE mid-2026=2026", "DATE Q3 2027=2027-Q3"});
}

TEST_CASE("patterns: times") {
  CHECK(found("The ferry left at 3:30 p.m. and returned at 10am.") ==
        Found{"TIME 3:30 p.m.=15:30", "TIME 10am=10:00"});
  CHECK(found("Polls close at 9 p.m. GMT and open at noon.") == Found{"TIME 9 p.m. GMT=21:00 GMT", "TIME noon=12:00"});
  CHECK(found("The alarm rang at 12:15 am, then at 07:05.") == Found{"TIME 12:15 am=00:15", "TIME 07:05=07:05"});
  CHECK(found("Doors open at 9.30am, and the fee is 9.30 dollars.") ==
        Found{"TIME 9.30am=09:30", "MONEY 9.30 dollars=9.3 USD"});
  CHECK(found("They met at five o'clock this morning.") ==
        Found{"TIME five o'clock=05:00", "TIME this morning=this morning"});
}

TEST_CASE("patterns: money with symbols, codes and words") {
  CHECK(found("The start-up raised $6 million from investors.") == Found{"MONEY $6 million=6000000 USD"});
  CHECK(found("A licence costs 90,000 yuan ($12,400) a year.") ==
        Found{"MONEY 90,000 yuan=90000 CNY", "MONEY $12,400=12400 USD"});
  CHECK(found("The grant was \xE2\x82\xAC" "5bn, the loan US$1.2 billion.") ==
        Found{"MONEY \xE2\x82\xAC" "5bn=5000000000 EUR", "MONEY US$1.2 billion=1200000000 USD"});
  CHECK(found("They paid 5 million dollars and 2.3bn euros.") ==
        Found{"MONEY 5 million dollars=5000000 USD", "MONEY 2.3bn euros=2300000000 EUR"});
  CHECK(found("Fares rose to HK$5 and \xC2\xA3" "3.2m was spent.") ==
        Found{"MONEY HK$5=5 HKD", "MONEY \xC2\xA3" "3.2m=3200000 GBP"});
  CHECK(found("Budgets of $5-10 million are common.") == Found{"MONEY $5-10 million=5000000..10000000 USD"});
  CHECK(found("It cost more than $5 million and 50 cents.") ==
        Found{"MONEY more than $5 million=>5000000 USD", "MONEY 50 cents=0.5 USD"});
  CHECK(found("The fund holds 300 million Hong Kong dollars and 4 trillion won.") ==
        Found{"MONEY 300 million Hong Kong dollars=300000000 HKD", "MONEY 4 trillion won=4000000000000 KRW"});
  CHECK(found("The side won 3 matches.") == Found{"CARDINAL 3=3"});
}

TEST_CASE("patterns: percentages and quantities") {
  CHECK(found("Profit rose 3.5% while costs fell 40 percent, or 40 per cent.") ==
        Found{"PERCENT 3.5%=3.5", "PERCENT 40 percent=40", "PERCENT 40 per cent=40"});
  CHECK(found("Rates moved 10-15% and then 2 percentage points.") ==
        Found{"PERCENT 10-15%=10..15", "PERCENT 2 percentage points=2 pp"});
  CHECK(found("Support rose from 2.5 percentage points to 40.5% and prices rose 5% to 10%.") ==
        Found{"PERCENT 2.5 percentage points=2.5 pp", "PERCENT 40.5%=40.5", "PERCENT 5%=5", "PERCENT 10%=10"});
  CHECK(found("Members grew from 10,000 to 50,000 and the lake fell to -5 degrees Celsius, -3.5%.") ==
        Found{"CARDINAL 10,000=10000", "CARDINAL 50,000=50000", "QUANTITY -5 degrees Celsius=-5 \xC2\xB0" "C",
              "PERCENT -3.5%=-3.5"});
  CHECK(found("The track is 5 km long and the farm makes 3.5 GW.") ==
        Found{"QUANTITY 5 km=5 km", "QUANTITY 3.5 GW=3.5 GW"});
  CHECK(found("The truck carried 20 tonnes, then 10 kilograms, on 7nm chips.") ==
        Found{"QUANTITY 20 tonnes=20 t", "QUANTITY 10 kilograms=10 kg", "QUANTITY 7nm=7 nm"});
  CHECK(found("It was 30\xC2\xB0" "C at noon.") == Found{"QUANTITY 30\xC2\xB0" "C=30 \xC2\xB0" "C", "TIME noon=12:00"});
}

TEST_CASE("patterns: cardinals, ranges, comparisons and ordinals") {
  CHECK(found("The firm bought 2,000 A100 chips.") == Found{"CARDINAL 2,000=2000"});
  CHECK(found("Orders of 10,000 to 50,000 units came in.") == Found{"CARDINAL 10,000 to 50,000=10000..50000"});
  CHECK(found("Fewer than 140 people and at least 12 dogs came.") ==
        Found{"CARDINAL Fewer than 140=<140", "CARDINAL at least 12=>=12"});
  CHECK(found("Two million visitors and dozens of guides, a dozen boats.") ==
        Found{"CARDINAL Two million=2000000", "CARDINAL dozens=", "CARDINAL a dozen=12"});
  CHECK(found("It placed third, then 21st, then twenty-first.") ==
        Found{"ORDINAL third=3", "ORDINAL 21st=21", "ORDINAL twenty-first=21"});
  CHECK(found("No one knew which one; one another.") == Found{});
  CHECK(found("Wait a second, the second bus is late.") == Found{"ORDINAL second=2"});
  CHECK(found("It employs between 10 and 20 staff and 1.2bn users.") ==
        Found{"CARDINAL between 10 and 20=10..20", "CARDINAL 1.2bn=1200000000"});
  CHECK(found("Call 555-123-4567 now.") == Found{});
}

TEST_CASE("patterns: numbers inside URLs, e-mails and names are not read") {
  CHECK(found("See https://example.com/2025/01/28 or write to desk2025@example.org today.") ==
        Found{"DATE today=today"});
  CHECK(found("The GPT-4o and DeepSeek-V3 models and COVID-19 were discussed.") == Found{});
}

TEST_CASE("patterns: bad input stays linear and safe") {
  CHECK(found("").empty());
  CHECK(found("JANUARY 28, 2025: PROFITS ROSE 40 PERCENT LAST WEEK.") ==
        Found{"DATE JANUARY 28, 2025=2025-01-28", "PERCENT 40 PERCENT=40", "DATE LAST WEEK=last week"});
  CHECK(found("\xE5\x9C\xA8" "2025\xE5\xB9\xB4" " \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 100 \xD9\x85\xD9\x84\xD9\x8A\xD9\x88\xD9\x86").size() <= 3);
  // One sentence of 100,000 tokens: numbers, currency signs and connectors without end.
  std::string long_sentence;
  for (int i = 0; i < 20000; ++i) long_sentence += "$5 to 10 million - ";
  Article article = testing::plain_article(long_sentence);
  std::vector<Mention> mentions;
  entities::find_pattern_mentions(article, mentions);
  CHECK(article.tokens.size() >= 100000);
  CHECK(!mentions.empty());
  std::string digits(5000, '9');
  CHECK(found(digits + " and 1," + digits).size() <= 2);
}

TEST_CASE("patterns: a soup of numbers, marks and date words gives ordered, disjoint expressions") {
  // A fixed pseudo-random mix of the pieces the rules read, so every rule meets every neighbour.
  const char* pieces[] = {"$",     "5",      "10,000", "to",     "-",      "million", "%",     "per",  "cent",
                          "Jan.",  "28",     ",",      "2025",   "in",     "the",     "past",  "five", "years",
                          "ago",   "3:30",   "p.m.",   "GMT",    "more",   "than",    "US$1.2", "bn", "yuan",
                          "(",     ")",      "1990s",  "'",      "90s",    "third",   "21st",  "km",  "\xC2\xB0",
                          "C",     "Monday", "last",   "week",   "between", "and",    "dozens", "of", "a",
                          "dozen", "one",    "second", "2025-01-28", "1/2/2025", "\"", "\xE2\x80\x9C", "said", "he"};
  const size_t piece_count = sizeof(pieces) / sizeof(pieces[0]);
  std::string text;
  uint64_t state = 0x243F6A8885A308D3ull;
  for (int i = 0; i < 30000; ++i) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    text += pieces[(state >> 33) % piece_count];
    text += ((state >> 20) & 3) == 0 ? "" : " ";
  }
  Article article = testing::plain_article(text);
  std::vector<Mention> mentions;
  entities::find_pattern_mentions(article, mentions);
  CHECK(!mentions.empty());
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    REQUIRE(m.token_count > 0);
    REQUIRE(m.sentence < article.sentences.size());
    const SentenceSpan& s = article.sentences[m.sentence];
    CHECK(m.first_token >= s.first_token);
    CHECK(m.first_token + m.token_count <= s.first_token + s.token_count);
    if (i > 0) CHECK(mentions[i - 1].first_token + mentions[i - 1].token_count <= m.first_token);
  }
}
