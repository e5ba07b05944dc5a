// newsprism: analyze news articles from the command line.
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hpp"
#include "newsprism/report.hpp"

namespace {

constexpr const char* kUsage =
    "usage: newsprism <command> [options] [FILE...|-]\n"
    "\n"
    "Analyzes news articles: reads text, Markdown, HTML, WordPress JSON, JSON Feed, NDJSON,\n"
    "RSS and Atom, and cleans each article into metadata, blocks, sentences and tokens.\n"
    "\n"
    "commands:\n"
    "  analyze [FILE...|-]   print the JSON report of the inputs (stdin when none or '-')\n"
    "  extract [FILE...|-]   print each article as text (header + body), or --json lines\n"
    "  dedup [FILE...|-]     corpus mode: duplicate pairs and stories of many articles, NDJSON\n"
    "  entities [FILE...|-]  who and what the articles name, merged across forms, and quotes\n"
    "  bench ingest FILE     time the ingest of FILE and print MB/s as JSON (bench extract:\n"
    "                        the extraction alone)\n"
    "  tag --conll FILE      append predicted name tags to a CoNLL file (eval-ner: score them)\n"
    "  train-ner --train F   train a name tagger model on a CoNLL file\n"
    "  bench tag FILE        time the name tagger and print tokens/s as JSON\n"
    "  eval-paraphrase FILE  measure the sentence scorer on a paraphrase corpus (MSRP format)\n"
    "\n"
    "Run 'newsprism <command> --help' for a command's options.\n"
    "  --version             print the version\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::fputs(kUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::printf("newsprism %s\n", newsprism::library_version());
    return 0;
  }
  std::string command = args[0];
  args.erase(args.begin());
  if (command == "analyze") return newsprism::cli::run_analyze(args);
  if (command == "extract") return newsprism::cli::run_extract(args);
  if (command == "dedup") return newsprism::cli::run_dedup(args);
  if (command == "entities") return newsprism::cli::run_entities(args);
  if (command == "bench") return newsprism::cli::run_bench(args);
  if (command == "tag") return newsprism::cli::run_tag(args);
  if (command == "eval-ner") return newsprism::cli::run_eval_ner(args);
  if (command == "train-ner") return newsprism::cli::run_train_ner(args);
  if (command == "eval-paraphrase") return newsprism::cli::run_eval_paraphrase(args);
  std::fprintf(stderr, "newsprism: unknown command '%s'\n\n%s", command.c_str(), kUsage);
  return 2;
}
