// newsprism bench: times core stages on given files and prints figures as one JSON line, so a
// driver (wasm/bench/ingest.mjs) can set them beside the wasm and peer figures of the same run.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hpp"
#include "input_files.hpp"
#include "thread_pool.hpp"
#include "newsprism/analyze.hpp"
#include "newsprism/dedup.hpp"
#include "newsprism/extract.hpp"

namespace newsprism::cli {
namespace {

constexpr const char* kBenchUsage =
    "usage: newsprism bench ingest [--repeat N] [--threads N] FILE...\n"
    "       newsprism bench extract [--repeat N] [--threads N] FILE...\n"
    "       newsprism bench signatures [--repeat N] FILE...\n"
    "\n"
    "Analyzes the files N times (default 15) and prints one JSON line with the total bytes, the\n"
    "median time of analyze() and of report_to_json(), and the ingest throughput in MB/s\n"
    "(10^6 bytes per second, from the median of analyze() without the corpus pass or entity\n"
    "tagging; mb_per_s_best from the fastest run). --threads N (default 1) lends N threads to\n"
    "analyze() as `analyze --threads N` does; the JSON line says how many.\n"
    "'extract' times extract() and extraction_to_json() the same way (keys extract_median_ms,\n"
    "extract_min_ms, json_median_ms, json_bytes, mb_per_s, mb_per_s_best).\n"
    "'signatures' times\n"
    "fingerprint_text() (normalize, tokenize, shingle, MinHash) on each file instead.\n";

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

}  // namespace

int run_bench(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::fputs(kBenchUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "tag") return run_bench_tag(std::vector<std::string>(args.begin() + 1, args.end()));
  if (args[0] != "ingest" && args[0] != "extract" && args[0] != "signatures") {
    std::fprintf(stderr, "newsprism bench: unknown benchmark '%s'\n\n%s", args[0].c_str(), kBenchUsage);
    return 2;
  }
  int repeat = 15;
  unsigned threads = 1;
  std::vector<std::string> paths;
  for (size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--repeat" && i + 1 < args.size()) {
      repeat = std::max(1, std::atoi(args[++i].c_str()));
    } else if (args[i] == "--threads" && i + 1 < args.size()) {
      threads = static_cast<unsigned>(std::clamp(std::atoi(args[++i].c_str()), 1, 256));
    } else {
      paths.push_back(args[i]);
    }
  }
  if (paths.empty()) {
    std::fputs(kBenchUsage, stderr);
    return 2;
  }
  Options options;
  // Ingest alone: the corpus pass (fingerprints, pairs, stories) and entity tagging have their
  // own benchmarks.
  options.dedup.compare = false;
  options.entities = false;
  options.max_input_bytes = kMaxInputBytesCeiling;
  options.max_total_bytes = UINT64_MAX;
  std::vector<InputFile> files;
  std::string error;
  if (!read_input_files(paths, options.max_input_bytes, files, error)) {
    std::fprintf(stderr, "newsprism bench: %s\n", error.c_str());
    return 1;
  }
  std::vector<Input> inputs;
  uint64_t bytes = 0;
  for (const InputFile& file : files) {
    inputs.push_back(file.input());
    bytes += file.bytes.size();
  }
  using Clock = std::chrono::steady_clock;
  if (args[0] == "signatures") {
    std::vector<double> times;
    uint64_t checksum = 0;
    for (int run = 0; run < repeat; ++run) {
      auto start = Clock::now();
      for (const Input& input : inputs) checksum += fingerprint_text(input.bytes).signature.at(0);
      times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    const double ms = median(times);
    const double fastest = *std::min_element(times.begin(), times.end());
    std::printf("{\"benchmark\":\"signatures\",\"target\":\"native\",\"bytes\":%llu,\"runs\":%d,"
                "\"median_ms\":%.3f,\"min_ms\":%.3f,\"mb_per_s\":%.1f,\"mb_per_s_best\":%.1f,\"checksum\":%llu}\n",
                static_cast<unsigned long long>(bytes), repeat, ms, fastest,
                ms > 0 ? static_cast<double>(bytes) / 1e6 / (ms / 1e3) : 0.0,
                fastest > 0 ? static_cast<double>(bytes) / 1e6 / (fastest / 1e3) : 0.0,
                static_cast<unsigned long long>(checksum));
    return 0;
  }
  // ingest: analyze() and report_to_json(); extract: extract() and extraction_to_json().
  const bool extraction = args[0] == "extract";
  const ParallelFor parallel = thread_pool(threads);
  std::vector<double> read_ms;
  std::vector<double> json_ms;
  size_t json_bytes = 0;
  for (int run = 0; run < repeat; ++run) {
    auto start = Clock::now();
    Result<Report> report = extraction ? extract(inputs, options, parallel) : analyze(inputs, options, parallel);
    auto read = Clock::now();
    if (!report.ok()) {
      std::fprintf(stderr, "newsprism bench: %s\n", report.error().message.c_str());
      return 1;
    }
    std::string json = extraction ? extraction_to_json(report.value()) : report_to_json(report.value());
    auto written = Clock::now();
    json_bytes = json.size();
    read_ms.push_back(std::chrono::duration<double, std::milli>(read - start).count());
    json_ms.push_back(std::chrono::duration<double, std::milli>(written - read).count());
  }
  const double read_median = median(read_ms);
  const double json_median = median(json_ms);
  // The fastest run too: on a shared machine the median takes in other work's time.
  const double read_min = *std::min_element(read_ms.begin(), read_ms.end());
  const char* stage = extraction ? "extract" : "analyze";
  std::printf(
      "{\"benchmark\":\"%s\",\"target\":\"native\",\"threads\":%u,\"bytes\":%llu,\"runs\":%d,"
      "\"%s_median_ms\":%.3f,\"%s_min_ms\":%.3f,\"json_median_ms\":%.3f,\"%s\":%zu,"
      "\"mb_per_s\":%.1f,\"mb_per_s_best\":%.1f}\n",
      extraction ? "extract" : "ingest", threads, static_cast<unsigned long long>(bytes), repeat, stage, read_median, stage,
      read_min, json_median, extraction ? "json_bytes" : "report_bytes", json_bytes,
      read_median > 0 ? static_cast<double>(bytes) / 1e6 / (read_median / 1e3) : 0.0,
      read_min > 0 ? static_cast<double>(bytes) / 1e6 / (read_min / 1e3) : 0.0);
  return 0;
}

}  // namespace newsprism::cli
