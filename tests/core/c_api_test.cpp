#include <doctest/doctest.h>

#include <cstring>
#include <string>

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
