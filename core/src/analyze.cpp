// The pipeline: limits, then per input: detect the format, read its articles into drafts with
// the format's front-end, and assemble each draft into an Article. extract() stops there;
// analyze() goes on to entities and the corpus pass.
#include "newsprism/analyze.hpp"

#include <algorithm>
#include <functional>
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

// Articles are drafted and assembled a few per task: one is often too small a piece of work to
// hand to a thread, and each task's working memory (AssemblyScratch) serves several.
constexpr size_t kArticlesPerTask = 8;

// Assembles `count` articles as far as `depth`, article i from draft(i), as tasks on `parallel`.
// Each article is assembled right after it is drafted, while the draft's text is still in the
// cache, and the draft's memory is freed for the next one.
std::vector<Article> assemble_drafts(size_t count, const std::function<parse::ArticleDraft(size_t)>& draft,
                                     parse::AssemblyDepth depth, const ParallelFor& parallel) {
  std::vector<Article> articles(count);
  // Without threads, one task: one scratch for every article.
  const size_t per_task = parallel ? kArticlesPerTask : std::max<size_t>(count, 1);
  run_tasks(parallel, (count + per_task - 1) / per_task, [&](size_t task) {
    parse::AssemblyScratch scratch;
    const size_t end = std::min(count, (task + 1) * per_task);
    for (size_t i = task * per_task; i < end; ++i) parse::assemble_article(draft(i), articles[i], depth, scratch);
  });
  return articles;
}

// Reads the articles of one text input: the first format whose reader recognizes it wins,
// and a reader that finds nothing hands the input on as text with a diagnostic, so no byte is
// lost.
std::vector<Article> read_articles(const Input& input, InputSummary& summary, parse::AssemblyDepth depth,
                                   const ParallelFor& parallel) {
  const std::string_view bytes = input.bytes;
  if (parse::looks_like_json(bytes)) {
    std::optional<parse::JsonExtraction> json = parse::extract_json_articles(bytes, input.padding);
    if (json) {
      for (parse::JsonIssue& issue : json->issues) {
        add_diagnostic(summary.diagnostics, Severity::kWarning, std::move(issue.code), std::move(issue.message), 1,
                       issue.offset == parse::kNoJsonOffset ? -1 : static_cast<int64_t>(issue.offset));
      }
      if (!json->articles.empty()) {
        summary.format = {json->format, json->reason};
        return assemble_drafts(
            json->articles.size(), [&](size_t i) { return parse::json_draft(*json, i, bytes); }, depth, parallel);
      }
      add_diagnostic(summary.diagnostics, Severity::kWarning, "json_read_as_text",
                     "the JSON holds no article that could be read; it is shown as plain text");
    }
  }
  if (std::optional<parse::FeedExtraction> feed = parse::extract_feed_articles(bytes)) {
    for (Diagnostic& issue : feed->issues) summary.diagnostics.push_back(std::move(issue));
    if (!feed->items.empty()) {
      summary.format = {feed->format, feed->reason};
      return assemble_drafts(
          feed->items.size(), [&](size_t i) { return parse::feed_draft(*feed, i); }, depth, parallel);
    }
    add_diagnostic(summary.diagnostics, Severity::kWarning, "feed_read_as_text",
                   "the feed holds no item that could be read; it is shown as its text");
  }
  parse::ArticleDraft draft;
  parse::HtmlGuess html = parse::looks_like_html(bytes);
  if (html.is_html) {
    summary.format = {"html", std::move(html.reason)};
    parse::HtmlMetadataCollector metadata;
    draft = parse::html_to_article(bytes, OffsetMap(),
                                   html.whole_page ? parse::HtmlScope::kPage : parse::HtmlScope::kFragment, &metadata);
    draft.metadata = metadata.finish();
    for (const Diagnostic& issue : metadata.issues()) draft.diagnostics.push_back(issue);
  } else {
    NormalizedText normalized = normalize_text(bytes);
    std::string reason;
    if (parse::looks_like_markdown(normalized.text, reason)) {
      summary.format = {"markdown", std::move(reason)};
      draft = parse::markdown_draft(std::move(normalized));
    } else {
      draft = parse::plain_text_draft(std::move(normalized));
    }
  }
  draft.format = summary.format;
  return assemble_drafts(1, [&](size_t) { return std::move(draft); }, depth, ParallelFor());
}

// One input read into its summary and its articles (ids, input and source not set yet).
struct ReadInput {
  InputSummary summary;
  std::vector<Article> articles;
};

// `parallel` drafts and assembles the articles of an input that holds many (a feed, a JSON
// array).
ReadInput read_input(const Input& input, uint32_t index, parse::AssemblyDepth depth, const ParallelFor& parallel) {
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
    read.articles = read_articles(input, summary, depth, parallel);
  }
  return read;
}

// Inputs are read a batch at a time: at most 64 of them and, past the first, at most 32 MB, so
// that the articles alive at once stay near what one input needs.
constexpr size_t kInputsPerBatch = 64;
constexpr uint64_t kBytesPerBatch = 32ull << 20;
// An input this large reads its articles as tasks of their own (it may be an export of
// thousands); smaller ones take a thread each.
constexpr uint64_t kSpreadInputBytes = 1u << 20;

// Every input read into articles, assembled as far as `depth`, a batch of inputs at a time
// (above). Ids and order are those of the inputs and of the articles within each, whatever ran
// where.
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
    auto spreads = [&](size_t k) { return count == 1 || inputs[first + k].bytes.size() >= kSpreadInputBytes; };
    const ParallelFor none;
    run_tasks(parallel, count, [&](size_t k) {
      if (!spreads(k)) batch[k] = read_input(inputs[first + k], static_cast<uint32_t>(first + k), depth, none);
    });
    for (size_t k = 0; k < count; ++k) {
      if (spreads(k)) batch[k] = read_input(inputs[first + k], static_cast<uint32_t>(first + k), depth, parallel);
    }
    size_t batch_articles = 0;
    for (const ReadInput& read : batch) batch_articles += read.articles.size();
    // Room for the batch's articles at once, growing geometrically so that many small batches
    // stay linear.
    const size_t needed = report.articles.size() + batch_articles;
    if (needed > report.articles.capacity()) report.articles.reserve(std::max(needed, 2 * report.articles.capacity()));
    for (ReadInput& read : batch) {
      read.summary.articles.reserve(read.articles.size());
      for (Article& read_article : read.articles) {
        Article& article = report.articles.emplace_back(std::move(read_article));
        article.id = static_cast<uint32_t>(report.articles.size() - 1);
        article.input = read.summary.index;
        article.source = read.summary.source;
        read.summary.articles.push_back(article.id);
      }
      report.inputs.push_back(std::move(read.summary));
    }
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
