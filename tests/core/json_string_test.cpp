// Raw JSON strings decoded by the project's walker (parse/json_string.hpp) against simdjson's own
// decoding, which the walker stands in for when a WordPress body is left in the input.
#include <doctest/doctest.h>

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "parse/json_articles.hpp"
#include "parse/json_string.hpp"

using namespace newsprism;

namespace {

// What simdjson makes of the JSON string literal `literal` (quotes included), as the reader
// asks it to (replacing lone surrogates); nullopt when it refuses it.
std::optional<std::string> simdjson_decodes(const std::string& literal) {
  const std::string document = "[" + literal + "]";
  simdjson::padded_string padded(document);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  if (parser.iterate(padded).get(doc) != simdjson::SUCCESS) return std::nullopt;
  simdjson::ondemand::array array;
  if (doc.get_array().get(array) != simdjson::SUCCESS) return std::nullopt;
  for (auto element : array) {
    simdjson::ondemand::value value;
    if (element.get(value) != simdjson::SUCCESS) return std::nullopt;
    std::string_view text;
    if (value.get_string(true).get(text) != simdjson::SUCCESS) return std::nullopt;
    return std::string(text);
  }
  return std::nullopt;
}

// What the walker makes of it: check, then decode with the map; nullopt when the check refuses.
std::optional<std::string> walker_decodes(const std::string& literal, OffsetMap& map) {
  const parse::JsonStringCheck check = parse::check_json_string(std::string_view(literal).substr(1));
  if (!check.valid) return std::nullopt;
  std::unique_ptr<char[]> buffer(new char[check.length + 1]);
  const size_t length = parse::decode_json_string(literal, 0, check.length, buffer.get(), map);
  REQUIRE(length != std::string_view::npos);
  return std::string(buffer.get(), length);
}

}  // namespace

TEST_CASE("json strings: the walker decodes every escape as simdjson does, and refuses what it refuses") {
  const std::vector<std::string> cases = {
      R"("")", R"("plain text")", R"("<p>Line<\/p>\n<p>Two<\/p>")", R"("quote \" and \\ and \/")",
      R"("\b\f\n\r\t")", R"("\u00e9\u2019\u20AC")", R"("\u0000 nul")", R"("\ud83c\udf0a wave")",
      R"("lone high \ud83c then text")", R"("lone low \udf0a")", R"("high then high \ud83c\ud83c\udf0a")",
      R"("high then other \ud83c\u0041")", R"("bad escape \x41")", R"("bad hex \u00g1")",
      R"("short hex \u12")", R"("high then bad \ud83c\uzzzz")", R"("ends with high \ud83c")",
      R"("caf\u00C3\u00A9")", "\"\xC3\xA9t\xC3\xA9 \\u00e9\""};
  for (const std::string& literal : cases) {
    CAPTURE(literal);
    OffsetMap map;
    const std::optional<std::string> ours = walker_decodes(literal, map);
    const std::optional<std::string> theirs = simdjson_decodes(literal);
    CHECK(ours.has_value() == theirs.has_value());
    if (ours && theirs) CHECK(*ours == *theirs);
  }
  // Random mixes of the same pieces.
  const std::string pieces[] = {"a", "<p>", "<\\/p>", "\\n", "\\\"", "\\\\", "\\u00e9", "\\u2019", "\\ud83c\\udf0a",
                                "\\ud83c", "\\udf0a", "\\t", "\xC3\xA9", " ", "\\u0000", "\\/"};
  uint64_t state = 99;
  for (int round = 0; round < 2000; ++round) {
    std::string literal = "\"";
    const int count = static_cast<int>(state % 40);
    for (int i = 0; i < count; ++i) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      literal += pieces[(state >> 33) % std::size(pieces)];
    }
    literal += "\"";
    CAPTURE(literal);
    OffsetMap map;
    const std::optional<std::string> ours = walker_decodes(literal, map);
    const std::optional<std::string> theirs = simdjson_decodes(literal);
    REQUIRE(ours.has_value() == theirs.has_value());
    if (ours) {
      CHECK(*ours == *theirs);
      // The map leads the decoded text's ends to the string's ends in the literal.
      CHECK(map.to_source(0) == 1);
      CHECK(map.to_source(static_cast<uint32_t>(ours->size())) == literal.size() - 1);
    }
  }
}

