#include "entities/quotes.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/spans.hpp"
#include "entities/words.hpp"

namespace newsprism::entities {
namespace {

constexpr std::string_view kStraight = "\"";
constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // ”
constexpr std::string_view kLowDouble = "\xE2\x80\x9E";    // „
constexpr std::string_view kLeftGuillemet = "\xC2\xAB";    // «
constexpr std::string_view kRightGuillemet = "\xC2\xBB";   // »
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";    // ‘
constexpr std::string_view kRightSingle = "\xE2\x80\x99";   // ’
constexpr std::string_view kStraightSingle = "'";

bool can_open(std::string_view t) {
  return t == kStraight || t == kLeftDouble || t == kLowDouble || t == kLeftGuillemet;
}
bool can_close(std::string_view t) { return t == kStraight || t == kRightDouble || t == kRightGuillemet; }

bool is_dash(std::string_view t) {
  return t == "-" || t == "--" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || t == "\xE2\x80\x95";
}

// Verbs that attribute a quotation.
constexpr std::string_view kSpeechVerbs[] = {
    "said",      "says",      "say",        "told",       "tells",      "added",     "adds",      "stated",
    "states",    "wrote",     "writes",     "explained",  "explains",   "noted",     "notes",     "asked",
    "asks",      "replied",   "replies",    "continued",  "continues",  "insisted",  "insists",  "argued",
    "argues",    "warned",    "warns",      "claimed",    "claims",     "recalled",  "recalls",  "declared",
    "declares",  "announced", "announces",  "acknowledged", "admitted", "admits",    "commented", "remarked",
    "posted",    "tweeted",   "wrote",      "answered",   "answers",    "responded", "responds", "conceded",
    "concedes",  "stressed",  "stresses",   "emphasised", "emphasized", "observed",  "observes", "predicted",
    "predicts",  "suggested", "suggests",   "confirmed",  "confirms",   "cautioned", "cautions", "joked",
    "jokes",     "shouted",   "whispered",  "boasted",    "boasts",     "quipped",  "mused"};

constexpr std::string_view kPronouns[] = {"he", "she", "they", "i", "we", "it"};
constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "his", "her", "their", "our", "one", "another"};
constexpr std::string_view kAdverbs[] = {"also", "later", "then", "recently", "once", "previously", "simply",
                                         "repeatedly", "earlier", "now", "again", "further"};

constexpr std::string_view kAuxiliaries[] = {"has", "have", "had", "was", "were", "is", "are", "will", "would",
                                             "has", "had", "did", "does", "also", "then", "later"};
constexpr std::string_view kHonorifics[] = {"Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Dr.", "Dr", "Prof.", "Prof"};

bool is_adverb(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 2) == "ly"; }

template <typename Table>
bool in_list(const Table& table, std::string_view word) {
  for (std::string_view entry : table) {
    if (iequals(entry, word)) return true;
  }
  return false;
}

bool is_word(const Article& article, uint32_t t) {
  return t < article.tokens.size() && article.tokens[t].kind == TokenKind::kWord;
}

bool capitalized(std::string_view w) { return !w.empty() && is_ascii_upper(w[0]); }

struct Speaker {
  bool found = false;
  int32_t mention = -1;
  std::string text;
  std::string cue;
};

class QuoteReader {
 public:
  explicit QuoteReader(const Article& article) : article_(article) {
    // The mention starting at each token, and the one ending at each token, for quick lookups.
    starts_.assign(article.tokens.size(), -1);
    ends_.assign(article.tokens.size(), -1);
    for (size_t m = 0; m < article.mentions.size(); ++m) {
      const Mention& mention = article.mentions[m];
      if (!is_name(mention.type) || mention.token_count == 0) continue;
      const size_t last = static_cast<size_t>(mention.first_token) + mention.token_count - 1;
      if (last >= article.tokens.size()) continue;
      if (starts_[mention.first_token] < 0) starts_[mention.first_token] = static_cast<int32_t>(m);
      if (ends_[last] < 0) ends_[last] = static_cast<int32_t>(m);
    }
  }

