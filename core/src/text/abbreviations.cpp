// Word tables for sentence splitting, looked up through hash sets built at compile time.
#include "text/abbreviations.hpp"

#include <array>
#include <iterator>

namespace newsprism::text {
namespace {

struct Abbreviation {
  std::string_view word;
  AbbreviationKind kind;
};

constexpr AbbreviationKind N = AbbreviationKind::kNeverEnds;
constexpr AbbreviationKind B = AbbreviationKind::kBeforeNumber;
constexpr AbbreviationKind E = AbbreviationKind::kMayEnd;

// "May" is absent on purpose: it is a month and a verb without a period.
// Titles never end a sentence because a name follows them; company suffixes, months, days,
// streets, U.S. states (AP style) and "etc." often do, so they wait for a sentence starter.
constexpr Abbreviation kAbbreviations[] = {
    {"Adm", N},   {"Ala", E},   {"Apr", E},  {"Ariz", E}, {"Ark", E},  {"Art", B},    {"Assn", E},
    {"Asst", N},  {"Aug", E},   {"Ave", E},  {"Bldg", E}, {"Blvd", E}, {"Brig", N},   {"Bros", E},
    {"Calif", E}, {"Capt", N},  {"Ch", B},   {"Cmdr", N}, {"Co", E},   {"Col", N},    {"Colo", E},
    {"Conn", E},  {"Corp", E},  {"Cos", E},  {"Cpl", N},  {"Cpt", N},  {"Dec", E},    {"Del", E},
    {"Dept", E},  {"Det", N},   {"Dr", N},   {"Esq", E},  {"Feb", E},  {"Fig", B},    {"Fla", E},
    {"Fr", N},    {"Fri", E},   {"Ft", N},   {"Ga", E},   {"Gen", N},  {"Gov", N},    {"Govt", E},
    {"Hon", N},   {"Hwy", E},   {"Ill", E},  {"Inc", E},  {"Ind", E},  {"Insp", N},   {"Jan", E},
    {"Jr", E},    {"Jul", E},   {"Jun", E},  {"Kan", E},  {"Ky", E},   {"La", E},     {"Lt", N},
    {"Ltd", E},   {"Maj", N},   {"Mar", E},  {"Mass", E}, {"Md", E},   {"Messrs", N}, {"Mich", E},
    {"Minn", E},  {"Miss", E},  {"Mlle", N}, {"Mme", N},  {"Mo", E},   {"Mon", E},    {"Mont", E},
    {"Mr", N},    {"Mrs", N},   {"Ms", N},   {"Msgr", N}, {"Mt", N},   {"Mx", N},     {"Neb", E},
    {"Nev", E},   {"No", B},    {"Nos", B},  {"Nov", E},  {"Oct", E},  {"Okla", E},   {"Op", B},
    {"Ore", E},   {"Pa", E},    {"Pfc", N},  {"Ph", N},   {"Pl", E},   {"Pres", N},   {"Prof", N},
    {"Pt", B},    {"Pvt", N},   {"Rd", E},   {"Rep", N},  {"Reps", N}, {"Rev", N},    {"Sat", E},
    {"Sec", B},   {"Sen", N},   {"Sens", N}, {"Sep", E},  {"Sept", E}, {"Sgt", N},    {"Sr", E},
    {"St", E},    {"Ste", E},   {"Sun", E},  {"Supt", N}, {"Tenn", E}, {"Tex", E},    {"Thu", E},
    {"Thur", E},  {"Thurs", E}, {"Tue", E},  {"Tues", E}, {"Univ", E}, {"Va", E},     {"Vol", B},
    {"Vt", E},    {"Wash", E},  {"Wed", E},  {"Wis", E},  {"Wyo", E},  {"al", E},     {"approx", N},
    {"ca", N},    {"cf", N},    {"dept", E}, {"est", E},  {"etc", E},  {"ft", E},     {"incl", N},
    {"lb", E},    {"lbs", E},   {"mi", E},   {"min", E},  {"mln", E},  {"mn", E},     {"no", B},
    {"oz", E},    {"p", B},     {"pp", B},   {"sq", N},   {"viz", N},  {"vol", B},    {"vs", N},
};

constexpr std::string_view kSentenceStarters[] = {
    "A",       "According", "After",   "Also",   "Although", "An",    "And",     "Another", "Any",
    "As",      "At",        "Because", "Before", "But",      "By",    "Despite", "During",  "Each",
    "Earlier", "Even",      "Every",   "For",    "From",     "He",    "Her",     "Here",    "His",
    "How",     "However",   "I",       "If",     "In",       "It",    "Its",     "Last",    "Later",
    "Many",    "Meanwhile", "More",    "Most",   "My",       "Now",   "On",      "One",     "Only",
    "Other",   "Our",       "She",     "Since",  "Some",     "Still", "Such",    "That",    "The",
    "Their",   "Then",      "There",   "These",  "They",     "This",  "Those",   "Though",  "Thus",
    "To",      "Under",     "We",      "What",   "When",     "Where", "Which",   "While",   "Who",
    "Why",     "With",      "Yet",     "You",    "Your",
};

constexpr std::string_view kTopLevelDomains[] = {
    // "in", "it" and "us" are left out: glued lowercase words ("it.is") would become URLs.
    "ai",  "app",  "au", "biz", "ca", "cn",   "co", "com", "de", "dev",
    "edu", "eu",   "fr", "gov", "hk", "info", "io", "jp",  "kr", "mil",
    "net", "news", "nl", "org", "ru", "sg",   "tv", "tw",  "uk",
};

// Open-addressing hash sets built at compile time, so a lookup is one hash over a few bytes and
// usually one comparison: these lookups run at every period, and a binary search over strings
// showed up in profiles. The hash is fixed (FNV-1a), so lookups are the same on every target.
constexpr uint32_t hash_word(std::string_view word) {
  uint32_t hash = 2166136261u;
  for (char c : word) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash;
}

constexpr bool same_word(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// Slot i holds 1 + the index of the word stored there, or 0 when empty. `word_at(i)` gives the
// i-th word of the source table.
template <size_t kSlots, size_t kCount, typename WordAt>
constexpr std::array<uint16_t, kSlots> build_word_set(WordAt word_at) {
  static_assert((kSlots & (kSlots - 1)) == 0 && kSlots >= 2 * kCount, "keep the load low");
  std::array<uint16_t, kSlots> slots{};
  for (size_t i = 0; i < kCount; ++i) {
    size_t slot = hash_word(word_at(i)) & (kSlots - 1);
    while (slots[slot] != 0) slot = (slot + 1) & (kSlots - 1);
    slots[slot] = static_cast<uint16_t>(i + 1);
  }
  return slots;
}

// The index of `word` in the source table, or -1.
template <size_t kSlots, typename WordAt>
int find_word(const std::array<uint16_t, kSlots>& slots, WordAt word_at, std::string_view word) {
  size_t slot = hash_word(word) & (kSlots - 1);
  while (slots[slot] != 0) {
    int index = slots[slot] - 1;
    if (same_word(word_at(static_cast<size_t>(index)), word)) return index;
    slot = (slot + 1) & (kSlots - 1);
  }
  return -1;
}

constexpr auto abbreviation_at = [](size_t i) { return kAbbreviations[i].word; };
constexpr auto starter_at = [](size_t i) { return kSentenceStarters[i]; };
constexpr auto domain_at = [](size_t i) { return kTopLevelDomains[i]; };

constexpr auto kAbbreviationSet = build_word_set<512, std::size(kAbbreviations)>(abbreviation_at);
constexpr auto kStarterSet = build_word_set<256, std::size(kSentenceStarters)>(starter_at);
constexpr auto kDomainSet = build_word_set<128, std::size(kTopLevelDomains)>(domain_at);

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  if (word.empty() || word.size() > 6) return AbbreviationKind::kNone;
  int index = find_word(kAbbreviationSet, abbreviation_at, word);
  return index < 0 ? AbbreviationKind::kNone : kAbbreviations[index].kind;
}

bool is_sentence_starter(std::string_view word) {
  if (word.empty() || word.size() > 9) return false;
  return find_word(kStarterSet, starter_at, word) >= 0;
}

bool is_top_level_domain(std::string_view label) {
  if (label.size() < 2 || label.size() > 4) return false;
  return find_word(kDomainSet, domain_at, label) >= 0;
}

}  // namespace newsprism::text