TEST_CASE("json strings: each escape maps to its whole sequence; blank strings are told apart") {
  const std::string literal = R"("a\u00e9b\nc")";
  OffsetMap map;
  const std::optional<std::string> decoded = walker_decodes(literal, map);
  REQUIRE(decoded);
  CHECK(*decoded == "a\xC3\xA9" "b\nc");
  CHECK(map.to_source(1) == 2);   // the escape of é starts at the backslash
  CHECK(map.to_source(3) == 8);   // 'b' comes after the six bytes of \u00e9
  CHECK(map.to_source(5) == 11);  // 'c' after "\n"

  CHECK(parse::check_json_string(R"( \n\t\u0020 ")").blank);
  CHECK(parse::check_json_string(R"(")").blank);
  CHECK_FALSE(parse::check_json_string(R"( \n x ")").blank);
  CHECK_FALSE(parse::check_json_string(R"(\u00a0")").blank);
  CHECK_FALSE(parse::check_json_string(R"(no closing quote)").valid);
}

TEST_CASE("json strings: a WordPress body left in the input reads as the decoded one did") {
  // content.rendered stays in the input (body_in_input) unless its string is refused; either way
  // the article's body is the decoded string, and a refused one fails the document as before.
  const std::string good = R"([{"title":{"rendered":"A"},"content":{"rendered":"<p>Caf\u00e9 \ud83c\udf0a<\/p>\n"}}])";
  std::optional<parse::JsonExtraction> read = parse::extract_json_articles(good);
  REQUIRE(read);
  REQUIRE(read->articles.size() == 1);
  CHECK(read->articles[0].body_in_input);
  CHECK(parse::json_body(read->articles[0], good) == "<p>Caf\xC3\xA9 \xF0\x9F\x8C\x8A</p>\n");

  const std::string blank = R"([{"title":{"rendered":"A"},"content":{"rendered":" \n "},"excerpt":{"rendered":"Short."}}])";
  read = parse::extract_json_articles(blank);
  REQUIRE(read);
  REQUIRE(read->articles.size() == 1);
  CHECK_FALSE(read->articles[0].body_in_input);  // a blank body is no body
  CHECK(read->articles[0].body.empty());

  const std::string bad = R"([{"title":{"rendered":"A"},"content":{"rendered":"<p>One<\/p>"}},)"
                          R"({"title":{"rendered":"B"},"content":{"rendered":"<p>Bad \x escape<\/p>"}}])";
  read = parse::extract_json_articles(bad);
  REQUIRE(read);
  REQUIRE(read->articles.size() == 1);  // the article before the bad string is kept
  REQUIRE_FALSE(read->issues.empty());
  CHECK(read->issues[0].code == "json_invalid");
}

TEST_CASE("json strings: decoding refuses a length that does not end at a quote, and never writes past it") {
  const std::string input = R"(x"ab\"cd" tail)";
  OffsetMap map;
  char room[16];
  CHECK(parse::decode_json_string(input, 1, 6, room, map) == 5);  // ab"cd
  CHECK(std::string(room, 5) == "ab\"cd");
  for (size_t wrong : {0u, 3u, 4u, 5u, 7u, 11u, 12u, 100u}) {
    char guarded[8 + 4];
    std::fill(guarded, guarded + sizeof guarded, '#');
    CHECK(parse::decode_json_string(input, 1, wrong, guarded, map) == std::string_view::npos);
    for (size_t i = std::min<size_t>(wrong, sizeof guarded); i < sizeof guarded; ++i) CHECK(guarded[i] == '#');
  }
  CHECK(parse::decode_json_string(input, 0, 6, room, map) == std::string_view::npos);  // no quote there
}
