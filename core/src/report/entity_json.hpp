// One canonical entity as JSON, as the report writes it: shared with the CLI's `entities --json`.
#pragma once

#include "newsprism/report.hpp"
#include "report/json_writer.hpp"

namespace newsprism::report {

/// Writes `entity` as the object report.schema.json's "entity" describes.
void write_entity_json(JsonWriter& json, const Entity& entity);

}  // namespace newsprism::report
