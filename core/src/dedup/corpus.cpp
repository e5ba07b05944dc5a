#include "dedup/corpus.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "dedup/candidates.hpp"
#include "dedup/features.hpp"
#include "dedup/minhash.hpp"
#include "dedup/sentence_similarity.hpp"

namespace newsprism::dedup {

double weighted_stem_norm(const ArticleFeatures& f, const StemWeights& weights) {
  double norm = 0;
  for (const auto& [stem, count] : f.stem_counts) {
    const double w = static_cast<double>(weights.weight(stem) * count);
    norm += w * w;
  }
  return norm;
}

namespace {

constexpr uint32_t kNearDuplicate = 750;
constexpr uint32_t kContains = 800;

std::string thousandths_text(uint32_t value) {
  std::string digits = std::to_string(value % 1000);
  return std::to_string(value / 1000) + "." + std::string(3 - digits.size(), '0') + digits;
}

// For each body sentence of a, its best counterpart in b by sentence_similarity() (ties to the
// earlier sentence), kept when it reaches the alignment threshold; a sentence with the same key
// as one of b's takes the first such sentence instead, as an exact match. Only sentences that
// share two content stems are scored (the scorer gives 0 otherwise): b's sentences are walked in
// order and meet a's through the side's stem table. A pair whose sentence_similarity_bound() is
// below the threshold, or not above the best score a's sentence already has, is not scored: it
// could not change the result, so the alignment is the one scoring every pair gives.
std::vector<AlignedSentences> align(AlignmentSide& side, const ArticleFeatures& b, const TermWeights& weights,
                                    uint32_t threshold) {
  const ArticleFeatures& a = side.features();
  AlignmentSide::Scratch& scratch = side.scratch();
  const size_t sentences = a.sentence_terms.size();
  scratch.exact.assign(sentences, UINT32_MAX);
  scratch.best.assign(sentences, UINT32_MAX);
  scratch.best_score.assign(sentences, 0);
  scratch.shared.assign(sentences, 0);
  const std::vector<std::pair<uint64_t, uint32_t>>& keys = side.keys();
  for (uint32_t t = 0; t < b.sentence_terms.size(); ++t) {
    if (!b.sentence_in_body[t] || b.sentence_keys[t] == 0) continue;
    auto it = std::lower_bound(keys.begin(), keys.end(), std::make_pair(b.sentence_keys[t], uint32_t{0}));
    for (; it != keys.end() && it->first == b.sentence_keys[t]; ++it) {
      if (scratch.exact[it->second] == UINT32_MAX) scratch.exact[it->second] = t;
    }
  }
  for (uint32_t t = 0; t < b.sentence_terms.size(); ++t) {
    if (!b.sentence_in_body[t]) continue;
    const SentenceTermsView terms = b.sentence_terms[t];
    scratch.touched.clear();
    for (uint32_t stem : terms.content) {
      for (uint32_t s : side.sentences_with(stem)) {
        if (scratch.shared[s]++ == 0) scratch.touched.push_back(s);
      }
    }
    for (uint32_t s : scratch.touched) {
      const bool shares_two = scratch.shared[s] >= 2;
      scratch.shared[s] = 0;
      if (!shares_two || scratch.exact[s] != UINT32_MAX) continue;
      // t ascends, so keeping only a strictly better score gives ties to the earlier sentence.
      const bool first = scratch.best[s] == UINT32_MAX;
      const uint32_t bound = sentence_similarity_bound(a.sentence_weights[s], b.sentence_weights[t]);
      if (bound < threshold || (!first && bound <= scratch.best_score[s])) continue;
      const uint32_t score =
          sentence_similarity_sharing(a.sentence_terms[s], a.sentence_weights[s], terms, b.sentence_weights[t], weights);
      if (first || score > scratch.best_score[s]) {
        scratch.best[s] = t;
        scratch.best_score[s] = score;
      }
    }
  }
  std::vector<AlignedSentences> aligned;
  for (uint32_t s = 0; s < sentences; ++s) {
    if (!a.sentence_in_body[s]) continue;
    if (scratch.exact[s] != UINT32_MAX) {
      aligned.push_back({s, scratch.exact[s], 1000, true});
    } else if (scratch.best[s] != UINT32_MAX && scratch.best_score[s] >= threshold) {
      aligned.push_back({s, scratch.best[s], scratch.best_score[s], false});
    }
  }
  return aligned;
}

// An article's stem_norm, stored or computed.
double stem_norm_of(const ArticleFeatures& f, const StemWeights& weights) {
  return f.stem_norm >= 0 ? f.stem_norm : weighted_stem_norm(f, weights);
}

uint32_t topic_similarity(const AlignmentSide& side, const ArticleFeatures& b, const StemWeights& weights) {
  // Cosine of stem-count vectors weighted by rarity; only the final square root is floating
  // point, and it is correctly rounded on every target.
  const ArticleFeatures& a = side.features();
  double dot = 0;
  const double na = side.stem_norm();
  const double nb = stem_norm_of(b, weights);
  size_t i = 0;
  size_t j = 0;
  while (i < a.stem_counts.size() && j < b.stem_counts.size()) {
    if (a.stem_counts[i].first == b.stem_counts[j].first) {
      const double w = static_cast<double>(weights.weight(a.stem_counts[i].first));
      dot += (w * a.stem_counts[i].second) * (w * b.stem_counts[j].second);
      ++i;
      ++j;
    } else if (a.stem_counts[i].first < b.stem_counts[j].first) {
      ++i;
    } else {
      ++j;
    }
  }
  if (na == 0 || nb == 0) return 0;
  const double cosine = dot / (std::sqrt(na) * std::sqrt(nb));
  return static_cast<uint32_t>(cosine * 1000 + 0.5);
}

size_t body_sentences(const ArticleFeatures& f) {
  return static_cast<size_t>(std::count(f.sentence_in_body.begin(), f.sentence_in_body.end(), 1));
}

ArticlePair compare(AlignmentSide& side, uint32_t a, uint32_t b, const std::vector<ArticleFeatures>& features,
                    const StemWeights& weights, const TermWeights& sentence_weights, uint32_t threshold) {
  const ArticleFeatures& fa = features[a];
  const ArticleFeatures& fb = features[b];
  ArticlePair pair = shingle_pair(a, b, fa.shingles, fb.shingles);
  const bool empty = fa.shingles.empty() || fb.shingles.empty();
  relate(pair, side, fb, !empty && fa.shingles == fb.shingles, empty, weights, sentence_weights, threshold);
  return pair;
}

}  // namespace

AlignmentSide::AlignmentSide(const ArticleFeatures& article, const StemWeights& weights)
    : article_(article), stem_norm_(stem_norm_of(article, weights)) {
  std::vector<std::pair<uint32_t, uint32_t>> postings;  // (content stem, body sentence)
  for (uint32_t s = 0; s < article.sentence_terms.size(); ++s) {
    if (!article.sentence_in_body[s]) continue;
    for (uint32_t stem : article.sentence_terms[s].content) postings.emplace_back(stem, s);
    if (article.sentence_keys[s] != 0) keys_.emplace_back(article.sentence_keys[s], s);
  }
  std::sort(postings.begin(), postings.end());
  std::sort(keys_.begin(), keys_.end());
  size_t capacity = 16;
  while (capacity < 2 * postings.size()) capacity *= 2;
  slots_.resize(capacity);
  sentences_.reserve(postings.size());
  for (size_t run = 0; run < postings.size();) {
    size_t end = run;
    while (end < postings.size() && postings[end].first == postings[run].first) ++end;
    const uint32_t stem = postings[run].first;
    size_t slot = (stem * 0x9E3779B1u) & (capacity - 1);
    while (slots_[slot].stem != UINT32_MAX) slot = (slot + 1) & (capacity - 1);
    slots_[slot] = {stem, static_cast<uint32_t>(sentences_.size()), static_cast<uint32_t>(end - run)};
    for (size_t k = run; k < end; ++k) sentences_.push_back(postings[k].second);
    run = end;
  }
}

std::span<const uint32_t> AlignmentSide::sentences_with(uint32_t stem) const {
  const size_t mask = slots_.size() - 1;
  for (size_t slot = (stem * 0x9E3779B1u) & mask;; slot = (slot + 1) & mask) {
    const Slot& entry = slots_[slot];
    if (entry.stem == stem) return {sentences_.data() + entry.first, entry.count};
    if (entry.stem == UINT32_MAX) return {};
  }
}

namespace {

// Why a related pair has its relation, for people (the figures relate() decided on).
std::string relation_reason(const ArticlePair& pair, uint32_t aligned_share, size_t shorter) {
  switch (pair.relation) {
    case Relation::kIdentical:
      return "the bodies are the same text after normalization";
    case Relation::kNearDuplicate:
      return "word 5-shingle Jaccard " + thousandths_text(pair.jaccard_thousandths) + " >= 0.750";
    case Relation::kContains: {
      const bool b_holds_a = pair.container == pair.b;
      return thousandths_text(b_holds_a ? pair.a_in_b_thousandths : pair.b_in_a_thousandths) + " of article " +
             std::to_string(b_holds_a ? pair.a : pair.b) + "'s shingles are in article " + std::to_string(pair.container);
    }
    case Relation::kRewrite:
      return std::to_string(pair.aligned.size()) + " sentences align (" + thousandths_text(aligned_share) +
             " of the shorter article's " + std::to_string(shorter) + "), content-word similarity " +
             thousandths_text(pair.topic_thousandths);
    case Relation::kSameStory:
      return "content-word similarity " + thousandths_text(pair.topic_thousandths) + ", " +
             std::to_string(pair.aligned.size()) + " aligned sentence(s)";
    default:
      return "content-word similarity " + thousandths_text(pair.topic_thousandths) + " < 0.300";
  }
}

}  // namespace

void relate(ArticlePair& pair, AlignmentSide& side, const ArticleFeatures& fb, bool same_shingles, bool empty,
            const StemWeights& weights, const TermWeights& sentence_weights, uint32_t threshold, bool explain) {
  const ArticleFeatures& fa = side.features();
  pair.aligned = align(side, fb, sentence_weights, threshold);
  for (const AlignedSentences& s : pair.aligned) pair.shared_sentences += s.exact ? 1u : 0u;
  pair.topic_thousandths = topic_similarity(side, fb, weights);

  const size_t shorter = std::min(body_sentences(fa), body_sentences(fb));
  const uint32_t aligned_share = ratio_thousandths(pair.aligned.size(), shorter);
  if (same_shingles) {
    pair.relation = Relation::kIdentical;
  } else if (!empty && pair.jaccard_thousandths >= kNearDuplicate) {
    pair.relation = Relation::kNearDuplicate;
  } else if (!empty && std::max(pair.a_in_b_thousandths, pair.b_in_a_thousandths) >= kContains) {
    pair.relation = Relation::kContains;
    pair.container = pair.a_in_b_thousandths >= pair.b_in_a_thousandths ? pair.b : pair.a;
  } else if ((pair.aligned.size() >= 3 && aligned_share >= 250) ||
             (pair.aligned.size() >= 5 && pair.topic_thousandths >= 400)) {
    pair.relation = Relation::kRewrite;
  } else if (pair.topic_thousandths >= 300 || !pair.aligned.empty()) {
    pair.relation = Relation::kSameStory;
  } else {
    pair.relation = Relation::kUnrelated;
  }
  if (explain) pair.reason = relation_reason(pair, aligned_share, shorter);
}

namespace {

// Candidate pairs: every pair of a small set, else the LSH band candidates.
std::vector<std::pair<uint32_t, uint32_t>> candidates(const Report& report, const std::vector<ArticleFeatures>& features,
                                                      const DedupOptions& options) {
  const auto n = static_cast<uint32_t>(report.articles.size());
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  if (n <= options.all_pairs_up_to) {
    for (uint32_t a = 0; a < n; ++a) {
      for (uint32_t b = a + 1; b < n; ++b) pairs.emplace_back(a, b);
    }
    return pairs;
  }
  std::vector<const std::vector<uint64_t>*> shingles;
  std::vector<const std::vector<uint64_t>*> keys;
  for (uint32_t a = 0; a < n; ++a) {
    shingles.push_back(&features[a].shingles);
    keys.push_back(&report.articles[a].fingerprint.band_keys);
  }
  return band_candidates(shingles, keys);
}

bool joins_story(Relation relation) { return relation <= Relation::kRewrite; }

// An ISO date sorts as text when both start with a four-digit year.
bool has_iso_date(const Article& article) {
  const std::string& date = article.metadata.published;
  return date.size() >= 10 && std::isdigit(static_cast<unsigned char>(date[0])) && date[4] == '-';
}

void build_stories(Report& report, const std::vector<ArticleFeatures>& features) {
  const auto n = static_cast<uint32_t>(report.articles.size());
  UnionFind groups(n);
  for (const ArticlePair& pair : report.pairs) {
    if (joins_story(pair.relation)) groups.join(pair.a, pair.b);
  }
  std::vector<uint32_t> story_of(n, UINT32_MAX);
  for (uint32_t a = 0; a < n; ++a) {
    const uint32_t root = groups.find(a);
    if (story_of[root] == UINT32_MAX) {
      story_of[root] = static_cast<uint32_t>(report.stories.size());
      Story story;
      story.id = story_of[root];
      report.stories.push_back(story);
    }
    story_of[a] = story_of[root];
    report.stories[story_of[a]].members.push_back(a);
  }
  // Per story: how much each member is taken up by the others, and which sentences others share.
  std::vector<uint64_t> taken_up(n, 0);
  std::vector<std::vector<uint8_t>> shared(n);
  for (uint32_t a = 0; a < n; ++a) shared[a].assign(features[a].sentence_in_body.size(), 0);
  for (const ArticlePair& pair : report.pairs) {
    if (story_of[pair.a] != story_of[pair.b]) {
      if (pair.relation == Relation::kSameStory) {
        std::vector<uint32_t>& related = report.stories[story_of[pair.a]].related;
        if (std::find(related.begin(), related.end(), story_of[pair.b]) == related.end()) related.push_back(story_of[pair.b]);
        std::vector<uint32_t>& back = report.stories[story_of[pair.b]].related;
        if (std::find(back.begin(), back.end(), story_of[pair.a]) == back.end()) back.push_back(story_of[pair.a]);
      }
      continue;
    }
    taken_up[pair.b] += pair.a_in_b_thousandths + pair.aligned.size() * 10;
    taken_up[pair.a] += pair.b_in_a_thousandths + pair.aligned.size() * 10;
    for (const AlignedSentences& s : pair.aligned) {
      shared[pair.a][s.a] = 1;
      shared[pair.b][s.b] = 1;
    }
  }
  for (Story& story : report.stories) {
    std::sort(story.related.begin(), story.related.end());
    const std::vector<uint32_t>& members = story.members;
    if (members.size() == 1) {
      story.source = members[0];
      story.source_reason = "the only article of its story";
    } else {
      // Earliest publication, when the dates say so without a tie.
      uint32_t earliest = UINT32_MAX;
      bool tie = false;
      for (uint32_t m : members) {
        if (!has_iso_date(report.articles[m])) continue;
        if (earliest == UINT32_MAX || report.articles[m].metadata.published < report.articles[earliest].metadata.published) {
          earliest = m;
          tie = false;
        } else if (report.articles[m].metadata.published == report.articles[earliest].metadata.published) {
          tie = true;
        }
      }
      if (earliest != UINT32_MAX && !tie) {
        story.source = earliest;
        story.source_reason = "earliest publication (" + report.articles[earliest].metadata.published + ")";
      } else {
        uint32_t best = members[0];
        for (uint32_t m : members) {
          if (taken_up[m] > taken_up[best] ||
              (taken_up[m] == taken_up[best] && features[m].shingles.size() > features[best].shingles.size())) {
            best = m;
          }
        }
        story.source = best;
        story.source_reason = "the others align into it most (and it is the most complete)";
      }
    }
    if (members.size() > 1) {
      for (uint32_t m : members) {
        StoryAdditions additions;
        additions.article = m;
        for (uint32_t s = 0; s < shared[m].size(); ++s) {
          if (features[m].sentence_in_body[s] && !shared[m][s]) additions.sentences.push_back(s);
        }
        story.additions.push_back(std::move(additions));
      }
    }
  }
}

}  // namespace

// Beyond the small-set size, rewrites share few shingles, so the bands miss them: articles
// also become candidates when they share three or more of their rarest content stems (names,
// numbers and rare words a rewrite keeps). Per article the kRareStems stems of lowest article
// frequency (at least 2, so shareable; ties by id); a stem chosen by more than kMaxPosting
// articles is skipped, so a common word cannot make this quadratic.
std::vector<std::pair<uint32_t, uint32_t>> topic_candidates(const std::vector<ArticleFeatures>& features,
                                                            const StemWeights& weights, const ParallelFor& parallel) {
  constexpr size_t kRareStems = 32;
  constexpr size_t kMaxPosting = 128;
  constexpr uint32_t kShared = 3;
  const auto n = static_cast<uint32_t>(features.size());
  // Each article's chosen stems, in one list: article a's are chosen[chosen_start[a]..[a + 1]).
  std::vector<uint32_t> chosen;
  std::vector<size_t> chosen_start(n + 1, 0);
  std::vector<std::pair<uint32_t, uint32_t>> ranked;  // (frequency, stem)
  size_t stem_count = 0;
  for (uint32_t a = 0; a < n; ++a) {
    ranked.clear();
    for (const auto& [stem, count] : features[a].stem_counts) {
      const uint32_t frequency = weights.frequency(stem);
      if (frequency >= 2) ranked.emplace_back(frequency, stem);
    }
    const size_t keep = std::min(kRareStems, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
    for (size_t k = 0; k < keep; ++k) {
      chosen.push_back(ranked[k].second);
      stem_count = std::max<size_t>(stem_count, ranked[k].second + 1);
    }
    chosen_start[a + 1] = chosen.size();
  }
  // Per stem, the articles that chose it, ascending (a counting sort: articles are visited in
  // order): stem s's are posting[posting_start[s]..[s + 1]).
  std::vector<uint32_t> posting_start(stem_count + 1, 0);
  for (uint32_t stem : chosen) ++posting_start[stem + 1];
  for (size_t s = 0; s < stem_count; ++s) posting_start[s + 1] += posting_start[s];
  std::vector<uint32_t> posting(chosen.size());
  {
    std::vector<uint32_t> fill(posting_start.begin(), posting_start.end() - 1);
    for (uint32_t a = 0; a < n; ++a) {
      for (size_t k = chosen_start[a]; k < chosen_start[a + 1]; ++k) posting[fill[chosen[k]]++] = a;
    }
  }
  // Two articles meet once per chosen stem they share whose posting is short enough; those that
  // meet kShared times pair. Counted per article a over the later articles it meets (a counter
  // per article, no list of meetings to sort), so the pairs come out sorted and each task writes
  // only its own range of a.
  constexpr uint32_t kArticlesPerTask = 2048;
  const size_t tasks = (n + kArticlesPerTask - 1) / kArticlesPerTask;
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> found(tasks);
  run_tasks(parallel, tasks, [&](size_t task) {
    std::vector<uint8_t> met(n, 0);
    std::vector<uint32_t> touched;
    const uint32_t first = static_cast<uint32_t>(task * kArticlesPerTask);
    const uint32_t last = std::min<uint32_t>(n, first + kArticlesPerTask);
    for (uint32_t a = first; a < last; ++a) {
      touched.clear();
      for (size_t k = chosen_start[a]; k < chosen_start[a + 1]; ++k) {
        const uint32_t* begin = posting.data() + posting_start[chosen[k]];
        const uint32_t* end = posting.data() + posting_start[chosen[k] + 1];
        if (static_cast<size_t>(end - begin) > kMaxPosting) continue;
        for (const uint32_t* b = std::upper_bound(begin, end, a); b != end; ++b) {
          if (met[*b]++ == 0) touched.push_back(*b);  // at most kRareStems meetings: no overflow
        }
      }
      std::sort(touched.begin(), touched.end());
      for (uint32_t b : touched) {
        if (met[b] >= kShared) found[task].emplace_back(a, b);
        met[b] = 0;
      }
    }
  });
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (std::vector<std::pair<uint32_t, uint32_t>>& part : found) {
    pairs.insert(pairs.end(), part.begin(), part.end());
    part = {};
  }
  return pairs;
}

void compare_articles(Report& report, const DedupOptions& options) {
  MinHashParams params{options.hashes, options.bands, options.seed};
  const std::vector<uint32_t> coefficients = minhash_coefficients(params);
  StemTable stems;
  std::vector<ArticleFeatures> features;
  features.reserve(report.articles.size());
  // Content-word stems serve only comparisons between articles: one article needs none.
  const bool alignment_terms = report.articles.size() > 1;
  for (Article& article : report.articles) {
    features.push_back(compute_features(article, options, coefficients, stems, alignment_terms));
    find_repeats(article, features.back());
  }
  const StemWeights weights(features, stems.size());
  // Sentence frequencies of stems over every body sentence of the call: the alignment weights.
  TermWeights sentence_weights(stems.size());
  for (const ArticleFeatures& f : features) {
    for (size_t s = 0; s < f.sentence_terms.size(); ++s) {
      if (f.sentence_in_body[s]) sentence_weights.count(f.sentence_terms[s]);
    }
  }
  sentence_weights.finish();
  for (ArticleFeatures& f : features) weigh_sentences(f, sentence_weights);
  const bool list_all = report.articles.size() <= options.all_pairs_up_to;
  std::vector<std::pair<uint32_t, uint32_t>> pairs = candidates(report, features, options);
  if (!list_all) {
    // Beyond the small-set size the bands give copies and near copies; rewrites come from the
    // rarest content stems articles share.
    const std::vector<std::pair<uint32_t, uint32_t>> topical = topic_candidates(features, weights);
    pairs.insert(pairs.end(), topical.begin(), topical.end());
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  }
  // Pairs are sorted by a: each article's alignment side is built once for the pairs it leads.
  std::optional<AlignmentSide> side;
  uint32_t side_of = UINT32_MAX;
  for (const auto& [a, b] : pairs) {
    if (a != side_of) {
      side.emplace(features[a], weights);
      side_of = a;
    }
    ArticlePair pair = compare(*side, a, b, features, weights, sentence_weights, kAlignedSentence);
    if (list_all || pair.relation != Relation::kUnrelated) report.pairs.push_back(std::move(pair));
  }
  build_stories(report, features);
}

}  // namespace newsprism::dedup
