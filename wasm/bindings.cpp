// Embind glue: the package's only native entry point. The JavaScript wrapper (src/index.js)
// copies the inputs into wasm memory itself (TextEncoder.encodeInto / Uint8Array.set are far
// faster than Embind's per-byte string copy), calls analyzeBuffers() or extractBuffers(),
// decodes the JSON and frees every buffer and the JSON before it returns: the caller never
// holds a handle into wasm memory.
#include <emscripten/bind.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "newsprism/analyze.hpp"
#include "newsprism/dedup.hpp"
#include "newsprism/entities.hpp"
#include "newsprism/extract.hpp"

namespace {

/// What analyzeBuffers() and extractBuffers() give back: the JSON, left where it was written
/// (a report can be tens of megabytes; a copy cost a tenth of the call), for the wrapper to
/// decode from json_pointer and then free with releaseJson(json_handle); or an error code and
/// message.
struct AnalysisOutcome {
  bool ok = false;
  uintptr_t json_handle = 0;  // the std::string that holds the JSON
  uintptr_t json_pointer = 0;
  uint32_t json_length = 0;
  std::string error_code;
  std::string error_message;
};

/// Limits from the JavaScript options object; 0 means "keep the default".
struct AnalysisLimits {
  double max_input_bytes = 0;
  double max_total_bytes = 0;
  double max_inputs = 0;
  bool pretty = false;
  bool tokens = true;
  bool compare = true;
  bool entities = true;
};

// `table` holds `count` rows of four uint32: source pointer, source length, bytes pointer,
// bytes length. All of them point into buffers the wrapper allocated with malloc, each input's
// bytes with kInputPadding bytes of room behind them (JSON is parsed where it lies).
std::vector<newsprism::Input> inputs_of(uintptr_t table, uint32_t count) {
  const auto* rows = reinterpret_cast<const uint32_t*>(table);
  std::vector<newsprism::Input> inputs;
  inputs.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    const uint32_t* row = rows + 4 * i;
    inputs.push_back({{reinterpret_cast<const char*>(uintptr_t{row[0]}), row[1]},
                      {reinterpret_cast<const char*>(uintptr_t{row[2]}), row[3]},
                      newsprism::kInputPadding});
  }
  return inputs;
}

newsprism::Options options_of(const AnalysisLimits& limits) {
  newsprism::Options options;
  if (limits.max_input_bytes > 0) options.max_input_bytes = static_cast<uint64_t>(limits.max_input_bytes);
  if (limits.max_total_bytes > 0) options.max_total_bytes = static_cast<uint64_t>(limits.max_total_bytes);
  if (limits.max_inputs > 0) options.max_inputs = static_cast<uint32_t>(limits.max_inputs);
  options.tokens = limits.tokens;
  options.dedup.compare = limits.compare;
  options.entities = limits.entities;
  return options;
}

// The outcome of a call: the JSON handed over where it lies, or the failure.
AnalysisOutcome outcome_of(const newsprism::Result<newsprism::Report>& report,
                           std::string (*to_json)(const newsprism::Report&, bool), bool pretty) {
  AnalysisOutcome outcome;
  if (!report.ok()) {
    outcome.error_code = newsprism::error_code_name(report.error().code);
    outcome.error_message = report.error().message;
    return outcome;
  }
  auto* json = new std::string(to_json(report.value(), pretty));
  outcome.ok = true;
  outcome.json_handle = reinterpret_cast<uintptr_t>(json);
  outcome.json_pointer = reinterpret_cast<uintptr_t>(json->data());
  outcome.json_length = static_cast<uint32_t>(json->size());
  return outcome;
}

// The report of the inputs in `table` (see inputs_of) as JSON.
AnalysisOutcome analyze_buffers(uintptr_t table, uint32_t count, AnalysisLimits limits) {
  const std::vector<newsprism::Input> inputs = inputs_of(table, count);
  return outcome_of(newsprism::analyze(inputs, options_of(limits)), &newsprism::report_to_json, limits.pretty);
}

// The extraction of the inputs in `table` (see inputs_of) as extraction_to_json() writes it.
// Only the limits of `limits` count.
AnalysisOutcome extract_buffers(uintptr_t table, uint32_t count, AnalysisLimits limits) {
  const std::vector<newsprism::Input> inputs = inputs_of(table, count);
  auto compact_json = [](const newsprism::Report& report, bool) { return newsprism::extraction_to_json(report); };
  return outcome_of(newsprism::extract(inputs, options_of(limits)), compact_json, false);
}

struct FingerprintOutcome {
  uint32_t shingles = 0;
  std::string signature;  // 8 hex digits a value, as in the report
};

