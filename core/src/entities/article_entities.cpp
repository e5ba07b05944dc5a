#include "entities/article_entities.hpp"

#include <algorithm>
#include <string_view>

#include "entities/aliases.hpp"
#include "entities/patterns.hpp"
#include "entities/quotes.hpp"
#include "entities/spans.hpp"

namespace newsprism::entities {
namespace {

// A word as the tagger sees it, which is a token or part of one: CoNLL-style training text
// splits the possessive ("Liang 's"), our tokens keep it ("Liang's"), so it is split here and
// a name ends before it.
struct TaggerWord {
  uint32_t token = 0;
  TextRange range;
};

bool is_word_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

// Bytes of a possessive ending ("'s" or "’s") at the end of `word`, or 0. Only after a letter,
// so "'s" alone stays one word.
uint32_t possessive_length(std::string_view word) {
  if (word.size() < 3 || (word.back() != 's' && word.back() != 'S')) return 0;
  if (word[word.size() - 2] == '\'' && is_word_character(word[word.size() - 3])) return 2;
  if (word.size() >= 5 && word.substr(word.size() - 4, 3) == "\xE2\x80\x99" &&
      is_word_character(word[word.size() - 5])) {
    return 4;
  }
  return 0;
}

// The span of a pattern expression: its tokens, without a possessive ending on the last one
// ("Monday's" -> "Monday").
Span expression_span(const Article& article, const Mention& expression) {
  const TextRange& first = article.tokens[expression.first_token].range;
  const Token& last = article.tokens[expression.first_token + expression.token_count - 1];
  TextRange end = last.range;
  if (last.kind == TokenKind::kWord) {
    const uint32_t possessive =
        possessive_length(std::string_view(article.text).substr(end.start, end.end - end.start));
    if (possessive != 0 && end.end - possessive > first.start) {
      end.end -= possessive;
      end.end_utf16 -= 2;
    }
  }
  return article_span(article, first.start, end.end, first.start_utf16, end.end_utf16);
}

bool overlaps(const Mention& a, const Mention& b) {
  return a.first_token < b.first_token + b.token_count && b.first_token < a.first_token + a.token_count;
}

}  // namespace

void tag_article(Article& article, const NerModel& model) {
  const std::string_view text = article.text;
  std::vector<WordSentence> sentences(article.sentences.size());
  std::vector<std::vector<TaggerWord>> words(article.sentences.size());
  for (size_t s = 0; s < article.sentences.size(); ++s) {
    const SentenceSpan& sentence = article.sentences[s];
    for (uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
      if (t >= article.tokens.size()) break;
      const Token& token = article.tokens[t];
      std::string_view word = text.substr(token.range.start, token.range.end - token.range.start);
      const uint32_t possessive = token.kind == TokenKind::kWord ? possessive_length(word) : 0;
      if (possessive == 0) {
        sentences[s].push_back(word);
        words[s].push_back({t, token.range});
        continue;
      }
      TextRange stem = token.range;
      stem.end -= possessive;
      stem.end_utf16 -= 2;  // "'s" and "’s" are both two UTF-16 units
      TextRange ending{stem.end, token.range.end, stem.end_utf16, token.range.end_utf16};
      sentences[s].push_back(word.substr(0, word.size() - possessive));
      words[s].push_back({t, stem});
      sentences[s].push_back(word.substr(word.size() - possessive));
      words[s].push_back({t, ending});
    }
  }

  std::vector<Mention> names;
  for (const NameSpan& name : tag_document(model, sentences)) {
    if (name.sentence >= words.size() || name.count == 0 || name.first + name.count > words[name.sentence].size()) {
      continue;
    }
    const TaggerWord& first = words[name.sentence][name.first];
    const TaggerWord& last = words[name.sentence][name.first + name.count - 1];
    Mention mention;
    mention.type = static_cast<EntityType>(name.type);  // the four name types come first in both
    mention.first_token = first.token;
    mention.token_count = last.token - first.token + 1;
    mention.sentence = name.sentence;
    mention.span = article_span(article, first.range.start, last.range.end, first.range.start_utf16,
                                last.range.end_utf16);
    names.push_back(std::move(mention));
  }

  std::vector<Mention> expressions;
  find_pattern_mentions(article, expressions);
  article.mentions = std::move(names);
  // Names and expressions both come in token order and names never overlap each other, so one
  // index walks the names once: linear even with hundreds of thousands of expressions.
  const size_t name_count = article.mentions.size();
  size_t next_name = 0;
  for (Mention& expression : expressions) {
    if (expression.token_count == 0) continue;
    while (next_name < name_count && article.mentions[next_name].first_token + article.mentions[next_name].token_count <=
                                         expression.first_token) {
      ++next_name;
    }
    bool clashes = false;
    for (size_t n = next_name;
         n < name_count && article.mentions[n].first_token < expression.first_token + expression.token_count; ++n) {
      if (overlaps(article.mentions[n], expression)) {
        clashes = true;
        break;
      }
    }
    if (clashes) continue;
    expression.span = expression_span(article, expression);
    article.mentions.push_back(std::move(expression));
  }
  std::sort(article.mentions.begin(), article.mentions.end(), [](const Mention& a, const Mention& b) {
    if (a.span.start != b.span.start) return a.span.start < b.span.start;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.type < b.type;
  });
  split_titles(article);
  find_quotes(article);
}

void tag_report(Report& report, const NerModel& model) {
  for (Article& article : report.articles) tag_article(article, model);
  link_entities(report);
  for (Article& article : report.articles) {
    for (Quote& quote : article.quotes) {
      if (quote.speaker_mention >= 0 && static_cast<size_t>(quote.speaker_mention) < article.mentions.size()) {
        quote.speaker_entity = static_cast<int32_t>(article.mentions[quote.speaker_mention].entity);
      }
    }
  }
}

}  // namespace newsprism::entities
