// Rule-based mentions with normalized values: dates, times, amounts of money, percentages,
// quantities, cardinal and ordinal numbers.
#pragma once

#include <vector>

#include "newsprism/report.hpp"

namespace newsprism::entities {

/// Appends to `mentions` the DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL
/// expressions of `article` (read from its text, tokens and sentences), in text order. Sets
/// type, first_token, token_count, sentence, span and value of each (the caller may reset the
/// spans). Expressions never overlap one another and never cross a sentence. Numbers inside
/// URLs, e-mail addresses or word tokens ("A100", "COVID-19", "GPT-4o") are never read.
///
/// Values (Mention::value):
/// - DATE: ISO 8601 where the text says it: "2025-01-28", "2025-01" (month and year), "2025"
///   (a year where words around make it one: "in 2023", "fiscal 2024", "the 2024 election"; a
///   bare "2024" is CARDINAL), "--01-28" and "--01" (day and month, or month, without a
///   year: "Jan. 28", "in March"); decades as "1990s" ("the 1990s", "the '90s"); durations of a
///   day or more as ISO durations ("five years" -> "P5Y", "two weeks" -> "P2W", ranges
///   "P2Y..P3Y"); quarters "Q3 2024" -> "2024-Q3" ("Q3" alone: "Q3"); "mid-2024" -> "2024".
///   Numeric dates with both fields at most 12 ("3/4/2025") are ambiguous: empty.
///   Weekdays and relative dates ("Monday", "last week", "two years ago", "the past five
///   years", "today") keep the lower-cased words as written, single-spaced: the core has no
///   clock to resolve them.
/// - TIME: "HH:MM" on a 24-hour clock ("3:30 p.m." -> "15:30", "10am" -> "10:00", "noon" ->
///   "12:00"), followed by " ZONE" when a zone abbreviation follows ("9 p.m. GMT" -> "21:00 GMT");
///   durations under a day as ISO durations ("30 minutes" -> "PT30M"); "tonight", "this
///   morning", "last night": the lower-cased words.
/// - MONEY: "<amount> <ISO 4217 code>": "$6 million" -> "6000000 USD", "€5bn" ->
///   "5000000000 EUR", "90,000 yuan" -> "90000 CNY", "50 cents" -> "0.5 USD". "$" alone is USD,
///   "¥" alone JPY, "pounds" are GBP only with a multiplier ("5 million pounds") or "sterling".
/// - PERCENT: the number: "3.5%" -> "3.5"; percentage points as "3 pp".
/// - QUANTITY: "<number> <unit symbol>": "5 km", "20 t" (tonnes), "3.5 GW", "10 kg". Units are
///   not converted.
/// - CARDINAL: a plain decimal ("2,000" -> "2000", "two million" -> "2000000", "1.2bn" ->
///   "1200000000"); vague counts ("dozens", "hundreds of", "thousands") have an empty value.
/// - ORDINAL: the number: "third" -> "3", "21st" -> "21".
/// Amounts may be ranges, "low..high" ("10,000 to 50,000" -> "10000..50000", "$5-10 million"
/// -> "5000000..10000000 USD"), and comparisons: "fewer than 140" -> "<140", "more than $5
/// million" -> ">5000000 USD", "at least" ">=", "up to" "<=", "about"/"nearly" "~". A lone
/// "Nm" number ("2.5m") is read as millions, as news copy means it, not metres.
///
/// Time linear in the number of tokens: each rule looks at a bounded window.
void find_pattern_mentions(const Article& article, std::vector<Mention>& mentions);

}  // namespace newsprism::entities
