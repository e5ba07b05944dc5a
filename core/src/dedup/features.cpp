#include "dedup/features.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "dedup/byte_hash.hpp"
#include "dedup/candidates.hpp"
#include "dedup/minhash.hpp"
#include "dedup/sentence_similarity.hpp"
#include "dedup/shingles.hpp"
#include "newsprism/dedup.hpp"
#include "newsprism/segment.hpp"
#include "newsprism/text.hpp"
#include "text/tokenize.hpp"

namespace newsprism::dedup {
namespace {

bool is_word_token(TokenKind kind) {
  return kind == TokenKind::kWord || kind == TokenKind::kNumber || kind == TokenKind::kCjk;
}

bool is_body(BlockKind kind) {
  return kind != BlockKind::kBoilerplate && kind != BlockKind::kTitle && kind != BlockKind::kByline;
}

// The sorted, distinct word k-shingles of `words` (one shingle of all of them when there are
// fewer than k; none for no words), and the fingerprint of that set.
void shingle_fingerprint(const std::vector<uint64_t>& words, const DedupOptions& options,
                         const std::vector<uint32_t>& coefficients, std::vector<uint64_t>& shingles,
                         Fingerprint& fingerprint) {
  word_shingles(words, std::max<uint32_t>(options.shingle_words, 1), shingles);
  sort_distinct(shingles);
  fingerprint.shingles = static_cast<uint32_t>(shingles.size());
  fingerprint.signature.assign(options.hashes, 0);
  minhash(shingles, coefficients, fingerprint.signature);
  fingerprint.band_keys = band_keys(fingerprint.signature, options.bands);
}

}  // namespace

ArticleFeatures compute_features(Article& article, const DedupOptions& options,
                                 const std::vector<uint32_t>& coefficients, StemTable& stems, bool alignment_terms) {
  ArticleFeatures features;
  const std::string_view text = article.text;
  const std::vector<Token>& tokens = article.tokens;

  // Token -> block, by walking both in text order.
  std::vector<uint32_t> token_block(tokens.size(), 0);
  {
    size_t b = 0;
    for (size_t t = 0; t < tokens.size(); ++t) {
      while (b + 1 < article.blocks.size() && tokens[t].range.start >= article.blocks[b].span.end) ++b;
      token_block[t] = static_cast<uint32_t>(b);
    }
  }
  // Normalized words: one hash per word token (0 for other tokens).
  std::vector<uint64_t> word_hash(tokens.size(), 0);
  std::string folded;
  const char* text_end = text.data() + text.size();
  for (size_t t = 0; t < tokens.size(); ++t) {
    if (!is_word_token(tokens[t].kind)) continue;
    word_hash[t] = folded_word_hash(text.substr(tokens[t].range.start, tokens[t].range.end - tokens[t].range.start),
                                    text_end, folded);
  }

  // Keys of blocks and sentences: their words in order.
  features.block_keys.assign(article.blocks.size(), 0);
  for (size_t t = 0; t < tokens.size(); ++t) {
    if (word_hash[t] == 0) continue;
    uint64_t& key = features.block_keys[token_block[t]];
    key = combine(key == 0 ? 1 : key, word_hash[t]);
  }
  const size_t sentence_count = article.sentences.size();
  features.sentence_keys.assign(sentence_count, 0);
  features.sentence_in_body.assign(sentence_count, 0);
  // Every content stem of the body, once per use: sorted and counted after the loop (a hash map
  // of counts cost a node per stem).
  std::vector<uint32_t> content_stems;
  SentenceTermsBuilder terms(stems);
  for (size_t s = 0; s < sentence_count; ++s) {
    const SentenceSpan& sentence = article.sentences[s];
    const uint32_t end = std::min<uint32_t>(sentence.first_token + sentence.token_count, static_cast<uint32_t>(tokens.size()));
    if (sentence.first_token >= end) {
      features.sentence_terms.push_back({});  // no tokens: no terms
      continue;
    }
    const bool body = is_body(article.blocks[token_block[sentence.first_token]].kind);
    features.sentence_in_body[s] = body ? 1 : 0;
    uint64_t key = 0;
    for (uint32_t t = sentence.first_token; t < end; ++t) {
      if (word_hash[t] == 0) continue;
      key = combine(key == 0 ? 1 : key, word_hash[t]);
      if (!body || !alignment_terms) continue;
      const uint32_t content = terms.add(text.substr(tokens[t].range.start, tokens[t].range.end - tokens[t].range.start),
                                         tokens[t].kind, t == sentence.first_token);
      if (content != UINT32_MAX) content_stems.push_back(content);
    }
    features.sentence_keys[s] = key;
    terms.finish_into(features.sentence_terms);
  }
  std::sort(content_stems.begin(), content_stems.end());
  for (size_t run = 0; run < content_stems.size();) {
    size_t end = run;
    while (end < content_stems.size() && content_stems[end] == content_stems[run]) ++end;
    features.stem_counts.emplace_back(content_stems[run], static_cast<uint32_t>(end - run));
    run = end;
  }

  // Shingles of the body's words.
  std::vector<uint64_t> body_words;
  for (size_t t = 0; t < tokens.size(); ++t) {
    if (word_hash[t] != 0 && is_body(article.blocks[token_block[t]].kind)) body_words.push_back(word_hash[t]);
  }
  shingle_fingerprint(body_words, options, coefficients, features.shingles, article.fingerprint);
  return features;
}

void weigh_sentences(ArticleFeatures& features, const TermWeights& weights) {
  features.sentence_weights.resize(features.sentence_terms.size());
  for (size_t s = 0; s < features.sentence_terms.size(); ++s) {
    features.sentence_weights[s] = terms_weight(features.sentence_terms[s], weights);
  }
}

namespace {

// Word 3-shingles of a block, for near repeats.
std::vector<uint64_t> block_shingles(const Article& article, size_t block) {
  std::vector<uint64_t> words;
  const Span& span = article.blocks[block].span;
  const std::string_view text = article.text;
  auto first = std::lower_bound(article.tokens.begin(), article.tokens.end(), span.start,
                                [](const Token& token, uint32_t start) { return token.range.start < start; });
  for (auto it = first; it != article.tokens.end() && it->range.start < span.end; ++it) {
    const Token& token = *it;
    if (!is_word_token(token.kind)) continue;
    std::string folded = fold_for_matching(text.substr(token.range.start, token.range.end - token.range.start));
    words.push_back(hash_bytes(folded.data(), folded.size()));
  }
  std::vector<uint64_t> shingles;
  for (size_t i = 0; i + 3 <= words.size(); ++i) shingles.push_back(combine(combine(combine(7, words[i]), words[i + 1]), words[i + 2]));
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

uint32_t jaccard_thousandths(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  const uint64_t shared = count_shared(a, b);
  const uint64_t all = a.size() + b.size() - shared;
  return all == 0 ? 0 : static_cast<uint32_t>((shared * 1000 + all / 2) / all);
}

}  // namespace

void find_repeats(Article& article, const ArticleFeatures& features) {
  constexpr size_t kMaxPostings = 8;
  std::unordered_map<uint64_t, uint32_t> first_block;
  std::vector<uint8_t> block_repeats(article.blocks.size(), 0);
  std::vector<Repeat> repeats;
  for (uint32_t b = 0; b < article.blocks.size(); ++b) {
    const uint64_t key = features.block_keys[b];
    if (key == 0) continue;
    auto [it, inserted] = first_block.emplace(key, b);
    if (!inserted) {
      repeats.push_back({"block", b, it->second, true, 1000});
      block_repeats[b] = 1;
    }
  }
  // Near repeats: blocks of eight words or more, each compared with the earlier ones it shares
  // a 3-shingle with (an inverted index, so unrelated blocks cost nothing).
  std::vector<std::vector<uint64_t>> shingles(article.blocks.size());
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  // Beyond this many blocks (a whole book pasted as one article) only exact repeats are
  // sought, and the article says so: the index would cost more than it finds.
  constexpr size_t kMaxNearRepeatBlocks = 5000;
  const bool near = article.blocks.size() <= kMaxNearRepeatBlocks;
  if (!near) {
    article.diagnostics.push_back({Severity::kInfo, "near_repeats_skipped",
                                   "over " + std::to_string(kMaxNearRepeatBlocks) +
                                       " blocks: only exact repeats were looked for",
                                   1, -1});
  }
  for (uint32_t b = 0; near && b < article.blocks.size(); ++b) {
    if (block_repeats[b]) continue;
    shingles[b] = block_shingles(article, b);
    if (shingles[b].size() < 6) continue;
    std::vector<uint32_t> candidates;
    for (uint64_t s : shingles[b]) {
      auto it = postings.find(s);
      // A shingle already in many blocks is a stock phrase: it says nothing about this one.
      if (it == postings.end() || it->second.size() >= kMaxPostings) continue;
      for (uint32_t earlier : it->second) candidates.push_back(earlier);
    }
    // A near repeat (Jaccard >= 0.8) shares at least 80% of this block's shingles, so only
    // blocks met through half of them or more are verified: repetitive text (a small
    // vocabulary, a long article) cannot make this quadratic.
    std::sort(candidates.begin(), candidates.end());
    std::vector<uint32_t> likely;
    for (size_t i = 0; i < candidates.size();) {
      size_t j = i;
      while (j < candidates.size() && candidates[j] == candidates[i]) ++j;
      if ((j - i) * 2 >= shingles[b].size()) likely.push_back(candidates[i]);
      i = j;
    }
    if (likely.size() > 8) likely.resize(8);
    for (uint32_t earlier : likely) {
      const uint32_t similarity = jaccard_thousandths(shingles[b], shingles[earlier]);
      if (similarity >= 800) {
        repeats.push_back({"block", b, earlier, false, similarity});
        block_repeats[b] = 1;
        break;
      }
    }
    if (block_repeats[b]) continue;
    for (uint64_t s : shingles[b]) {
      std::vector<uint32_t>& list = postings[s];
      if (list.size() < kMaxPostings) list.push_back(b);
    }
  }
  // Sentences repeated outside blocks that already repeat as a whole.
  std::unordered_map<uint64_t, uint32_t> first_sentence;
  size_t b = 0;
  for (uint32_t s = 0; s < article.sentences.size(); ++s) {
    const uint64_t key = features.sentence_keys[s];
    while (b + 1 < article.blocks.size() && article.sentences[s].span.start >= article.blocks[b].span.end) ++b;
    if (key == 0) continue;
    auto [it, inserted] = first_sentence.emplace(key, s);
    if (!inserted && !block_repeats[b]) repeats.push_back({"sentence", s, it->second, true, 1000});
  }
  // Text order: blocks and sentences by where they start.
  auto start_of = [&](const Repeat& r) {
    return std::string_view(r.unit) == "block" ? article.blocks[r.index].span.start : article.sentences[r.index].span.start;
  };
  std::stable_sort(repeats.begin(), repeats.end(),
                   [&](const Repeat& x, const Repeat& y) { return start_of(x) < start_of(y); });
  article.repeats = std::move(repeats);
}

}  // namespace newsprism::dedup

namespace newsprism {

Fingerprint fingerprint_text(std::string_view text, const DedupOptions& options) {
  // What compute_features() does for an article of one body block, without the keys, terms and
  // sorted shingles only the corpus stages read: the word tokens' hashes in order (from the
  // same tokenizer, told to keep only the word tokens' ranges), their shingles, and the
  // signature of the distinct ones. Text that normalization leaves as it is (is_normalized():
  // most prose) is read in place, without the normalized copy.
  NormalizedText normalized;
  std::string_view clean = text;
  if (!is_normalized(text)) {
    normalized = normalize_text(text);
    clean = normalized.text;
  }
  std::vector<text::ByteRange> ranges;
  text::tokenize_word_ranges(clean, ranges);
  std::vector<uint64_t> words;
  words.reserve(ranges.size());
  std::string folded;
  const char* clean_end = clean.data() + clean.size();
  for (const text::ByteRange& range : ranges) {
    const uint64_t hash = dedup::folded_word_hash(clean.substr(range.start, range.end - range.start), clean_end, folded);
    if (hash != 0) words.push_back(hash);  // as compute_features(), where 0 marks a non-word
  }
  std::vector<uint64_t> shingles;
  dedup::word_shingles(words, std::max<uint32_t>(options.shingle_words, 1), shingles);
  std::vector<uint32_t> distinct;
  Fingerprint fingerprint;
  fingerprint.shingles = static_cast<uint32_t>(dedup::fold_distinct(shingles, distinct));
  fingerprint.signature.assign(options.hashes, 0);
  const std::vector<uint32_t> coefficients =
      dedup::minhash_coefficients({options.hashes, options.bands, options.seed});
  dedup::minhash_folded(distinct, coefficients, fingerprint.signature);
  fingerprint.band_keys = dedup::band_keys(fingerprint.signature, options.bands);
  return fingerprint;
}

}  // namespace newsprism
