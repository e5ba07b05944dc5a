// The C API over analyze() and extract(): reads the inputs in place (no copy of their bytes),
// owns the JSON in the handle.
#include <new>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "newsprism/analyze.hpp"
#include "newsprism/extract.hpp"
#include "newsprism/newsprism.h"

struct np_report {
  np_status status = NP_OK;
  std::string json;
  std::string error_message;
};

namespace {

np_status status_of(newsprism::ErrorCode code) {
  switch (code) {
    case newsprism::ErrorCode::kInputTooLarge: return NP_INPUT_TOO_LARGE;
    case newsprism::ErrorCode::kTotalTooLarge: return NP_TOTAL_TOO_LARGE;
    case newsprism::ErrorCode::kTooManyInputs: return NP_TOO_MANY_INPUTS;
    case newsprism::ErrorCode::kInvalidOption: return NP_INVALID_OPTION;
  }
  return NP_INVALID_OPTION;
}

// One call of the C API on converted inputs: its JSON, or why it failed. `pretty` is
// np_options.pretty.
using JsonCall = newsprism::Result<std::string> (*)(std::span<const newsprism::Input> inputs,
                                                    const newsprism::Options& options, bool pretty);

newsprism::Result<std::string> analyze_json(std::span<const newsprism::Input> inputs,
                                            const newsprism::Options& options, bool pretty) {
  newsprism::Result<newsprism::Report> result = newsprism::analyze(inputs, options);
  if (!result.ok()) return result.error();
  return newsprism::report_to_json(result.value(), pretty);
}

// extraction_to_json() has one (compact) layout, the one the CLI and the package share, so
// `pretty` is not used.
newsprism::Result<std::string> extract_json(std::span<const newsprism::Input> inputs,
                                            const newsprism::Options& options, bool /*pretty*/) {
  newsprism::Result<newsprism::Report> result = newsprism::extract(inputs, options);
  if (!result.ok()) return result.error();
  return newsprism::extraction_to_json(result.value());
}

// What np_analyze() and np_extract() share, so both check arguments and limits alike: makes
// the handle, checks the arguments, converts the inputs and options, and stores what `call`
// gives (JSON or an error) in the handle.
np_status run_call(const np_input* inputs, size_t count, const np_options* options,
                   np_report** report, JsonCall call) {
  if (report == nullptr) return NP_INVALID_ARGUMENT;
  auto* handle = new (std::nothrow) np_report;
  *report = handle;
  if (handle == nullptr) return NP_OUT_OF_MEMORY;
  if (inputs == nullptr && count > 0) {
    handle->status = NP_INVALID_ARGUMENT;
    handle->error_message = "inputs is NULL but count is not 0";
    return handle->status;
  }
  np_options chosen;
  np_options_init(&chosen);
  if (options != nullptr) chosen = *options;

  std::vector<newsprism::Input> converted;
  converted.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    const np_input& input = inputs[i];
    if ((input.bytes == nullptr && input.length > 0) ||
        (input.source == nullptr && input.source_length > 0)) {
      handle->status = NP_INVALID_ARGUMENT;
      handle->error_message = "input " + std::to_string(i) + " has a NULL pointer with a length";
      return handle->status;
    }
    converted.push_back({{input.source == nullptr ? "" : input.source, input.source_length},
                         {input.bytes == nullptr ? "" : input.bytes, input.length}});
  }
  newsprism::Options core_options;
  core_options.max_input_bytes = chosen.max_input_bytes;
  core_options.max_total_bytes = chosen.max_total_bytes;
  core_options.max_inputs = chosen.max_inputs;
  core_options.tokens = chosen.tokens != 0;
  core_options.entities = chosen.entities != 0;
  newsprism::Result<std::string> json = call(converted, core_options, chosen.pretty != 0);
  if (!json.ok()) {
    handle->status = status_of(json.error().code);
    handle->error_message = json.error().message;
    return handle->status;
  }
  handle->json = std::move(json).value();
  return NP_OK;
}

}  // namespace

extern "C" {

void np_options_init(np_options* options) {
  if (options == nullptr) return;
  newsprism::Options defaults;
  options->max_input_bytes = defaults.max_input_bytes;
  options->max_total_bytes = defaults.max_total_bytes;
  options->max_inputs = defaults.max_inputs;
  options->pretty = 0;
  options->tokens = 1;
  options->entities = 1;
}

np_status np_analyze(const np_input* inputs, size_t count, const np_options* options,
                     np_report** report) {
  return run_call(inputs, count, options, report, &analyze_json);
}

np_status np_extract(const np_input* inputs, size_t count, const np_options* options,
                     np_report** report) {
  return run_call(inputs, count, options, report, &extract_json);
}

const char* np_report_json(const np_report* report, size_t* length) {
  if (report == nullptr || report->status != NP_OK) {
    if (length != nullptr) *length = 0;
    return nullptr;
  }
  if (length != nullptr) *length = report->json.size();
  return report->json.c_str();
}

const char* np_report_error_message(const np_report* report) {
  if (report == nullptr || report->status == NP_OK) return nullptr;
  return report->error_message.c_str();
}

void np_report_free(np_report* report) { delete report; }

const char* np_version(void) { return newsprism::library_version(); }

}  // extern "C"
