// newsprism extract: each article as people want to read it (a short metadata header, then the
// body as plain text with boilerplate left out), or as one JSON object a line with --json.
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hpp"
#include "input_args.hpp"
#include "newsprism/extract.hpp"

namespace newsprism::cli {
namespace {

constexpr const char* kExtractUsage =
    "usage: newsprism extract [--json] [--max-input-bytes N] [--threads N] [FILE...|-]\n"
    "\n"
    "Reads each FILE ('-' or no FILE: standard input) in any format newsprism reads (text,\n"
    "Markdown, HTML, WordPress JSON, JSON Feed, NDJSON, RSS, Atom) and prints every article in\n"
    "it: a header (title, date, author, site, url, source and format), a blank line, then the\n"
    "body with boilerplate left out and paragraphs separated by blank lines. Articles are\n"
    "separated by a line of three dashes. Problems found are printed on standard error.\n"
    "\n"
    "  --json                one JSON object a line per article: source, format, title,\n"
    "                        published, modified, author, authors, site, url, language,\n"
    "                        description, body, boilerplate_blocks, diagnostics\n"
    "  --max-input-bytes N   largest input accepted (default 128M; suffixes K, M, G)\n"
    "  --threads N           threads to read, assemble and tag articles on (default: every\n"
    "                        core); the output is the same for any N\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 printed, 1 an input could not be read or is over a limit, 2 usage.\n";

void append_header_line(std::string& out, const char* label, const std::string& value) {
  if (value.empty()) return;
  out.append(label);
  out.append(": ");
  out.append(value);
  out.push_back('\n');
}

std::string as_text(const Article& article) {
  const ArticleMetadata& m = article.metadata;
  std::string out;
  append_header_line(out, "title", m.title);
  append_header_line(out, "date", m.published.empty() ? m.published_relative : m.published);
  append_header_line(out, "modified", m.modified);
  append_header_line(out, "author", authors_text(m));
  append_header_line(out, "site", m.site);
  append_header_line(out, "url", m.url);
  append_header_line(out, "source", article.source + " (" + article.format.name + ")");
  out.push_back('\n');
  out.append(article_body_text(article));
  out.push_back('\n');
  return out;
}

void print_input_diagnostics(const Report& report) {
  for (const InputSummary& input : report.inputs) {
    for (const Diagnostic& d : input.diagnostics) {
      std::fprintf(stderr, "newsprism extract: %s: %s: %s\n", input.source.c_str(), d.code.c_str(), d.message.c_str());
    }
    for (uint32_t id : input.articles) {
      for (const Diagnostic& d : report.articles[id].diagnostics) {
        std::fprintf(stderr, "newsprism extract: %s: %s: %s\n", input.source.c_str(), d.code.c_str(),
                     d.message.c_str());
      }
    }
  }
}

}  // namespace

int run_extract(const std::vector<std::string>& args) {
  bool as_json = false;
  InputArgs inputs;
  for (size_t i = 0; i < args.size(); ++i) {
    bool taken = false;
    if (std::optional<int> exit = take_input_argument(args, i, "extract", inputs, taken)) return *exit;
    if (taken) continue;
    const std::string& arg = args[i];
    if (arg == "--json") {
      as_json = true;
    } else if (arg == "--help" || arg == "-h") {
      std::fputs(kExtractUsage, stdout);
      return 0;
    } else {
      std::fprintf(stderr, "newsprism extract: unknown option '%s'\n\n%s", arg.c_str(), kExtractUsage);
      return 2;
    }
  }
  Report report;
  if (!extract_inputs(inputs, "extract", report)) return 1;
  std::string out;
  for (const Article& article : report.articles) {
    if (as_json) {
      out.append(extracted_article_json(article));
      out.push_back('\n');
    } else {
      if (!out.empty()) out.append("---\n");
      out.append(as_text(article));
    }
  }
  print_input_diagnostics(report);
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
    std::fprintf(stderr, "newsprism extract: cannot write to standard output\n");
    return 1;
  }
  return 0;
}

}  // namespace newsprism::cli