  static bool is_name(EntityType type) {
    return type == EntityType::kPerson || type == EntityType::kOrganization || type == EntityType::kLocation ||
           type == EntityType::kMisc;
  }

  std::string_view text(uint32_t t) const {
    return t < block_end_ ? token_text(article_, t) : std::string_view();
  }

  void set_block(uint32_t begin, uint32_t end) {
    block_begin_ = begin;
    block_end_ = end;
  }

  std::string mention_text(int32_t m) const {
    const Mention& mention = article_.mentions[static_cast<size_t>(m)];
    return article_.text.substr(mention.span.start, mention.span.end - mention.span.start);
  }

  std::string words(uint32_t first, uint32_t end) const {
    if (end <= first) return {};
    const TextRange& a = article_.tokens[first].range;
    const TextRange& b = article_.tokens[end - 1].range;
    return article_.text.substr(a.start, b.end - a.start);
  }

  // The speaker that starts at token p (after a verb, "according to" or a dash): a mention, maybe
  // after its title; a pronoun; a determiner phrase; or capitalized words.
  Speaker speaker_at(uint32_t p, int32_t last_person) const {
    Speaker s;
    if (p >= block_end_) return s;
    for (uint32_t q = p; q < p + 5 && q < block_end_; ++q) {
      if (starts_[q] >= 0) {
        const Mention& m = article_.mentions[static_cast<size_t>(starts_[q])];
        if (q == p || !m.title.empty()) {
          s.found = true;
          s.mention = starts_[q];
          s.text = mention_text(starts_[q]);
          return s;
        }
      }
      if (!is_word(article_, q) || !capitalized(text(q))) break;
    }
    const std::string_view w = text(p);
    if (in_list(kPronouns, w) && is_word(article_, p)) {
      s.found = true;
      s.text = std::string(w);
      if (iequals(w, "he") || iequals(w, "she")) s.mention = last_person;
      return s;
    }
    if (in_list(kDeterminers, w)) {
      uint32_t q = p + 1;
      while (q < block_end_ && q < p + 5 && is_word(article_, q) && !in_list(kSpeechVerbs, text(q))) ++q;
      if (q > p + 1) {
        s.found = true;
        s.text = words(p, q);
      }
      return s;
    }
    uint32_t first = p;
    while (first < p + 2 && in_list(kHonorifics, text(first))) ++first;  // an untagged "Mr. Allen"
    uint32_t q = first;
    while (q < block_end_ && q < first + 4 && is_word(article_, q) && capitalized(text(q))) ++q;
    if (q > first) {
      s.found = true;
      s.text = words(first, q);
    }
    return s;
  }

  // The speaker that ends right before token `verb`: a mention, a pronoun, a determiner phrase or
  // capitalized words, starting at or after `floor`.
  Speaker speaker_before(uint32_t verb, uint32_t floor, int32_t last_person) const {
    Speaker s;
    if (verb == 0 || verb <= floor) return s;
    uint32_t end = verb;
    if (end - 1 > floor && in_list(kAdverbs, text(end - 1))) --end;
    const uint32_t last = end - 1;
    if (ends_[last] >= 0 && article_.mentions[static_cast<size_t>(ends_[last])].first_token >= floor) {
      s.found = true;
      s.mention = ends_[last];
      s.text = mention_text(ends_[last]);
      return s;
    }
    const std::string_view w = text(last);
    if (in_list(kPronouns, w) && is_word(article_, last)) {
      s.found = true;
      s.text = std::string(w);
      if (iequals(w, "he") || iequals(w, "she")) s.mention = last_person;
      return s;
    }
    // "the company said", "a spokesperson for the ministry said": back to a determiner, without
    // auxiliaries and adverbs before the verb ("the firm has proudly said").
    uint32_t phrase_end = last + 1;
    while (phrase_end > floor + 1 && (in_list(kAuxiliaries, text(phrase_end - 1)) || is_adverb(text(phrase_end - 1)))) {
      --phrase_end;
    }
    for (uint32_t q = phrase_end; q-- > floor && q + 6 > last;) {
      if (!is_word(article_, q)) break;
      if (in_list(kAuxiliaries, text(q))) break;
      if (in_list(kDeterminers, text(q))) {
        if (q + 1 < phrase_end) {
          s.found = true;
          s.text = words(q, phrase_end);
        }
        return s;
      }
    }
    uint32_t q = last + 1;
    while (q > floor && q + 4 > last + 1 && is_word(article_, q - 1) && capitalized(text(q - 1))) --q;
    while (q <= last && in_list(kHonorifics, text(q))) ++q;  // an untagged "Mr. Allen": the name
    if (q <= last) {
      s.found = true;
      s.text = words(q, last + 1);
    }
    return s;
  }

