// Rule-based mentions with normalized values: dates, times, amounts of money, percentages,
// quantities, cardinal and ordinal numbers.
#pragma once

#include <vector>

#include "newsprism/report.hpp"

namespace newsprism::entities {

/// Appends to `mentions` the DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL
/// expressions of `article` (read from its text, tokens and sentences), in text order. Sets
/// type, first_token, token_count, sentence and value of each; the caller fills the spans.
void find_pattern_mentions(const Article& article, std::vector<Mention>& mentions);

}  // namespace newsprism::entities
