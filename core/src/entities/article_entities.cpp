#include "entities/article_entities.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "entities/aliases.hpp"
#include "entities/name_lexicon.hpp"
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

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// "Shakes": a capital then lower-case letters only. Acronyms ("AI"), inner capitals
// ("DeepSeek", "iPhone") and words with digits are left alone: they look like names anywhere.
bool is_plain_capitalized(std::string_view word) {
  if (word.size() < 2 || !is_upper(word[0])) return false;
  for (size_t i = 1; i < word.size(); ++i) {
    if (!is_lower(word[i])) return false;
  }
  return true;
}

// A headline in title case ("DeepSeek Shakes Silicon Valley") capitalizes every content word,
// so there capitals say nothing about names, and a tagger trained on running text reads each
// as one. Such sentences (four capitalized words or more, no lower-case content word) get their
// plain capitalized words lower-cased for the tagger, except words the document capitalizes
// mid-sentence elsewhere (the names it uses in running text). `storage` holds the lowered words.
void lower_headline_words(std::vector<WordSentence>& sentences, std::vector<std::string>& storage) {
  std::vector<bool> headline(sentences.size(), false);
  size_t headline_words = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    size_t capitalized = 0;
    size_t lower = 0;
    for (std::string_view word : sentences[s]) {
      if (word.empty()) continue;
      if (is_upper(word[0])) ++capitalized;
      else if (is_lower(word[0]) && !is_minor_word(word)) ++lower;
    }
    // Four capitalized words at least: "By Tamsin Reed" is a byline, not a headline.
    if (capitalized >= 4 && lower == 0) {
      headline[s] = true;
      headline_words += sentences[s].size();
    }
  }
  if (headline_words == 0) return;
  std::vector<std::string_view> running_capitals;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (headline[s]) continue;
    for (size_t w = 1; w < sentences[s].size(); ++w) {
      std::string_view before = sentences[s][w - 1];
      // After an opening quote or a colon a capital may start a clause, not a name.
      if (before == "\"" || before == ":" || before == "\xE2\x80\x9C") continue;
      if (is_plain_capitalized(sentences[s][w])) running_capitals.push_back(sentences[s][w]);
    }
  }
  std::sort(running_capitals.begin(), running_capitals.end());
  running_capitals.erase(std::unique(running_capitals.begin(), running_capitals.end()), running_capitals.end());
  storage.reserve(headline_words);  // never reallocates below: the views stay valid
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (!headline[s]) continue;
    for (std::string_view& word : sentences[s]) {
      if (!is_plain_capitalized(word) ||
          std::binary_search(running_capitals.begin(), running_capitals.end(), word)) {
        continue;
      }
      std::string lowered(word);
      lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
      storage.push_back(std::move(lowered));
      word = storage.back();
    }
  }
}

bool overlaps(const Mention& a, const Mention& b) {
  return a.first_token < b.first_token + b.token_count && b.first_token < a.first_token + a.token_count;
}

// Present-day names the lexicon knows and the tagger missed ("Nvidia shares fell", where the
// 1996 newswire model sees no name) join `spans`, longest first (three words at most), where no
// tagged name covers them. One opening a sentence counts only when the document never writes
// it in lower case ("Apple" is not "apple pie"). Keeps `spans` in sentence and word order.
template <typename WrittenLower>
void add_known_names(const std::vector<WordSentence>& sentences, const WrittenLower& written_lower,
                     std::vector<NameSpan>& spans) {
  constexpr size_t kLongest = 3;
  std::vector<NameSpan> found;
  size_t next_span = 0;
  std::string joined;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const WordSentence& sentence = sentences[s];
    std::vector<bool> covered(sentence.size(), false);
    while (next_span < spans.size() && spans[next_span].sentence == s) {
      const NameSpan& span = spans[next_span++];
      for (uint32_t w = span.first; w < span.first + span.count && w < covered.size(); ++w) covered[w] = true;
    }
    for (uint32_t w = 0; w < sentence.size(); ++w) {
      const std::string_view word = sentence[w];
      // Every known name has a capital or a digit in its first word ("xAI", "36Kr").
      if (covered[w] || std::none_of(word.begin(), word.end(), [](char c) { return is_upper(c) || (c >= '0' && c <= '9'); })) {
        continue;
      }
      for (size_t length = std::min(kLongest, sentence.size() - w); length >= 1; --length) {
        bool free = true;
        joined.assign(word);
        for (size_t k = w + 1; k < w + length; ++k) {
          free = free && !covered[k];
          (joined += ' ') += sentence[k];
        }
        if (!free || !known_name_type(joined)) continue;
        if (w == 0 && length == 1 && written_lower(word)) break;
        found.push_back({s, w, static_cast<uint32_t>(length), NameType::kMisc});  // the lexicon gives the type
        w += static_cast<uint32_t>(length) - 1;
        break;
      }
    }
  }
  if (found.empty()) return;
  spans.insert(spans.end(), found.begin(), found.end());
  std::sort(spans.begin(), spans.end(), [](const NameSpan& a, const NameSpan& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.first < b.first;
  });
}