  // Attribution after a quote closed by token `close`.
  Speaker after(uint32_t close, int32_t last_person) const {
    uint32_t p = close + 1;
    if (text(p) == ",") ++p;
    if (p >= block_end_) return {};
    const std::string_view w = text(p);
    if (is_dash(w)) {
      // '"..." – Ana Kovac': a name, not an aside ('"open" – a term ...').
      if (!is_word(article_, p + 1) || !capitalized(text(p + 1)) || in_list(kDeterminers, text(p + 1)) ||
          in_list(kPronouns, text(p + 1))) {
        return {};
      }
      Speaker s = speaker_at(p + 1, last_person);
      if (s.found) s.cue = "dash";
      return s;
    }
    if (iequals(w, "according") && iequals(text(p + 1), "to")) {
      Speaker s = speaker_at(p + 2, last_person);
      if (s.found) s.cue = "according to";
      return s;
    }
    if (!is_word(article_, p)) return {};
    // '"...," said Liang' or '"...," Liang said': the verb first, or within a few words.
    if (in_list(kSpeechVerbs, w)) {
      if (leads_into_quote(p)) return {};
      Speaker s = speaker_at(p + 1, last_person);
      if (s.found) s.cue = ascii_lowered(w);
      return s;
    }
    for (uint32_t v = p + 1; v < p + 7 && v < block_end_; ++v) {
      const std::string_view x = text(v);
      if (!is_word(article_, v)) break;
      if (!in_list(kSpeechVerbs, x)) continue;
      if (leads_into_quote(v)) return {};
      Speaker s = speaker_before(v, p, last_person);
      if (s.found) s.cue = ascii_lowered(x);
      return s;
    }
    return {};
  }

  // Whether the verb at `v` introduces the next quotation ('Bell told reporters, "...'), so it
  // does not attribute the one before it.
  bool leads_into_quote(uint32_t v) const {
    for (uint32_t q = v + 1; q < v + 6 && q + 1 < block_end_; ++q) {
      if ((text(q) == ":" || text(q) == ",") && (can_open(text(q + 1)) || text(q + 1) == kLeftSingle)) return true;
      if (!is_word(article_, q)) return false;
    }
    return false;
  }

  // Whether an attribution ends right before the quote opened at `open` ('She said: "').
  bool introduced(uint32_t open) const {
    return open > block_begin_ && (text(open - 1) == ":" || text(open - 1) == ",");
  }

