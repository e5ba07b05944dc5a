// Sorted word tables with binary search: each lookup happens once per period or sentence end,
// so a few comparisons on short strings cost nothing next to tokenization.
#include "text/abbreviations.hpp"

#include <algorithm>
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

// Sorted by byte order. "May" is absent on purpose: it is a month and a verb without a period.
// Titles never end a sentence because a name follows them; company suffixes, months, days,
// streets, U.S. states (AP style) and "etc." often do, so they wait for a sentence starter.
constexpr Abbreviation kAbbreviations[] = {
    {"Adm", N},   {"Ala", E},    {"Apr", E},    {"Ariz", E},   {"Ark", E},     {"Art", B},
    {"Assn", E},  {"Asst", N},   {"Aug", E},    {"Ave", E},    {"Bldg", E},    {"Blvd", E},
    {"Brig", N},  {"Bros", E},   {"Calif", E},  {"Capt", N},   {"Ch", B},      {"Cmdr", N},
    {"Co", E},    {"Col", N},    {"Colo", E},   {"Conn", E},   {"Corp", E},    {"Cos", E},
    {"Cpl", N},   {"Cpt", N},    {"Dec", E},    {"Del", E},    {"Dept", E},    {"Det", N},
    {"Dr", N},    {"Esq", E},    {"Feb", E},    {"Fig", B},    {"Fla", E},     {"Fr", N},
    {"Fri", E},   {"Ft", N},     {"Ga", E},     {"Gen", N},    {"Gov", N},     {"Govt", E},
    {"Hon", N},   {"Hwy", E},    {"Ill", E},    {"Inc", E},    {"Ind", E},     {"Insp", N},
    {"Jan", E},   {"Jr", E},     {"Jul", E},    {"Jun", E},    {"Kan", E},     {"Ky", E},
    {"La", E},    {"Lt", N},     {"Ltd", E},    {"Maj", N},    {"Mar", E},     {"Mass", E},
    {"Md", E},    {"Messrs", N}, {"Mich", E},   {"Minn", E},   {"Miss", E},    {"Mlle", N},
    {"Mme", N},   {"Mo", E},     {"Mon", E},    {"Mont", E},   {"Mr", N},      {"Mrs", N},
    {"Ms", N},    {"Msgr", N},   {"Mt", N},     {"Mx", N},     {"Neb", E},     {"Nev", E},
    {"No", B},    {"Nos", B},    {"Nov", E},    {"Oct", E},    {"Okla", E},    {"Op", B},
    {"Ore", E},   {"Pa", E},     {"Pfc", N},    {"Ph", N},    {"Pl", E},      {"Pres", N},
    {"Prof", N},  {"Pt", B},     {"Pvt", N},    {"Rd", E},     {"Rep", N},     {"Reps", N},
    {"Rev", N},   {"Sat", E},    {"Sec", B},    {"Sen", N},    {"Sens", N},    {"Sep", E},
    {"Sept", E},  {"Sgt", N},    {"Sr", E},     {"St", E},     {"Ste", E},     {"Sun", E},
    {"Supt", N},  {"Tenn", E},   {"Tex", E},    {"Thu", E},    {"Thur", E},    {"Thurs", E},
    {"Tue", E},   {"Tues", E},   {"Univ", E},   {"Va", E},     {"Vol", B},     {"Vt", E},
    {"Wash", E},  {"Wed", E},    {"Wis", E},    {"Wyo", E},    {"al", E},      {"approx", N},
    {"ca", N},    {"cf", N},     {"dept", E},   {"est", E},    {"etc", E},     {"ft", E},
    {"incl", N},  {"lb", E},     {"lbs", E},    {"mi", E},     {"min", E},     {"mln", E},
    {"mn", E},    {"no", B},     {"oz", E},     {"p", B},      {"pp", B},      {"sq", N},
    {"viz", N},   {"vol", B},    {"vs", N},
};

// Sorted by byte order.
constexpr std::string_view kSentenceStarters[] = {
    "A",        "According", "After",   "Also",    "Although", "An",      "And",     "Another",
    "Any",      "As",        "At",      "Because", "Before",   "But",     "By",      "Despite",
    "During",   "Each",      "Earlier", "Even",    "Every",    "For",     "From",    "He",
    "Her",      "Here",      "His",     "How",     "However",  "I",       "If",      "In",
    "It",       "Its",       "Last",    "Later",   "Many",     "Meanwhile", "More",  "Most",
    "My",       "Now",       "On",      "One",     "Only",     "Other",   "Our",     "She",
    "Since",    "Some",      "Still",   "Such",    "That",     "The",     "Their",   "Then",
    "There",    "These",     "They",    "This",    "Those",    "Though",  "Thus",    "To",
    "Under",    "We",        "What",    "When",    "Where",    "Which",   "While",   "Who",
    "Why",      "With",      "Yet",     "You",     "Your",
};

// Sorted by byte order.
constexpr std::string_view kTopLevelDomains[] = {
    // "in", "it" and "us" are left out: glued lowercase words ("it.is") would become URLs.
    "ai", "app", "au", "biz", "ca", "cn", "co", "com", "de", "dev", "edu", "eu", "fr", "gov",
    "hk", "info", "io", "jp", "kr", "mil", "net", "news", "nl", "org", "ru", "sg", "tv", "tw",
    "uk",
};

constexpr bool abbreviations_are_sorted() {
  for (size_t i = 1; i < std::size(kAbbreviations); ++i) {
    if (!(kAbbreviations[i - 1].word < kAbbreviations[i].word)) return false;
  }
  return true;
}
static_assert(abbreviations_are_sorted(), "kAbbreviations must be sorted");

template <size_t kSize>
constexpr bool words_are_sorted(const std::string_view (&words)[kSize]) {
  for (size_t i = 1; i < kSize; ++i) {
    if (!(words[i - 1] < words[i])) return false;
  }
  return true;
}
static_assert(words_are_sorted(kSentenceStarters), "kSentenceStarters must be sorted");
static_assert(words_are_sorted(kTopLevelDomains), "kTopLevelDomains must be sorted");

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  if (word.empty() || word.size() > 6) return AbbreviationKind::kNone;
  const Abbreviation* end = std::end(kAbbreviations);
  const Abbreviation* it =
      std::lower_bound(std::begin(kAbbreviations), end, word,
                       [](const Abbreviation& entry, std::string_view value) {
                         return entry.word < value;
                       });
  return (it != end && it->word == word) ? it->kind : AbbreviationKind::kNone;
}

bool is_sentence_starter(std::string_view word) {
  if (word.empty() || word.size() > 9) return false;
  return std::binary_search(std::begin(kSentenceStarters), std::end(kSentenceStarters), word);
}

bool is_top_level_domain(std::string_view label) {
  if (label.size() < 2 || label.size() > 4) return false;
  return std::binary_search(std::begin(kTopLevelDomains), std::end(kTopLevelDomains), label);
}

}  // namespace newsprism::text