// Tags the names of sentences [first_sentence, end_sentence) of `article` as one document and
// appends them to `names`.
void tag_names(const Article& article, size_t first_sentence, size_t end_sentence, const NerModel& model,
               std::vector<Mention>& names) {
  const std::string_view text = article.text;
  std::vector<WordSentence> sentences(end_sentence - first_sentence);
  std::vector<std::vector<TaggerWord>> words(end_sentence - first_sentence);
  for (size_t s = 0; s < sentences.size(); ++s) {
    const SentenceSpan& sentence = article.sentences[first_sentence + s];
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

  std::vector<std::string> lowered_words;
  lower_headline_words(sentences, lowered_words);

  // Words the document writes in lower case, and common sentence openers: a capitalized one of
  // them that opens a sentence ("When ChatGPT took", "Take DeepSeek's team") is that word, not
  // the start of a name.
  std::vector<std::string_view> lower_forms;
  for (const WordSentence& sentence : sentences) {
    for (std::string_view word : sentence) {
      if (!word.empty() && is_lower(word[0])) lower_forms.push_back(word);
    }
  }
  std::sort(lower_forms.begin(), lower_forms.end());
  lower_forms.erase(std::unique(lower_forms.begin(), lower_forms.end()), lower_forms.end());
  auto written_lower = [&](std::string_view word) {
    if (!is_plain_capitalized(word)) return false;
    std::string lowered(word);
    lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
    return is_sentence_opener(lowered) ||
           std::binary_search(lower_forms.begin(), lower_forms.end(), std::string_view(lowered));
  };

  std::vector<NameSpan> spans = tag_document(model, sentences);
  add_known_names(sentences, written_lower, spans);
  for (NameSpan name : spans) {
    if (name.sentence >= words.size() || name.count == 0 || name.first + name.count > words[name.sentence].size()) {
      continue;
    }
    const WordSentence& sentence = sentences[name.sentence];
    if (name.first == 0 && name.count >= 2 && written_lower(sentence[0])) {
      ++name.first;
      --name.count;
    }
    // A name ends at its last capitalized word: "AI industry" is not a name, "AI" may be.
    while (name.count >= 2 && is_lower(sentence[name.first + name.count - 1][0])) --name.count;
    Mention mention;
    mention.type = static_cast<EntityType>(name.type);  // the four name types come first in both
    // "Chinese AI": a nationality and a generic acronym are the adjective, not an organization.
    if (name.count == 2 && is_demonym(sentence[name.first]) && is_generic_acronym(sentence[name.first + 1])) {
      name.count = 1;
      mention.type = EntityType::kMisc;
    }
    if (name.count == 1 && is_generic_acronym(sentence[name.first])) continue;
    std::string joined(sentence[name.first]);
    for (size_t w = name.first + 1; w < name.first + name.count; ++w) (joined += ' ') += sentence[w];
    const std::optional<EntityType> known = known_name_type(joined);
    // A lone capitalized common word opening a sentence ("Born in 1985", "Team members") is
    // that word, unless it is a name the lexicon knows.
    if (name.first == 0 && name.count == 1 && !known && written_lower(sentence[0])) continue;
    if (known) {
      mention.type = *known;
    } else if (name.count >= 2) {
      if (std::optional<EntityType> head = type_of_head_word(sentence[name.first + name.count - 1])) {
        mention.type = *head;
      } else if (known_name_type(sentence[name.first]) == EntityType::kOrganization) {
        // "Google DeepMind", "Alibaba Cloud": a known company's name starts an organization's.
        mention.type = EntityType::kOrganization;
      }
    }
    const TaggerWord& first = words[name.sentence][name.first];
    const TaggerWord& last = words[name.sentence][name.first + name.count - 1];
    mention.first_token = first.token;
    mention.token_count = last.token - first.token + 1;
    mention.sentence = static_cast<uint32_t>(first_sentence + name.sentence);
    mention.span = article_span(article, first.range.start, last.range.end, first.range.start_utf16,
                                last.range.end_utf16);
    names.push_back(std::move(mention));
  }
}

}  // namespace

