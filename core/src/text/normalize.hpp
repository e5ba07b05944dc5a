// What normalize_text() leaves alone, for callers that can skip it (and its copy) then.
#pragma once

#include <string_view>

namespace newsprism::text {

/// True when `text` is printable ASCII and '\n' only: normalize_text(text).text is then `text`
/// itself, byte for byte (those are the bytes its fast path copies straight through).
bool is_plain_ascii(std::string_view text);

}  // namespace newsprism::text
