// Fingerprints of a text on its own, the same way analyze() fingerprints an article body: for
// callers that keep signatures to compare later (a store, another machine, a later run).
#pragma once

#include <string_view>

#include "newsprism/analyze.hpp"
#include "newsprism/report.hpp"

namespace newsprism {

/// The fingerprint (distinct word shingles, MinHash signature, LSH band keys) of `text`, read
/// as one plain paragraph: normalized, tokenized, folded and shingled as analyze() does.
/// Options are not validated here: pass analyze()-valid DedupOptions.
Fingerprint fingerprint_text(std::string_view text, const DedupOptions& options = {});

}  // namespace newsprism
