// The bytes of the built-in model (core/models/ner-en-1.bin), embedded at build time by
// toolchain/cmake/embed_bytes.cmake into a generated source in the build folder.
#pragma once

#include <cstdint>
#include <span>

namespace newsprism::entities {

/// The embedded model file; empty when the build had no model file.
std::span<const uint8_t> builtin_ner_model_bytes();

}  // namespace newsprism::entities
