// `newsprism entities`: who and what the articles name, for people (one line an entity, then
// the quotes), or as JSON lines for scripts.
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hpp"
#include "input_args.hpp"
#include "report/entity_json.hpp"
#include "report/json_writer.hpp"

namespace newsprism::cli {
namespace {

constexpr const char* kEntitiesUsage =
    "usage: newsprism entities [--json] [--max-input-bytes N] [FILE...|-]\n"
    "\n"
    "Reads each FILE ('-' or no FILE: standard input) as one set of articles and prints the\n"
    "people, organizations, places, other names, dates, amounts and numbers they mention,\n"
    "merged across forms and articles (\"Liang Wenfeng\" = \"Liang\" = \"Mr. Liang\"), then the\n"
    "direct quotations with their speakers.\n"
    "\n"
    "Text: one line an entity: TYPE, mentions, name, value, aliases and the articles (#N = the\n"
    "Nth article, from 1), then a line a quote: article, speaker, quoted words.\n"
    "\n"
    "  --json                one JSON object a line: {\"type\":\"entity\",\"entity\":{...}} per\n"
    "                        entity (as in the report's \"entities\"), then\n"
    "                        {\"type\":\"quote\",\"article\",\"speaker\",\"entity\",\"cue\",\"text\"}\n"
    "  --max-input-bytes N   largest input accepted (default 128M; suffixes K, M, G)\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 printed, 1 an input could not be read or is over a limit, 2 usage.\n";

std::string span_text(const Article& article, const Span& span) {
  return article.text.substr(span.start, span.end - span.start);
}

void append_entity_text(const Entity& entity, std::string& out) {
  char head[64];
  std::snprintf(head, sizeof head, "%-8s %5u  ", entity_type_name(entity.type), entity.mentions);
  out += head;
  out += entity.name;
  if (!entity.value.empty() && entity.value != entity.name) {
    out += " = ";
    out += entity.value;
  }
  if (!entity.aliases.empty()) {
    out += "  (also ";
    for (size_t i = 0; i < entity.aliases.size(); ++i) {
      if (i > 0) out += ", ";
      out += '"';
      out += entity.aliases[i];
      out += '"';
    }
    out += ")";
  }
  out += "  in";
  for (const EntityCount& count : entity.articles) {
    out += " #";
    out += std::to_string(count.article + 1);
    out += 'x';
    out += std::to_string(count.mentions);
  }
  out += "\n";
}

void append_entity_json(const Entity& entity, std::string& out) {
  report::JsonWriter json(false);
  json.begin_object();
  json.key("type");
  json.string("entity");
  json.key("entity");
  report::write_entity_json(json, entity);
  json.end_object();
  out += json.take();
  out += "\n";
}

std::string speaker_of(const Report& report, const Quote& quote) {
  if (quote.speaker_entity >= 0) return report.entities[quote.speaker_entity].name;
  return quote.speaker;
}

void append_quote(const Report& report, const Article& article, const Quote& quote, bool as_json,
                  std::string& out) {
  const std::string speaker = speaker_of(report, quote);
  if (!as_json) {
    out += '#';
    out += std::to_string(article.id + 1);
    out += ' ';
    out += speaker.empty() ? std::string("(unknown)") : speaker;
    out += ": \"";
    out += span_text(article, quote.span);
    out += "\"\n";
    return;
  }
  report::JsonWriter json(false);
  json.begin_object();
  json.key("type");
  json.string("quote");
  json.key("article");
  json.unsigned_number(article.id);
  json.key("speaker");
  json.string(speaker);
  json.key("entity");
  json.number(quote.speaker_entity);
  json.key("cue");
  json.string(quote.cue);
  json.key("text");
  json.string(span_text(article, quote.span));
  json.end_object();
  out += json.take();
  out += "\n";
}

}  // namespace

int run_entities(const std::vector<std::string>& args) {
  bool as_json = false;
  InputArgs inputs;
  inputs.options.dedup.compare = false;
  for (size_t i = 0; i < args.size(); ++i) {
    bool taken = false;
    if (std::optional<int> exit = take_input_argument(args, i, "entities", inputs, taken)) return *exit;
    if (taken) continue;
    const std::string& arg = args[i];
    if (arg == "--json") {
      as_json = true;
    } else if (arg == "--help" || arg == "-h") {
      std::fputs(kEntitiesUsage, stdout);
      return 0;
    } else {
      std::fprintf(stderr, "newsprism entities: unknown option '%s'\n\n%s", arg.c_str(), kEntitiesUsage);
      return 2;
    }
  }
  Report report;
  if (!analyze_inputs(inputs, "entities", report)) return 1;
  std::string out;
  for (const Entity& entity : report.entities) {
    if (as_json) append_entity_json(entity, out);
    else append_entity_text(entity, out);
  }
  bool first_quote = true;
  for (const Article& article : report.articles) {
    for (const Quote& quote : article.quotes) {
      if (!as_json && first_quote) out += "\nquotes:\n";
      first_quote = false;
      append_quote(report, article, quote, as_json, out);
    }
  }
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
    std::fprintf(stderr, "newsprism entities: cannot write to standard output\n");
    return 1;
  }
  return 0;
}

}  // namespace newsprism::cli
