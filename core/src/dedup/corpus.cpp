#include "dedup/corpus.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string>
#include <unordered_map>

#include "dedup/candidates.hpp"
#include "dedup/features.hpp"
#include "dedup/minhash.hpp"
#include "dedup/sentence_similarity.hpp"

namespace newsprism::dedup {
namespace {

constexpr uint32_t kNearDuplicate = 750;
constexpr uint32_t kContains = 800;

std::string thousandths_text(uint32_t value) {
  std::string digits = std::to_string(value % 1000);
  return std::to_string(value / 1000) + "." + std::string(3 - digits.size(), '0') + digits;
}

// For each body sentence of a, its best counterpart in b by sentence_similarity() (ties to the
// earlier sentence), kept when it reaches the alignment threshold. Only sentences of b that
// share two content stems are scored (the scorer gives 0 otherwise), found through an index
// of b's content stems.
std::vector<AlignedSentences> align(const ArticleFeatures& a, const ArticleFeatures& b, const TermWeights& weights,
                                    uint32_t threshold) {
  // Flat sorted lists rather than hash maps: this runs once per compared pair, and a few
  // hundred small allocations per call were most of its time.
  std::vector<std::pair<uint32_t, uint32_t>> index;  // (content stem, sentence of b)
  std::vector<std::pair<uint64_t, uint32_t>> b_keys;  // (sentence key, sentence of b)
  for (uint32_t s = 0; s < b.sentence_terms.size(); ++s) {
    if (!b.sentence_in_body[s]) continue;
    for (uint32_t stem : b.sentence_terms[s].content) index.emplace_back(stem, s);
    if (b.sentence_keys[s] != 0) b_keys.emplace_back(b.sentence_keys[s], s);
  }
  std::sort(index.begin(), index.end());
  std::sort(b_keys.begin(), b_keys.end());
  std::vector<AlignedSentences> aligned;
  std::vector<uint32_t> shared_terms(b.sentence_terms.size(), 0);
  std::vector<uint32_t> touched;
  for (uint32_t s = 0; s < a.sentence_terms.size(); ++s) {
    if (!a.sentence_in_body[s]) continue;
    if (a.sentence_keys[s] != 0) {
      // The first sentence of b with the same words, as before.
      auto exact = std::lower_bound(b_keys.begin(), b_keys.end(), std::make_pair(a.sentence_keys[s], uint32_t{0}));
      if (exact != b_keys.end() && exact->first == a.sentence_keys[s]) {
        aligned.push_back({s, exact->second, 1000, true});
        continue;
      }
    }
    const SentenceTerms& terms = a.sentence_terms[s];
    touched.clear();
    for (uint32_t stem : terms.content) {
      auto it = std::lower_bound(index.begin(), index.end(), std::make_pair(stem, uint32_t{0}));
      for (; it != index.end() && it->first == stem; ++it) {
        if (shared_terms[it->second]++ == 0) touched.push_back(it->second);
      }
    }
    uint32_t best = UINT32_MAX;
    uint32_t best_score = 0;
    for (uint32_t t : touched) {
      if (shared_terms[t] >= 2) {
        const uint32_t score = sentence_similarity(terms, b.sentence_terms[t], weights);
        if (score > best_score || (score == best_score && t < best)) {
          best = t;
          best_score = score;
        }
      }
      shared_terms[t] = 0;
    }
    if (best != UINT32_MAX && best_score >= threshold) aligned.push_back({s, best, best_score, false});
  }
  return aligned;
}

uint32_t topic_similarity(const ArticleFeatures& a, const ArticleFeatures& b, const StemWeights& weights) {
  // Cosine of stem-count vectors weighted by rarity; only the final square root is floating
  // point, and it is correctly rounded on every target.
  double dot = 0;
  double na = 0;
  double nb = 0;
  size_t i = 0;
  size_t j = 0;
  for (const auto& [stem, count] : a.stem_counts) {
    const double w = static_cast<double>(weights.weight(stem) * count);
    na += w * w;
  }
  for (const auto& [stem, count] : b.stem_counts) {
    const double w = static_cast<double>(weights.weight(stem) * count);
    nb += w * w;
  }
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

ArticlePair compare(uint32_t a, uint32_t b, const std::vector<ArticleFeatures>& features, const StemWeights& weights,
                    const TermWeights& sentence_weights, uint32_t threshold) {
  const ArticleFeatures& fa = features[a];
  const ArticleFeatures& fb = features[b];
  ArticlePair pair = shingle_pair(a, b, fa.shingles, fb.shingles);
  const bool empty = fa.shingles.empty() || fb.shingles.empty();
  relate(pair, fa, fb, !empty && fa.shingles == fb.shingles, empty, weights, sentence_weights, threshold);
  return pair;
}

}  // namespace

void relate(ArticlePair& pair, const ArticleFeatures& fa, const ArticleFeatures& fb, bool same_shingles, bool empty,
            const StemWeights& weights, const TermWeights& sentence_weights, uint32_t threshold) {
  const uint32_t a = pair.a;
  const uint32_t b = pair.b;
  pair.aligned = align(fa, fb, sentence_weights, threshold);
  for (const AlignedSentences& s : pair.aligned) pair.shared_sentences += s.exact ? 1u : 0u;
  pair.topic_thousandths = topic_similarity(fa, fb, weights);

  const size_t shorter = std::min(body_sentences(fa), body_sentences(fb));
  const uint32_t aligned_share = ratio_thousandths(pair.aligned.size(), shorter);
  if (same_shingles) {
    pair.relation = Relation::kIdentical;
    pair.reason = "the bodies are the same text after normalization";
  } else if (!empty && pair.jaccard_thousandths >= kNearDuplicate) {
    pair.relation = Relation::kNearDuplicate;
    pair.reason = "word 5-shingle Jaccard " + thousandths_text(pair.jaccard_thousandths) + " >= 0.750";
  } else if (!empty && std::max(pair.a_in_b_thousandths, pair.b_in_a_thousandths) >= kContains) {
    pair.relation = Relation::kContains;
    const bool b_holds_a = pair.a_in_b_thousandths >= pair.b_in_a_thousandths;
    pair.container = b_holds_a ? b : a;
    pair.reason = thousandths_text(b_holds_a ? pair.a_in_b_thousandths : pair.b_in_a_thousandths) +
                  " of article " + std::to_string(b_holds_a ? a : b) + "'s shingles are in article " +
                  std::to_string(pair.container);
  } else if ((pair.aligned.size() >= 3 && aligned_share >= 250) ||
             (pair.aligned.size() >= 5 && pair.topic_thousandths >= 400)) {
    pair.relation = Relation::kRewrite;
    pair.reason = std::to_string(pair.aligned.size()) + " sentences align (" + thousandths_text(aligned_share) +
                  " of the shorter article's " + std::to_string(shorter) + "), content-word similarity " +
                  thousandths_text(pair.topic_thousandths);
  } else if (pair.topic_thousandths >= 300 || !pair.aligned.empty()) {
    pair.relation = Relation::kSameStory;
    pair.reason = "content-word similarity " + thousandths_text(pair.topic_thousandths) + ", " +
                  std::to_string(pair.aligned.size()) + " aligned sentence(s)";
  } else {
    pair.relation = Relation::kUnrelated;
    pair.reason = "content-word similarity " + thousandths_text(pair.topic_thousandths) + " < 0.300";
  }
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
                                                            const StemWeights& weights) {
  constexpr size_t kRareStems = 32;
  constexpr size_t kMaxPosting = 128;
  constexpr uint32_t kShared = 3;
  std::vector<std::pair<uint32_t, uint32_t>> postings;  // (stem, article)
  std::vector<std::pair<uint32_t, uint32_t>> ranked;    // (frequency, stem)
  for (uint32_t a = 0; a < features.size(); ++a) {
    ranked.clear();
    for (const auto& [stem, count] : features[a].stem_counts) {
      const uint32_t frequency = weights.frequency(stem);
      if (frequency >= 2) ranked.emplace_back(frequency, stem);
    }
    const size_t keep = std::min(kRareStems, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
    for (size_t k = 0; k < keep; ++k) postings.emplace_back(ranked[k].second, a);
  }
  std::sort(postings.begin(), postings.end());
  std::vector<std::pair<uint32_t, uint32_t>> met;
  for (size_t run = 0; run < postings.size();) {
    size_t end = run;
    while (end < postings.size() && postings[end].first == postings[run].first) ++end;
    if (end - run <= kMaxPosting) {
      for (size_t i = run; i < end; ++i) {
        for (size_t j = i + 1; j < end; ++j) met.emplace_back(postings[i].second, postings[j].second);
      }
    }
    run = end;
  }
  std::sort(met.begin(), met.end());
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (size_t run = 0; run < met.size();) {
    size_t end = run;
    while (end < met.size() && met[end] == met[run]) ++end;
    if (end - run >= kShared) pairs.push_back(met[run]);
    run = end;
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
  for (const auto& [a, b] : pairs) {
    ArticlePair pair = compare(a, b, features, weights, sentence_weights, kAlignedSentence);
    if (list_all || pair.relation != Relation::kUnrelated) report.pairs.push_back(std::move(pair));
  }
  build_stories(report, features);
}

}  // namespace newsprism::dedup
