// Fingerprints of a text on its own, the same way analyze() fingerprints an article body: for
// callers that keep signatures to compare later (a store, another machine, a later run).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsprism/analyze.hpp"
#include "newsprism/report.hpp"

namespace newsprism {

/// The fingerprint (distinct word shingles, MinHash signature, LSH band keys) of `text`, read
/// as one plain paragraph: normalized, tokenized, folded and shingled as analyze() does.
/// Options are not validated here: pass analyze()-valid DedupOptions.
Fingerprint fingerprint_text(std::string_view text, const DedupOptions& options = {});

/// What corpus mode keeps of an article: no text, only what comparing needs.
struct CorpusEntry {
  /// The record's own id (NDJSON "id"), else the input's label (a file name), with "#k" for
  /// the k-th article (from 1) of an input that holds several.
  std::string id;
  /// ISO 8601 publication date where known, for choosing a story's source.
  std::string published;
  /// Sorted, distinct word-shingle hashes of the body: exact figures come from these.
  std::vector<uint64_t> shingles;
  Fingerprint fingerprint;
};

/// Analyzes one input as analyze() does and keeps each article's corpus entry.
Result<std::vector<CorpusEntry>> corpus_entries(const Input& input, const Options& options);

/// Compares entries: LSH band candidates (identical shingle sets reduced to their first copy),
/// each verified exactly. Pairs keep identical, near_duplicate and contains relations (the
/// sentence alignment of analyze() needs texts, which corpus mode does not hold); stories join
/// them, with the earliest dated (else the largest) member as source. Entry indexes are the
/// pair and story members.
void compare_corpus(const std::vector<CorpusEntry>& entries, std::vector<ArticlePair>& pairs,
                    std::vector<Story>& stories);

}  // namespace newsprism
