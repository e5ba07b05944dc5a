// Corpus mode: many inputs, memory bounded by fingerprints and shingle sets instead of texts.
#include <algorithm>
#include <functional>
#include <optional>
#include <span>

#include "dedup/candidates.hpp"
#include "dedup/corpus.hpp"
#include "dedup/dense_ids.hpp"
#include "dedup/features.hpp"
#include "dedup/minhash.hpp"
#include "newsprism/dedup.hpp"

namespace newsprism {

Result<std::vector<CorpusEntry>> corpus_entries(const Input& input, const Options& options, bool rewrites) {
  Options single = options;
  single.dedup.compare = false;
  single.entities = false;  // corpus mode compares texts, not who they name
  Result<Report> report = analyze(std::span<const Input>(&input, 1), single);
  if (!report.ok()) return report.error();
  const std::vector<uint32_t> coefficients =
      dedup::minhash_coefficients({options.dedup.hashes, options.dedup.bands, options.dedup.seed});
  dedup::StemTable stems(/*hashed=*/true);
  std::vector<CorpusEntry> entries;
  std::vector<Article>& articles = report.value().articles;
  for (size_t k = 0; k < articles.size(); ++k) {
    Article& article = articles[k];
    dedup::ArticleFeatures features = dedup::compute_features(article, options.dedup, coefficients, stems, rewrites);
    CorpusEntry entry;
    entry.id = !article.metadata.record_id.empty() ? article.metadata.record_id
               : articles.size() == 1              ? std::string(input.source)
                                                   : std::string(input.source) + "#" + std::to_string(k + 1);
    const std::string& date = article.metadata.published;
    if (date.size() >= 10 && date[4] == '-') entry.published = date;
    entry.shingles = std::move(features.shingles);
    entry.fingerprint = std::move(article.fingerprint);
    if (rewrites) {
      // Sized exactly before filling: these are kept until the end of the run, and a vector
      // grown by doubling holds up to twice what it needs.
      auto kept = [&](size_t s) { return features.sentence_in_body[s] && features.sentence_keys[s] != 0; };
      size_t sentences = 0;
      size_t stem_total = 0;
      for (size_t s = 0; s < features.sentence_terms.size(); ++s) {
        if (!kept(s)) continue;
        const dedup::SentenceTermsView terms = features.sentence_terms[s];
        ++sentences;
        stem_total += terms.terms.size() + terms.content.size() + terms.numbers.size();
      }
      entry.sentence_keys.reserve(sentences);
      entry.sentence_stems.reserve(stem_total);
      entry.sentence_stem_starts.reserve(3 * sentences + 1);
      entry.sentence_stem_starts.push_back(0);
      for (size_t s = 0; s < features.sentence_terms.size(); ++s) {
        if (!kept(s)) continue;
        const dedup::SentenceTermsView terms = features.sentence_terms[s];
        entry.sentence_keys.push_back(features.sentence_keys[s]);
        for (std::span<const uint32_t> run : {terms.terms, terms.content, terms.numbers}) {
          entry.sentence_stems.insert(entry.sentence_stems.end(), run.begin(), run.end());
          entry.sentence_stem_starts.push_back(static_cast<uint32_t>(entry.sentence_stems.size()));
        }
      }
      entry.stem_counts = std::move(features.stem_counts);
      entry.stem_counts.shrink_to_fit();
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

namespace {

// Rewrites among entries kept with their sentences: the hashed stems are made dense (their
// sorted order, so every sorted list stays sorted), the entries become features without
// shingles, and the pairs that share rare stems are related as analyze() relates them. The
// per-article and per-pair work is split into tasks run through `parallel`; each task writes only
// its own slots, so the pairs are the same on any number of threads.
void find_rewrites(std::vector<CorpusEntry>& entries, std::vector<ArticlePair>& pairs, const ParallelFor& parallel) {
  const auto n = static_cast<uint32_t>(entries.size());
  constexpr size_t kArticlesPerTask = 1024;
  const size_t article_tasks = (n + kArticlesPerTask - 1) / kArticlesPerTask;
  auto for_articles = [&](const std::function<void(uint32_t article)>& each) {
    run_tasks(parallel, article_tasks, [&](size_t task) {
      const auto last = static_cast<uint32_t>(std::min<size_t>(n, (task + 1) * kArticlesPerTask));
      for (auto a = static_cast<uint32_t>(task * kArticlesPerTask); a < last; ++a) each(a);
    });
  };
  // Every stem is among some sentence's terms (content words and numbers are terms too, and the
  // article's stem counts are counted over its sentences' content words).
  dedup::DenseIds ids;
  for (const CorpusEntry& entry : entries) {
    for (uint32_t stem : entry.sentence_stems) ids.add(stem);
  }
  ids.finish();
  std::vector<dedup::ArticleFeatures> features(n);
  for_articles([&](uint32_t a) {
    dedup::ArticleFeatures& f = features[a];
    CorpusEntry& entry = entries[a];
    // The entry's sentences move into the features, renumbered in place: kept once, not twice.
    f.sentence_in_body.assign(entry.sentence_keys.size(), 1);
    f.sentence_keys = std::move(entry.sentence_keys);
    f.sentence_terms = dedup::SentenceTermList(std::move(entry.sentence_stems), std::move(entry.sentence_stem_starts));
    for (uint32_t& stem : f.sentence_terms.values()) stem = ids.dense(stem);
    f.stem_counts = std::move(entry.stem_counts);
    for (auto& [stem, count] : f.stem_counts) stem = ids.dense(stem);
    entry.sentence_keys = {};
    entry.sentence_stems = {};
    entry.sentence_stem_starts = {};
    entry.stem_counts = {};
  });
  const dedup::StemWeights weights(features, ids.size());
  dedup::TermWeights sentence_weights(ids.size());
  for (const dedup::ArticleFeatures& f : features) {
    for (size_t s = 0; s < f.sentence_terms.size(); ++s) sentence_weights.count(f.sentence_terms[s]);
  }
  sentence_weights.finish();
  for_articles([&](uint32_t a) {
    dedup::weigh_sentences(features[a], sentence_weights);
    features[a].stem_norm = dedup::weighted_stem_norm(features[a], weights);
  });
  std::vector<std::pair<uint32_t, uint32_t>> known;
  for (const ArticlePair& pair : pairs) known.emplace_back(pair.a, pair.b);
  std::sort(known.begin(), known.end());
  // A small set is compared in full, as analyze() compares it.
  std::vector<std::pair<uint32_t, uint32_t>> candidates;
  if (n <= DedupOptions().all_pairs_up_to) {
    for (uint32_t a = 0; a < n; ++a) {
      for (uint32_t b = a + 1; b < n; ++b) candidates.emplace_back(a, b);
    }
  } else {
    candidates = dedup::topic_candidates(features, weights, parallel);
  }
  // Candidates come sorted by a: a task builds an article's alignment side once for the run of
  // pairs it leads there.
  constexpr size_t kPairsPerTask = 2048;
  const size_t pair_tasks = (candidates.size() + kPairsPerTask - 1) / kPairsPerTask;
  std::vector<std::vector<ArticlePair>> found(pair_tasks);
  run_tasks(parallel, pair_tasks, [&](size_t task) {
    std::optional<dedup::AlignmentSide> side;
    uint32_t side_of = UINT32_MAX;
    const size_t last = std::min(candidates.size(), (task + 1) * kPairsPerTask);
    for (size_t k = task * kPairsPerTask; k < last; ++k) {
      const auto [a, b] = candidates[k];
      if (std::binary_search(known.begin(), known.end(), std::make_pair(a, b))) continue;
      if (a != side_of) {
        side.emplace(features[a], weights);
        side_of = a;
      }
      const std::vector<uint64_t>& sa = entries[a].shingles;
      const std::vector<uint64_t>& sb = entries[b].shingles;
      ArticlePair pair = dedup::shingle_pair(a, b, sa, sb);
      const bool empty = sa.empty() || sb.empty();
      dedup::relate(pair, *side, features[b], !empty && sa == sb, empty, weights, sentence_weights,
                    dedup::kAlignedSentence, /*explain=*/false);
      // Copies the bands missed keep their relation; same-story pairs are left out (they do not
      // join stories, and at this scale they would outnumber everything else).
      if (pair.relation <= Relation::kRewrite) found[task].push_back(std::move(pair));
    }
  });
  for (std::vector<ArticlePair>& part : found) {
    for (ArticlePair& pair : part) pairs.push_back(std::move(pair));
    part = {};
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const ArticlePair& x, const ArticlePair& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
}

}  // namespace

void compare_corpus(std::vector<CorpusEntry>& entries, std::vector<ArticlePair>& pairs, std::vector<Story>& stories,
                    bool rewrites, const ParallelFor& parallel) {
  const auto n = static_cast<uint32_t>(entries.size());
  // Candidates from the signatures cut finer than the band keys: 4 rows a probe instead of 8,
  // so a pair meets with probability 1 - (1 - J^4)^(hashes/4): 0.99998 at Jaccard 0.75 with
  // 128 hashes, where the 16 bands of 8 rows give 0.82. Every candidate is verified on the exact
  // shingle sets, so more candidates cost time, never a wrong figure; a pair that shares all 8
  // rows of a band shares both its halves, so no band candidate is lost.
  constexpr size_t kProbeRows = 4;
  std::vector<std::vector<uint64_t>> probes(n);
  for (uint32_t a = 0; a < n; ++a) {
    const std::vector<uint32_t>& signature = entries[a].fingerprint.signature;
    for (size_t band = 0; band + kProbeRows <= signature.size(); band += kProbeRows) {
      uint64_t h = 0x9E3779B97F4A7C15ULL * (band + 1);
      for (size_t r = band; r < band + kProbeRows; ++r) {
        h ^= signature[r];
        h *= 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
      }
      probes[a].push_back(h);
    }
  }
  std::vector<const std::vector<uint64_t>*> shingles;
  std::vector<const std::vector<uint64_t>*> keys;
  for (uint32_t a = 0; a < n; ++a) {
    shingles.push_back(&entries[a].shingles);
    keys.push_back(&probes[a]);
  }
  std::vector<std::pair<uint32_t, uint32_t>> candidates;
  if (n <= DedupOptions().all_pairs_up_to) {
    // A small set is verified in full, as analyze() verifies it: a short article inside a long
    // one has a low Jaccard, which the bands cannot see, yet it is a "contains" pair.
    for (uint32_t a = 0; a < n; ++a) {
      for (uint32_t b = a + 1; b < n; ++b) candidates.emplace_back(a, b);
    }
  } else {
    candidates = dedup::band_candidates(shingles, keys);
  }
  probes = {};

  for (const auto& [a, b] : candidates) {
    const std::vector<uint64_t>& sa = entries[a].shingles;
    const std::vector<uint64_t>& sb = entries[b].shingles;
    ArticlePair pair = dedup::shingle_pair(a, b, sa, sb);
    if (sa == sb) {
      pair.relation = Relation::kIdentical;
    } else if (pair.jaccard_thousandths >= 750) {
      pair.relation = Relation::kNearDuplicate;
    } else if (std::max(pair.a_in_b_thousandths, pair.b_in_a_thousandths) >= 800) {
      pair.relation = Relation::kContains;
      pair.container = pair.a_in_b_thousandths >= pair.b_in_a_thousandths ? b : a;
    } else {
      continue;  // a band collision below the lines: not reported
    }
    pairs.push_back(std::move(pair));
  }

  if (rewrites) find_rewrites(entries, pairs, parallel);

  dedup::UnionFind groups(n);
  for (const ArticlePair& pair : pairs) groups.join(pair.a, pair.b);
  std::vector<uint32_t> story_of(n, UINT32_MAX);
  for (uint32_t a = 0; a < n; ++a) {
    const uint32_t root = groups.find(a);
    if (story_of[root] == UINT32_MAX) {
      story_of[root] = static_cast<uint32_t>(stories.size());
      Story story;
      story.id = story_of[root];
      story.source = a;
      stories.push_back(story);
    }
    story_of[a] = story_of[root];
    Story& story = stories[story_of[a]];
    story.members.push_back(a);
    const CorpusEntry& current = entries[story.source];
    const CorpusEntry& candidate = entries[a];
    const bool earlier = !candidate.published.empty() &&
                         (current.published.empty() || candidate.published < current.published);
    const bool larger = current.published.empty() && candidate.published.empty() &&
                        candidate.shingles.size() > current.shingles.size();
    if (earlier || larger) story.source = a;
  }
  for (Story& story : stories) {
    story.source_reason = story.members.size() == 1 ? "the only article of its story"
                          : !entries[story.source].published.empty()
                              ? "earliest publication (" + entries[story.source].published + ")"
                              : "the most complete member (most shingles)";
  }
}

}  // namespace newsprism
