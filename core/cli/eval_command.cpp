// newsprism eval-paraphrase: measures the sentence scorer of the corpus pass (the one that
// aligns the sentences of rewrites) on a paraphrase corpus in the MSRP format, next to word
// Jaccard, with the threshold of each chosen by k-fold cross-validation in the same run.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "commands.hpp"
#include "dedup/paraphrase_eval.hpp"

namespace newsprism::cli {
namespace {

constexpr const char* kEvalUsage =
    "usage: newsprism eval-paraphrase [--folds N] [--select accuracy|f1] [--json] FILE\n"
    "\n"
    "FILE: tab-separated, a header line then 'Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String'\n"
    "lines (the Microsoft Research Paraphrase Corpus format; Quality 1 = paraphrase). Scores every\n"
    "pair with the corpus pass's sentence scorer and with word Jaccard, picks each one's threshold\n"
    "by N-fold cross-validation (default 10; pair i in fold i mod N; the threshold that maximizes\n"
    "the --select criterion, default f1, on the other folds), and prints accuracy, precision,\n"
    "recall and F1 over the held-out folds and the median threshold.\n";

std::string fixed(uint64_t millionths, int digits) {
  // millionths -> "0.xxxx" with `digits` decimals, rounded half up.
  uint64_t scale = 1;
  for (int i = digits; i < 6; ++i) scale *= 10;
  const uint64_t value = (millionths + scale / 2) / scale;
  uint64_t unit = 1;
  for (int i = 0; i < digits; ++i) unit *= 10;
  std::string fraction = std::to_string(value % unit);
  return std::to_string(value / unit) + "." + std::string(digits - fraction.size(), '0') + fraction;
}

std::string json_of(const char* name, const dedup::CrossValidation& cv) {
  return std::string("\"") + name + "\":{\"accuracy\":" + fixed(cv.accuracy_millionths(), 4) +
         ",\"precision\":" + fixed(cv.precision_millionths(), 4) + ",\"recall\":" + fixed(cv.recall_millionths(), 4) +
         ",\"f1\":" + fixed(cv.f1_millionths(), 4) + ",\"threshold\":" + fixed(cv.median_threshold() * 1000ull, 3) + "}";
}

}  // namespace

int run_eval_paraphrase(const std::vector<std::string>& args) {
  uint32_t folds = 10;
  bool json = false;
  dedup::Criterion criterion = dedup::Criterion::kF1;
  std::string path;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--folds" && i + 1 < args.size()) {
      folds = static_cast<uint32_t>(std::max(2, std::atoi(args[++i].c_str())));
    } else if (args[i] == "--select" && i + 1 < args.size() && (args[i + 1] == "accuracy" || args[i + 1] == "f1")) {
      criterion = args[++i] == "f1" ? dedup::Criterion::kF1 : dedup::Criterion::kAccuracy;
    } else if (args[i] == "--json") {
      json = true;
    } else if (args[i] == "--help" || args[i] == "-h") {
      std::fputs(kEvalUsage, stdout);
      return 0;
    } else if (path.empty() && (args[i].empty() || args[i][0] != '-')) {
      path = args[i];
    } else {
      std::fprintf(stderr, "newsprism eval-paraphrase: unexpected argument '%s'\n\n%s", args[i].c_str(), kEvalUsage);
      return 2;
    }
  }
  if (path.empty()) {
    std::fputs(kEvalUsage, stderr);
    return 2;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    std::fprintf(stderr, "newsprism eval-paraphrase: cannot open '%s'\n", path.c_str());
    return 1;
  }
  const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  std::vector<dedup::SentencePair> pairs;
  std::vector<uint8_t> labels;
  size_t start = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  bool header = true;
  uint64_t skipped = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    std::string_view line(bytes.data() + start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string_view> fields;
    size_t from = 0;
    while (true) {
      const size_t tab = line.find('\t', from);
      fields.push_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    if (fields.size() != 5 || (fields[0] != "0" && fields[0] != "1")) {
      ++skipped;
      continue;
    }
    pairs.push_back({fields[3], fields[4], fields[0] == "1"});
    labels.push_back(fields[0] == "1" ? 1 : 0);
  }
  if (pairs.empty()) {
    std::fprintf(stderr, "newsprism eval-paraphrase: no pairs in '%s'\n", path.c_str());
    return 1;
  }
  const auto begin = std::chrono::steady_clock::now();
  const dedup::PairScores scores = dedup::score_sentence_pairs(pairs);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
  const dedup::CrossValidation ours = dedup::cross_validate(scores.ours, labels, folds, criterion);
  const dedup::CrossValidation jaccard = dedup::cross_validate(scores.jaccard, labels, folds, criterion);
  uint64_t positive = 0;
  for (uint8_t l : labels) positive += l;
  const std::string select = criterion == dedup::Criterion::kF1 ? "f1" : "accuracy";
  if (json) {
    std::printf("{\"pairs\":%zu,\"positive\":%llu,\"skipped\":%llu,\"folds\":%u,\"select\":\"%s\",%s,%s,\"score_ms\":%.1f}\n",
                pairs.size(), static_cast<unsigned long long>(positive), static_cast<unsigned long long>(skipped), folds,
                select.c_str(), json_of("ours", ours).c_str(), json_of("jaccard", jaccard).c_str(), ms);
    return 0;
  }
  std::printf("%zu pairs (%llu paraphrases), %u-fold cross-validation, threshold chosen by %s on the other folds\n",
              pairs.size(), static_cast<unsigned long long>(positive), folds, select.c_str());
  std::printf("%-28s %9s %9s %9s %9s %10s\n", "scorer", "accuracy", "precision", "recall", "F1", "threshold");
  auto row = [&](const char* name, const dedup::CrossValidation& cv) {
    std::printf("%-28s %9s %9s %9s %9s %10s\n", name, fixed(cv.accuracy_millionths(), 4).c_str(),
                fixed(cv.precision_millionths(), 4).c_str(), fixed(cv.recall_millionths(), 4).c_str(),
                fixed(cv.f1_millionths(), 4).c_str(), fixed(cv.median_threshold() * 1000ull, 3).c_str());
  };
  row("sentence scorer (alignment)", ours);
  row("word Jaccard (baseline)", jaccard);
  std::printf("scored in %.1f ms\n", ms);
  return 0;
}

}  // namespace newsprism::cli
