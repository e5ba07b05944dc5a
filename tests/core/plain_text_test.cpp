#include <doctest/doctest.h>

#include <string>

#include "parse/plain_text.hpp"

using newsprism::BlockKind;
using newsprism::parse::split_plain_blocks;

namespace {
std::string text_of(std::string_view text, const newsprism::parse::RawBlock& block) {
  return std::string(text.substr(block.start, block.end - block.start));
}
}  // namespace

TEST_CASE("blank lines separate paragraphs and a short first line is the title") {
  std::string text = "Harbour reopens after storm\n\nThe harbour reopened on Monday.\n\nBoats returned.";
  auto blocks = split_plain_blocks(text);
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].kind == BlockKind::kTitle);
  CHECK(text_of(text, blocks[0]) == "Harbour reopens after storm");
  CHECK(blocks[1].kind == BlockKind::kParagraph);
  CHECK(text_of(text, blocks[2]) == "Boats returned.");
}

TEST_CASE("one paragraph per line is split per line") {
  std::string text =
      "Council votes on budget\n"
      "The council met on Tuesday evening to vote on the budget.\n"
      "Members argued for three hours.\n"
      "The budget passed by one vote.";
  auto blocks = split_plain_blocks(text);
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[0].kind == BlockKind::kTitle);
  CHECK(text_of(text, blocks[3]) == "The budget passed by one vote.");
}

TEST_CASE("hard-wrapped lines are joined into one paragraph") {
  std::string text =
      "The committee published its report on the state of the\n"
      "regional rail network, finding that most lines run late\n"
      "during the winter months and that repairs are overdue.";
  auto blocks = split_plain_blocks(text);
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].kind == BlockKind::kParagraph);
}

TEST_CASE("a single line is a paragraph, not a title") {
  auto blocks = split_plain_blocks("Just one line");
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].kind == BlockKind::kParagraph);
}

TEST_CASE("a first line ending in a full stop is not a title") {
  std::string text = "This opening sentence ends with a period.\nAnother one follows.";
  auto blocks = split_plain_blocks(text);
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].kind == BlockKind::kParagraph);
}

TEST_CASE("empty and space-only text give no blocks") {
  CHECK(split_plain_blocks("").empty());
  CHECK(split_plain_blocks("   \n \n").empty());
}
