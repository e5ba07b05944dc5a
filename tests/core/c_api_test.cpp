#include <doctest/doctest.h>

#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "newsprism/extract.hpp"
#include "newsprism/newsprism.h"

TEST_CASE("C API: analyze, read the JSON, free") {
  const char* text = "Title\n\nBody text.";
  np_input input{"paste", 5, text, std::strlen(text)};
  np_report* report = nullptr;
  REQUIRE(np_analyze(&input, 1, nullptr, &report) == NP_OK);
  size_t length = 0;
  const char* json = np_report_json(report, &length);
  REQUIRE(json != nullptr);
  CHECK(length == std::strlen(json));
  CHECK(std::string(json).find("\"title\":\"Title\"") != std::string::npos);
  CHECK(np_report_error_message(report) == nullptr);
  np_report_free(report);
}

TEST_CASE("C API: a limit gives a status and a message, never a crash") {
  np_options options;
  np_options_init(&options);
  options.max_input_bytes = 4;
  np_input input{"big", 3, "12345", 5};
  np_report* report = nullptr;
  CHECK(np_analyze(&input, 1, &options, &report) == NP_INPUT_TOO_LARGE);
  REQUIRE(report != nullptr);
  CHECK(np_report_json(report, nullptr) == nullptr);
  CHECK(std::string(np_report_error_message(report)).find("max_input_bytes=4") != std::string::npos);
  np_report_free(report);

  CHECK(np_analyze(nullptr, 1, nullptr, &report) == NP_INVALID_ARGUMENT);
  np_report_free(report);
  CHECK(np_analyze(nullptr, 0, nullptr, nullptr) == NP_INVALID_ARGUMENT);
  np_report_free(nullptr);
  CHECK(std::string(np_version()) == "0.1.0");
}

namespace {

// A small article written for these tests: metadata in the head, a navigation list the
// boilerplate rules drop, and a body of two paragraphs.
constexpr std::string_view kArticleHtml =
    "<!doctype html><html lang=\"en\"><head><title>Harbour ferry returns | Coast Daily</title>"
    "<meta property=\"og:title\" content=\"Harbour ferry returns after repairs\">"
    "<meta name=\"author\" content=\"Ada Lindqvist\">"
    "<meta property=\"article:published_time\" content=\"2024-03-05T08:00:00Z\">"
    "</head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
    "</ul></nav><article><h1>Harbour ferry returns after repairs</h1>"
    "<p>The harbour ferry carried its first passengers on Tuesday after four months in dry "
    "dock, the operator said.</p><p>Repairs to the hull and engines cost more than planned, "
    "and the timetable will stay reduced until the summer season begins.</p></article>"
    "</body></html>";

// What the library's extract() and extraction_to_json() give for the same inputs: the JSON
// np_extract() must match byte for byte.
std::string library_extraction(std::span<const np_input> inputs) {
  std::vector<newsprism::Input> converted;
  for (const np_input& input : inputs) {
    converted.push_back({{input.source, input.source_length}, {input.bytes, input.length}});
  }
  newsprism::Result<newsprism::Report> result = newsprism::extract(converted);
  REQUIRE(result.ok());
  return newsprism::extraction_to_json(result.value());
}

std::string extraction_json(const np_input* inputs, size_t count, const np_options* options) {
  np_report* report = nullptr;
  const np_status status = np_extract(inputs, count, options, &report);
  REQUIRE(report != nullptr);
  CHECK(status == NP_OK);
  CHECK(np_report_error_message(report) == nullptr);
  size_t length = 0;
  const char* json = np_report_json(report, &length);
  std::string copy = json == nullptr ? std::string() : std::string(json, length);
  CHECK(length == (json == nullptr ? 0 : std::strlen(json)));
  np_report_free(report);
  return copy;
}

}  // namespace

TEST_CASE("C API: np_extract gives extraction_to_json() of extract(), byte for byte") {
  const np_input inputs[] = {
      {"ferry.html", 10, kArticleHtml.data(), kArticleHtml.size()},
      {"paste", 5, "Short note\n\nOne line of text.", 29},
  };
  const std::string json = extraction_json(inputs, 2, nullptr);
  CHECK(json == library_extraction(inputs));
  CHECK(json.find("\"title\":\"Harbour ferry returns after repairs\"") != std::string::npos);
  CHECK(json.find("\"author\":\"Ada Lindqvist\"") != std::string::npos);
  CHECK(json.find("\"body\":\"The harbour ferry carried") != std::string::npos);
  CHECK(json.find("Home") == std::string::npos);  // the navigation is boilerplate
  CHECK(json.find("\"title\":\"Short note\"") != std::string::npos);

  // Only the limits of the options count: the other switches leave the JSON as it is.
  np_options options;
  np_options_init(&options);
  options.pretty = 1;
  options.tokens = 0;
  options.entities = 0;
  CHECK(extraction_json(inputs, 2, &options) == json);
}

TEST_CASE("C API: np_extract of no inputs and of an empty input") {
  CHECK(extraction_json(nullptr, 0, nullptr) == R"({"articles":[],"inputs":[]})");
  const np_input empty{nullptr, 0, nullptr, 0};
  const std::string json = extraction_json(&empty, 1, nullptr);
  const np_input as_library{"", 0, "", 0};
  CHECK(json == library_extraction({&as_library, 1}));
}

TEST_CASE("C API: np_extract checks arguments and limits as np_analyze does") {
  np_options options;
  np_options_init(&options);
  np_report* report = nullptr;
  const np_input two[] = {{"a", 1, "12345", 5}, {"b", 1, "67890", 5}};

  options.max_input_bytes = 4;
  CHECK(np_extract(two, 2, &options, &report) == NP_INPUT_TOO_LARGE);
  REQUIRE(report != nullptr);
  CHECK(np_report_json(report, nullptr) == nullptr);
  const std::string message = np_report_error_message(report);
  CHECK(message.find("max_input_bytes=4") != std::string::npos);
  np_report_free(report);

  np_options_init(&options);
  options.max_total_bytes = 9;
  CHECK(np_extract(two, 2, &options, &report) == NP_TOTAL_TOO_LARGE);
  np_report_free(report);

  np_options_init(&options);
  options.max_inputs = 1;
  CHECK(np_extract(two, 2, &options, &report) == NP_TOO_MANY_INPUTS);
  np_report_free(report);

  np_options_init(&options);
  options.max_input_bytes = (1ull << 30) + 1;  // past the documented 1 GiB ceiling
  CHECK(np_extract(two, 2, &options, &report) == NP_INVALID_OPTION);
  np_report_free(report);

  CHECK(np_extract(nullptr, 1, nullptr, &report) == NP_INVALID_ARGUMENT);
  CHECK(std::string(np_report_error_message(report)) == "inputs is NULL but count is not 0");
  np_report_free(report);
  const np_input dangling{"x", 1, nullptr, 3};
  CHECK(np_extract(&dangling, 1, nullptr, &report) == NP_INVALID_ARGUMENT);
  CHECK(std::string(np_report_error_message(report)) == "input 0 has a NULL pointer with a length");
  np_report_free(report);
  CHECK(np_extract(two, 2, nullptr, nullptr) == NP_INVALID_ARGUMENT);
}
