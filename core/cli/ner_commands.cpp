// The named-entity commands: train-ner (train a model on CoNLL files), tag (append predicted
// tags to a CoNLL file), eval-ner (score a model on a CoNLL file) and bench tag (tokens/s).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "commands.hpp"
#include "entities/conll.hpp"
#include "entities/ner_model.hpp"
#include "entities/ner_train.hpp"
#include "newsprism/entities.hpp"

namespace newsprism::cli {
namespace {

using entities::ConllFile;

constexpr const char* kTrainUsage =
    "usage: newsprism train-ner --train FILE [--dev FILE] [--epochs N] [--seed S]\n"
    "                           [--rows R] [--passes 1|2] [--gazetteer 0|1] --out MODEL\n"
    "\n"
    "Trains the name tagger (averaged perceptron over BILOU tags) on a CoNLL-2003 file (word\n"
    "first, IOB1 or IOB2 tag last, -DOCSTART- between documents) and writes the model file.\n"
    "With --dev, prints the dev set's scores after every epoch (to stderr). Defaults: 10 epochs,\n"
    "seed 1, 120000 weight rows (a model under 4 MB), 2 passes, a gazetteer of the training\n"
    "names (1). The same inputs and options\n"
    "give the same model, byte for byte.\n";

constexpr const char* kTagUsage =
    "usage: newsprism tag --conll FILE [--model MODEL] [--scheme iob1|iob2|bilou] [--eval]\n"
    "\n"
    "Tags the words of a CoNLL file (first column; one -DOCSTART- document at a time) and prints\n"
    "the file with the predicted tag appended to each word line, so conlleval reads it (gold\n"
    "next-to-last, predicted last). Lines are kept as they are; -DOCSTART- lines get 'O'.\n"
    "--scheme: IOB1 (default, as in CoNLL-2003), IOB2 or BILOU. --eval prints the scores\n"
    "(as eval-ner) instead of the file. --model: a model file instead of the built-in one.\n";

constexpr const char* kEvalUsage =
    "usage: newsprism eval-ner --conll FILE [--model MODEL]\n"
    "\n"
    "Tags a CoNLL file and scores the predictions against its last column, conlleval's way:\n"
    "a name counts when its span and type are exact; precision, recall and F1 per type and\n"
    "micro-averaged over all, plus F1 over PER, ORG and LOC only.\n";

bool read_file(const std::string& path, std::string& bytes, std::string& error) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    error = "cannot open " + path;
    return false;
  }
  bytes.clear();
  char buffer[1 << 16];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, got);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) error = "cannot read " + path;
  return !failed;
}

bool write_file(const std::string& path, const std::vector<uint8_t>& bytes, std::string& error) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) {
    error = "cannot create " + path;
    return false;
  }
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
  if (std::fclose(file) != 0 || !ok) {
    error = "cannot write " + path;
    return false;
  }
  return true;
}

// The tagger of --model, or the built-in one.
bool load_tagger(const std::string& path, NameTagger& tagger, std::string& error) {
  if (path.empty()) {
    tagger = NameTagger::builtin();
    return true;
  }
  std::string bytes;
  if (!read_file(path, bytes, error)) return false;
  Result<NameTagger> loaded = NameTagger::from_bytes(
      std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
  if (!loaded.ok()) {
    error = path + ": " + loaded.error().message;
    return false;
  }
  tagger = loaded.value();
  return true;
}

// Predicted codes of every document of a parsed file: [document][sentence][word].
std::vector<std::vector<std::vector<NameTag>>> tag_file(const NameTagger& tagger,
                                                        const ConllFile& file) {
  std::vector<std::vector<std::vector<NameTag>>> tags(file.documents.size());
  std::vector<std::vector<std::string_view>> sentences;
  for (size_t d = 0; d < file.documents.size(); ++d) {
    sentences.clear();
    for (const auto& sentence : file.documents[d].sentences) sentences.push_back(sentence.words);
    tags[d] = tagger.tag(sentences);
  }
  return tags;
}

entities::NerScores score_file(const ConllFile& file,
                               const std::vector<std::vector<std::vector<NameTag>>>& tags) {
  entities::NerScores scores;
  for (size_t d = 0; d < file.documents.size(); ++d) {
    std::vector<entities::NameSpan> gold, predicted;
    for (size_t s = 0; s < file.documents[d].sentences.size(); ++s) {
      const auto g = entities::spans_from_bilou(
          entities::gold_bilou(file.documents[d].sentences[s]), static_cast<uint32_t>(s));
      const auto p = entities::spans_from_bilou(tags[d][s], static_cast<uint32_t>(s));
      gold.insert(gold.end(), g.begin(), g.end());
      predicted.insert(predicted.end(), p.begin(), p.end());
    }
    scores.add(gold, predicted);
  }
  return scores;
}

struct TrainContext {
  const ConllFile* dev = nullptr;
  std::chrono::steady_clock::time_point start;
};

bool report_epoch(uint32_t epoch, const entities::NerModel& model, void* context) {
  auto* train = static_cast<TrainContext*>(context);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - train->start).count();
  if (train->dev == nullptr) {
    std::fprintf(stderr, "epoch %u done at %.1f s\n", epoch, seconds);
    return true;
  }
  Result<NameTagger> tagger = NameTagger::from_bytes(model.serialize());
  if (!tagger.ok()) return false;
  const entities::NerScores scores = score_file(*train->dev, tag_file(tagger.value(), *train->dev));
  std::fprintf(stderr,
               "epoch %u at %.1f s: dev P %.2f R %.2f F1 %.2f (PER %.2f ORG %.2f LOC %.2f MISC "
               "%.2f; without MISC %.2f)\n",
               epoch, seconds, 100 * scores.precision(-1), 100 * scores.recall(-1),
               100 * scores.f1(-1), 100 * scores.f1(0), 100 * scores.f1(1), 100 * scores.f1(2),
               100 * scores.f1(3), 100 * scores.f1_without_misc());
  return true;
}

