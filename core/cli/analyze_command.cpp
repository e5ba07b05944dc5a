// newsprism analyze: files in, the JSON report out.
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hpp"
#include "input_args.hpp"
#include "newsprism/analyze.hpp"

namespace newsprism::cli {
namespace {

constexpr const char* kAnalyzeUsage =
    "usage: newsprism analyze [--pretty] [--no-tokens] [--no-entities] [--max-input-bytes N] [--threads N] [FILE...|-]\n"
    "\n"
    "Reads each FILE ('-' or no FILE: standard input) and prints one JSON report for all of\n"
    "them on standard output. The report follows core/src/report/report.schema.json.\n"
    "\n"
    "  --pretty              indent the JSON for people\n"
    "  --no-tokens           leave the token list out (most of the report's size)\n"
    "  --no-entities         skip entity tagging (no mentions, quotes or entities)\n"
    "  --max-input-bytes N   largest input accepted (default 128M; suffixes K, M, G)\n"
    "  --threads N           threads to read, assemble and tag articles on (default: every\n"
    "                        core); the output is the same for any N\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 report printed, 1 an input could not be read or is over a limit, 2 usage.\n";

}  // namespace

bool parse_byte_count(const std::string& text, uint64_t& bytes) {
  if (text.empty()) return false;
  uint64_t value = 0;
  size_t i = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    if (value > (UINT64_MAX - 9) / 10) return false;
    value = value * 10 + static_cast<uint64_t>(text[i] - '0');
  }
  if (i == 0) return false;
  std::string suffix = text.substr(i);
  unsigned shift = 0;
  if (suffix.empty()) shift = 0;
  else if (suffix == "K" || suffix == "k") shift = 10;
  else if (suffix == "M" || suffix == "m") shift = 20;
  else if (suffix == "G" || suffix == "g") shift = 30;
  else return false;
  if (shift != 0 && value > (UINT64_MAX >> shift)) return false;
  bytes = value << shift;
  return true;
}

int run_analyze(const std::vector<std::string>& args) {
  bool pretty = false;
  InputArgs inputs;
  for (size_t i = 0; i < args.size(); ++i) {
    bool taken = false;
    if (std::optional<int> exit = take_input_argument(args, i, "analyze", inputs, taken)) return *exit;
    if (taken) continue;
    const std::string& arg = args[i];
    if (arg == "--pretty") {
      pretty = true;
    } else if (arg == "--no-tokens") {
      inputs.options.tokens = false;
    } else if (arg == "--no-entities") {
      inputs.options.entities = false;
    } else if (arg == "--help" || arg == "-h") {
      std::fputs(kAnalyzeUsage, stdout);
      return 0;
    } else {
      std::fprintf(stderr, "newsprism analyze: unknown option '%s'\n\n%s", arg.c_str(), kAnalyzeUsage);
      return 2;
    }
  }
  Report report;
  if (!analyze_inputs(inputs, "analyze", report)) return 1;
  std::string json = report_to_json(report, pretty);
  json.push_back('\n');
  if (std::fwrite(json.data(), 1, json.size(), stdout) != json.size() || std::fflush(stdout) != 0) {
    std::fprintf(stderr, "newsprism analyze: cannot write the report to standard output\n");
    return 1;
  }
  return 0;
}

}  // namespace newsprism::cli
