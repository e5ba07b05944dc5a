// Placeholder until quotes land: finds none.
#include "entities/quotes.hpp"

namespace newsprism::entities {

void find_quotes(Article&) {}

}  // namespace newsprism::entities
