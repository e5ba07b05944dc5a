#include "entities/conll.hpp"

#include <algorithm>
#include <cstdio>

namespace newsprism::entities {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

double ratio(uint64_t a, uint64_t b) {
  return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

double f1_of(double p, double r) {
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

}  // namespace

ConllFile parse_conll(std::string_view bytes) {
  ConllFile file;
  ConllSentence sentence;
  auto end_sentence = [&]() {
    if (sentence.words.empty()) return;
    if (file.documents.empty()) file.documents.emplace_back();
    file.documents.back().sentences.push_back(std::move(sentence));
    sentence = ConllSentence{};
  };
  size_t start = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view raw = bytes.substr(start, end - start);
    start = end + 1;
    std::string_view line = raw;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string_view content = trim(line);
    ConllFile::Line entry{line, -1, 0, 0};
    if (content.empty()) {
      end_sentence();
    } else if (content.substr(0, 10) == "-DOCSTART-") {
      end_sentence();
      file.documents.emplace_back();
    } else {
      size_t first_end = 0;
      while (first_end < content.size() && !is_space(content[first_end])) ++first_end;
      size_t last_start = content.size();
      while (last_start > 0 && !is_space(content[last_start - 1])) --last_start;
      if (file.documents.empty()) file.documents.emplace_back();
      entry.document = static_cast<int32_t>(file.documents.size() - 1);
      entry.sentence = static_cast<uint32_t>(file.documents.back().sentences.size());
      entry.word = static_cast<uint32_t>(sentence.words.size());
      sentence.words.push_back(content.substr(0, first_end));
      sentence.gold.push_back(last_start > first_end ? content.substr(last_start)
                                                     : std::string_view("O"));
      sentence.lines.push_back(line);
    }
    file.lines.push_back(entry);
  }
  end_sentence();
  return file;
}

std::vector<BilouTag> gold_bilou(const ConllSentence& sentence) {
  return bilou_from_iob(sentence.gold);
}

void NerScores::add(std::span<const NameSpan> gold_names,
                    std::span<const NameSpan> predicted_names) {
  for (const NameSpan& name : gold_names) ++gold[static_cast<int>(name.type)];
  for (const NameSpan& name : predicted_names) ++predicted[static_cast<int>(name.type)];
  // Both lists are in sentence, then word order: a merge finds the exact matches.
  size_t g = 0;
  for (const NameSpan& name : predicted_names) {
    while (g < gold_names.size() &&
           (gold_names[g].sentence < name.sentence ||
            (gold_names[g].sentence == name.sentence && gold_names[g].first < name.first))) {
      ++g;
    }
    if (g < gold_names.size() && gold_names[g].sentence == name.sentence &&
        gold_names[g].first == name.first && gold_names[g].count == name.count &&
        gold_names[g].type == name.type) {
      ++correct[static_cast<int>(name.type)];
    }
  }
}

double NerScores::precision(int type) const {
  if (type >= 0) return ratio(correct[type], predicted[type]);
  uint64_t c = 0, p = 0;
  for (int t = 0; t < kTypeCount; ++t) c += correct[t], p += predicted[t];
  return ratio(c, p);
}

double NerScores::recall(int type) const {
  if (type >= 0) return ratio(correct[type], gold[type]);
  uint64_t c = 0, g = 0;
  for (int t = 0; t < kTypeCount; ++t) c += correct[t], g += gold[t];
  return ratio(c, g);
}

double NerScores::f1(int type) const {
  return f1_of(precision(type), recall(type));
}

double NerScores::f1_without_misc() const {
  uint64_t c = 0, p = 0, g = 0;
  for (int t = 0; t < 3; ++t) c += correct[t], p += predicted[t], g += gold[t];
  return f1_of(ratio(c, p), ratio(c, g));
}

std::string NerScores::table() const {
  std::string out = "type      gold  predicted  correct  precision  recall      F1\n";
  char line[160];
  uint64_t tg = 0, tp = 0, tc = 0;
  for (int t = 0; t < kTypeCount; ++t) {
    tg += gold[t], tp += predicted[t], tc += correct[t];
    std::snprintf(line, sizeof line, "%-6s %7llu %10llu %8llu %9.2f%% %6.2f%% %6.2f%%\n",
                  std::string(name_type_label(static_cast<NameType>(t))).c_str(),
                  static_cast<unsigned long long>(gold[t]),
                  static_cast<unsigned long long>(predicted[t]),
                  static_cast<unsigned long long>(correct[t]), 100 * precision(t), 100 * recall(t),
                  100 * f1(t));
    out += line;
  }
  std::snprintf(line, sizeof line, "%-6s %7llu %10llu %8llu %9.2f%% %6.2f%% %6.2f%%\n", "all",
                static_cast<unsigned long long>(tg), static_cast<unsigned long long>(tp),
                static_cast<unsigned long long>(tc), 100 * precision(-1), 100 * recall(-1),
                100 * f1(-1));
  out += line;
  std::snprintf(line, sizeof line, "F1 over PER, ORG, LOC: %.2f%%\n", 100 * f1_without_misc());
  out += line;
  return out;
}

}  // namespace newsprism::entities