  // Attribution before a quote opened by token `open`: 'Liang said: "..."'.
  Speaker before(uint32_t open, int32_t last_person) const {
    if (open <= block_begin_) return {};
    uint32_t q = open;
    if (text(q - 1) == ":" || text(q - 1) == ",") --q;
    // "According to Liang, "..."".
    for (uint32_t a = q; a-- > block_begin_ && a + 6 > q;) {
      if (iequals(text(a), "according") && iequals(text(a + 1), "to")) {
        Speaker s = speaker_at(a + 2, last_person);
        if (s.found) s.cue = "according to";
        return s;
      }
      if (!is_word(article_, a)) break;
    }
    // A speech verb a few words back ("said in a statement:", "told reporters,").
    for (uint32_t v = q; v-- > block_begin_ && v + 6 > q;) {
      const std::string_view x = text(v);
      if (!is_word(article_, v)) break;
      if (!in_list(kSpeechVerbs, x)) continue;
      uint32_t floor = v;
      while (floor > block_begin_ && floor + 6 > v && text(floor - 1) != "." && !can_close(text(floor - 1)) &&
             !can_open(text(floor - 1))) {
        --floor;
      }
      Speaker s = speaker_before(v, floor, last_person);
      if (s.found) s.cue = ascii_lowered(x);
      return s;
    }
    return {};
  }

 private:
  const Article& article_;
  std::vector<int32_t> starts_;
  std::vector<int32_t> ends_;
  uint32_t block_begin_ = 0;
  uint32_t block_end_ = 0;
};

}  // namespace

