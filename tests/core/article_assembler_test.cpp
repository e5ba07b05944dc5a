// The rules every format shares, seen through plain pastes: title, repeated title, byline,
// boilerplate lines and trailers, captions, sentences and tokens, offsets back to the input.
#include <doctest/doctest.h>

#include "report_test_support.hpp"

using namespace newsprism;
using namespace newsprism::testing;

namespace {

const std::string kLongParagraph =
    "The council voted on Tuesday to keep the harbour open through the winter, after a season in "
    "which the number of fishing boats using it rose by a third and the ferry added two sailings.";

}  // namespace

TEST_CASE("assembler: a title pasted twice is marked, the first copy stays the title") {
  Report report = analyze_bytes("Harbour stays open\n\nHarbour stays open\n\n" + kLongParagraph + "\n");
  const Article& article = report.articles.at(0);
  CHECK(shape(article) == "txp");
  CHECK(article.blocks[1].reason == "repeated-title");
  CHECK(article.metadata.title == "Harbour stays open");
}

TEST_CASE("assembler: a byline fills authors and a relative date stays as written") {
  Report report = analyze_bytes("Harbour stays open\n\nMara Lindqvist · 2 days ago · 3 minutes read\n\n" +
                                kLongParagraph + "\n");
  const Article& article = report.articles.at(0);
  CHECK(shape(article) == "tbp");
  REQUIRE(article.metadata.authors.size() == 1);
  CHECK(article.metadata.authors[0] == "Mara Lindqvist");
  CHECK(article.metadata.published.empty());
  CHECK(article.metadata.published_relative == "2 days ago");
}

TEST_CASE("assembler: a dated byline gives an ISO date") {
  Report report = analyze_bytes("Harbour stays open\n\nBy Mara Lindqvist | January 28, 2025\n\n" + kLongParagraph + "\n");
  const Article& article = report.articles.at(0);
  CHECK(shape(article) == "tbp");
  CHECK(article.metadata.published == "2025-01-28");
}

TEST_CASE("assembler: a trailer in the second half marks itself and what follows") {
  Report report = analyze_bytes("Harbour stays open\n\n" + kLongParagraph + "\n\n" + kLongParagraph +
                                "\n\nTags\n\nHarbour\n\nWinter\n");
  const Article& article = report.articles.at(0);
  CHECK(shape(article) == "tppxxx");
  CHECK(article.blocks[3].reason == "tags");
  CHECK(article.blocks[5].reason == "tags");
}

TEST_CASE("assembler: a trailer word followed by more article is only itself") {
  Report report = analyze_bytes("Harbour stays open\n\n" + kLongParagraph + "\n\n" + kLongParagraph +
                                "\n\nComments\n\n" + kLongParagraph + " It will review the decision in spring.\n");
  const Article& article = report.articles.at(0);
  CHECK(shape(article) == "tppxp");
}

TEST_CASE("assembler: furniture lines and captions inside the body") {
  Report report = analyze_bytes("Harbour stays open\n\n" + kLongParagraph +
                                "\n\nAdvertisement\n\nPhoto: Harbour office\n\n" + kLongParagraph + "\n");
  const Article& article = report.articles.at(0);
  CHECK(shape(article) == "tpxcp");
  CHECK(article.blocks[2].reason == "advertisement");
}

TEST_CASE("assembler: a site after the headline goes to the site") {
  Report report = analyze_bytes("Harbour stays open | Coastal Post\n\n" + kLongParagraph + "\n");
  const Article& article = report.articles.at(0);
  CHECK(article.metadata.title == "Harbour stays open");
  CHECK(article.metadata.site == "Coastal Post");
}

TEST_CASE("assembler: sentences and tokens cover the text with UTF-8 and UTF-16 offsets") {
  std::string input = "Caf\xC3\xA9 reopens\r\n\r\nMr. Liang said \xE2\x80\x9Cyes.\xE2\x80\x9D The U.S. agreed.\r\n";
  Report report = analyze_bytes(input);
  const Article& article = report.articles.at(0);
  REQUIRE(article.sentences.size() == 3);
  const SentenceSpan& second = article.sentences[1];
  std::string sentence = article.text.substr(second.span.start, second.span.end - second.span.start);
  CHECK(sentence == "Mr. Liang said \xE2\x80\x9Cyes.\xE2\x80\x9D");
  // "é" is two bytes but one UTF-16 unit, so the UTF-16 offsets run one behind.
  CHECK(second.span.start_utf16 + 1 == second.span.start);
  // The input offsets lead back to the same words in the CRLF input.
  CHECK(input.substr(second.span.input_start, 3) == "Mr.");
  CHECK(article.tokens[second.first_token].kind == TokenKind::kWord);
  CHECK(article.text.substr(article.tokens[second.first_token].range.start, 3) == "Mr.");
  CHECK(article.word_count == 9);
}

TEST_CASE("assembler: glued sentences are split") {
  Report report = analyze_bytes("It grew recently.Mr. Liang agreed. \"Fine,\" he said.\n");
  const Article& article = report.articles.at(0);
  CHECK(article.sentences.size() == 3);
}
