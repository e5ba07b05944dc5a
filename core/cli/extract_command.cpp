// newsprism extract: each article as people want to read it (a short metadata header, then the
// body as plain text with boilerplate left out), or as one JSON object a line with --json.
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hpp"
#include "input_args.hpp"
#include "newsprism/analyze.hpp"
#include "report/json_writer.hpp"

namespace newsprism::cli {
namespace {

constexpr const char* kExtractUsage =
    "usage: newsprism extract [--json] [--max-input-bytes N] [FILE...|-]\n"
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
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 printed, 1 an input could not be read or is over a limit, 2 usage.\n";

std::string_view slice(const Article& article, const Block& block) {
  return std::string_view(article.text).substr(block.span.start, block.span.end - block.span.start);
}

bool in_body(BlockKind kind) {
  return kind != BlockKind::kTitle && kind != BlockKind::kByline && kind != BlockKind::kBoilerplate;
}

// The body as plain text: headings, paragraphs, quotes, list items and captions, a blank line
// between them; list items are bulleted and quotes marked so the reader sees what they were.
std::string body_text(const Article& article) {
  std::string body;
  for (const Block& block : article.blocks) {
    if (!in_body(block.kind)) continue;
    if (!body.empty()) body.append("\n\n");
    if (block.kind == BlockKind::kListItem) body.append("- ");
    if (block.kind == BlockKind::kQuote) body.append("> ");
    body.append(slice(article, block));
  }
  return body;
}

std::string joined_authors(const ArticleMetadata& metadata) {
  std::string authors;
  for (const std::string& author : metadata.authors) {
    if (!authors.empty()) authors.append(", ");
    authors.append(author);
  }
  return authors;
}

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
  append_header_line(out, "author", joined_authors(m));
  append_header_line(out, "site", m.site);
  append_header_line(out, "url", m.url);
  append_header_line(out, "source", article.source + " (" + article.format.name + ")");
  out.push_back('\n');
  out.append(body_text(article));
  out.push_back('\n');
  return out;
}

void write_nullable(report::JsonWriter& json, const char* key, const std::string& value) {
  json.key(key);
  if (value.empty()) json.null();
  else json.string(value);
}

std::string as_json_line(const Article& article) {
  const ArticleMetadata& m = article.metadata;
  report::JsonWriter json(false);
  json.begin_object();
  json.key("source");
  json.string(article.source);
  json.key("format");
  json.string(article.format.name);
  write_nullable(json, "title", m.title);
  write_nullable(json, "published", m.published.empty() ? m.published_relative : m.published);
  write_nullable(json, "modified", m.modified);
  write_nullable(json, "author", joined_authors(m));
  json.key("authors");
  json.begin_array();
  for (const std::string& author : m.authors) json.string(author);
  json.end_array();
  write_nullable(json, "site", m.site);
  write_nullable(json, "url", m.url);
  write_nullable(json, "language", m.language);
  write_nullable(json, "description", m.description);
  json.key("body");
  json.string(body_text(article));
  uint64_t boilerplate = 0;
  for (const Block& block : article.blocks) boilerplate += block.kind == BlockKind::kBoilerplate ? 1 : 0;
  json.key("boilerplate_blocks");
  json.unsigned_number(boilerplate);
  json.key("diagnostics");
  json.begin_array();
  for (const Diagnostic& d : article.diagnostics) json.string(d.code);
  json.end_array();
  json.end_object();
  std::string line = json.take();
  line.push_back('\n');
  return line;
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
  inputs.options.entities = false;  // extract prints articles, not who they name
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
  if (!analyze_inputs(inputs, "extract", report)) return 1;
  std::string out;
  for (const Article& article : report.articles) {
    if (as_json) {
      out.append(as_json_line(article));
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