void find_quotes(Article& article) {
  article.quotes.clear();
  const uint32_t token_total = static_cast<uint32_t>(article.tokens.size());
  if (token_total == 0) return;
  QuoteReader reader(article);

  // The last person mentioned before each token, for pronoun speakers.
  size_t next_mention = 0;
  int32_t last_person = -1;
  auto advance_people = [&](uint32_t token) {
    while (next_mention < article.mentions.size() && article.mentions[next_mention].first_token < token) {
      if (article.mentions[next_mention].type == EntityType::kPerson) last_person = static_cast<int32_t>(next_mention);
      ++next_mention;
    }
  };

  // Per listed quote: whether it runs on past its paragraph, and whether it opens one.
  std::vector<bool> runs_on, opens_block;
  std::vector<size_t> quote_block;  // the block each quote is in
  size_t current_block = 0;
  uint32_t block_end = 0;  // one past the current block's last token
  auto emit = [&](uint32_t open, uint32_t first, uint32_t end, uint32_t close, bool closed, bool at_block_end,
                  bool at_block_start) {
    // The quoted words: without a comma that leads into the attribution.
    uint32_t last = end;
    while (last > first && (token_text(article, last - 1) == "," || token_text(article, last - 1) == ":")) --last;
    if (last <= first) return;
    advance_people(open);
    Speaker speaker;
    if (reader.introduced(open)) speaker = reader.before(open, last_person);
    if (!speaker.found && closed) speaker = reader.after(close, last_person);
    if (!speaker.found) speaker = reader.before(open, last_person);
    uint32_t words = 0;
    for (uint32_t t = first; t < last; ++t) words += article.tokens[t].kind == TokenKind::kWord ? 1 : 0;
    if (!speaker.found && words < 4) return;  // a scare quote: 'recalled a "terrible haircut"'
    // A quoted headline ("'Changing the rules of the game'") names a section; nobody says it:
    // a heading, or a paragraph that is nothing but the quote, with no sentence end in it.
    const BlockKind kind = article.blocks[current_block].kind;
    if (!speaker.found && (kind == BlockKind::kHeading || kind == BlockKind::kTitle)) return;
    if (!speaker.found && at_block_start && closed && close + 1 == block_end) {
      bool sentence_end = false;
      for (uint32_t t = first; t < last && !sentence_end; ++t) {
        const std::string_view mark = token_text(article, t);
        sentence_end = mark == "." || mark == "!" || mark == "?";
      }
      if (!sentence_end) return;
    }
    Quote quote;
    quote.span = token_span(article, first, last - first);
    quote.speaker_mention = speaker.mention;
    quote.speaker = speaker.text;
    quote.cue = speaker.cue;
    article.quotes.push_back(std::move(quote));
    runs_on.push_back(!closed && at_block_end);
    opens_block.push_back(at_block_start);
    quote_block.push_back(current_block);
  };

  // Blocks in text order; tokens belong to the block that holds their start.
  uint32_t t = 0;
  for (size_t b = 0; b < article.blocks.size() && t < token_total; ++b) {
    const Span& block = article.blocks[b].span;
    while (t < token_total && article.tokens[t].range.start < block.start) ++t;
    const uint32_t begin = t;
    uint32_t end = begin;
    while (end < token_total && article.tokens[end].range.start < block.end) ++end;
    reader.set_block(begin, end);
    current_block = b;
    block_end = end;
    // Double quotes, or single ones (British style); the other kind nests inside and is ignored.
    enum class State { kOutside, kDouble, kSingle } state = State::kOutside;
    uint32_t open = 0;
    auto glued = [&](uint32_t left, uint32_t right) {
      return right < end && article.tokens[left].range.end == article.tokens[right].range.start;
    };
    for (uint32_t k = begin; k < end; ++k) {
      if (article.tokens[k].kind != TokenKind::kPunctuation) continue;
      const std::string_view mark = token_text(article, k);
      if (state == State::kSingle) {
        // A closing single quote ends a word or a mark, and no letter follows it directly.
        const bool single_close = (mark == kRightSingle || mark == kStraightSingle) && k > begin && glued(k - 1, k) &&
                                  !(glued(k, k + 1) && article.tokens[k + 1].kind == TokenKind::kWord);
        if (single_close) {
          emit(open, open + 1, k, k, true, false, open == begin);
          state = State::kOutside;
        }
        continue;
      }
      if (state == State::kDouble && can_close(mark)) {
        emit(open, open + 1, k, k, true, false, open == begin);
        state = State::kOutside;
        continue;
      }
      if (can_open(mark)) {
        if (state == State::kDouble && mark == kStraight) continue;
        if (state == State::kDouble) emit(open, open + 1, k, k, false, false, open == begin);  // a new one opens
        state = State::kDouble;
        open = k;
        continue;
      }
      // An opening single quote: glued to a word ("‘We", "'We"), not an elision ("‘90s", "'n'").
      if (state == State::kOutside && (mark == kLeftSingle || mark == kStraightSingle) && glued(k, k + 1) &&
          article.tokens[k + 1].kind == TokenKind::kWord && (k == begin || !glued(k - 1, k))) {
        const std::string_view next = token_text(article, k + 1);
        if (mark == kStraightSingle && !capitalized(next)) continue;
        state = State::kSingle;
        open = k;
      }
    }
    const bool inside = state != State::kOutside;
    if (inside) emit(open, open + 1, end, end, false, true, open == begin);
    t = end;
  }
  // A quotation over several paragraphs leaves each open but the last, whose attribution then
  // names the speaker of them all.
  for (size_t i = article.quotes.size(); i-- > 1;) {
    Quote& earlier = article.quotes[i - 1];
    const Quote& later = article.quotes[i];
    if (runs_on[i - 1] && opens_block[i] && earlier.speaker.empty() && !later.speaker.empty()) {
      earlier.speaker = later.speaker;
      earlier.speaker_mention = later.speaker_mention;
      earlier.cue = later.cue;
    }
  }
  // '"We waited," Penrose said. "The fleet deserves better."': a quote with no attribution of
  // its own, in the same paragraph as an attributed one before it, goes on in the same voice.
  for (size_t i = 1; i < article.quotes.size(); ++i) {
    Quote& later = article.quotes[i];
    const Quote& earlier = article.quotes[i - 1];
    if (later.speaker.empty() && !earlier.speaker.empty() && quote_block[i] == quote_block[i - 1]) {
      later.speaker = earlier.speaker;
      later.speaker_mention = earlier.speaker_mention;
      later.cue = "continues";
    }
  }
}

}  // namespace newsprism::entities
