// Deciding what an input is before parsing it. For now: empty, binary (a file that is not text
// at all) or plain text; markup and JSON formats come with the ingest stage.
#pragma once

#include <string_view>

#include "newsprism/report.hpp"

namespace newsprism::parse {

/// Guesses the format of raw input bytes and says why. Looks at known binary signatures and at
/// the share of bytes that cannot be text in the first 8 KiB.
FormatGuess detect_format(std::string_view bytes);

}  // namespace newsprism::parse