// The fingerprint of `length` bytes of text at `pointer` (a buffer from allocate_buffer).
FingerprintOutcome fingerprint_buffer(uintptr_t pointer, uint32_t length) {
  newsprism::Fingerprint fingerprint =
      newsprism::fingerprint_text({reinterpret_cast<const char*>(pointer), length});
  static constexpr char kHex[] = "0123456789abcdef";
  FingerprintOutcome outcome;
  outcome.shingles = fingerprint.shingles;
  // Sized once and written in place: a push_back a digit was a call per digit (1,024 for the
  // default signature), a cost the benchmark could see.
  outcome.signature.resize(fingerprint.signature.size() * 8);
  char* digit = outcome.signature.data();
  for (uint32_t value : fingerprint.signature) {
    for (int shift = 28; shift >= 0; shift -= 4) *digit++ = kHex[(value >> shift) & 0xF];
  }
  return outcome;
}

// Tags pre-tokenized documents with the built-in name tagger. `text` holds every word, each
// ending with '\n' (words hold no '\n'; the wrapper sees to it). `layout` holds `layout_count`
// uint32: per document its sentence count, then the word count of each of its sentences.
// One BILOU code per word is written to `out` (`out_count` bytes). Returns "" or an error.
std::string tag_words(uintptr_t text, uint32_t text_length, uintptr_t layout, uint32_t layout_count,
                      uintptr_t out, uint32_t out_count) {
  const std::string_view words_text(reinterpret_cast<const char*>(text), text_length);
  const auto* counts = reinterpret_cast<const uint32_t*>(layout);
  auto* codes = reinterpret_cast<uint8_t*>(out);
  const newsprism::NameTagger& tagger = newsprism::NameTagger::builtin();
  std::vector<std::vector<std::string_view>> sentences;
  size_t at = 0, position = 0, written = 0;
  while (at < layout_count) {
    const uint32_t sentence_count = counts[at++];
    if (sentence_count > layout_count - at) return "the layout table is shorter than its counts";
    sentences.assign(sentence_count, {});
    for (uint32_t s = 0; s < sentence_count; ++s) {
      const uint32_t word_count = counts[at++];
      sentences[s].reserve(word_count);
      for (uint32_t w = 0; w < word_count; ++w) {
        const size_t end = words_text.find('\n', position);
        if (end == std::string_view::npos) return "fewer words in the text than in the layout";
        sentences[s].push_back(words_text.substr(position, end - position));
        position = end + 1;
      }
    }
    for (const std::vector<newsprism::NameTag>& sentence : tagger.tag(sentences)) {
      if (sentence.size() > out_count - written) return "the output buffer is too small";
      std::memcpy(codes + written, sentence.data(), sentence.size());
      written += sentence.size();
    }
  }
  if (position != words_text.size()) return "more words in the text than in the layout";
  return "";
}

uintptr_t allocate_buffer(uint32_t size) { return reinterpret_cast<uintptr_t>(std::malloc(size == 0 ? 1 : size)); }

void release_buffer(uintptr_t pointer) { std::free(reinterpret_cast<void*>(pointer)); }

void release_json(uintptr_t handle) { delete reinterpret_cast<std::string*>(handle); }

std::string version() { return newsprism::library_version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(newsprism) {
  emscripten::value_object<AnalysisOutcome>("AnalysisOutcome")
      .field("ok", &AnalysisOutcome::ok)
      .field("jsonHandle", &AnalysisOutcome::json_handle)
      .field("jsonPointer", &AnalysisOutcome::json_pointer)
      .field("jsonLength", &AnalysisOutcome::json_length)
      .field("errorCode", &AnalysisOutcome::error_code)
      .field("errorMessage", &AnalysisOutcome::error_message);
  emscripten::value_object<AnalysisLimits>("AnalysisLimits")
      .field("maxInputBytes", &AnalysisLimits::max_input_bytes)
      .field("maxTotalBytes", &AnalysisLimits::max_total_bytes)
      .field("maxInputs", &AnalysisLimits::max_inputs)
      .field("tokens", &AnalysisLimits::tokens)
      .field("compare", &AnalysisLimits::compare)
      .field("entities", &AnalysisLimits::entities)
      .field("pretty", &AnalysisLimits::pretty);
  emscripten::value_object<FingerprintOutcome>("FingerprintOutcome")
      .field("shingles", &FingerprintOutcome::shingles)
      .field("signature", &FingerprintOutcome::signature);
  emscripten::function("analyzeBuffers", &analyze_buffers);
  emscripten::function("extractBuffers", &extract_buffers);
  emscripten::function("fingerprintBuffer", &fingerprint_buffer);
  emscripten::function("tagWords", &tag_words);
  emscripten::function("allocateBuffer", &allocate_buffer);
  emscripten::function("releaseBuffer", &release_buffer);
  emscripten::function("releaseJson", &release_json);
  emscripten::function("version", &version);
}
