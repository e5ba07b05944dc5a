// CoNLL-2003 style files as bytes: one word a line, columns separated by spaces or tabs, the
// first column the word and the last the name tag (IOB1 or IOB2); a blank line ends a sentence
// and a "-DOCSTART-" line starts a document. Parsing, writing a predicted column, and scoring
// with the conlleval convention (exact spans and types, micro-averaged).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/ner_tags.hpp"
#include "entities/tagger.hpp"

namespace newsprism::entities {

/// One sentence of a CoNLL file: its words, the gold tags as written (the last column), and
/// the line of each word (for writing the file back).
struct ConllSentence {
  WordSentence words;
  std::vector<std::string_view> gold;
  std::vector<std::string_view> lines;
};

struct ConllDocument {
  std::vector<ConllSentence> sentences;
};

/// A parsed file: views into the bytes given, which must outlive it. `lines` keeps every line
/// in order with, for word lines, the document, sentence and word it holds.
struct ConllFile {
  struct Line {
    std::string_view text;
    int32_t document = -1;  ///< -1: not a word line (blank, -DOCSTART-)
    uint32_t sentence = 0;
    uint32_t word = 0;
  };
  std::vector<ConllDocument> documents;
  std::vector<Line> lines;
};

/// Parses `bytes` (any bytes: a line without columns is a one-column word line).
ConllFile parse_conll(std::string_view bytes);

/// The BILOU gold tags of a sentence.
std::vector<BilouTag> gold_bilou(const ConllSentence& sentence);

/// Per-type and overall counts of a scoring run.
struct NerScores {
  std::array<uint64_t, kTypeCount> gold{}, predicted{}, correct{};

  void add(std::span<const NameSpan> gold_names, std::span<const NameSpan> predicted_names);
  double precision(int type) const;  ///< type -1: over all four types
  double recall(int type) const;
  double f1(int type) const;
  /// F1 over PER, ORG and LOC only (MISC left out).
  double f1_without_misc() const;
  /// A conlleval-like table, percentages to two decimals.
  std::string table() const;
};

}  // namespace newsprism::entities
