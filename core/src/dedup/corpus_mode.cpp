// Corpus mode: many inputs, memory bounded by fingerprints and shingle sets instead of texts.
#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "dedup/features.hpp"
#include "dedup/minhash.hpp"
#include "newsprism/dedup.hpp"

namespace newsprism {
namespace {

uint32_t ratio(uint64_t part, uint64_t whole) {
  return whole == 0 ? 0 : static_cast<uint32_t>((part * 1000 + whole / 2) / whole);
}

uint32_t find_root(std::vector<uint32_t>& parent, uint32_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

}  // namespace

Result<std::vector<CorpusEntry>> corpus_entries(const Input& input, const Options& options) {
  Options single = options;
  single.dedup.compare = false;
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
  std::vector<std::pair<uint32_t, uint32_t>> candidates;
  std::unordered_map<uint64_t, uint32_t> first_copy;
  std::vector<uint8_t> is_copy(n, 0);
  for (uint32_t a = 0; a < n; ++a) {
    if (entries[a].shingles.empty()) continue;
    uint64_t h = entries[a].shingles.size();
    for (uint64_t s : entries[a].shingles) h = (h ^ s) * 0x100000001B3ULL;
    auto [it, inserted] = first_copy.emplace(h, a);
    if (!inserted && entries[it->second].shingles == entries[a].shingles) {
      candidates.emplace_back(it->second, a);
      is_copy[a] = 1;
    }
  }
  std::unordered_map<uint64_t, std::vector<uint32_t>> buckets;
  for (uint32_t a = 0; a < n; ++a) {
    if (is_copy[a] || entries[a].shingles.empty()) continue;
    for (uint64_t key : entries[a].fingerprint.band_keys) {
      std::vector<uint32_t>& bucket = buckets[key];
      const size_t from = bucket.size() > 16 ? bucket.size() - 16 : 0;
      for (size_t k = from; k < bucket.size(); ++k) candidates.emplace_back(bucket[k], a);
      bucket.push_back(a);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  for (const auto& [a, b] : candidates) {
    const std::vector<uint64_t>& sa = entries[a].shingles;
    const std::vector<uint64_t>& sb = entries[b].shingles;
    const uint64_t shared = dedup::count_shared(sa, sb);
    ArticlePair pair;
    pair.a = a;
    pair.b = b;
    pair.jaccard_thousandths = ratio(shared, sa.size() + sb.size() - shared);
    pair.a_in_b_thousandths = ratio(shared, sa.size());
    pair.b_in_a_thousandths = ratio(shared, sb.size());
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

  std::vector<uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  for (const ArticlePair& pair : pairs) {
    const uint32_t x = find_root(parent, pair.a);
    const uint32_t y = find_root(parent, pair.b);
    if (x != y) parent[std::max(x, y)] = std::min(x, y);
  }
  std::vector<uint32_t> story_of(n, UINT32_MAX);
  for (uint32_t a = 0; a < n; ++a) {
    const uint32_t root = find_root(parent, a);
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
