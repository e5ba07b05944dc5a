// The one entry point of the core: bytes plus labels in, a Report out. Pure: no I/O, no global
// state, no threads; the same inputs and options give the same report on every target.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "newsprism/parallel.hpp"
#include "newsprism/report.hpp"
#include "newsprism/result.hpp"

namespace newsprism {

/// One input: the bytes as the user gave them and a label that names them in the report
/// (a file name, "paste 1", ...). The bytes need not be valid UTF-8.
struct Input {
  std::string_view source;
  std::string_view bytes;
  /// How many bytes past the end of `bytes` belong to the same allocation and may be read
  /// (never written); what they hold does not matter. With at least kInputPadding of them, JSON
  /// is parsed where it lies instead of from a padded copy of the whole input. The report is the
  /// same either way.
  size_t padding = 0;
};

/// The padding (see Input::padding) that lets JSON be parsed without a copy: the JSON parser
/// (simdjson) reads up to 64 bytes past the end of its input.
inline constexpr size_t kInputPadding = 64;

/// Limits and switches. The defaults suit a page and a CLI alike.
/// How articles are compared (see core/src/dedup/). The defaults are documented in the README.
struct DedupOptions {
  /// Words per shingle (characters per shingle for CJK text).
  uint32_t shingle_words = 5;
  /// MinHash hashes (a multiple of 4) and LSH bands (dividing the hashes).
  uint32_t hashes = 128;
  uint32_t bands = 16;
  /// Seed of the MinHash family: signatures compare only under the same seed.
  uint64_t seed = 0x6E657773707269ULL;
  /// Up to this many articles every pair is compared (small pastes: the page's matrix);
  /// beyond it only the LSH candidates and the pairs they imply.
  uint32_t all_pairs_up_to = 64;
  /// Run the corpus pass at all (fingerprints, repeats, pairs, stories). Corpus mode turns it
  /// off per input and compares fingerprints across inputs itself.
  bool compare = true;
};

struct Options {
  /// Largest single input accepted, in bytes. At most 1 GiB (offsets are 32-bit).
  uint64_t max_input_bytes = 128ull << 20;
  /// Largest sum of all inputs, in bytes.
  uint64_t max_total_bytes = 512ull << 20;
  /// Most inputs accepted in one call.
  uint32_t max_inputs = 100000;
  /// Keep every token in the report. Tokens are most of a report's size (about six times the
  /// text in JSON); callers that only need blocks and sentences turn them off. Sentences keep
  /// their first_token and token_count either way.
  bool tokens = true;
  /// Tag names, dates, amounts and numbers, link aliases and find quotes (Article::mentions,
  /// Article::quotes, Report::entities).
  bool entities = true;
  /// Most mentions listed per article (the first in text order); past it a diagnostic
  /// "mentions_truncated" says where the list stops. Bounds the report of a huge paste (each
  /// mention is about 200 bytes of JSON).
  uint32_t max_mentions_per_article = 100000;
  DedupOptions dedup;
};

/// The hard ceiling on Options::max_input_bytes: clean text may grow to three times its input
/// (each invalid byte becomes a 3-byte U+FFFD) and must still fit 32-bit offsets.
inline constexpr uint64_t kMaxInputBytesCeiling = 1ull << 30;

/// Analyzes the inputs as one corpus. Fails only when a limit in `options` is exceeded or an
/// option is out of range; every problem inside an input becomes a diagnostic instead.
/// `parallel` lends threads: inputs are read, articles assembled and tagged on them, several at
/// a time; the report is the same byte for byte with or without it.
Result<Report> analyze(std::span<const Input> inputs, const Options& options = {}, const ParallelFor& parallel = {});

/// Serializes a report as JSON that follows core/src/report/report.schema.json. Compact (one
/// line) unless `pretty`, which indents by two spaces. Deterministic: the same report gives the
/// same bytes on every target.
std::string report_to_json(const Report& report, bool pretty = false);

}  // namespace newsprism
