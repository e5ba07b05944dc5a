// Corpus mode: many inputs, memory bounded by fingerprints and shingle sets instead of texts.
#include <algorithm>

#include "dedup/candidates.hpp"
#include "dedup/features.hpp"
#include "dedup/minhash.hpp"
#include "newsprism/dedup.hpp"

namespace newsprism {

Result<std::vector<CorpusEntry>> corpus_entries(const Input& input, const Options& options) {
  Options single = options;
  single.dedup.compare = false;
  single.entities = false;  // corpus mode compares texts, not who they name
  Result<Report> report = analyze(std::span<const Input>(&input, 1), single);
  if (!report.ok()) return report.error();
  const std::vector<uint32_t> coefficients =
      dedup::minhash_coefficients({options.dedup.hashes, options.dedup.bands, options.dedup.seed});
  dedup::StemTable stems;
  std::vector<CorpusEntry> entries;
  std::vector<Article>& articles = report.value().articles;
  for (size_t k = 0; k < articles.size(); ++k) {
    Article& article = articles[k];
    dedup::ArticleFeatures features = dedup::compute_features(article, options.dedup, coefficients, stems, false);
    CorpusEntry entry;
    entry.id = !article.metadata.record_id.empty() ? article.metadata.record_id
               : articles.size() == 1              ? std::string(input.source)
                                                   : std::string(input.source) + "#" + std::to_string(k + 1);
    const std::string& date = article.metadata.published;
    if (date.size() >= 10 && date[4] == '-') entry.published = date;
    entry.shingles = std::move(features.shingles);
    entry.fingerprint = std::move(article.fingerprint);
    entries.push_back(std::move(entry));
  }
  return entries;
}

void compare_corpus(const std::vector<CorpusEntry>& entries, std::vector<ArticlePair>& pairs,
                    std::vector<Story>& stories) {
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
  const std::vector<std::pair<uint32_t, uint32_t>> candidates = dedup::band_candidates(shingles, keys);
  probes = {};

  for (const auto& [a, b] : candidates) {
    const std::vector<uint64_t>& sa = entries[a].shingles;
    const std::vector<uint64_t>& sb = entries[b].shingles;
    const uint64_t shared = dedup::count_shared(sa, sb);
    ArticlePair pair;
    pair.a = a;
    pair.b = b;
    pair.jaccard_thousandths = dedup::ratio_thousandths(shared, sa.size() + sb.size() - shared);
    pair.a_in_b_thousandths = dedup::ratio_thousandths(shared, sa.size());
    pair.b_in_a_thousandths = dedup::ratio_thousandths(shared, sb.size());
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
