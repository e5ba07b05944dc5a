#include "entities/patterns.hpp"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "entities/spans.hpp"
#include "entities/words.hpp"

namespace newsprism::entities {
namespace {

// ---------------------------------------------------------------------------------------------
// Exact decimals: digits × 10^exponent, so "1.2 billion" is 1200000000 without floating point.

struct Decimal {
  std::string digits = "0";
  int32_t exponent = 0;
};

Decimal decimal_from_integer(uint64_t value) { return Decimal{std::to_string(value), 0}; }

void multiply(Decimal& d, uint32_t factor) {
  std::string out(d.digits.size() + 12, '0');
  uint64_t carry = 0;
  size_t o = out.size();
  for (size_t i = d.digits.size(); i-- > 0;) {
    uint64_t v = static_cast<uint64_t>(d.digits[i] - '0') * factor + carry;
    out[--o] = static_cast<char>('0' + v % 10);
    carry = v / 10;
  }
  while (carry > 0 && o > 0) {
    out[--o] = static_cast<char>('0' + carry % 10);
    carry /= 10;
  }
  d.digits = out.substr(o);
}

std::string to_string(const Decimal& d) {
  std::string digits = d.digits;
  size_t nonzero = digits.find_first_not_of('0');
  digits = nonzero == std::string::npos ? "0" : digits.substr(nonzero);
  if (digits == "0") return "0";
  if (d.exponent >= 0) return digits + std::string(static_cast<size_t>(d.exponent), '0');
  const size_t fraction = static_cast<size_t>(-d.exponent);
  if (digits.size() <= fraction) digits.insert(0, fraction - digits.size() + 1, '0');
  std::string whole = digits.substr(0, digits.size() - fraction);
  std::string part = digits.substr(digits.size() - fraction);
  while (!part.empty() && part.back() == '0') part.pop_back();
  return part.empty() ? whole : whole + "." + part;
}

// Compares two decimals: -1, 0 or 1.
int compare(const Decimal& a, const Decimal& b) {
  auto align = [](const Decimal& d, int32_t exponent) {
    std::string s = d.digits + std::string(static_cast<size_t>(d.exponent - exponent), '0');
    size_t nonzero = s.find_first_not_of('0');
    return nonzero == std::string::npos ? std::string("0") : s.substr(nonzero);
  };
  const int32_t low = a.exponent < b.exponent ? a.exponent : b.exponent;
  std::string x = align(a, low), y = align(b, low);
  if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
  return x < y ? -1 : (x > y ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Word tables.

struct Named {
  std::string_view word;
  uint32_t value;
};

constexpr Named kOnes[] = {{"zero", 0},      {"one", 1},       {"two", 2},       {"three", 3},    {"four", 4},
                           {"five", 5},      {"six", 6},       {"seven", 7},     {"eight", 8},    {"nine", 9},
                           {"ten", 10},      {"eleven", 11},   {"twelve", 12},   {"thirteen", 13}, {"fourteen", 14},
                           {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
                           {"twenty", 20},   {"thirty", 30},   {"forty", 40},    {"fifty", 50},   {"sixty", 60},
                           {"seventy", 70},  {"eighty", 80},   {"ninety", 90}};

constexpr Named kOrdinals[] = {
    {"first", 1},         {"second", 2},       {"third", 3},         {"fourth", 4},        {"fifth", 5},
    {"sixth", 6},         {"seventh", 7},      {"eighth", 8},        {"ninth", 9},         {"tenth", 10},
    {"eleventh", 11},     {"twelfth", 12},     {"thirteenth", 13},   {"fourteenth", 14},   {"fifteenth", 15},
    {"sixteenth", 16},    {"seventeenth", 17}, {"eighteenth", 18},   {"nineteenth", 19},   {"twentieth", 20},
    {"thirtieth", 30},    {"fortieth", 40},    {"fiftieth", 50},     {"sixtieth", 60},     {"seventieth", 70},
    {"eightieth", 80},    {"ninetieth", 90},   {"hundredth", 100},   {"thousandth", 1000}, {"millionth", 1000000}};

// Multiplier words and the power of ten they stand for.
constexpr Named kScaleWords[] = {{"hundred", 2}, {"thousand", 3}, {"million", 6},  {"billion", 9},
                                 {"trillion", 12}, {"lakh", 5},    {"crore", 7},    {"mn", 6},
                                 {"bn", 9},        {"tn", 12},     {"mln", 6},      {"bln", 9}};

constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
constexpr std::string_view kMonthAbbreviations[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                    "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::string_view kTimeZones[] = {"ET",  "EST", "EDT", "CT",   "CST",  "CDT", "MT",  "MST", "MDT", "PT",
                                           "PST", "PDT", "GMT", "UTC",  "BST",  "CET", "CEST", "EET", "EEST", "JST",
                                           "KST", "HKT", "SGT", "AEST", "AEDT", "IST", "MSK", "WIB"};

struct Currency {
  std::string_view surface;
  std::string_view code;
};

constexpr Currency kCurrencySymbols[] = {{"$", "USD"},  {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"},
                                         {"\xC2\xA5", "JPY"}, {"\xE2\x82\xB9", "INR"}, {"\xE2\x82\xA9", "KRW"},
                                         {"\xE2\x82\xBD", "RUB"}, {"\xE2\x82\xBA", "TRY"}, {"\xE2\x82\xAA", "ILS"},
                                         {"\xE2\x82\xAB", "VND"}, {"\xE0\xB8\xBF", "THB"}, {"\xE2\x82\xB1", "PHP"},
                                         {"\xE2\x82\xA6", "NGN"}, {"\xE2\x82\xB4", "UAH"}};

// Letters written right before "$" (or "¥"): "US$", "HK$", "RMB¥".
constexpr Currency kDollarPrefixes[] = {{"US", "USD"}, {"U.S.", "USD"}, {"HK", "HKD"}, {"A", "AUD"}, {"AU", "AUD"},
                                        {"C", "CAD"},  {"CA", "CAD"},   {"CAN", "CAD"}, {"S", "SGD"}, {"SG", "SGD"},
                                        {"NZ", "NZD"}, {"R", "BRL"},    {"NT", "TWD"},  {"MX", "MXN"}, {"RMB", "CNY"},
                                        {"CN", "CNY"}};

constexpr std::string_view kIsoCodes[] = {"USD", "EUR", "GBP", "JPY", "CNY", "HKD", "INR", "CHF", "AUD", "CAD",
                                          "SGD", "KRW", "RUB", "BRL", "ZAR", "TRY", "SEK", "NOK", "DKK", "MXN",
                                          "TWD", "NZD", "AED", "SAR", "IDR", "THB", "MYR", "VND", "PHP", "ILS"};

// Currency words after an amount. `strict`: only with a multiplier or a qualifier ("5 million
// won", not "5 won").
struct CurrencyWord {
  std::string_view word;
  std::string_view code;
  bool strict;
};

constexpr CurrencyWord kCurrencyWords[] = {
    {"dollar", "USD", false},   {"dollars", "USD", false},  {"euro", "EUR", false},     {"euros", "EUR", false},
    {"yuan", "CNY", false},     {"renminbi", "CNY", false}, {"RMB", "CNY", false},      {"yen", "JPY", false},
    {"rupee", "INR", false},    {"rupees", "INR", false},   {"rouble", "RUB", false},   {"roubles", "RUB", false},
    {"ruble", "RUB", false},    {"rubles", "RUB", false},   {"franc", "CHF", false},    {"francs", "CHF", false},
    {"won", "KRW", true},       {"pound", "GBP", true},     {"pounds", "GBP", true},    {"sterling", "GBP", false},
    {"reais", "BRL", false},    {"rand", "ZAR", true},      {"lira", "TRY", false},     {"shekel", "ILS", false},
    {"shekels", "ILS", false},  {"baht", "THB", false},     {"ringgit", "MYR", false},  {"dong", "VND", true},
    {"naira", "NGN", false},    {"peso", "MXN", false},     {"pesos", "MXN", false},    {"hryvnia", "UAH", false},
    {"hryvnias", "UAH", false}, {"rupiah", "IDR", false},   {"dirham", "AED", false},   {"dirhams", "AED", false},
    {"riyal", "SAR", false},    {"riyals", "SAR", false},   {"krona", "SEK", false},    {"kronor", "SEK", false}};

// Words before "dollars" (or "pesos", "won") that name whose currency it is.
struct Qualifier {
  std::string_view first;
  std::string_view second;  // empty for one-word qualifiers
  std::string_view code;
};

constexpr Qualifier kQualifiers[] = {
    {"US", "", "USD"},          {"U.S.", "", "USD"},        {"American", "", "USD"},   {"Hong", "Kong", "HKD"},
    {"Australian", "", "AUD"},  {"Canadian", "", "CAD"},    {"Singapore", "", "SGD"},  {"New", "Zealand", "NZD"},
    {"Taiwan", "", "TWD"},      {"Taiwanese", "", "TWD"},   {"New", "Taiwan", "TWD"},  {"Mexican", "", "MXN"},
    {"Philippine", "", "PHP"},  {"Argentine", "", "ARS"},   {"Chilean", "", "CLP"},    {"Colombian", "", "COP"},
    {"South", "Korean", "KRW"}, {"Korean", "", "KRW"},      {"Swiss", "", "CHF"},      {"Brazilian", "", "BRL"},
    {"Indian", "", "INR"},      {"Pakistani", "", "PKR"},   {"Russian", "", "RUB"},    {"Chinese", "", "CNY"},
    {"Japanese", "", "JPY"},    {"Egyptian", "", "EGP"},    {"British", "", "GBP"},    {"South", "African", "ZAR"},
    {"Turkish", "", "TRY"},     {"Swedish", "", "SEK"},     {"Norwegian", "", "NOK"},  {"Danish", "", "DKK"}};

struct Unit {
  std::string_view surface;
  std::string_view symbol;
  bool exact_case;
};

// Units of quantities, longest words first where one is a prefix of another.
constexpr Unit kUnits[] = {
    {"km", "km", true},           {"kilometre", "km", false},   {"kilometres", "km", false},  {"kilometer", "km", false},
    {"kilometers", "km", false},  {"m", "m", true},             {"metre", "m", false},        {"metres", "m", false},
    {"meter", "m", false},        {"meters", "m", false},       {"cm", "cm", true},           {"centimetres", "cm", false},
    {"centimeters", "cm", false}, {"mm", "mm", true},           {"millimetres", "mm", false}, {"millimeters", "mm", false},
    {"nm", "nm", true},           {"nanometre", "nm", false},   {"nanometres", "nm", false},  {"nanometer", "nm", false},
    {"nanometers", "nm", false},  {"mile", "mi", false},        {"miles", "mi", false},       {"ft", "ft", true},
    {"feet", "ft", false},        {"foot", "ft", false},        {"inch", "in", false},        {"inches", "in", false},
    {"kg", "kg", true},           {"kilogram", "kg", false},    {"kilograms", "kg", false},   {"kilos", "kg", false},
    {"g", "g", true},             {"gram", "g", false},         {"grams", "g", false},        {"mg", "mg", true},
    {"tonne", "t", false},        {"tonnes", "t", false},       {"ton", "ton", false},        {"tons", "ton", false},
    {"lb", "lb", true},           {"lbs", "lb", true},          {"pound", "lb", false},       {"pounds", "lb", false},
    {"oz", "oz", true},           {"ounce", "oz", false},       {"ounces", "oz", false},      {"litre", "l", false},
    {"litres", "l", false},       {"liter", "l", false},        {"liters", "l", false},       {"ml", "ml", true},
    {"gallon", "gal", false},     {"gallons", "gal", false},    {"barrel", "bbl", false},     {"barrels", "bbl", false},
    {"W", "W", true},             {"watts", "W", false},        {"kW", "kW", true},           {"kilowatts", "kW", false},
    {"MW", "MW", true},           {"megawatts", "MW", false},   {"GW", "GW", true},           {"gigawatts", "GW", false},
    {"TW", "TW", true},           {"kWh", "kWh", true},         {"MWh", "MWh", true},         {"GWh", "GWh", true},
    {"TWh", "TWh", true},         {"V", "V", true},             {"kV", "kV", true},           {"volts", "V", false},
    {"Hz", "Hz", true},           {"kHz", "kHz", true},         {"MHz", "MHz", true},         {"GHz", "GHz", true},
    {"mph", "mph", false},        {"kph", "km/h", false},       {"knots", "kn", false},       {"hectare", "ha", false},
    {"hectares", "ha", false},    {"ha", "ha", true},           {"acre", "ac", false},        {"acres", "ac", false},
    {"KB", "KB", true},           {"MB", "MB", true},           {"GB", "GB", true},           {"TB", "TB", true},
    {"PB", "PB", true},           {"gigabytes", "GB", false},   {"terabytes", "TB", false},   {"megabytes", "MB", false}};

// Units of durations: the ISO 8601 designator, and whether it is a date (a day or more) part.
struct DurationUnit {
  std::string_view word;
  std::string_view designator;
  uint32_t factor;
  bool date;
};

constexpr DurationUnit kDurations[] = {
    {"day", "D", 1, true},       {"days", "D", 1, true},          {"week", "W", 1, true},     {"weeks", "W", 1, true},
    {"month", "M", 1, true},     {"months", "M", 1, true},        {"year", "Y", 1, true},     {"years", "Y", 1, true},
    {"decade", "Y", 10, true},   {"decades", "Y", 10, true},      {"century", "Y", 100, true}, {"centuries", "Y", 100, true},
    {"hour", "H", 1, false},     {"hours", "H", 1, false},        {"minute", "M", 1, false},  {"minutes", "M", 1, false},
    {"second", "S", 1, false},   {"seconds", "S", 1, false}};

struct Comparator {
  std::string_view first;
  std::string_view second;
  std::string_view third;
  std::string_view sign;
};

constexpr Comparator kComparators[] = {
    {"more", "than", "", ">"},       {"over", "", "", ">"},          {"above", "", "", ">"},
    {"upwards", "of", "", ">"},      {"in", "excess", "of", ">"},    {"greater", "than", "", ">"},
    {"fewer", "than", "", "<"},      {"less", "than", "", "<"},      {"under", "", "", "<"},
    {"below", "", "", "<"},          {"at", "least", "", ">="},      {"no", "fewer", "than", ">="},
    {"no", "less", "than", ">="},    {"at", "most", "", "<="},       {"up", "to", "", "<="},
    {"no", "more", "than", "<="},    {"about", "", "", "~"},         {"around", "", "", "~"},
    {"roughly", "", "", "~"},        {"approximately", "", "", "~"}, {"nearly", "", "", "~"},
    {"almost", "", "", "~"},         {"some", "", "", "~"},          {"an", "estimated", "", "~"},
    {"close", "to", "", "~"},        {"circa", "", "", "~"}};

// Words before a lone year that make it a date: "in 2023", "since 2019", "fiscal 2024".
constexpr std::string_view kYearContext[] = {"in",     "since", "until",  "till",   "by",      "from",   "to",
                                             "through", "during", "before", "after", "between", "early",  "late",
                                             "mid",    "of",    "year",   "fiscal", "FY",      "spring", "summer",
                                             "autumn", "fall",  "winter", "circa",  "throughout", "as"};

// Words before a month name alone that make "May" and "March" dates, not a verb.
constexpr std::string_view kMonthContext[] = {"in",   "since", "until", "till", "by",     "early", "late",
                                              "mid",  "last",  "next",  "this", "of",     "from",  "to",
                                              "during", "before", "after", "through", "end", "between", "and"};

constexpr std::string_view kRelativeModifiers[] = {"last", "next", "this", "past", "coming", "previous", "current"};
constexpr std::string_view kRelativeDateUnits[] = {"week",    "month",  "year",   "weekend", "decade", "quarter",
                                                   "century", "spring", "summer", "autumn",  "fall",   "winter",
                                                   "season"};
constexpr std::string_view kDayParts[] = {"morning", "afternoon", "evening", "night"};

template <typename Table>
bool in_list(const Table& table, std::string_view word) {
  for (std::string_view entry : table) {
    if (iequals(entry, word)) return true;
  }
  return false;
}

// Index + 1 of `word` in `table` (case-insensitive), or 0.
template <typename Table>
uint32_t index_in(const Table& table, std::string_view word) {
  uint32_t i = 0;
  for (std::string_view entry : table) {
    ++i;
    if (iequals(entry, word)) return i;
  }
  return 0;
}

const Named* find_named(const Named* begin, const Named* end, std::string_view word) {
  for (const Named* n = begin; n != end; ++n) {
    if (iequals(n->word, word)) return n;
  }
  return nullptr;
}

// Lower-case words that can start an expression (see the rules below); a word token not among
// them, not hyphenated after one of them and not an all-capital code is skipped at once. Sorted.
constexpr std::string_view kStarters[] = {
    "a", "about", "above", "almost", "an", "approximately", "apr", "april", "around", "at", "aug", "august",
    "below", "between", "billions", "circa", "close", "coming", "current", "dec", "december", "dozens",
    "earlier", "early", "eight", "eighteen", "eighteenth", "eighth", "eightieth", "eighty", "eleven",
    "eleventh", "feb", "february", "fewer", "fifteen", "fifteenth", "fifth", "fiftieth", "fifty", "first",
    "five", "fortieth", "forty", "four", "fourteen", "fourteenth", "fourth", "friday", "greater", "hundreds",
    "hundredth", "in", "jan", "january", "jul", "july", "jun", "june", "last", "late", "later", "less", "mar",
    "march", "may", "mid", "midnight", "millions", "millionth", "monday", "more", "nearly", "next", "nine",
    "nineteen", "nineteenth", "ninetieth", "ninety", "ninth", "no", "noon", "nov", "november", "oct",
    "october", "one", "over", "past", "previous", "roughly", "rs", "saturday", "second", "sep", "sept",
    "september", "seven", "seventeen", "seventeenth", "seventh", "seventieth", "seventy", "six", "sixteen",
    "sixteenth", "sixth", "sixtieth", "sixty", "some", "sunday", "ten", "tens", "tenth", "the", "third",
    "thirteen", "thirteenth", "thirtieth", "thirty", "this", "thousands", "thousandth", "three", "thursday",
    "today", "tomorrow", "tonight", "tuesday", "twelfth", "twelve", "twentieth", "twenty", "two", "under",
    "up", "upwards", "wednesday", "yesterday", "zero",
};
constexpr bool starters_sorted() {
  for (size_t i = 1; i < sizeof(kStarters) / sizeof(kStarters[0]); ++i) {
    if (!(kStarters[i - 1] < kStarters[i])) return false;
  }
  return true;
}
static_assert(starters_sorted(), "kStarters must stay sorted for binary search");

// Whether a word token can start an expression: a fast filter before the rules run.
bool may_start(std::string_view word) {
  word = without_possessive(word);
  if (word.empty()) return false;
  if (word.size() <= 4) {
    bool code = true;  // "US", "U.S.", "HK", "USD", "RMB", "Q3"
    for (char c : word) code = code && (is_ascii_upper(c) || c == '.' || (c >= '1' && c <= '4'));
    if (code) return true;
  }
  char lowered[16];
  size_t n = 0;
  for (char c : word) {
    if (c == '-' && n > 0) break;  // "twenty-five", "mid-2024": the part before the hyphen
    if (c == '.' && n > 0) break;  // "Jan.", "Sept."
    if (n == sizeof(lowered)) return false;
    lowered[n++] = ascii_lower(c);
  }
  return std::binary_search(std::begin(kStarters), std::end(kStarters), std::string_view(lowered, n));
}

// ---------------------------------------------------------------------------------------------
// Numbers written with digits.

struct NumberToken {
  bool ok = false;
  Decimal value;
  std::string_view suffix;
  bool plain_integer = false;  // digits only: no comma, point or suffix
  uint64_t integer = 0;        // when the number is a whole number below 10^15
  bool whole = false;
  size_t digit_count = 0;
};

// Reads "90,000", "3.5", "1.2bn", "21st", "1990s": digits with thousands commas and one point,
// then ASCII letters. Anything else ("3:30", "28.01.2025", "3,5") is not a plain number.
NumberToken parse_number_token(std::string_view text) {
  NumberToken out;
  if (text.empty() || !is_ascii_digit(text[0]) || text.size() > 48) return out;
  size_t i = 0;
  std::string digits;
  size_t group = 0;
  bool comma = false;
  while (i < text.size() && (is_ascii_digit(text[i]) || text[i] == ',')) {
    if (text[i] == ',') {
      if (group == 0 || (comma && group != 3) || (!comma && group > 3)) return out;
      if (i + 1 >= text.size() || !is_ascii_digit(text[i + 1])) return out;
      comma = true;
      group = 0;
    } else {
      digits.push_back(text[i]);
      ++group;
    }
    ++i;
  }
  if (comma && group != 3) return out;
  int32_t exponent = 0;
  bool point = false;
  if (i < text.size() && text[i] == '.' && i + 1 < text.size() && is_ascii_digit(text[i + 1])) {
    point = true;
    ++i;
    while (i < text.size() && is_ascii_digit(text[i])) {
      digits.push_back(text[i]);
      --exponent;
      ++i;
    }
  }
  const size_t suffix_start = i;
  while (i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) ++i;
  if (i != text.size()) return out;
  out.ok = true;
  out.value = Decimal{digits, exponent};
  out.suffix = text.substr(suffix_start);
  out.digit_count = digits.size() - static_cast<size_t>(-exponent);
  out.plain_integer = !comma && !point && out.suffix.empty();
  if (!point && digits.size() <= 15) {
    out.whole = true;
    for (char c : digits) out.integer = out.integer * 10 + static_cast<uint64_t>(c - '0');
  }
  return out;
}

// Power of ten of a multiplier written in a number ("5bn", "3.2m", "10k"), or -1.
int32_t suffix_scale(std::string_view suffix) {
  if (suffix == "k" || suffix == "K") return 3;
  if (suffix == "m" || suffix == "M" || iequals(suffix, "mn") || iequals(suffix, "mln")) return 6;
  if (suffix == "b" || suffix == "B" || iequals(suffix, "bn") || iequals(suffix, "bln")) return 9;
  if (iequals(suffix, "tn") || suffix == "T") return 12;
  return -1;
}

bool is_ordinal_suffix(std::string_view suffix) {
  return iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") || iequals(suffix, "th");
}

// ---------------------------------------------------------------------------------------------
// The matcher: a sentence's tokens and the rules that read them.

struct Match {
  EntityType type = EntityType::kCardinal;
  uint32_t count = 0;
  std::string value;
};

struct Amount {
  Decimal low;
  Decimal high;
  bool range = false;
  bool multiplied = false;  // a multiplier word or suffix was read ("million", "bn")
  uint32_t end = 0;         // the token after it
  bool small_integer = false;
  uint64_t integer = 0;
  int32_t scale = 0;  // the power of ten its multipliers applied (digits only)
};

class Matcher {
 public:
  Matcher(const Article& article, uint32_t begin, uint32_t end) : article_(article), begin_(begin), end_(end) {}

  std::string_view text(uint32_t t) const { return t < end_ ? token_text(article_, t) : std::string_view(); }
  TokenKind kind(uint32_t t) const { return t < end_ ? article_.tokens[t].kind : TokenKind::kOther; }
  bool is(uint32_t t, std::string_view word) const {
    if (t >= end_) return false;
    const std::string_view w = text(t);
    if (w.empty() || word.empty() || ascii_lower(w[0]) != ascii_lower(word[0])) return false;
    return iequals(without_possessive(w), word);
  }
  bool adjacent(uint32_t a, uint32_t b) const {
    return a < end_ && b < end_ && article_.tokens[a].range.end == article_.tokens[b].range.start;
  }
  bool capitalized(uint32_t t) const {
    std::string_view w = text(t);
    return !w.empty() && is_ascii_upper(w[0]);
  }

  // The words of tokens [first, first + count), lower-cased and single-spaced.
  std::string lowered_words(uint32_t first, uint32_t count) const {
    std::string out;
    for (uint32_t t = first; t < first + count && t < end_; ++t) {
      if (!out.empty() && !adjacent(t - 1, t)) out.push_back(' ');
      out += ascii_lowered(text(t));
    }
    return out;
  }

  Match at(uint32_t t, const Match& previous, uint32_t previous_end) {
    Match m = date(t, previous, previous_end);
    if (m.count) return m;
    m = time(t);
    if (m.count) return m;
    m = compared(t);
    if (m.count) return m;
    m = numeric(t, false);
    if (m.count) return m;
    m = negative(t);
    if (m.count) return m;
    return ordinal(t);
  }

  // A minus sign glued to a number, after a space: "-5 degrees Celsius", "-3.5%".
  Match negative(uint32_t t) {
    const std::string_view w = text(t);
    if (!(w == "-" || w == "\xE2\x88\x92") || !adjacent(t, t + 1) || kind(t + 1) != TokenKind::kNumber) return {};
    if (t > begin_ && adjacent(t - 1, t)) return {};
    Match m = numeric(t + 1, false);
    const bool signable = m.type == EntityType::kPercent || m.type == EntityType::kQuantity ||
                          m.type == EntityType::kCardinal;
    if (!m.count || !signable || m.value.empty() || m.value.find("..") != std::string::npos) return {};
    m.value.insert(0, "-");
    m.count += 1;
    return m;
  }

 private:
  // --- numbers -------------------------------------------------------------------------------

  // A whole number written in words ("two", "twenty-five", "two hundred thousand", "a dozen").
  std::optional<Amount> word_amount(uint32_t t) const {
    uint64_t total = 0, current = 0;
    int32_t last_power = 0;
    bool any = false, last_small = false, article_a = false;
    uint32_t u = t;
    for (; u < end_ && u < t + 8; ++u) {
      std::string_view w = text(u);
      if (kind(u) != TokenKind::kWord) break;
      if (u == t && (iequals(w, "a") || iequals(w, "an"))) {
        article_a = true;
        continue;
      }
      uint64_t small = 0;
      bool is_small = false;
      if (const Named* n = find_named(std::begin(kOnes), std::end(kOnes), w)) {
        small = n->value;
        is_small = true;
      } else if (size_t dash = w.find('-'); dash != std::string_view::npos) {
        const Named* tens = find_named(std::begin(kOnes), std::end(kOnes), w.substr(0, dash));
        const Named* ones = find_named(std::begin(kOnes), std::end(kOnes), w.substr(dash + 1));
        if (tens && ones && tens->value >= 20 && tens->value % 10 == 0 && ones->value >= 1 && ones->value <= 9) {
          small = tens->value + ones->value;
          is_small = true;
        }
      }
      if (is_small) {
        if (last_small || article_a) break;
        current += small;
        any = true;
        last_small = true;
        continue;
      }
      if (iequals(w, "and") && any && current >= 100 && current % 100 == 0 && u + 1 < end_ &&
          (find_named(std::begin(kOnes), std::end(kOnes), text(u + 1)) != nullptr)) {
        last_small = false;
        continue;
      }
      if (iequals(w, "dozen")) {
        if (!any && !article_a) break;
        current = (current ? current : 1) * 12;
        any = true;
        article_a = false;
        last_small = false;
        continue;
      }
      const Named* scale = find_named(std::begin(kScaleWords), std::begin(kScaleWords) + 5, w);
      if (scale) {
        if (!any && !article_a) break;
        uint64_t factor = 1;
        for (uint32_t k = 0; k < scale->value; ++k) factor *= 10;
        if (scale->value == 2) {
          current = (current ? current : 1) * factor;
        } else {
          total += (current ? current : 1) * factor;
          current = 0;
          last_power = static_cast<int32_t>(scale->value);
        }
        any = true;
        article_a = false;
        last_small = false;
        if (total > 1000000000000000ull) return std::nullopt;
        continue;
      }
      break;
    }
    if (!any || article_a) return std::nullopt;
    // A trailing "and" is not part of the number.
    while (u > t && iequals(text(u - 1), "and")) --u;
    Amount a;
    a.integer = total + current;
    a.low = decimal_from_integer(a.integer);
    a.small_integer = true;
    a.end = u;
    a.multiplied = total > 0 || u - t > 1;
    if (current == 0) a.scale = last_power;
    return a;
  }

  // One amount: digits or words, with multipliers ("1.5 million", "5bn", "two million").
  std::optional<Amount> single_amount(uint32_t t, bool money) const {
    if (t >= end_) return std::nullopt;
    if (kind(t) == TokenKind::kWord) return word_amount(t);
    if (kind(t) != TokenKind::kNumber) return std::nullopt;
    NumberToken n = parse_number_token(text(t));
    if (!n.ok) return std::nullopt;
    Amount a;
    a.low = n.value;
    a.end = t + 1;
    if (!n.suffix.empty()) {
      const int32_t scale = suffix_scale(n.suffix);
      if (scale < 0) return std::nullopt;
      a.low.exponent += scale;
      a.scale = scale;
      a.multiplied = true;
    } else {
      a.small_integer = n.whole;
      a.integer = n.integer;
    }
    for (int k = 0; k < 2 && a.end < end_; ++k) {
      std::string_view w = text(a.end);
      const Named* scale = find_named(std::begin(kScaleWords), std::end(kScaleWords), w);
      int32_t power = scale ? static_cast<int32_t>(scale->value) : -1;
      if (power < 0 && money && (w == "m" || w == "b")) power = w == "m" ? 6 : 9;
      if (power < 0) break;
      a.low.exponent += power;
      a.scale += power;
      a.multiplied = true;
      a.small_integer = false;
      ++a.end;
    }
    return a;
  }

  // Whether token t joins two amounts into a range. "to" does not after a change ("rose 5% to
  // 10%", "from 10 to 20"): `first` is where the expression starts.
  bool is_range_connector(uint32_t t, bool between, uint32_t first = UINT32_MAX) const {
    std::string_view w = text(t);
    if (between) return iequals(w, "and");
    if (iequals(w, "to")) {
      static constexpr std::string_view kChanges[] = {
          "from",    "by",      "rose",    "fell",     "grew",      "jumped",    "climbed", "dropped",
          "slipped", "surged",  "soared",  "plunged",  "declined",  "increased", "decreased", "rise",
          "fall",    "rises",   "falls",   "raised",   "cut",       "lowered",   "lifted",  "slid",
          "sank",    "gained",  "lost",    "shrank",   "expanded",  "doubled",   "tripled", "changed"};
      return !(first != UINT32_MAX && first > begin_ && in_list(kChanges, text(first - 1)));
    }
    return w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94";
  }

  // An amount, or a range of two ("10,000 to 50,000", "5-10 million"). `prefix` tokens (a
  // currency) may repeat before the second amount; `marker` tokens (a "%") may follow the first.
  std::optional<Amount> amount(uint32_t t, bool money, bool between, uint32_t prefix_first = 0,
                               uint32_t prefix_count = 0) const {
    // A number in a chain such as a phone number "555-123-4567" is no amount.
    if (t >= begin_ + 2 && text(t - 1) == "-" && adjacent(t - 2, t - 1) && adjacent(t - 1, t) &&
        kind(t - 2) == TokenKind::kNumber) {
      return std::nullopt;
    }
    std::optional<Amount> a = single_amount(t, money);
    if (!a) return a;
    uint32_t c = a->end;
    if (!is_range_connector(c, between, prefix_count > 0 ? prefix_first : t)) return a;
    uint32_t second = c + 1;
    if (prefix_count > 0) {
      bool repeated = true;
      for (uint32_t k = 0; k < prefix_count; ++k) {
        if (text(second + k) != text(prefix_first + k)) repeated = false;
      }
      if (repeated) second += prefix_count;
    }
    std::optional<Amount> b = single_amount(second, money);
    if (!b) return a;
    // A chain such as a phone number "555-123-4567" is no range.
    if (is_range_connector(b->end, false) && kind(b->end + 1) == TokenKind::kNumber) return std::nullopt;
    // "5-10 million": the multiplier of the second applies to the first.
    Decimal low = a->low;
    if (!a->multiplied && b->multiplied) low.exponent += b->scale;
    if (compare(low, b->low) >= 0) return a;
    Amount r = *b;
    r.low = low;
    r.high = b->low;
    r.range = true;
    r.small_integer = false;
    return r;
  }

  std::string amount_value(const Amount& a) const {
    return a.range ? to_string(a.low) + ".." + to_string(a.high) : to_string(a.low);
  }

  // --- comparisons -----------------------------------------------------------------------------

  Match compared(uint32_t t) {
    if (is(t, "between")) {
      if (date(t + 1, Match{}, 0).count) return {};
      std::optional<Amount> a = amount(t + 1, false, true);
      if (a && a->range) {
        Match m = numeric(t + 1, true);
        if (m.count) {
          m.count += 1;
          return m;
        }
      }
      return {};
    }
    for (const Comparator& c : kComparators) {
      if (!is(t, c.first)) continue;
      uint32_t words = 1;
      if (!c.second.empty()) {
        if (!is(t + 1, c.second)) continue;
        ++words;
        if (!c.third.empty()) {
          if (!is(t + 2, c.third)) continue;
          ++words;
        }
      }
      if (date(t + words, Match{}, 0).count || time(t + words).count) return {};
      Match m = numeric(t + words, false);
      if (!m.count || m.value.empty() || m.type == EntityType::kDate || m.type == EntityType::kTime) return {};
      m.count += words;
      m.value.insert(0, c.sign);
      return m;
    }
    return {};
  }

  // --- money, percent, quantities, durations, cardinals -----------------------------------------

  // A currency written before an amount: "$", "US$", "€", "USD", "Rs". Sets `code`, returns the
  // number of tokens.
  uint32_t currency_prefix(uint32_t t, std::string_view& code) const {
    std::string_view w = text(t);
    if (kind(t) == TokenKind::kSymbol) {
      for (const Currency& c : kCurrencySymbols) {
        if (w == c.surface) {
          code = c.code;
          return 1;
        }
      }
      return 0;
    }
    if (kind(t) != TokenKind::kWord) return 0;
    if (kind(t + 1) == TokenKind::kSymbol && adjacent(t, t + 1) && (text(t + 1) == "$" || text(t + 1) == "\xC2\xA5")) {
      for (const Currency& c : kDollarPrefixes) {
        if (w == c.surface) {
          code = c.code;
          return 2;
        }
      }
      return 0;
    }
    for (std::string_view iso : kIsoCodes) {
      if (w == iso) {
        code = iso;
        return 1;
      }
    }
    if (w == "RMB") {
      code = "CNY";
      return 1;
    }
    if (w == "Rs" || w == "Rs.") {
      code = "INR";
      return 1;
    }
    return 0;
  }

  // A currency written after an amount ("yuan", "US dollars", "EUR"), `multiplied` telling
  // whether "5 million won" or "5 won". Returns the number of tokens.
  uint32_t currency_suffix(uint32_t t, bool multiplied, std::string_view& code) const {
    std::string_view qualifier;
    uint32_t q = 0;
    for (const Qualifier& k : kQualifiers) {
      if (text(t) != k.first) continue;
      if (!k.second.empty() && text(t + 1) != k.second) continue;
      q = k.second.empty() ? 1 : 2;
      qualifier = k.code;
      break;
    }
    std::string_view w = text(t + q);
    for (std::string_view iso : kIsoCodes) {
      if (q == 0 && w == iso) {
        code = iso;
        return 1;
      }
    }
    for (const CurrencyWord& c : kCurrencyWords) {
      if (c.word == "RMB" ? w != "RMB" : !iequals(w, c.word)) continue;
      const bool sterling = is(t + q + 1, "sterling");
      if (c.strict && !multiplied && q == 0 && !sterling) return 0;
      code = q > 0 ? qualifier : c.code;
      return q + 1 + (sterling && c.code == "GBP" && c.word != "sterling" ? 1 : 0);
    }
    return 0;
  }

  // A percent sign or word after an amount: 1 or 2 tokens, or 0. `points` for "percentage points".
  uint32_t percent_marker(uint32_t t, bool& points) const {
    points = false;
    if (text(t) == "%") return 1;
    if (is(t, "percent") || is(t, "pct")) return 1;
    if (is(t, "per") && is(t + 1, "cent")) return 2;
    if (is(t, "percentage") && (is(t + 1, "point") || is(t + 1, "points"))) {
      points = true;
      return 2;
    }
    return 0;
  }

  const Unit* unit_at(std::string_view w) const {
    for (const Unit& u : kUnits) {
      if (u.exact_case ? w == u.surface : iequals(w, u.surface)) return &u;
    }
    return nullptr;
  }

  Match numeric(uint32_t t, bool between) {
    if (t >= end_) return {};
    std::string_view code;
    uint32_t prefix = between ? 0 : currency_prefix(t, code);
    if (prefix > 0) {
      std::optional<Amount> a = amount(t + prefix, true, between, t, prefix);
      if (!a) return {};
      return Match{EntityType::kMoney, a->end - t, amount_value(*a) + " " + std::string(code)};
    }
    if (kind(t) == TokenKind::kWord && vague_count(t)) {
      Match m;
      m.type = EntityType::kCardinal;
      m.count = vague_count(t);
      return m;
    }
    std::optional<Amount> a = amount(t, false, between);
    if (!a) return unit_suffixed(t);
    uint32_t j = a->end;

    if (uint32_t c = currency_suffix(j, a->multiplied, code)) {
      return Match{EntityType::kMoney, j + c - t, amount_value(*a) + " " + std::string(code)};
    }
    if ((is(j, "cents") || is(j, "cent")) && !a->multiplied && !a->range) {
      Decimal cents = a->low;
      cents.exponent -= 2;
      return Match{EntityType::kMoney, j + 1 - t, to_string(cents) + " USD"};
    }
    bool points = false;
    if (uint32_t c = percent_marker(j, points)) {
      // "10% to 15%": a range whose first end carries its own sign.
      if (!a->range && is_range_connector(j + c, between, t)) {
        std::optional<Amount> b = single_amount(j + c + 1, false);
        bool points2 = false;
        uint32_t c2 = b ? percent_marker(b->end, points2) : 0;
        if (b && c2 && points2 == points && compare(a->low, b->low) < 0) {
          return Match{EntityType::kPercent, b->end + c2 - t,
                       to_string(a->low) + ".." + to_string(b->low) + (points ? " pp" : "")};
        }
      }
      return Match{EntityType::kPercent, j + c - t, amount_value(*a) + (points ? " pp" : "")};
    }
    // Durations: "five years" (DATE), "30 minutes" (TIME), "two years ago" (a relative date).
    for (const DurationUnit& d : kDurations) {
      if (!is(j, d.word)) continue;
      if (is(j + 1, "ago")) {
        return Match{d.date ? EntityType::kDate : EntityType::kTime, j + 2 - t, lowered_words(t, j + 2 - t)};
      }
      auto duration = [&](Decimal v) {
        if (d.factor != 1) multiply(v, d.factor);
        return std::string(d.date ? "P" : "PT") + to_string(v) + std::string(d.designator);
      };
      std::string value = a->range ? duration(a->low) + ".." + duration(a->high) : duration(a->low);
      return Match{d.date ? EntityType::kDate : EntityType::kTime, j + 1 - t, value};
    }
    if (Match q = quantity(t, j, *a); q.count) return q;
    if (between && !a->range) return {};
    // "one" is a number only where it counts something: not "no one", "the one", "one another".
    if (a->end == t + 1 && kind(t) == TokenKind::kWord && is(t, "one")) {
      if (t > begin_ && (in_list(std::initializer_list<std::string_view>{"no", "the", "this", "that", "every", "each",
                                                                          "any", "which", "someone", "anyone"},
                                 text(t - 1)))) {
        return {};
      }
      if (is(t + 1, "another")) return {};
    }
    return Match{EntityType::kCardinal, a->end - t, amount_value(*a)};
  }

  // "dozens", "hundreds", "tens of thousands", "hundreds of millions": a count without a value.
  uint32_t vague_count(uint32_t t) const {
    static constexpr std::string_view kVague[] = {"dozens", "hundreds", "thousands", "millions", "billions", "tens"};
    if (!in_list(kVague, text(t))) return 0;
    if (is(t, "tens") && !(is(t + 1, "of") && in_list(kVague, text(t + 2)))) return 0;
    if (is(t + 1, "of") && in_list(kVague, text(t + 2)) && !is(t + 2, "tens")) return 3;
    return 1;
  }

  // A unit after an amount: "5 km", "3.5 GW", "30 °C", "20 degrees Celsius".
  Match quantity(uint32_t t, uint32_t j, const Amount& a) const {
    std::string_view symbol;
    uint32_t c = 0;
    if (text(j) == "\xC2\xB0" && (text(j + 1) == "C" || text(j + 1) == "F") && adjacent(j, j + 1)) {
      symbol = text(j + 1) == "C" ? "\xC2\xB0" "C" : "\xC2\xB0" "F";
      c = 2;
    } else if (is(j, "degrees") && (is(j + 1, "Celsius") || is(j + 1, "Fahrenheit"))) {
      symbol = is(j + 1, "Celsius") ? "\xC2\xB0" "C" : "\xC2\xB0" "F";
      c = 2;
    } else if ((is(j, "square") || is(j, "sq")) && unit_at(text(j + 1)) && unit_at(text(j + 1))->symbol == "km") {
      symbol = "km\xC2\xB2";
      c = 2;
    } else if (text(j) == "km" && text(j + 1) == "/" && text(j + 2) == "h" && adjacent(j, j + 1)) {
      symbol = "km/h";
      c = 3;
    } else if (is(j, "metric") && (is(j + 1, "tons") || is(j + 1, "tonnes"))) {
      symbol = "t";
      c = 2;
    } else if (const Unit* u = unit_at(text(j)); u && kind(j) == TokenKind::kWord) {
      symbol = u->symbol;
      c = 1;
    }
    if (c == 0) return {};
    return Match{EntityType::kQuantity, j + c - t, amount_value(a) + " " + std::string(symbol)};
  }

  // A number with its unit in one token: "5km", "7nm", "100MW".
  Match unit_suffixed(uint32_t t) const {
    if (kind(t) != TokenKind::kNumber) return {};
    NumberToken n = parse_number_token(text(t));
    if (!n.ok || n.suffix.empty()) return {};
    const Unit* u = unit_at(n.suffix);
    if (!u || !u->exact_case) return {};
    return Match{EntityType::kQuantity, 1, to_string(n.value) + " " + std::string(u->symbol)};
  }

  Match ordinal(uint32_t t) const {
    if (kind(t) == TokenKind::kNumber) {
      NumberToken n = parse_number_token(text(t));
      if (n.ok && n.whole && is_ordinal_suffix(n.suffix)) {
        return Match{EntityType::kOrdinal, 1, std::to_string(n.integer)};
      }
      return {};
    }
    if (kind(t) != TokenKind::kWord) return {};
    std::string_view w = text(t);
    uint64_t value = 0;
    if (const Named* n = find_named(std::begin(kOrdinals), std::end(kOrdinals), w)) {
      value = n->value;
    } else if (size_t dash = w.find('-'); dash != std::string_view::npos) {
      const Named* tens = find_named(std::begin(kOnes), std::end(kOnes), w.substr(0, dash));
      const Named* ones = find_named(std::begin(kOrdinals), std::begin(kOrdinals) + 9, w.substr(dash + 1));
      if (tens && ones && tens->value >= 20 && tens->value % 10 == 0) value = tens->value + ones->value;
    }
    if (value == 0) return {};
    // "a second", "per second", "split second": a unit of time.
    if (is(t, "second") && t > begin_) {
      std::string_view before = text(t - 1);
      if (iequals(before, "a") || iequals(before, "per") || iequals(before, "split") || iequals(before, "every") ||
          iequals(before, "each") || iequals(before, "one")) {
        return {};
      }
    }
    return Match{EntityType::kOrdinal, 1, std::to_string(value)};
  }

  // --- times -----------------------------------------------------------------------------------

  // "a.m." / "am" / "p.m." / "pm": 1 for morning, 2 for afternoon, 0 for neither.
  int meridiem(std::string_view w) const {
    if (iequals(w, "a.m.") || iequals(w, "am") || iequals(w, "a.m")) return 1;
    if (iequals(w, "p.m.") || iequals(w, "pm") || iequals(w, "p.m")) return 2;
    return 0;
  }

  Match time(uint32_t t) const {
    if (t >= end_) return {};
    if (is(t, "noon") || is(t, "midnight")) return Match{EntityType::kTime, 1, is(t, "noon") ? "12:00" : "00:00"};
    if (is(t, "tonight")) return Match{EntityType::kTime, 1, "tonight"};
    int hour = -1, minute = 0, half = 0;
    bool has_minutes = false;
    uint32_t j = t + 1;
    if (kind(t) == TokenKind::kNumber) {
      std::string_view w = text(t);
      size_t i = 0;
      while (i < w.size() && is_ascii_digit(w[i])) ++i;
      if (i == 0 || i > 2) return {};
      const int h = i == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
      std::string_view rest = w.substr(i);
      // "9.30am" (British): a point instead of the colon, only with a meridiem.
      const bool dotted = !rest.empty() && rest[0] == '.' &&
                          (meridiem(rest.size() > 3 ? rest.substr(3) : std::string_view()) != 0 ||
                           (rest.size() == 3 && meridiem(text(j)) != 0));
      if (!rest.empty() && (rest[0] == ':' || dotted)) {
        if (rest.size() < 3 || !is_ascii_digit(rest[1]) || !is_ascii_digit(rest[2])) return {};
        minute = (rest[1] - '0') * 10 + (rest[2] - '0');
        rest = rest.substr(3);
        if (h > 23 || minute > 59) return {};
        hour = h;
        has_minutes = true;
        if (!rest.empty()) {
          half = meridiem(rest);
          if (half == 0) return {};
        }
      } else if (!rest.empty()) {
        half = meridiem(rest);
        if (half == 0) return {};
        hour = h;
      } else {
        hour = h;
      }
      if (half == 0 && (half = meridiem(text(j))) != 0) ++j;
      if (half == 0 && (is(j, "o'clock") || is(j, "o\xE2\x80\x99" "clock"))) {
        if (h < 1 || h > 12 || !rest.empty()) return {};
        ++j;
        half = 3;
      }
      if (half == 0 && !has_minutes) return {};  // a bare number is no time
    } else {
      std::optional<Amount> a = word_amount(t);
      if (!a || a->end != t + 1 || a->integer < 1 || a->integer > 12) return {};
      if (!(is(j, "o'clock") || is(j, "o\xE2\x80\x99" "clock"))) return {};
      hour = static_cast<int>(a->integer);
      ++j;
      half = 3;
    }
    if (half == 1 || half == 2) {
      if (hour < 1 || hour > 12) return {};
      if (half == 1 && hour == 12) hour = 0;
      if (half == 2 && hour != 12) hour += 12;
    }
    char buffer[8] = {static_cast<char>('0' + hour / 10), static_cast<char>('0' + hour % 10), ':',
                      static_cast<char>('0' + minute / 10), static_cast<char>('0' + minute % 10), 0};
    std::string value(buffer);
    for (std::string_view zone : kTimeZones) {
      if (text(j) == zone) {
        value += " ";
        value += zone;
        ++j;
        break;
      }
    }
    return Match{EntityType::kTime, j - t, value};
  }

  // --- dates -----------------------------------------------------------------------------------

  // Month 1-12 of a month name ("January", "Jan", "Jan.", "Sept."), capitalized; 0 otherwise.
  uint32_t month_at(uint32_t t, bool& abbreviated) const {
    if (kind(t) != TokenKind::kWord || !capitalized(t)) return 0;
    std::string_view w = text(t);
    abbreviated = false;
    if (uint32_t m = index_in(kMonths, w)) return m;
    std::string_view bare = !w.empty() && w.back() == '.' ? w.substr(0, w.size() - 1) : w;
    abbreviated = true;
    if (iequals(bare, "sept")) return 9;
    return index_in(kMonthAbbreviations, bare);
  }

  // A day of the month: "28", "28th", "1st".
  int day_at(uint32_t t) const {
    if (kind(t) != TokenKind::kNumber) return 0;
    NumberToken n = parse_number_token(text(t));
    if (!n.ok || !n.whole || n.digit_count > 2 || (!n.suffix.empty() && !is_ordinal_suffix(n.suffix))) return 0;
    return n.integer >= 1 && n.integer <= 31 ? static_cast<int>(n.integer) : 0;
  }

  // A four-digit year 1000-2999.
  int year_at(uint32_t t) const {
    if (kind(t) != TokenKind::kNumber) return 0;
    NumberToken n = parse_number_token(text(t));
    if (!n.ok || !n.plain_integer || n.digit_count != 4) return 0;
    return n.integer >= 1000 && n.integer <= 2999 ? static_cast<int>(n.integer) : 0;
  }

  static std::string two(int v) {
    std::string s(2, '0');
    s[0] = static_cast<char>('0' + v / 10 % 10);
    s[1] = static_cast<char>('0' + v % 10);
    return s;
  }

  static std::string iso(int year, int month, int day) {
    std::string out = year ? std::to_string(year) : "-";
    if (month) out += "-" + two(month);
    if (day) out += "-" + two(day);
    return out;
  }

  // A calendar date at t: month-day-year, day-month-year and the shorter forms.
  Match calendar(uint32_t t) const {
    bool abbreviated = false;
    if (uint32_t month = month_at(t, abbreviated)) {
      if (int day = day_at(t + 1); day) {
        uint32_t j = t + 2;
        if (text(j) == "," && year_at(j + 1)) return Match{EntityType::kDate, j + 2 - t, iso(year_at(j + 1), month, day)};
        if (year_at(j)) return Match{EntityType::kDate, j + 1 - t, iso(year_at(j), month, day)};
        return Match{EntityType::kDate, 2, iso(0, static_cast<int>(month), day)};
      }
      if (int year = year_at(t + 1)) return Match{EntityType::kDate, 2, iso(year, month, 0)};
      if (text(t + 1) == "," && year_at(t + 2)) return Match{EntityType::kDate, 3, iso(year_at(t + 2), month, 0)};
      if (abbreviated) return {};
      const bool verb_like = month == 3 || month == 5;
      if (verb_like && !(t > begin_ && in_list(kMonthContext, text(t - 1)))) return {};
      return Match{EntityType::kDate, 1, "--" + two(static_cast<int>(month))};
    }
    if (int day = day_at(t)) {
      uint32_t j = t + 1;
      if (is(j, "of")) ++j;
      if (uint32_t month = month_at(j, abbreviated)) {
        if (year_at(j + 1)) return Match{EntityType::kDate, j + 2 - t, iso(year_at(j + 1), month, day)};
        if (text(j + 1) == "," && year_at(j + 2)) return Match{EntityType::kDate, j + 3 - t, iso(year_at(j + 2), month, day)};
        return Match{EntityType::kDate, j + 1 - t, iso(0, static_cast<int>(month), day)};
      }
    }
    return {};
  }

  Match date(uint32_t t, const Match& previous, uint32_t previous_end) const {
    if (t >= end_) return {};
    // A weekday, alone or before a date: "Monday", "Monday, Jan. 27, 2025".
    if (kind(t) == TokenKind::kWord && capitalized(t) && index_in(kWeekdays, without_possessive(text(t)))) {
      uint32_t j = t + 1;
      if (text(j) == ",") ++j;
      Match m = calendar(j);
      const bool has_day = m.value.size() == 10 || (m.value.size() == 7 && m.value[0] == '-');
      if (m.count && has_day) {
        m.count += j - t;
        return m;
      }
      return Match{EntityType::kDate, 1, ascii_lowered(without_possessive(text(t)))};
    }
    if (Match m = calendar(t); m.count) return m;
    if (Match m = numeric_date(t); m.count) return m;
    if (Match m = decade(t); m.count) return m;
    if (Match m = relative(t); m.count) return m;
    if (Match m = quarter(t); m.count) return m;
    // "mid-2024", "early-2025".
    if (kind(t) == TokenKind::kWord) {
      std::string_view w = text(t);
      for (std::string_view prefix : {std::string_view("mid-"), std::string_view("early-"), std::string_view("late-")}) {
        if (w.size() == prefix.size() + 4 && iequals(w.substr(0, prefix.size()), prefix)) {
          std::string_view y = w.substr(prefix.size());
          bool digits = true;
          for (char ch : y) digits = digits && is_ascii_digit(ch);
          if (digits && (y[0] == '1' || y[0] == '2')) return Match{EntityType::kDate, 1, std::string(y)};
        }
      }
    }
    // A year, where the words before make it one: "in 2023", "2019 and 2020".
    if (int year = year_at(t)) {
      bool context = t > begin_ && in_list(kYearContext, without_possessive(text(t - 1)));
      if (!context && previous.type == EntityType::kDate && previous.value.size() == 4 && t >= 1 &&
          previous_end + 1 == t &&
          (is(t - 1, "and") || is(t - 1, "or") || is(t - 1, "to") || text(t - 1) == "," || text(t - 1) == "-" ||
           text(t - 1) == "\xE2\x80\x93")) {
        context = true;
      }
      // "the 2024 election", "its 2023 report": a year before an event noun.
      static constexpr std::string_view kEvents[] = {
          "election", "elections", "budget",  "season",  "census",   "campaign", "crisis",    "summit",
          "edition",  "report",    "study",   "survey",  "midterms", "olympics", "games",     "championship",
          "tournament", "war",     "vote",    "referendum", "deadline", "agreement", "accord", "ceasefire",
          "earthquake", "floods",  "pandemic", "world",  "annual",   "review",   "forecast",  "guidance"};
      if (!context && year >= 1900 && year <= 2100 && in_list(kEvents, without_possessive(text(t + 1)))) {
        context = true;
      }
      if (context && year >= 1500 && year <= 2199) return Match{EntityType::kDate, 1, std::to_string(year)};
    }
    return {};
  }

  // "2025-01-28", "2025-01", "28.01.2025", "1/28/2025".
  Match numeric_date(uint32_t t) const {
    if (kind(t) != TokenKind::kNumber) return {};
    std::string_view w = text(t);
    // "28.01.2025" in one token: day, month, year.
    if (w.size() == 10 && w[2] == '.' && w[5] == '.') {
      int d = 0, m = 0, y = 0;
      for (size_t i : {0, 1}) d = d * 10 + (is_ascii_digit(w[i]) ? w[i] - '0' : 100);
      for (size_t i : {3, 4}) m = m * 10 + (is_ascii_digit(w[i]) ? w[i] - '0' : 100);
      for (size_t i : {6, 7, 8, 9}) y = y * 10 + (is_ascii_digit(w[i]) ? w[i] - '0' : 10000);
      if (d >= 1 && d <= 31 && m >= 1 && m <= 12 && y >= 1000 && y <= 2999) return Match{EntityType::kDate, 1, iso(y, m, d)};
      return {};
    }
    auto two_digits = [&](uint32_t u, int low, int high) {
      std::string_view x = text(u);
      if (kind(u) != TokenKind::kNumber || x.size() != 2 || !is_ascii_digit(x[0]) || !is_ascii_digit(x[1])) return 0;
      int v = (x[0] - '0') * 10 + (x[1] - '0');
      return v >= low && v <= high ? v : 0;
    };
    if (int year = year_at(t); year && text(t + 1) == "-" && adjacent(t, t + 1) && adjacent(t + 1, t + 2)) {
      int month = two_digits(t + 2, 1, 12);
      if (!month) return {};
      if (text(t + 3) == "-" && adjacent(t + 2, t + 3) && adjacent(t + 3, t + 4)) {
        int day = two_digits(t + 4, 1, 31);
        if (day && !(text(t + 5) == "-" && adjacent(t + 4, t + 5))) return Match{EntityType::kDate, 5, iso(year, month, day)};
        return {};
      }
      return Match{EntityType::kDate, 3, iso(year, month, 0)};
    }
    // "1/28/2025" (month first) or "28/1/2025" (day first): read when only one order fits.
    if (text(t + 1) == "/" && adjacent(t, t + 1) && adjacent(t + 1, t + 2) && text(t + 3) == "/" &&
        adjacent(t + 2, t + 3) && adjacent(t + 3, t + 4)) {
      int a = day_at(t), b = day_at(t + 2), year = year_at(t + 4);
      if (!a || !b || !year || parse_number_token(text(t)).suffix.size() || parse_number_token(text(t + 2)).suffix.size()) return {};
      if (a > 12 && b > 12) return {};
      std::string value;
      if (a > 12) value = iso(year, b, a);
      else if (b > 12 || a == b) value = iso(year, a, b);
      return Match{EntityType::kDate, 5, value};
    }
    return {};
  }

  // "the 1990s", "1990s", "the '90s".
  Match decade(uint32_t t) const {
    uint32_t n = t;
    std::string century;
    if ((text(t) == "'" || text(t) == "\xE2\x80\x99") && adjacent(t, t + 1)) n = t + 1;
    if (kind(n) != TokenKind::kNumber) return {};
    std::string_view w = text(n);
    if (w.size() == 5 && w[4] == 's' && w[3] == '0' && is_ascii_digit(w[0]) && is_ascii_digit(w[1]) &&
        is_ascii_digit(w[2]) && (w[0] == '1' || w[0] == '2') && n == t) {
      return Match{EntityType::kDate, 1, std::string(w)};
    }
    if (w.size() == 3 && w[2] == 's' && w[1] == '0' && is_ascii_digit(w[0])) {
      if (n == t && !(t > begin_ && is(t - 1, "the"))) return {};
      century = w[0] <= '2' ? "20" : "19";
      return Match{EntityType::kDate, n + 1 - t, century + std::string(w)};
    }
    return {};
  }

  // "Q3 2024" -> "2024-Q3"; "Q3" alone -> "Q3".
  Match quarter(uint32_t t) const {
    std::string_view w = text(t);
    if (kind(t) != TokenKind::kWord || w.size() != 2 || w[0] != 'Q' || w[1] < '1' || w[1] > '4') return {};
    if (int year = year_at(t + 1)) return Match{EntityType::kDate, 2, std::to_string(year) + "-" + std::string(w)};
    return Match{EntityType::kDate, 1, std::string(w)};
  }

  // "today", "last week", "next Monday", "earlier this year", "the past five years", "a year ago".
  Match relative(uint32_t t) const {
    if (is(t, "today") || is(t, "yesterday") || is(t, "tomorrow")) {
      return Match{EntityType::kDate, 1, ascii_lowered(without_possessive(text(t)))};
    }
    uint32_t j = t;
    if (is(j, "earlier") || is(j, "later")) {
      if (in_list(kRelativeModifiers, text(j + 1)) && in_list(kRelativeDateUnits, without_possessive(text(j + 2)))) {
        return Match{EntityType::kDate, 3, lowered_words(t, 3)};
      }
      return {};
    }
    if ((is(j, "a") || is(j, "an")) && is(j + 2, "ago")) {
      for (const DurationUnit& d : kDurations) {
        if (is(j + 1, d.word)) {
          return Match{d.date ? EntityType::kDate : EntityType::kTime, 3, lowered_words(t, 3)};
        }
      }
      return {};
    }
    if (is(j, "the")) ++j;
    if (!in_list(kRelativeModifiers, text(j))) return {};
    const std::string_view unit = without_possessive(text(j + 1));
    if (in_list(kRelativeDateUnits, unit) && !(j > t && (is(j, "this") || is(j, "current")))) {
      return Match{EntityType::kDate, j + 2 - t, lowered_words(t, j + 2 - t)};
    }
    if (j == t && index_in(kWeekdays, unit)) return Match{EntityType::kDate, 2, lowered_words(t, 2)};
    if (j == t && in_list(kDayParts, unit) && !is(t, "past")) return Match{EntityType::kTime, 2, lowered_words(t, 2)};
    // "the past five years", "the last 24 hours".
    if (is(j, "this") || is(j, "current")) return {};
    std::optional<Amount> a = single_amount(j + 1, false);
    if (!a) return {};
    for (const DurationUnit& d : kDurations) {
      if (is(a->end, d.word)) {
        const uint32_t count = a->end + 1 - t;
        return Match{d.date ? EntityType::kDate : EntityType::kTime, count, lowered_words(t, count)};
      }
    }
    return {};
  }

  const Article& article_;
  uint32_t begin_;
  uint32_t end_;
};

}  // namespace

void find_pattern_mentions(const Article& article, std::vector<Mention>& mentions) {
  const uint32_t token_total = static_cast<uint32_t>(article.tokens.size());
  for (uint32_t s = 0; s < article.sentences.size(); ++s) {
    const SentenceSpan& sentence = article.sentences[s];
    const uint32_t begin = sentence.first_token;
    if (begin >= token_total) continue;
    const uint32_t end = sentence.token_count > token_total - begin ? token_total : begin + sentence.token_count;
    Matcher matcher(article, begin, end);
    Match previous;
    uint32_t previous_end = 0;
    for (uint32_t t = begin; t < end;) {
      const TokenKind kind = article.tokens[t].kind;
      // Only words, numbers, symbols and quote marks can start an expression.
      if (kind == TokenKind::kUrl || kind == TokenKind::kEmail || kind == TokenKind::kCjk || kind == TokenKind::kOther ||
          (kind == TokenKind::kWord && !may_start(token_text(article, t)))) {
        ++t;
        continue;
      }
      Match m = matcher.at(t, previous, previous_end);
      if (m.count == 0 || t + m.count > end) {
        ++t;
        continue;
      }
      Mention mention;
      mention.type = m.type;
      mention.first_token = t;
      mention.token_count = m.count;
      mention.sentence = s;
      mention.value = m.value;
      mention.span = token_span(article, t, m.count);
      mentions.push_back(std::move(mention));
      previous = std::move(m);
      t += previous.count;
      previous_end = t;
    }
  }
}

}  // namespace newsprism::entities