bool parse_count(const std::string& text, uint64_t& value) {
  if (text.empty() || text.size() > 19) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  value = std::strtoull(text.c_str(), nullptr, 10);
  return true;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

}  // namespace

int run_train_ner(const std::vector<std::string>& args) {
  std::string train_path, dev_path, out_path;
  entities::TrainingOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kTrainUsage, stdout);
      return 0;
    }
    if (i + 1 >= args.size()) {
      std::fprintf(stderr, "newsprism train-ner: '%s' needs a value or is unknown\n\n%s",
                   arg.c_str(), kTrainUsage);
      return 2;
    }
    const std::string& value = args[++i];
    uint64_t number = 0;
    if (arg == "--train") {
      train_path = value;
    } else if (arg == "--dev") {
      dev_path = value;
    } else if (arg == "--out") {
      out_path = value;
    } else if (arg == "--epochs" && parse_count(value, number) && number >= 1 && number <= 1000) {
      options.epochs = static_cast<uint32_t>(number);
    } else if (arg == "--seed" && parse_count(value, number)) {
      options.seed = number;
    } else if (arg == "--rows" && parse_count(value, number) && number >= 1 &&
               number <= (1u << 24)) {
      options.rows = static_cast<uint32_t>(number);
    } else if (arg == "--gazetteer" && (value == "0" || value == "1")) {
      options.gazetteer = value == "1";
    } else if (arg == "--passes" && (value == "1" || value == "2")) {
      options.passes = value == "1" ? 1 : 2;
    } else {
      std::fprintf(stderr, "newsprism train-ner: bad option '%s %s'\n\n%s", arg.c_str(),
                   value.c_str(), kTrainUsage);
      return 2;
    }
  }
  if (train_path.empty() || out_path.empty()) {
    std::fputs(kTrainUsage, stderr);
    return 2;
  }
  std::string error, train_bytes, dev_bytes;
  if (!read_file(train_path, train_bytes, error) ||
      (!dev_path.empty() && !read_file(dev_path, dev_bytes, error))) {
    std::fprintf(stderr, "newsprism train-ner: %s\n", error.c_str());
    return 1;
  }
  const ConllFile train = entities::parse_conll(train_bytes);
  const ConllFile dev = entities::parse_conll(dev_bytes);
  std::vector<entities::TrainingDocument> documents;
  uint64_t words = 0;
  for (const auto& document : train.documents) {
    entities::TrainingDocument training;
    for (const auto& sentence : document.sentences) {
      training.push_back({sentence.words, entities::gold_bilou(sentence)});
      words += sentence.words.size();
    }
    documents.push_back(std::move(training));
  }
  std::fprintf(stderr,
               "train-ner: %zu documents, %llu words; %u epochs, seed %llu, %u rows, %u passes\n",
               documents.size(), static_cast<unsigned long long>(words), options.epochs,
               static_cast<unsigned long long>(options.seed), options.rows, options.passes);
  TrainContext context{dev_path.empty() ? nullptr : &dev, std::chrono::steady_clock::now()};
  const entities::NerModel model =
      entities::train_ner_model(documents, options, report_epoch, &context);
  const std::vector<uint8_t> bytes = model.serialize();
  if (!write_file(out_path, bytes, error)) {
    std::fprintf(stderr, "newsprism train-ner: %s\n", error.c_str());
    return 1;
  }
  std::fprintf(
      stderr, "train-ner: wrote %s (%zu bytes) in %.1f s\n", out_path.c_str(), bytes.size(),
      std::chrono::duration<double>(std::chrono::steady_clock::now() - context.start).count());
  return 0;
}

