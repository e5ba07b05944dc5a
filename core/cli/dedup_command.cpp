// newsprism dedup: corpus mode. Streams NDJSON lines or files, fingerprints them on every core,
// keeps only fingerprints and shingle sets (never the texts), and writes NDJSON records: one a
// pair, then one a story; optionally one a signature, for engines that group band keys
// themselves when one machine is not enough.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "input_args.hpp"
#include "thread_pool.hpp"
#include "newsprism/dedup.hpp"
#include "report/json_writer.hpp"

namespace newsprism::cli {
namespace {

constexpr const char* kDedupUsage =
    "usage: newsprism dedup [--threads N] [--signatures] [--rewrites] [--max-input-bytes N] [FILE...|-]\n"
    "\n"
    "Finds duplicates across many articles. A FILE ending in .ndjson or .jsonl, and standard\n"
    "input ('-' or no FILE), is read a line at a time, each line one article (its \"id\" field\n"
    "names it); any other FILE is one input named by its path (a feed or JSON array in it gives\n"
    "several articles, named PATH#1, PATH#2, ...). Prints NDJSON records:\n"
    "  {\"type\":\"pair\",\"a\",\"b\",\"relation\",\"jaccard\",\"containment\":[a_in_b,b_in_a]}\n"
    "  {\"type\":\"story\",\"id\",\"members\",\"source\",\"source_reason\"}\n"
    "relations: identical, near_duplicate, contains (exact word 5-shingle figures), and with\n"
    "--rewrites also rewrite, with \"aligned\" (how many sentences align) and \"topic_similarity\".\n"
    "\n"
    "  --threads N       worker threads (default: every core)\n"
    "  --signatures      also print {\"type\":\"signature\",\"id\",\"signature\",\"band_keys\"} per article\n"
    "  --rewrites        also find rewrites: keeps each article's sentence stems (about twice the\n"
    "                    memory) and aligns the sentences of articles that share rare content words\n"
    "  --max-input-bytes N  largest input (default 128M)\n";

constexpr size_t kBatchInputs = 4096;

struct PendingInput {
  std::string label;
  std::string bytes;
};

bool is_line_file(const std::string& path) {
  return path == "-" || path.ends_with(".ndjson") || path.ends_with(".jsonl");
}

// Fingerprints a batch through `parallel`; entries keep the batch's order.
bool fingerprint_batch(std::vector<PendingInput>& batch, const Options& options, const ParallelFor& parallel,
                       bool rewrites, std::vector<CorpusEntry>& entries) {
  std::vector<std::vector<CorpusEntry>> results(batch.size());
  std::vector<std::string> errors(batch.size());
  run_tasks(parallel, batch.size(), [&](size_t i) {
    Result<std::vector<CorpusEntry>> result = corpus_entries({batch[i].label, batch[i].bytes}, options, rewrites);
    if (result.ok()) results[i] = std::move(result.value());
    else errors[i] = batch[i].label + ": " + result.error().message;
  });
  batch.clear();  // the texts go; only fingerprints stay
  for (size_t i = 0; i < results.size(); ++i) {
    if (!errors[i].empty()) {
      std::fprintf(stderr, "newsprism dedup: %s\n", errors[i].c_str());
      return false;
    }
    for (CorpusEntry& entry : results[i]) entries.push_back(std::move(entry));
  }
  return true;
}

}  // namespace

int run_dedup(const std::vector<std::string>& args) {
  InputArgs inputs;
  bool print_signatures = false;
  bool rewrites = false;
  for (size_t i = 0; i < args.size(); ++i) {
    bool taken = false;
    if (std::optional<int> exit = take_input_argument(args, i, "dedup", inputs, taken)) return *exit;
    if (taken) continue;
    if (args[i] == "--signatures") {
      print_signatures = true;
    } else if (args[i] == "--rewrites") {
      rewrites = true;
    } else if (args[i] == "--help" || args[i] == "-h") {
      std::fputs(kDedupUsage, stdout);
      return 0;
    } else {
      std::fprintf(stderr, "newsprism dedup: unknown option '%s'\n\n%s", args[i].c_str(), kDedupUsage);
      return 2;
    }
  }
  if (inputs.paths.empty()) inputs.paths.push_back("-");
  const Options& options = inputs.options;

  std::vector<CorpusEntry> entries;
  std::vector<PendingInput> batch;
  const ParallelFor parallel = thread_pool(inputs.threads);
  auto flush = [&]() { return batch.empty() || fingerprint_batch(batch, options, parallel, rewrites, entries); };
  for (const std::string& path : inputs.paths) {
    if (is_line_file(path)) {
      std::ifstream file;
      if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
          std::fprintf(stderr, "newsprism dedup: cannot open '%s'\n", path.c_str());
          return 1;
        }
      }
      std::istream& in = path == "-" ? std::cin : file;
      std::string line;
      uint64_t number = 0;
      while (std::getline(in, line)) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        if (line.size() > options.max_input_bytes) {
          std::fprintf(stderr, "newsprism dedup: %s line %llu is over the limit max_input_bytes\n", path.c_str(),
                       static_cast<unsigned long long>(number));
          return 1;
        }
        batch.push_back({path + ":" + std::to_string(number), std::move(line)});
        if (batch.size() >= kBatchInputs && !flush()) return 1;
      }
    } else {
      std::ifstream file(path, std::ios::binary);
      if (!file) {
        std::fprintf(stderr, "newsprism dedup: cannot open '%s'\n", path.c_str());
        return 1;
      }
      std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
      if (bytes.size() > options.max_input_bytes) {
        std::fprintf(stderr, "newsprism dedup: '%s' is over the limit max_input_bytes\n", path.c_str());
        return 1;
      }
      batch.push_back({path, std::move(bytes)});
      if (batch.size() >= kBatchInputs && !flush()) return 1;
    }
  }
  if (!flush()) return 1;

  std::vector<ArticlePair> pairs;
  std::vector<Story> stories;
  compare_corpus(entries, pairs, stories, rewrites, parallel);
  std::string out;
  auto line = [&](report::JsonWriter& json) {
    out += json.take();
    out.push_back('\n');
    if (out.size() > (1 << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  };
  if (print_signatures) {
    for (const CorpusEntry& entry : entries) {
      report::JsonWriter json(false);
      json.begin_object();
      json.key("type");
      json.string("signature");
      json.key("id");
      json.string(entry.id);
      std::string signature;
      for (uint32_t value : entry.fingerprint.signature) signature += report::hex_digits(value, 8);
      json.key("signature");
      json.string(signature);
      json.key("band_keys");
      json.begin_array();
      for (uint64_t key : entry.fingerprint.band_keys) json.string(report::hex_digits(key, 16));
      json.end_array();
      json.end_object();
      line(json);
    }
  }
  for (const ArticlePair& pair : pairs) {
    report::JsonWriter json(false);
    json.begin_object();
    json.key("type");
    json.string("pair");
    json.key("a");
    json.string(entries[pair.a].id);
    json.key("b");
    json.string(entries[pair.b].id);
    json.key("relation");
    json.string(relation_name(pair.relation));
    json.key("jaccard");
    json.thousandths(pair.jaccard_thousandths);
    json.key("containment");
    json.begin_array();
    json.thousandths(pair.a_in_b_thousandths);
    json.thousandths(pair.b_in_a_thousandths);
    json.end_array();
    if (pair.relation == Relation::kRewrite) {
      json.key("aligned");
      json.unsigned_number(static_cast<uint32_t>(pair.aligned.size()));
      json.key("topic_similarity");
      json.thousandths(pair.topic_thousandths);
    }
    json.end_object();
    line(json);
  }
  for (const Story& story : stories) {
    report::JsonWriter json(false);
    json.begin_object();
    json.key("type");
    json.string("story");
    json.key("id");
    json.unsigned_number(story.id);
    json.key("members");
    json.begin_array();
    for (uint32_t m : story.members) json.string(entries[m].id);
    json.end_array();
    json.key("source");
    json.string(entries[story.source].id);
    json.key("source_reason");
    json.string(story.source_reason);
    json.end_object();
    line(json);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "newsprism dedup: cannot write to standard output\n");
    return 1;
  }
  return 0;
}

}  // namespace newsprism::cli
