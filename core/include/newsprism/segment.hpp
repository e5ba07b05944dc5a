// Sentence splitting and tokenization of clean article text, with offsets in UTF-8 bytes and
// UTF-16 code units. Later stages (entities, fingerprints, alignment) work on these tokens and
// sentences instead of re-reading the text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsprism {

/// What a token is made of.
enum class TokenKind : uint8_t {
  kWord,    ///< letters of any script, with inner apostrophes, hyphens and dotted abbreviations
  kNumber,  ///< starts with a digit: "10,000", "3.5", "1.2bn", "3rd"
  kPunctuation,  ///< one mark, or one run of sentence-ending marks ("?!", "...")
  kSymbol,       ///< currency, math, "%", "&", "@", emoji
  kUrl,          ///< "http://…", "https://…", "www.…" or a bare domain such as "example.com"
  kEmail,        ///< "name@example.org"
  kCjk,          ///< one Han, Hiragana, Katakana or Hangul character
  kOther,        ///< U+FFFD, private-use and anything else
};

/// A half-open range [start, end) in UTF-8 bytes and the same range in UTF-16 code units, both
/// counted from the start of the text given to segment_text() plus the bases given to it.
struct TextRange {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t start_utf16 = 0;
  uint32_t end_utf16 = 0;
};

/// One token: its kind and where it is.
struct Token {
  TokenKind kind = TokenKind::kOther;
  TextRange range;
};

/// One sentence: from the start of its first token to the end of its last one (closing quotes
/// and brackets after the final mark included). `first_token` and `token_count` index into
/// Segmentation::tokens; every token belongs to exactly one sentence, in order.
struct Sentence {
  TextRange range;
  uint32_t first_token = 0;
  uint32_t token_count = 0;
};

/// What the tokenizer notes for the sentence pass, so that pass visits only the tokens that can
/// matter instead of re-reading the text: token indices in increasing order.
struct SentenceHints {
  std::vector<uint32_t> candidate_ends;  ///< tokens ending in '.', '!', '?' or non-ASCII punctuation
  std::vector<uint32_t> line_starts;     ///< tokens with a line break between them and the previous
};

/// Tokens and sentences of a text, both in text order.
struct Segmentation {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  /// Tokens of the last text segmented that are words (kWord, kNumber, kCjk): counted as the
  /// tokens are made, so that a caller needing the figure does not walk them again.
  uint32_t word_tokens = 0;
  /// Working memory of segment_text(), not part of the result: kept here so that a caller
  /// segmenting block after block into one Segmentation allocates nothing once it has grown.
  SentenceHints hints;
};

/// Splits `text` into tokens and sentences.
///
/// `text` is expected to be normalized (valid UTF-8, '\n' line ends, ' ' spaces, see
/// normalize_text()); other input is still segmented safely, but UTF-16 offsets across invalid
/// UTF-8 are only utf16_length()'s byte count. Whitespace separates tokens and belongs to none;
/// every other character belongs to exactly one token. Texts must be shorter than 4 GiB.
///
/// Sentences end:
/// - at every line break: a sentence never crosses "\n", so never a blank line either (a title
///   line without a final mark is its own sentence);
/// - after '.', '!', '?' (and runs such as "?!"), and the Arabic, Devanagari and Greek full stops
///   and question marks, plus any closing quotes and brackets directly after them, unless the
///   next token starts with a lowercase letter or is punctuation that cannot open a sentence
///   (",", ";", ")" ...). No space is needed: "recently.Mr. Liang" splits after "recently.";
/// - after an ellipsis ("..." or "…") only when a space and an uppercase word (or an opening quote
///   or bracket before one) follow;
/// - always after the CJK marks "。", "！", "？".
///
/// A period that belongs to an abbreviation stays in the word token ("Mr.", "U.S.", "e.g.",
/// "J.") and ends a sentence only in these cases:
/// - titles and Latin abbreviations ("Mr.", "Dr.", "Gov.", "e.g.", "i.e.", "vs.") and "No." /
///   "Vol." before a number never end one;
/// - the others ("U.S.", "Inc.", "Co.", "Jr.", "etc.", "Jan.", "a.m.", initials such as "C.")
///   end one only when the next word is a typical sentence starter ("The", "He", "It", "But",
///   "In", ...) or a title ("Mr."), or an opening quote follows. So "in the U.S. The company"
///   splits while "Apple Inc. Chief Executive", "Gregory C. Allen" and "etc. Paris" do not.
///
/// `byte_base` and `utf16_base` are added to every offset, so a block of a larger text can be
/// segmented in place. Runs in time linear in the text, without recursion.
Segmentation segment_text(std::string_view text, uint32_t byte_base = 0, uint32_t utf16_base = 0);

/// The same, into `result` (cleared first), so that a caller segmenting many blocks reuses the
/// vectors' memory instead of allocating per block.
void segment_text(std::string_view text, uint32_t byte_base, uint32_t utf16_base, Segmentation& result);

/// The same, but the tokens are appended to `tokens` (result.tokens is left alone), so that a
/// caller building one token list from many blocks writes each token once. The sentences in
/// `result` count their tokens from the first one appended by this call.
void segment_text_onto(std::string_view text, uint32_t byte_base, uint32_t utf16_base, std::vector<Token>& tokens,
                       Segmentation& result);

}  // namespace newsprism
