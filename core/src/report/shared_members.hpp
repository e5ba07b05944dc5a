// Members the report writes that other JSON outputs (the extraction's, core/src/report/
// extraction_json.cpp) write the same way, so a reader of one knows the other.
#pragma once

#include <string>

#include "newsprism/report.hpp"
#include "report/json_writer.hpp"

namespace newsprism::report {

/// Writes `"name": value`, or `"name": null` when `value` is empty (not found).
void write_optional_string(JsonWriter& json, const char* name, const std::string& value);

/// Writes `input` as the object report.schema.json's "inputs" items describe.
void write_input_json(JsonWriter& json, const InputSummary& input);

}  // namespace newsprism::report
