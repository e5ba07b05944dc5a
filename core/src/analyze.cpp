// The pipeline: limits, then per input detect -> normalize -> split -> build the article.
#include "newsprism/analyze.hpp"

#include <optional>
#include <string>

#include "newsprism/text.hpp"
#include "parse/article_builder.hpp"
#include "parse/detect.hpp"
#include "parse/plain_text.hpp"

namespace newsprism {
namespace {

std::string bytes_text(uint64_t bytes) { return std::to_string(bytes) + " bytes"; }

void add_diagnostic(std::vector<Diagnostic>& into, Severity severity, std::string code,
                    std::string message, uint64_t count = 1, int64_t offset = -1) {
  into.push_back({severity, std::move(code), std::move(message), count, offset});
}

// Tells the user about every change normalization made that alters what they see.
void report_normalization(const NormalizationCounts& counts, std::vector<Diagnostic>& into) {
  if (counts.invalid_utf8 > 0) {
    add_diagnostic(into, Severity::kWarning, "invalid_utf8",
                   std::to_string(counts.invalid_utf8) +
                       " invalid UTF-8 sequence(s) replaced by U+FFFD; the input may be in "
                       "another encoding (e.g. Windows-1252)",
                   counts.invalid_utf8, counts.first_invalid_utf8);
  }
  if (counts.nul_bytes > 0) {
    add_diagnostic(into, Severity::kWarning, "nul_bytes",
                   std::to_string(counts.nul_bytes) + " NUL byte(s) replaced by U+FFFD",
                   counts.nul_bytes, counts.first_nul_byte);
  }
  if (counts.control_characters > 0) {
    add_diagnostic(into, Severity::kWarning, "control_characters",
                   std::to_string(counts.control_characters) +
                       " control character(s) replaced by U+FFFD",
                   counts.control_characters);
  }
  if (counts.invisible_characters > 0) {
    add_diagnostic(into, Severity::kInfo, "invisible_characters",
                   std::to_string(counts.invisible_characters) +
                       " soft hyphen(s), zero-width character(s) or byte-order mark(s) removed",
                   counts.invisible_characters);
  }
}

std::optional<Error> check_limits(std::span<const Input> inputs, const Options& options) {
  if (options.max_input_bytes == 0 || options.max_input_bytes > kMaxInputBytesCeiling) {
    return Error{ErrorCode::kInvalidOption,
                 "max_input_bytes must be between 1 and " + bytes_text(kMaxInputBytesCeiling)};
  }
  if (inputs.size() > options.max_inputs) {
    return Error{ErrorCode::kTooManyInputs, std::to_string(inputs.size()) +
                                                " inputs exceed the limit max_inputs=" +
                                                std::to_string(options.max_inputs)};
  }
  uint64_t total = 0;
  for (const Input& input : inputs) {
    if (input.bytes.size() > options.max_input_bytes) {
      return Error{ErrorCode::kInputTooLarge,
                   "input '" + std::string(input.source) + "' is " + bytes_text(input.bytes.size()) +
                       ", over the limit max_input_bytes=" + std::to_string(options.max_input_bytes)};
    }
    total += input.bytes.size();
  }
  if (total > options.max_total_bytes) {
    return Error{ErrorCode::kTotalTooLarge, "the inputs add up to " + bytes_text(total) +
                                                ", over the limit max_total_bytes=" +
                                                std::to_string(options.max_total_bytes)};
  }
  return std::nullopt;
}

void analyze_input(const Input& input, uint32_t index, Report& report) {
  InputSummary summary;
  summary.index = index;
  summary.source = std::string(input.source);
  summary.bytes = input.bytes.size();
  summary.format = parse::detect_format(input.bytes);

  if (summary.format.name == "binary") {
    add_diagnostic(summary.diagnostics, Severity::kError, "binary_input",
                   "not text: " + summary.format.reason + "; nothing was analyzed");
  } else if (summary.format.name == "empty") {
    add_diagnostic(summary.diagnostics, Severity::kWarning, "empty_input",
                   "no text to analyze (" + summary.format.reason + ")");
  } else {
    NormalizedText normalized = normalize_text(input.bytes);
    Article article;
    article.id = static_cast<uint32_t>(report.articles.size());
    article.input = index;
    article.source = summary.source;
    article.format = summary.format;
    std::vector<parse::RawBlock> blocks = parse::split_plain_blocks(normalized.text);
    parse::build_article_text(normalized, blocks, article);
    if (!article.blocks.empty() && article.blocks.front().kind == BlockKind::kTitle) {
      const Span& title = article.blocks.front().span;
      article.metadata.title = article.text.substr(title.start, title.end - title.start);
    }
    report_normalization(normalized.counts, article.diagnostics);
    summary.articles.push_back(article.id);
    report.articles.push_back(std::move(article));
  }
  report.inputs.push_back(std::move(summary));
}

}  // namespace

Result<Report> analyze(std::span<const Input> inputs, const Options& options) {
  if (std::optional<Error> error = check_limits(inputs, options)) return *std::move(error);
  Report report;
  report.inputs.reserve(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    analyze_input(inputs[i], static_cast<uint32_t>(i), report);
  }
  return report;
}

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInputTooLarge: return "input_too_large";
    case ErrorCode::kTotalTooLarge: return "total_too_large";
    case ErrorCode::kTooManyInputs: return "too_many_inputs";
    case ErrorCode::kInvalidOption: return "invalid_option";
  }
  return "unknown";
}

const char* library_version() { return NEWSPRISM_VERSION; }

}  // namespace newsprism
