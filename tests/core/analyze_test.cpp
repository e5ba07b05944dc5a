#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "newsprism/analyze.hpp"

using namespace newsprism;

namespace {

Report analyze_one(std::string_view bytes, std::string_view source = "test") {
  Input input{source, bytes};
  Result<Report> result = analyze(std::span<const Input>(&input, 1));
  REQUIRE(result.ok());
  return std::move(result).value();
}

std::string block_text(const Article& article, size_t index) {
  const Span& span = article.blocks[index].span;
  return article.text.substr(span.start, span.end - span.start);
}

bool has_code(const std::vector<Diagnostic>& diagnostics, std::string_view code) {
  for (const Diagnostic& d : diagnostics) {
    if (d.code == code) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a plain paste becomes one article with a title and paragraphs") {
  std::string input = "Harbour reopens\r\n\r\nThe  harbour reopened\u00a0on Monday.\r\nBoats returned.\r\n";
  Report report = analyze_one(input);
  REQUIRE(report.articles.size() == 1);
  const Article& article = report.articles[0];
  CHECK(article.metadata.title == "Harbour reopens");
  CHECK(article.text == "Harbour reopens\n\nThe harbour reopened on Monday.\n\nBoats returned.");
  REQUIRE(article.blocks.size() == 3);
  CHECK(block_text(article, 1) == "The harbour reopened on Monday.");
  CHECK(article.word_count == 9);
  // Input offsets lead back to the bytes the user gave.
  const Span& second = article.blocks[1].span;
  CHECK(input.substr(second.input_start, second.input_end - second.input_start) ==
        "The  harbour reopened\u00a0on Monday.");
  const Span& third = article.blocks[2].span;
  CHECK(input.substr(third.input_start, third.input_end - third.input_start) == "Boats returned.");
}

TEST_CASE("UTF-16 offsets count what JavaScript counts") {
  Report report = analyze_one("T\xC3\xADtulo \xF0\x9F\x98\x80\n\nSecond paragraph here.");
  const Article& article = report.articles[0];
  REQUIRE(article.blocks.size() == 2);
  CHECK(article.blocks[0].span.end_utf16 == 9);  // "Título 😀": 7 + surrogate pair
  CHECK(article.blocks[1].span.start_utf16 == 11);
  CHECK(article.text_utf16_length == 11 + 22);
}

TEST_CASE("every input keeps its label and order") {
  std::vector<Input> inputs{{"one.txt", "First article body."}, {"two.txt", "Second article body."}};
  Result<Report> result = analyze(inputs);
  REQUIRE(result.ok());
  REQUIRE(result.value().articles.size() == 2);
  CHECK(result.value().articles[1].source == "two.txt");
  CHECK(result.value().inputs[1].articles == std::vector<uint32_t>{1});
}

TEST_CASE("bad input: invalid UTF-8 is repaired and reported") {
  Report report = analyze_one("Caf\xE9 au lait\n\nSecond paragraph.");
  const Article& article = report.articles[0];
  CHECK(has_code(article.diagnostics, "invalid_utf8"));
  CHECK(article.text.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(article.text.find("au lait") != std::string::npos);
}

TEST_CASE("bad input: NUL bytes are reported, the text around them kept") {
  Report report = analyze_one(std::string("Before\0after the NUL.", 21));
  REQUIRE(report.articles.size() == 1);
  CHECK(has_code(report.articles[0].diagnostics, "nul_bytes"));
  CHECK(report.articles[0].text.find("after the NUL.") != std::string::npos);
}

TEST_CASE("bad input: a PNG is reported as binary, not analyzed") {
  std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x01", 20);
  Report report = analyze_one(png, "picture.png");
  CHECK(report.articles.empty());
  REQUIRE(report.inputs.size() == 1);
  CHECK(report.inputs[0].format.name == "binary");
  CHECK(has_code(report.inputs[0].diagnostics, "binary_input"));
}

TEST_CASE("bad input: an empty paste gives a diagnostic and no article") {
  Report report = analyze_one("  \n\t\n");
  CHECK(report.articles.empty());
  CHECK(report.inputs[0].format.name == "empty");
  CHECK(has_code(report.inputs[0].diagnostics, "empty_input"));
}

TEST_CASE("limits give errors that name the limit") {
  Options options;
  options.max_input_bytes = 10;
  Input input{"big.txt", "more than ten bytes"};
  Result<Report> result = analyze(std::span<const Input>(&input, 1), options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kInputTooLarge);
  CHECK(result.error().message.find("max_input_bytes=10") != std::string::npos);

  options = Options{};
  options.max_inputs = 1;
  std::vector<Input> two{{"a", "x"}, {"b", "y"}};
  CHECK(analyze(two, options).error().code == ErrorCode::kTooManyInputs);

  options = Options{};
  options.max_input_bytes = 0;
  CHECK(analyze(two, options).error().code == ErrorCode::kInvalidOption);
}

TEST_CASE("bad input: every byte of a large text is accounted for") {
  // 4 MB of lines (the 64 MB case runs in the benchmark and the package test).
  std::string line = "A line of text with some words in it, repeated many times.\n";
  std::string input;
  while (input.size() < (4u << 20)) input += line;
  Report report = analyze_one(input);
  REQUIRE(report.articles.size() == 1);
  const Article& article = report.articles[0];
  CHECK(article.blocks.size() == input.size() / line.size());
  CHECK(article.blocks.back().span.input_end == input.size() - 1);
}

TEST_CASE("the JSON report is deterministic and names its schema version") {
  Report report = analyze_one("Title line\n\nBody \"quoted\" text.");
  std::string first = report_to_json(report);
  CHECK(first == report_to_json(report));
  CHECK(first.rfind(std::string("{\"schema_version\":\"") + newsprism::kReportSchemaVersion + "\"", 0) == 0);
  CHECK(first.find("\\\"quoted\\\"") != std::string::npos);
  std::string pretty = report_to_json(report, true);
  CHECK(pretty.find("\n  \"generator\": {") != std::string::npos);
}
