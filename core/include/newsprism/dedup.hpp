// Fingerprints of a text on its own, the same way analyze() fingerprints an article body: for
// callers that keep signatures to compare later (a store, another machine, a later run).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "newsprism/analyze.hpp"
#include "newsprism/parallel.hpp"
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

  /// Only when corpus_entries() is asked for rewrites: its body sentences that have words, for
  /// aligning sentences without the text. Per sentence a hash of its normalized words (equal
  /// sentences have equal keys), and its stems as 32-bit hashes of the stem, so they compare
  /// across inputs, kept in one list for the whole article (one allocation, not three per
  /// sentence): sentence k's sorted, distinct stems of every word, of its content words and of
  /// its numbers are the runs sentence_stems[sentence_stem_starts[i] .. sentence_stem_starts[i + 1])
  /// for i = 3k, 3k + 1 and 3k + 2 (the starts end with the list's size). Then the body's
  /// content stems (hashed) with their counts, sorted by stem.
  std::vector<uint64_t> sentence_keys;
  std::vector<uint32_t> sentence_stems;
  std::vector<uint32_t> sentence_stem_starts;
  std::vector<std::pair<uint32_t, uint32_t>> stem_counts;
};

/// Analyzes one input as analyze() does and keeps each article's corpus entry.
/// With `rewrites`, each entry also keeps its sentences' stems (about as much again as its
/// shingles) so compare_corpus() can find rewrites.
Result<std::vector<CorpusEntry>> corpus_entries(const Input& input, const Options& options, bool rewrites = false);

/// Compares entries: LSH candidates (identical shingle sets reduced to their first copy), each
/// verified exactly; pairs keep identical, near_duplicate and contains relations. With
/// `rewrites` (entries made with rewrites), the entries that share three of their 32 rarest
/// content stems also have their sentences aligned as analyze() aligns them, and those that are
/// rewrites by analyze()'s rules are kept too, with their aligned sentences. Stories join the
/// pairs, with the earliest dated (else the largest) member as source. Pairs are sorted by
/// (a, b); entry indexes are the pair and story members. With `rewrites` the entries'
/// sentences and stem_counts are consumed (moved out), so they are held once at a time.
/// `parallel` spreads the rewrite search's work over the caller's threads; the output is the same
/// with or without it.
void compare_corpus(std::vector<CorpusEntry>& entries, std::vector<ArticlePair>& pairs, std::vector<Story>& stories,
                    bool rewrites = false, const ParallelFor& parallel = {});

}  // namespace newsprism
