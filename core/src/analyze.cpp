// The pipeline: limits, then per input: detect the format, read its articles into drafts with
// the format's front-end, and assemble each draft into an Article. extract() stops there;
// analyze() goes on to entities and the corpus pass.
#include "newsprism/analyze.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "newsprism/extract.hpp"
#include "newsprism/text.hpp"
#include "dedup/corpus.hpp"
#include "entities/article_entities.hpp"
#include "parse/article_assembler.hpp"
#include "parse/detect.hpp"
#include "parse/feed_articles.hpp"
#include "parse/feed_drafts.hpp"
#include "parse/html_article.hpp"
#include "parse/html_metadata.hpp"
#include "parse/json_articles.hpp"
#include "parse/json_drafts.hpp"
#include "parse/markdown_text.hpp"
#include "parse/plain_text.hpp"

namespace newsprism {
namespace {

std::string bytes_text(uint64_t bytes) { return std::to_string(bytes) + " bytes"; }

void add_diagnostic(std::vector<Diagnostic>& into, Severity severity, std::string code,
                    std::string message, uint64_t count = 1, int64_t offset = -1) {
  into.push_back({severity, std::move(code), std::move(message), count, offset});
}

std::optional<Error> check_limits(std::span<const Input> inputs, const Options& options) {
  if (options.max_input_bytes == 0 || options.max_input_bytes > kMaxInputBytesCeiling) {
    return Error{ErrorCode::kInvalidOption,
                 "max_input_bytes must be between 1 and " + bytes_text(kMaxInputBytesCeiling)};
  }
  const DedupOptions& dedup = options.dedup;
  if (dedup.hashes == 0 || dedup.hashes % 4 != 0 || dedup.hashes > 1024 || dedup.bands == 0 ||
      dedup.hashes % dedup.bands != 0) {
    return Error{ErrorCode::kInvalidOption,
                 "dedup.hashes must be a multiple of 4 up to 1024 and dedup.bands must divide it"};
  }
  if (dedup.shingle_words == 0 || dedup.shingle_words > 32) {
    return Error{ErrorCode::kInvalidOption, "dedup.shingle_words must be between 1 and 32"};
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

// Reads the articles of one text input: the first format whose reader recognizes it wins,
// and a reader that finds nothing hands the input on as text with a diagnostic, so no byte is
// lost.
std::vector<parse::ArticleDraft> read_articles(std::string_view bytes, InputSummary& summary,
                                               const ParallelFor& parallel) {
  std::vector<parse::ArticleDraft> drafts;
  if (parse::looks_like_json(bytes)) {
    std::optional<parse::JsonExtraction> json = parse::extract_json_articles(bytes);
    if (json) {
      for (parse::JsonIssue& issue : json->issues) {
        add_diagnostic(summary.diagnostics, Severity::kWarning, std::move(issue.code), std::move(issue.message), 1,
                       issue.offset == parse::kNoJsonOffset ? -1 : static_cast<int64_t>(issue.offset));
      }
      if (!json->articles.empty()) {
        summary.format = {json->format, json->reason};
        return parse::json_drafts(std::move(*json), bytes, parallel);
      }
      add_diagnostic(summary.diagnostics, Severity::kWarning, "json_read_as_text",
                     "the JSON holds no article that could be read; it is shown as plain text");
    }
  }
  if (std::optional<parse::FeedExtraction> feed = parse::extract_feed_articles(bytes)) {
    for (Diagnostic& issue : feed->issues) summary.diagnostics.push_back(std::move(issue));
    if (!feed->items.empty()) {
      summary.format = {feed->format, feed->reason};
      return parse::feed_drafts(std::move(*feed));
    }
    add_diagnostic(summary.diagnostics, Severity::kWarning, "feed_read_as_text",
                   "the feed holds no item that could be read; it is shown as its text");
  }
  parse::HtmlGuess html = parse::looks_like_html(bytes);
  if (html.is_html) {
    summary.format = {"html", std::move(html.reason)};
    parse::HtmlMetadataCollector metadata;
    parse::ArticleDraft draft = parse::html_to_article(
        bytes, OffsetMap(), html.whole_page ? parse::HtmlScope::kPage : parse::HtmlScope::kFragment, &metadata);
    draft.format = summary.format;
    draft.metadata = metadata.finish();
    for (const Diagnostic& issue : metadata.issues()) draft.diagnostics.push_back(issue);
    drafts.push_back(std::move(draft));
    return drafts;
  }
  NormalizedText normalized = normalize_text(bytes);
  std::string reason;
  parse::ArticleDraft draft;
  if (parse::looks_like_markdown(normalized.text, reason)) {
    summary.format = {"markdown", std::move(reason)};
    draft = parse::markdown_draft(std::move(normalized));
  } else {
    draft = parse::plain_text_draft(std::move(normalized));
  }
  draft.format = summary.format;
  drafts.push_back(std::move(draft));
  return drafts;
}

// One input read into its summary and article drafts, before assembly.
struct ReadInput {
  InputSummary summary;
  std::vector<parse::ArticleDraft> drafts;
};

// `parallel` drafts the articles of an input that holds many (a feed, a JSON array).
ReadInput read_input(const Input& input, uint32_t index, const ParallelFor& parallel) {
  ReadInput read;
  InputSummary& summary = read.summary;
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
    read.drafts = read_articles(input.bytes, summary, parallel);
  }
  return read;
}

// Inputs are read a batch at a time: at most 64 of them and, past the first, at most 32 MB, so
// that the drafts alive at once stay near what one input needs. Articles are assembled a few
// per task so that each task's working memory (AssemblyScratch) serves several.
constexpr size_t kInputsPerBatch = 64;
constexpr uint64_t kBytesPerBatch = 32ull << 20;
constexpr size_t kArticlesPerTask = 16;

// Every input read into articles, assembled as far as `depth`. Inputs go a batch at a time
// (above): their drafts (copies of their text) live only until assembled. Within a batch the
// inputs are read, then the articles assembled, as tasks on `parallel`; ids and order are
// those of the inputs and of the articles within each, whatever ran where.
Report read_inputs(std::span<const Input> inputs, parse::AssemblyDepth depth, const ParallelFor& parallel) {
  Report report;
  report.inputs.reserve(inputs.size());
  for (size_t first = 0, count = 0; first < inputs.size(); first += count) {
    uint64_t bytes = inputs[first].bytes.size();
    count = 1;
    while (first + count < inputs.size() && count < kInputsPerBatch &&
           bytes + inputs[first + count].bytes.size() <= kBytesPerBatch) {
      bytes += inputs[first + count++].bytes.size();
    }
    std::vector<ReadInput> batch(count);
    // Several inputs take a thread each; a lone input (a feed, an export) spreads its articles.
    const ParallelFor none;
    run_tasks(parallel, count, [&](size_t k) {
      batch[k] = read_input(inputs[first + k], static_cast<uint32_t>(first + k), count == 1 ? parallel : none);
    });
    const size_t first_article = report.articles.size();
    size_t batch_articles = 0;
    for (const ReadInput& read : batch) batch_articles += read.drafts.size();
    // Room for the batch's articles at once, growing geometrically so that many small batches
    // stay linear.
    const size_t needed = first_article + batch_articles;
    if (needed > report.articles.capacity()) report.articles.reserve(std::max(needed, 2 * report.articles.capacity()));
    std::vector<parse::ArticleDraft*> drafts;
    drafts.reserve(batch_articles);
    for (ReadInput& read : batch) {
      read.summary.articles.reserve(read.drafts.size());
      for (parse::ArticleDraft& draft : read.drafts) {
        Article& article = report.articles.emplace_back();
        article.id = static_cast<uint32_t>(report.articles.size() - 1);
        article.input = read.summary.index;
        article.source = read.summary.source;
        read.summary.articles.push_back(article.id);
        drafts.push_back(&draft);
      }
      report.inputs.push_back(std::move(read.summary));
    }
    // Without threads, one task: one scratch for every article.
    const size_t per_task = parallel ? kArticlesPerTask : std::max<size_t>(drafts.size(), 1);
    run_tasks(parallel, (drafts.size() + per_task - 1) / per_task, [&](size_t task) {
      parse::AssemblyScratch scratch;
      const size_t end = std::min(drafts.size(), (task + 1) * per_task);
      for (size_t i = task * per_task; i < end; ++i) {
        parse::assemble_article(std::move(*drafts[i]), report.articles[first_article + i], depth, scratch);
        *drafts[i] = parse::ArticleDraft();  // its memory is not needed any more
      }
    });
  }
  return report;
}

}  // namespace

Result<Report> extract(std::span<const Input> inputs, const Options& options, const ParallelFor& parallel) {
  if (std::optional<Error> error = check_limits(inputs, options)) return *std::move(error);
  return read_inputs(inputs, parse::AssemblyDepth::kBlocks, parallel);
}

Result<Report> analyze(std::span<const Input> inputs, const Options& options, const ParallelFor& parallel) {
  if (std::optional<Error> error = check_limits(inputs, options)) return *std::move(error);
  // Entities and the corpus pass read tokens and block_input_maps, and drop them below.
  Report report = read_inputs(inputs, parse::AssemblyDepth::kTokens, parallel);
  if (options.entities) {
    entities::tag_report(report, entities::builtin_ner_model(), options.max_mentions_per_article, parallel);
  }
  if (options.dedup.compare) dedup::compare_articles(report, options.dedup);
  for (Article& article : report.articles) article.block_input_maps = std::vector<OffsetMap>();
  if (!options.tokens) {
    for (Article& article : report.articles) article.tokens = std::vector<Token>();
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
