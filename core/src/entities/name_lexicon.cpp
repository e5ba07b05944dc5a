#include "entities/name_lexicon.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

namespace newsprism::entities {
namespace {

struct KnownName {
  std::string_view name;
  EntityType type;
};

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kLoc = EntityType::kLocation;
constexpr EntityType kMisc = EntityType::kMisc;

// Names of companies, services, products, events and people in the news since the tagger's
// training text was written. Only names that mean one thing wherever they are capitalized
// ("Apple" is the company in news text; "Ford" or "Claude" could be anyone, so they are not
// here). Apps and platforms count as organizations, models and devices as other names.
constexpr KnownName kKnownNames[] = {
    {"36Kr", kOrg}, {"AMD", kOrg}, {"ASML", kOrg}, {"Airbnb", kOrg}, {"Airbus", kOrg},
    {"Alibaba", kOrg}, {"Alphabet", kOrg}, {"Amazon", kOrg}, {"Android", kMisc}, {"Anthropic", kOrg},
    {"Apple", kOrg}, {"BYD", kOrg}, {"Baidu", kOrg}, {"Barack Obama", kPer}, {"Benjamin Netanyahu", kPer},
    {"Bezos", kPer}, {"Biden", kPer}, {"Bill Gates", kPer}, {"BioNTech", kOrg}, {"Bitcoin", kMisc},
    {"BlackRock", kOrg}, {"Bloomberg", kOrg}, {"Boeing", kOrg}, {"Brexit", kMisc}, {"Broadcom", kOrg},
    {"ByteDance", kOrg}, {"CATL", kOrg}, {"CNBC", kOrg}, {"COVID-19", kMisc}, {"Caixin", kOrg},
    {"ChatGPT", kMisc}, {"Christmas", kMisc}, {"Cisco", kOrg}, {"Coinbase", kOrg}, {"Copilot", kMisc},
    {"Counterpoint Research", kOrg}, {"Covid", kMisc}, {"Covid-19", kMisc}, {"DeepMind", kOrg},
    {"DeepSeek", kOrg}, {"Diwali", kMisc}, {"Donald Trump", kPer}, {"Easter", kMisc}, {"Elon Musk", kPer},
    {"Emmanuel Macron", kPer}, {"Erdogan", kPer}, {"Ethereum", kMisc}, {"Facebook", kOrg}, {"Foxconn", kOrg},
    {"GPT-4", kMisc}, {"GPT-4o", kMisc}, {"GPT-5", kMisc}, {"Gaza", kLoc}, {"Gemini", kMisc},
    {"GitHub", kOrg}, {"Goldman Sachs", kOrg}, {"Google", kOrg}, {"Hanukkah", kMisc}, {"High-Flyer", kOrg},
    {"Huawei", kOrg}, {"Hugging Face", kOrg}, {"Instagram", kOrg}, {"Intel", kOrg}, {"JPMorgan", kOrg},
    {"Jack Ma", kPer}, {"Jeff Bezos", kPer}, {"Jensen Huang", kPer}, {"Joe Biden", kPer}, {"Kamala Harris", kPer},
    {"Keir Starmer", kPer}, {"Kyiv", kLoc}, {"Lenovo", kOrg}, {"LinkedIn", kOrg}, {"Llama", kMisc},
    {"Lunar New Year", kMisc}, {"Macron", kPer}, {"Mark Zuckerberg", kPer}, {"Meta", kOrg}, {"Micron", kOrg},
    {"Microsoft", kOrg}, {"Mistral AI", kOrg}, {"Moderna", kOrg}, {"Modi", kPer}, {"Musk", kPer},
    {"Nadella", kPer}, {"Narendra Modi", kPer}, {"Nasdaq", kOrg}, {"Netanyahu", kPer}, {"Netflix", kOrg},
    {"New Year", kMisc}, {"Nvidia", kOrg}, {"NVIDIA", kOrg}, {"Obama", kPer}, {"Olaf Scholz", kPer},
    {"OpenAI", kOrg}, {"Oracle", kOrg}, {"PayPal", kOrg}, {"Pfizer", kOrg}, {"Pichai", kPer},
    {"Putin", kPer}, {"Qualcomm", kOrg}, {"Ramadan", kMisc}, {"Reddit", kOrg}, {"Rishi Sunak", kPer},
    {"SMIC", kOrg}, {"Sam Altman", kPer}, {"Samsung", kOrg}, {"Satya Nadella", kPer}, {"Scholz", kPer},
    {"Siri", kMisc}, {"SpaceX", kOrg}, {"Spotify", kOrg}, {"Sputnik", kMisc}, {"Starmer", kPer}, {"Sunak", kPer},
    {"Sundar Pichai", kPer}, {"TSMC", kOrg}, {"TechCrunch", kOrg}, {"Tencent", kOrg}, {"Tesla", kOrg},
    {"Thanksgiving", kMisc}, {"TikTok", kOrg}, {"Tim Cook", kPer}, {"Trump", kPer}, {"Uber", kOrg},
    {"Vladimir Putin", kPer}, {"Volodymyr Zelensky", kPer}, {"WeChat", kOrg}, {"Weibo", kOrg},
    {"Xi", kPer}, {"Xi Jinping", kPer}, {"Xiaomi", kOrg}, {"Xinhua", kOrg}, {"Yicai", kOrg},
    {"YouTube", kOrg}, {"Zelensky", kPer}, {"Zelenskyy", kPer}, {"Zhipu AI", kOrg}, {"Zuckerberg", kPer},
    {"iPad", kMisc}, {"iPhone", kMisc}, {"xAI", kOrg},
};

}  // namespace

bool is_minor_word(std::string_view word) {
  // Sorted for binary search.
  static constexpr std::string_view kMinor[] = {"a",   "an",  "and", "as",  "at",  "but", "by",   "for", "from",
                                                "in",  "into", "nor", "of",  "on",  "or",  "over", "per", "the",
                                                "to",  "via", "vs",  "with"};
  return std::binary_search(std::begin(kMinor), std::end(kMinor), word);
}

bool is_sentence_opener(std::string_view lowered) {
  static constexpr std::string_view kOpeners[] = {"according", "after", "against", "also", "although", "and", "as", "ask", "asked", "at", "based", "because", "before", "born", "both", "but", "by", "consider", "despite", "during", "each", "even", "every", "for", "founded", "from", "given", "has", "have", "he", "her", "his", "how", "however", "i", "if", "in", "it", "its", "just", "last", "let", "like", "look", "many", "meanwhile", "meet", "most", "no", "not", "now", "on", "once", "only", "our", "read", "say", "see", "she", "since", "so", "some", "speaking", "still", "take", "that", "the", "their", "then", "these", "they", "this", "those", "though", "thus", "to", "unlike", "until", "upon", "watch", "we", "what", "when", "where", "whether", "which", "while", "who", "why", "with", "without", "yes", "yet", "you"};
  return std::binary_search(std::begin(kOpeners), std::end(kOpeners), lowered);
}

bool is_generic_acronym(std::string_view word) {
  static constexpr std::string_view kGeneric[] = {
      "AGI", "AI",  "API", "APIs", "AR",  "CEO", "CEOs", "CFO", "COO", "CPU",  "CPUs", "CTO", "DNA",  "EV",
      "EVs", "GDP", "GPU", "GPUs", "HR",  "IPO", "IPOs", "IT",  "LLM", "LLMs", "ML",   "OK",  "PC",   "PCs",
      "PDF", "PR",  "PhD", "Q&A",  "R&D", "SUV", "TV",   "URL", "USB", "VPN",  "VR"};
  return std::binary_search(std::begin(kGeneric), std::end(kGeneric), word);
}

std::optional<EntityType> type_of_head_word(std::string_view word) {
  static constexpr std::string_view kPlaces[] = {"Avenue", "Bay", "Beach", "Canyon", "Coast", "County", "Desert", "District", "Forest", "Gulf", "Harbor", "Harbour", "Hill", "Hills", "Island", "Islands", "Lake", "Mountain", "Mountains", "Ocean", "Peninsula", "Province", "Region", "River", "Road", "Sea", "Square", "Strait", "Street", "Valley"};
  static constexpr std::string_view kOrganizations[] = {"Agency", "Airlines", "Airways", "Association", "Authority", "Bank", "Bureau", "Club", "College", "Commission", "Committee", "Company", "Corp", "Corporation", "Council", "Department", "Ferries", "Foundation", "Group", "Inc", "Institute", "Laboratories", "Laboratory", "Ltd", "Ministry", "Organisation", "Organization", "Party", "Railways", "Society", "University"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (std::binary_search(std::begin(kPlaces), std::end(kPlaces), word)) return EntityType::kLocation;
  if (std::binary_search(std::begin(kOrganizations), std::end(kOrganizations), word)) {
    return EntityType::kOrganization;
  }
  return std::nullopt;
}

std::optional<EntityType> known_name_type(std::string_view name) {
  // Sorted once, on first use, so the table above can stay in an order people can edit.
  static const std::vector<KnownName> sorted = [] {
    std::vector<KnownName> names(std::begin(kKnownNames), std::end(kKnownNames));
    std::sort(names.begin(), names.end(), [](const KnownName& a, const KnownName& b) { return a.name < b.name; });
    return names;
  }();
  auto it = std::lower_bound(sorted.begin(), sorted.end(), name,
                             [](const KnownName& known, std::string_view key) { return known.name < key; });
  if (it == sorted.end() || it->name != name) return std::nullopt;
  return it->type;
}

bool is_demonym(std::string_view word) {
  // Sorted for binary search.
  static constexpr std::string_view kDemonyms[] = {
      "African", "American", "Arab", "Asian", "Australian", "Brazilian", "British", "Canadian", "Chinese",
      "Dutch", "Eastern", "European", "French", "German", "Indian", "Iranian", "Israeli", "Italian",
      "Japanese", "Korean", "Mexican", "Northern", "Palestinian", "Russian", "Saudi", "Southern", "Spanish",
      "Swiss", "Taiwanese", "Turkish", "Ukrainian", "Western"};
  return std::binary_search(std::begin(kDemonyms), std::end(kDemonyms), word);
}

}  // namespace newsprism::entities