void tag_article(Article& article, const NerModel& model, uint32_t max_mentions) {
  // Long pastes are tagged a window of sentences at a time: document features see a whole
  // window (every ordinary article fits in one), and memory stays bounded by the window.
  constexpr size_t kWindowSentences = 4096;
  constexpr size_t kWindowTokens = 200000;
  std::vector<Mention> names;
  for (size_t first = 0; first < article.sentences.size() && names.size() <= max_mentions;) {
    size_t end = first;
    size_t tokens = 0;
    while (end < article.sentences.size() && end - first < kWindowSentences &&
           (end == first || tokens + article.sentences[end].token_count <= kWindowTokens)) {
      tokens += article.sentences[end].token_count;
      ++end;
    }
    tag_names(article, first, end, model, names);
    first = end;
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
  if (article.mentions.size() > max_mentions) {
    const Mention& first_left_out = article.mentions[max_mentions];
    article.diagnostics.push_back(
        {Severity::kWarning, "mentions_truncated",
         "more than " + std::to_string(max_mentions) +
             " mentions (the limit max_mentions_per_article): those from byte " +
             std::to_string(first_left_out.span.start) + " of the text on are not listed",
         1, static_cast<int64_t>(first_left_out.span.input_start)});
    article.mentions.resize(max_mentions);
    article.mentions.shrink_to_fit();
  }
}

namespace {

// One sense per report: articles read together mean one thing by a name written the same way.
// Where the tagger disagrees across articles (a company it does not know called a person in
// one article and an organization in three), the type of most of the name's mentions, when
// more than half and at least five, decides for all of them. Rarer names keep the tagger's
// answer: a few mentions are too little evidence to overrule it.
void agree_name_types(Report& report) {
  std::map<std::string_view, std::array<uint32_t, 4>> counts;  // ordered: no hash order reaches output
  for (const Article& article : report.articles) {
    for (const Mention& mention : article.mentions) {
      if (mention.type > EntityType::kMisc) continue;
      const std::string_view name =
          std::string_view(article.text).substr(mention.span.start, mention.span.end - mention.span.start);
      ++counts[name][static_cast<size_t>(mention.type)];
    }
  }
  for (Article& article : report.articles) {
    for (Mention& mention : article.mentions) {
      if (mention.type > EntityType::kMisc) continue;
      const std::string_view name =
          std::string_view(article.text).substr(mention.span.start, mention.span.end - mention.span.start);
      const std::array<uint32_t, 4>& of_name = counts[name];
      uint32_t total = 0;
      size_t best = 0;
      for (size_t type = 0; type < of_name.size(); ++type) {
        total += of_name[type];
        if (of_name[type] > of_name[best]) best = type;
      }
      if (total >= 5 && of_name[best] * 2 > total) mention.type = static_cast<EntityType>(best);
    }
  }
}

}  // namespace

void tag_report(Report& report, const NerModel& model, uint32_t max_mentions, const ParallelFor& parallel) {
  std::vector<Article>& articles = report.articles;
  run_tasks(parallel, articles.size(), [&](size_t i) { tag_article(articles[i], model, max_mentions); });
  agree_name_types(report);
  // Titles and quote speakers look for persons, so they come once every name has its type.
  run_tasks(parallel, articles.size(), [&](size_t i) {
    split_titles(articles[i]);
    find_quotes(articles[i]);
  });
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