namespace {

int tag_or_eval(const std::vector<std::string>& args, bool eval_only, const char* name,
                const char* usage) {
  std::string conll_path, model_path;
  TagScheme scheme = TagScheme::kIob1;
  bool eval = eval_only;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(usage, stdout);
      return 0;
    }
    if (arg == "--eval" && !eval_only) {
      eval = true;
    } else if (arg == "--conll" && i + 1 < args.size()) {
      conll_path = args[++i];
    } else if (arg == "--model" && i + 1 < args.size()) {
      model_path = args[++i];
    } else if (arg == "--scheme" && i + 1 < args.size() && !eval_only) {
      const std::string& value = args[++i];
      if (value == "iob1")
        scheme = TagScheme::kIob1;
      else if (value == "iob2")
        scheme = TagScheme::kIob2;
      else if (value == "bilou")
        scheme = TagScheme::kBilou;
      else {
        std::fprintf(stderr, "newsprism %s: unknown scheme '%s'\n\n%s", name, value.c_str(), usage);
        return 2;
      }
    } else {
      std::fprintf(stderr, "newsprism %s: bad option '%s'\n\n%s", name, arg.c_str(), usage);
      return 2;
    }
  }
  if (conll_path.empty()) {
    std::fputs(usage, stderr);
    return 2;
  }
  std::string error, bytes;
  NameTagger tagger = NameTagger::builtin();
  if (!read_file(conll_path, bytes, error) || !load_tagger(model_path, tagger, error)) {
    std::fprintf(stderr, "newsprism %s: %s\n", name, error.c_str());
    return 1;
  }
  const ConllFile file = entities::parse_conll(bytes);
  const auto tags = tag_file(tagger, file);
  if (eval) {
    std::fputs(score_file(file, tags).table().c_str(), stdout);
    return 0;
  }
  // Text tags per document and sentence, then the lines in their order.
  std::vector<std::vector<std::vector<std::string>>> text(tags.size());
  for (size_t d = 0; d < tags.size(); ++d) {
    for (const auto& sentence : tags[d]) text[d].push_back(name_tag_strings(sentence, scheme));
  }
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (const ConllFile::Line& line : file.lines) {
    out.append(line.text);
    if (line.document >= 0) {
      out += ' ';
      out += text[line.document][line.sentence][line.word];
    } else if (line.text.substr(0, 10) == "-DOCSTART-") {
      out += " O";
    }
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

int run_tag(const std::vector<std::string>& args) {
  return tag_or_eval(args, false, "tag", kTagUsage);
}

int run_eval_ner(const std::vector<std::string>& args) {
  return tag_or_eval(args, true, "eval-ner", kEvalUsage);
}

int run_bench_tag(const std::vector<std::string>& args) {
  int repeat = 9;
  std::string path, model_path;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--repeat" && i + 1 < args.size()) {
      repeat = std::max(1, std::atoi(args[++i].c_str()));
    } else if (args[i] == "--model" && i + 1 < args.size()) {
      model_path = args[++i];
    } else {
      path = args[i];
    }
  }
  if (path.empty()) {
    std::fputs(
        "usage: newsprism bench tag [--repeat N] [--model MODEL] FILE\n"
        "\n"
        "Tags the words of a CoNLL file (or of a text file, one sentence a line, words split\n"
        "on spaces when it has no tab or -DOCSTART-) N times (default 9) and prints one JSON\n"
        "line: words, median ms and words (tokens) per second, features and decoding included.\n",
        stderr);
    return 2;
  }
  std::string error, bytes;
  NameTagger tagger = NameTagger::builtin();
  if (!read_file(path, bytes, error) || !load_tagger(model_path, tagger, error)) {
    std::fprintf(stderr, "newsprism bench: %s\n", error.c_str());
    return 1;
  }
  const ConllFile file = entities::parse_conll(bytes);
  std::vector<std::vector<std::vector<std::string_view>>> documents;
  uint64_t words = 0;
  for (const auto& document : file.documents) {
    documents.emplace_back();
    for (const auto& sentence : document.sentences) {
      documents.back().push_back(sentence.words);
      words += sentence.words.size();
    }
  }
  using Clock = std::chrono::steady_clock;
  std::vector<double> times, cpu_times;
  uint64_t checksum = 0;
  for (int run = 0; run < repeat; ++run) {
    const std::clock_t cpu_start = std::clock();
    const auto start = Clock::now();
    for (const auto& document : documents) {
      for (const auto& sentence : tagger.tag(document)) {
        for (NameTag tag : sentence) checksum += tag;
      }
    }
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    cpu_times.push_back(1e3 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
  }
  // Wall time is the figure; CPU time beside it tells how much a busy machine took away.
  const double ms = median(times), cpu_ms = median(cpu_times);
  std::printf(
      "{\"benchmark\":\"tag\",\"target\":\"native\",\"documents\":%zu,\"tokens\":%llu,\"runs\":%d,"
      "\"median_ms\":%.3f,\"tokens_per_s\":%.0f,\"cpu_median_ms\":%.3f,\"tokens_per_cpu_s\":%.0f,"
      "\"checksum\":%llu}\n",
      documents.size(), static_cast<unsigned long long>(words), repeat, ms,
      ms > 0 ? static_cast<double>(words) / (ms / 1e3) : 0.0, cpu_ms,
      cpu_ms > 0 ? static_cast<double>(words) / (cpu_ms / 1e3) : 0.0,
      static_cast<unsigned long long>(checksum));
  return 0;
}

}  // namespace newsprism::cli
