#include "entities/aliases.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/spans.hpp"
#include "entities/words.hpp"

namespace newsprism::entities {
namespace {

// ---------------------------------------------------------------------------------------------
// Titles.

// Titles and honorifics, as words; a final period on a word is optional ("Mr" and "Mr.").
constexpr std::string_view kTitles[] = {
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Premier", "Vice Premier",
    "Chancellor", "Minister", "Foreign Minister", "Finance Minister", "Defence Minister", "Defense Minister",
    "Secretary", "Secretary of State", "Defense Secretary", "Defence Secretary", "Treasury Secretary",
    "Home Secretary", "Foreign Secretary", "Secretary-General", "Secretary General", "Attorney General",
    "Senator", "Sen", "Rep", "Representative", "Congressman", "Congresswoman", "Gov", "Governor", "Mayor",
    "Judge", "Justice", "Chief Justice", "King", "Queen", "Prince", "Princess", "Crown Prince", "Pope",
    "Rev", "Reverend", "Father", "Sister", "Rabbi", "Imam", "Sheikh", "Archbishop", "Bishop", "Gen", "General",
    "Col", "Colonel", "Lt", "Lieutenant", "Capt", "Captain", "Sgt", "Sergeant", "Adm", "Admiral", "Maj",
    "Major", "Cpl", "Ambassador", "Commissioner", "Speaker", "Chairman", "Chairwoman", "Chairperson", "Chair",
    "Vice Chairman", "CEO", "CFO", "CTO", "COO", "Chief Executive", "Chief Executive Officer",
    "Chief Financial Officer", "Chief Technology Officer", "Chief Operating Officer", "Founder", "Co-founder",
    "Cofounder", "Director", "Managing Director", "Executive Director", "Inspector", "Detective",
    "Superintendent", "Coach", "Spokesman", "Spokeswoman", "Spokesperson", "Analyst", "Economist", "Professor"};

bool title_word_equals(std::string_view token, std::string_view word) {
  if (!token.empty() && token.back() == '.') token.remove_suffix(1);
  return iequals(token, word);
}

// Number of tokens of the longest title that occupies tokens [first, first + n) exactly, for
// some n <= limit, matched from `first` forwards; 0 when none.
uint32_t title_forward(const Article& article, uint32_t first, uint32_t limit) {
  uint32_t best = 0;
  for (std::string_view title : kTitles) {
    uint32_t n = 0;
    bool ok = true;
    size_t pos = 0;
    while (pos <= title.size()) {
      size_t space = title.find(' ', pos);
      std::string_view word = title.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
      if (n >= limit || !title_word_equals(token_text(article, first + n), word)) {
        ok = false;
        break;
      }
      ++n;
      if (space == std::string_view::npos) break;
      pos = space + 1;
    }
    if (ok && n > best) best = n;
  }
  return best;
}

// The longest title that ends right before token `end` and starts at or after `floor`.
uint32_t title_backward(const Article& article, uint32_t end, uint32_t floor) {
  uint32_t best = 0;
  for (uint32_t n = 1; n <= 4 && n <= end - floor; ++n) {
    if (title_forward(article, end - n, n) == n) best = n;
  }
  return best;
}

std::string text_between(const Article& article, uint32_t first_token, uint32_t count) {
  const TextRange& a = article.tokens[first_token].range;
  const TextRange& b = article.tokens[first_token + count - 1].range;
  return article.text.substr(a.start, b.end - a.start);
}

// ---------------------------------------------------------------------------------------------
// Names as words.

bool is_name_type(EntityType type) {
  return type == EntityType::kPerson || type == EntityType::kOrganization || type == EntityType::kLocation ||
         type == EntityType::kMisc;
}

std::string mention_text(const Article& article, const Mention& mention) {
  if (mention.span.end > article.text.size() || mention.span.start > mention.span.end) return {};
  std::string out;
  bool space = false;
  for (size_t i = mention.span.start; i < mention.span.end; ++i) {
    const char c = article.text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> split_words(std::string_view key) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < key.size()) {
    size_t space = key.find(' ', pos);
    if (space == std::string_view::npos) space = key.size();
    if (space > pos) words.emplace_back(key.substr(pos, space - pos));
    pos = space + 1;
  }
  return words;
}

// How names compare: ASCII case, periods and the apostrophe's form ignored, so "Gregory C.
// Allen" and "Gregory C Allen", "O’Brien" and "O'Brien" are one key.
std::string name_key(std::string_view surface) {
  std::string out;
  out.reserve(surface.size());
  for (size_t i = 0; i < surface.size(); ++i) {
    if (surface[i] == '.') continue;
    if (surface.substr(i, 3) == "\xE2\x80\x99") {
      out.push_back('\'');
      i += 2;
      continue;
    }
    out.push_back(ascii_lower(surface[i]));
  }
  return out;
}

struct Equivalent {
  std::string_view surface;
  bool exact_case;
  std::string_view canonical;
};

// Common equivalent names. Short forms are matched case-sensitively so "us" and "who" stay words.
constexpr Equivalent kEquivalents[] = {
    {"US", true, "United States"},          {"U.S.", true, "United States"},
    {"U.S", true, "United States"},         {"USA", true, "United States"},
    {"U.S.A.", true, "United States"},      {"United States of America", false, "United States"},
    {"the United States", false, "United States"}, {"America", true, "United States"},
    {"UK", true, "United Kingdom"},         {"U.K.", true, "United Kingdom"},
    {"Britain", true, "United Kingdom"},    {"Great Britain", false, "United Kingdom"},
    {"the United Kingdom", false, "United Kingdom"},
    {"EU", true, "European Union"},         {"E.U.", true, "European Union"},
    {"the European Union", false, "European Union"},
    {"UN", true, "United Nations"},         {"U.N.", true, "United Nations"},
    {"the United Nations", false, "United Nations"},
    {"UAE", true, "United Arab Emirates"},  {"U.A.E.", true, "United Arab Emirates"},
    {"PRC", true, "China"},                 {"People's Republic of China", false, "China"},
    {"Mainland China", false, "China"},     {"DPRK", true, "North Korea"},
    {"ROK", true, "South Korea"},           {"Republic of Korea", false, "South Korea"},
    {"USSR", true, "Soviet Union"},         {"U.S.S.R.", true, "Soviet Union"},
    {"Russian Federation", false, "Russia"}, {"NYC", true, "New York City"},
    {"Fed", true, "Federal Reserve"},       {"the Fed", false, "Federal Reserve"},
    {"US Federal Reserve", false, "Federal Reserve"}, {"U.S. Federal Reserve", false, "Federal Reserve"},
    {"WHO", true, "World Health Organization"}, {"World Health Organisation", false, "World Health Organization"},
    {"IMF", true, "International Monetary Fund"}, {"NATO", true, "North Atlantic Treaty Organization"},
    {"Nato", true, "North Atlantic Treaty Organization"}, {"OPEC", true, "Organization of the Petroleum Exporting Countries"},
    {"ECB", true, "European Central Bank"}, {"WTO", true, "World Trade Organization"},
    {"FBI", true, "Federal Bureau of Investigation"}, {"CIA", true, "Central Intelligence Agency"},
    {"NASA", true, "National Aeronautics and Space Administration"}, {"Beeb", true, "BBC"}};

// The canonical name of a known equivalent, or empty.
std::string_view canonical_equivalent(std::string_view surface) {
  for (const Equivalent& e : kEquivalents) {
    if (e.exact_case ? surface == e.surface : iequals(surface, e.surface)) return e.canonical;
  }
  for (const Equivalent& e : kEquivalents) {
    if (iequals(surface, e.canonical)) return e.canonical;
  }
  return {};
}

constexpr std::string_view kInitialsSkip[] = {"and", "of", "the", "for", "&", "de", "du", "des", "la", "le", "on", "in"};

bool in_skip(std::string_view word) {
  for (std::string_view s : kInitialsSkip) {
    if (iequals(word, s)) return true;
  }
  return false;
}

// Upper-case initials of a multi-word name, function words left out ("SEC"); empty for one word.
std::string initials(const std::vector<std::string>& words) {
  if (words.size() < 2) return {};
  std::string out;
  for (const std::string& w : words) {
    if (in_skip(w) || w.empty()) continue;
    const char c = w[0];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
    out.push_back(static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c));
  }
  return out.size() >= 2 ? out : std::string();
}

// The letters of an acronym ("SEC", "S.E.C."), or empty when `surface` is not one.
std::string acronym_letters(std::string_view surface) {
  std::string out;
  for (char c : surface) {
    if (c == '.') continue;
    if (!is_ascii_upper(c)) return {};
    out.push_back(c);
  }
  return out.size() >= 2 && out.size() <= 8 ? out : std::string();
}

// True when `part` (fewer words) is a short form of `full` for names of `type`.
bool is_short_form(EntityType type, const std::vector<std::string>& part, const std::vector<std::string>& full) {
  if (part.empty() || part.size() >= full.size()) return false;
  bool all_initials = true;
  for (const std::string& w : part) {
    if (!(w.size() <= 2 && (w.size() == 1 || w[1] == '.'))) all_initials = false;
  }
  if (all_initials) return false;
  if (type == EntityType::kPerson) {
    // The part's words in order, including the full name's first or last word.
    size_t j = 0;
    bool first = false, last = false;
    for (size_t i = 0; i < full.size() && j < part.size(); ++i) {
      if (full[i] == part[j]) {
        if (i == 0) first = true;
        if (i + 1 == full.size()) last = true;
        ++j;
      }
    }
    return j == part.size() && (first || last);
  }
  if (type == EntityType::kOrganization || type == EntityType::kLocation) {
    for (size_t i = 0; i < part.size(); ++i) {
      if (part[i] != full[i]) return false;
    }
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Union-find over indexes.

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t find(uint32_t x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
  // Joins the sets; the smaller root index stays the root, so the result is order-independent.
  void join(uint32_t a, uint32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (a < b) parent[b] = a;
    else parent[a] = b;
  }
};

// How many candidates a short form or acronym looks at: enough for any real article, and a bound
// on time for pathological ones.
constexpr size_t kCandidateCap = 64;

// A cluster of one article: mentions with the same type and key.
struct Cluster {
  EntityType type;
  std::string key;
  std::vector<std::string> words;
  std::vector<uint32_t> mentions;  // in text order
};

// Whether `a` is a better canonical form than `b`: more words, longer, mixed case, byte order.
bool fuller(const std::string& a, const std::string& b) {
  const size_t wa = static_cast<size_t>(std::count(a.begin(), a.end(), ' '));
  const size_t wb = static_cast<size_t>(std::count(b.begin(), b.end(), ' '));
  if (wa != wb) return wa > wb;
  if (a.size() != b.size()) return a.size() > b.size();
  auto has_lower = [](const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  if (has_lower(a) != has_lower(b)) return has_lower(a);
  return a < b;
}

struct GlobalEntity {
  EntityType type = EntityType::kMisc;
  std::string key;
  std::vector<std::string> words;
  std::string value;
  std::string canonical;  // from the table of equivalents, else empty
  bool pattern = false;
  // (article index, mention index) of every mention.
  std::vector<std::pair<uint32_t, uint32_t>> mentions;
};

}  // namespace

void split_titles(Article& article) {
  const uint32_t token_total = static_cast<uint32_t>(article.tokens.size());
  for (Mention& mention : article.mentions) {
    if (mention.type != EntityType::kPerson || mention.token_count == 0) continue;
    if (mention.first_token + mention.token_count > token_total) continue;
    // A title inside the mention, at its start: the name shrinks to what follows.
    const uint32_t inside = title_forward(article, mention.first_token, mention.token_count - 1);
    if (inside > 0) {
      mention.title = text_between(article, mention.first_token, inside);
      mention.first_token += inside;
      mention.token_count -= inside;
      const TextRange& first = article.tokens[mention.first_token].range;
      const uint32_t end = std::max(mention.span.end, first.end);
      const uint32_t end_utf16 = std::max(mention.span.end_utf16, first.end_utf16);
      mention.span = article_span(article, first.start, end, first.start_utf16, end_utf16);
      continue;
    }
    // A title right before it, in the same sentence.
    uint32_t floor = 0;
    if (mention.sentence < article.sentences.size()) floor = article.sentences[mention.sentence].first_token;
    if (floor > mention.first_token) continue;
    const uint32_t before = title_backward(article, mention.first_token, floor);
    if (before > 0) mention.title = text_between(article, mention.first_token - before, before);
  }
}

void link_entities(Report& report) {
  report.entities.clear();
  std::vector<GlobalEntity> globals;
  std::map<std::pair<EntityType, std::string>, uint32_t> global_by_key;

  auto global_for = [&](EntityType type, const std::string& key) -> uint32_t {
    auto [it, inserted] = global_by_key.emplace(std::make_pair(type, key), static_cast<uint32_t>(globals.size()));
    if (inserted) {
      GlobalEntity g;
      g.type = type;
      g.key = key;
      g.words = split_words(key);
      globals.push_back(std::move(g));
    }
    return it->second;
  };

  for (uint32_t a = 0; a < report.articles.size(); ++a) {
    Article& article = report.articles[a];
    const uint32_t count = static_cast<uint32_t>(article.mentions.size());
    std::vector<std::string> surfaces(count);
    std::vector<int32_t> cluster_of(count, -1);
    std::vector<Cluster> clusters;
    std::map<std::pair<EntityType, std::string>, uint32_t> cluster_by_key;

    for (uint32_t m = 0; m < count; ++m) {
      const Mention& mention = article.mentions[m];
      surfaces[m] = mention_text(article, mention);
      if (!is_name_type(mention.type)) {
        const std::string key = mention.value.empty() ? ascii_lowered(surfaces[m]) : mention.value;
        const uint32_t g = global_for(mention.type, key);
        globals[g].pattern = true;
        globals[g].value = mention.value;
        globals[g].mentions.push_back({a, m});
        continue;
      }
      std::string_view canonical = canonical_equivalent(surfaces[m]);
      const std::string key = name_key(canonical.empty() ? std::string_view(surfaces[m]) : canonical);
      auto [it, inserted] =
          cluster_by_key.emplace(std::make_pair(mention.type, key), static_cast<uint32_t>(clusters.size()));
      if (inserted) clusters.push_back(Cluster{mention.type, key, split_words(key), {}});
      clusters[it->second].mentions.push_back(m);
      cluster_of[m] = static_cast<int32_t>(it->second);
    }

    // Short forms and acronyms link to a longer cluster of the same type.
    std::map<std::pair<EntityType, std::string>, std::vector<uint32_t>> by_word;  // multi-word clusters
    std::map<std::pair<EntityType, std::string>, std::vector<uint32_t>> by_initials;
    for (uint32_t c = 0; c < clusters.size(); ++c) {
      if (clusters[c].words.size() < 2) continue;
      std::vector<std::string> seen;
      for (const std::string& w : clusters[c].words) {
        if (std::find(seen.begin(), seen.end(), w) != seen.end()) continue;
        seen.push_back(w);
        by_word[{clusters[c].type, w}].push_back(c);
      }
      std::string letters = initials(clusters[c].words);
      if (!letters.empty()) by_initials[{clusters[c].type, letters}].push_back(c);
    }
    // The candidate cluster nearest before mention `m` (else after it).
    auto nearest = [&](uint32_t m, const std::vector<uint32_t>& candidates) -> int32_t {
      int32_t best_before = -1, best_after = -1;
      uint32_t before_at = 0, after_at = UINT32_MAX;
      for (uint32_t c : candidates) {
        const std::vector<uint32_t>& ms = clusters[c].mentions;
        auto it = std::lower_bound(ms.begin(), ms.end(), m);
        if (it != ms.begin() && *(it - 1) + 1 > before_at) {
          before_at = *(it - 1) + 1;
          best_before = static_cast<int32_t>(c);
        }
        if (it != ms.end() && *it < after_at) {
          after_at = *it;
          best_after = static_cast<int32_t>(c);
        }
      }
      return best_before >= 0 ? best_before : best_after;
    };
    // The candidates of a list (clusters in order of first appearance) worth looking at for
    // mention `m`: those first seen just before it, and a few after.
    auto window = [&](const std::vector<uint32_t>& list, uint32_t m) -> std::pair<size_t, size_t> {
      auto it = std::upper_bound(list.begin(), list.end(), m,
                                 [&](uint32_t value, uint32_t c) { return value < clusters[c].mentions.front(); });
      const size_t split = static_cast<size_t>(it - list.begin());
      const size_t from = split > kCandidateCap ? split - kCandidateCap : 0;
      const size_t to = std::min(list.size(), split + kCandidateCap / 4);
      return {from, to};
    };
    // Each mention's own target: mentions of one short cluster may go to different full names.
    std::vector<int32_t> target(count, -1);
    for (uint32_t m = 0; m < count; ++m) {
      if (cluster_of[m] < 0) continue;
      const Cluster& cluster = clusters[static_cast<size_t>(cluster_of[m])];
      const Mention& mention = article.mentions[m];
      // "Securities and Exchange Commission (SEC)": the bracketed name right after another.
      const uint32_t first = mention.first_token;
      if (first >= 2 && token_text(article, first - 1) == "(" && m > 0) {
        for (uint32_t p = m; p-- > 0 && p + 8 > m;) {
          const Mention& prior = article.mentions[p];
          if (prior.first_token + prior.token_count == first - 1 && prior.type == mention.type && cluster_of[p] >= 0 &&
              cluster_of[p] != cluster_of[m]) {
            target[m] = cluster_of[p];
            break;
          }
        }
        if (target[m] >= 0) continue;
      }
      std::vector<uint32_t> candidates;
      const std::string letters = cluster.words.size() == 1 ? acronym_letters(surfaces[m]) : std::string();
      if (!letters.empty()) {
        auto it = by_initials.find({cluster.type, letters});
        if (it != by_initials.end()) {
          const auto [from, to] = window(it->second, m);
          for (size_t i = from; i < to; ++i) candidates.push_back(it->second[i]);
        }
      }
      if (candidates.empty() && !cluster.words.empty()) {
        auto it = by_word.find({cluster.type, cluster.words[0]});
        if (it != by_word.end()) {
          const std::vector<uint32_t>& list = it->second;
          const auto [from, to] = window(list, m);
          for (size_t i = from; i < to; ++i) {
            if (is_short_form(cluster.type, cluster.words, clusters[list[i]].words)) candidates.push_back(list[i]);
          }
        }
      }
      if (!candidates.empty()) target[m] = nearest(m, candidates);
    }
    // A mention linked elsewhere leaves its cluster; the rest of the cluster joins the target
    // of its first linked mention, so "Liang" ... "Mr. Liang" all follow "Liang Wenfeng".
    std::vector<int32_t> cluster_target(clusters.size(), -1);
    for (uint32_t m = 0; m < count; ++m) {
      if (target[m] < 0 || cluster_of[m] < 0) continue;
      int32_t& t = cluster_target[static_cast<size_t>(cluster_of[m])];
      if (t < 0) t = target[m];
    }
    std::vector<uint32_t> final_cluster(count, 0);
    for (uint32_t m = 0; m < count; ++m) {
      if (cluster_of[m] < 0) continue;
      int32_t c = target[m] >= 0 ? target[m] : cluster_target[static_cast<size_t>(cluster_of[m])];
      if (c < 0) c = cluster_of[m];
      // Follow chains ("Liang" -> "Liang Wenfeng" -> nothing), a few steps at most.
      for (int step = 0; step < 4 && cluster_target[static_cast<size_t>(c)] >= 0 &&
                         cluster_target[static_cast<size_t>(c)] != c;
           ++step) {
        c = cluster_target[static_cast<size_t>(c)];
      }
      final_cluster[m] = static_cast<uint32_t>(c);
    }
    for (uint32_t m = 0; m < count; ++m) {
      if (cluster_of[m] < 0) continue;
      const Cluster& c = clusters[final_cluster[m]];
      const uint32_t g = global_for(c.type, c.key);
      globals[g].mentions.push_back({a, m});
      std::string_view canonical = canonical_equivalent(surfaces[m]);
      if (!canonical.empty() && name_key(canonical) == c.key) globals[g].canonical = std::string(canonical);
    }
  }

  // Across articles: a short form merges into the one longer entity it fits, if only one does.
  UnionFind merged(globals.size());
  {
    std::map<std::pair<EntityType, std::string>, std::vector<uint32_t>> by_word;
    std::map<std::pair<EntityType, std::string>, std::vector<uint32_t>> by_initials;
    for (uint32_t g = 0; g < globals.size(); ++g) {
      if (globals[g].pattern || globals[g].words.size() < 2) continue;
      std::string letters = initials(globals[g].words);
      if (!letters.empty()) by_initials[{globals[g].type, letters}].push_back(g);
      std::vector<std::string> seen;
      for (const std::string& w : globals[g].words) {
        if (std::find(seen.begin(), seen.end(), w) != seen.end()) continue;
        seen.push_back(w);
        by_word[{globals[g].type, w}].push_back(g);
      }
    }
    std::vector<uint32_t> order(globals.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
      if (globals[x].words.size() != globals[y].words.size()) return globals[x].words.size() > globals[y].words.size();
      return x < y;
    });
    for (uint32_t g : order) {
      const GlobalEntity& entity = globals[g];
      if (entity.pattern || entity.words.empty() || !entity.canonical.empty()) continue;
      // An acronym ("SEC") whose organization is spelled out only elsewhere, in one way.
      if (entity.words.size() == 1 && entity.type == EntityType::kOrganization) {
        const auto& [article, mention] = entity.mentions.front();
        const Article& source = report.articles[article];
        const std::string letters = acronym_letters(mention_text(source, source.mentions[mention]));
        auto found = letters.empty() ? by_initials.end() : by_initials.find({entity.type, letters});
        if (found != by_initials.end() && found->second.size() == 1) {
          merged.join(g, found->second.front());
          continue;
        }
      }
      auto it = by_word.find({entity.type, entity.words[0]});
      if (it == by_word.end() || it->second.size() > kCandidateCap) continue;
      int64_t root = -1;
      bool ambiguous = false;
      for (uint32_t other : it->second) {
        if (other == g || !is_short_form(entity.type, entity.words, globals[other].words)) continue;
        const uint32_t r = merged.find(other);
        if (root >= 0 && static_cast<uint32_t>(root) != r) ambiguous = true;
        root = r;
      }
      if (root >= 0 && !ambiguous) merged.join(g, static_cast<uint32_t>(root));
    }
  }

  // Build the entities: one per root, with its name, aliases and counts.
  std::vector<int64_t> entity_of_root(globals.size(), -1);
  std::vector<std::vector<uint32_t>> members;
  for (uint32_t g = 0; g < globals.size(); ++g) {
    const uint32_t r = merged.find(g);
    if (entity_of_root[r] < 0) {
      entity_of_root[r] = static_cast<int64_t>(members.size());
      members.emplace_back();
    }
    members[static_cast<size_t>(entity_of_root[r])].push_back(g);
  }
  struct Built {
    Entity entity;
    std::pair<uint32_t, uint32_t> first{UINT32_MAX, UINT32_MAX};
    std::vector<std::pair<uint32_t, uint32_t>> mentions;
  };
  std::vector<Built> built;
  built.reserve(members.size());
  for (const std::vector<uint32_t>& group : members) {
    Built b;
    const GlobalEntity& head = globals[group[0]];
    b.entity.type = head.type;
    b.entity.value = head.value;
    std::string canonical;
    std::vector<std::string> forms;
    for (uint32_t g : group) {
      if (!globals[g].canonical.empty() && (canonical.empty() || fuller(globals[g].canonical, canonical))) {
        canonical = globals[g].canonical;
      }
      for (const auto& [article, mention] : globals[g].mentions) {
        b.mentions.push_back({article, mention});
        const Article& source = report.articles[article];
        forms.push_back(mention_text(source, source.mentions[mention]));
      }
    }
    std::sort(b.mentions.begin(), b.mentions.end());
    b.first = b.mentions.front();
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    std::string name = canonical;
    if (name.empty()) {
      for (const std::string& f : forms) {
        if (name.empty() || fuller(f, name)) name = f;
      }
    }
    for (std::string& f : forms) {
      if (f != name) b.entity.aliases.push_back(std::move(f));
    }
    b.entity.name = std::move(name);
    b.entity.mentions = static_cast<uint32_t>(b.mentions.size());
    for (const auto& [article, mention] : b.mentions) {
      const uint32_t id = report.articles[article].id;
      if (b.entity.articles.empty() || b.entity.articles.back().article != id) {
        b.entity.articles.push_back({id, 0});
      }
      ++b.entity.articles.back().mentions;
    }
    built.push_back(std::move(b));
  }
  std::sort(built.begin(), built.end(), [](const Built& x, const Built& y) {
    if (x.entity.type != y.entity.type) return x.entity.type < y.entity.type;
    if (x.entity.mentions != y.entity.mentions) return x.entity.mentions > y.entity.mentions;
    if (x.entity.name != y.entity.name) return x.entity.name < y.entity.name;
    if (x.entity.value != y.entity.value) return x.entity.value < y.entity.value;
    return x.first < y.first;
  });
  report.entities.reserve(built.size());
  for (Built& b : built) {
    b.entity.id = static_cast<uint32_t>(report.entities.size());
    for (const auto& [article, mention] : b.mentions) report.articles[article].mentions[mention].entity = b.entity.id;
    report.entities.push_back(std::move(b.entity));
  }
}

}  // namespace newsprism::entities
