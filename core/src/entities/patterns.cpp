// Placeholder until the patterns land: finds nothing.
#include "entities/patterns.hpp"

namespace newsprism::entities {

void find_pattern_mentions(const Article&, std::vector<Mention>&) {}

}  // namespace newsprism::entities
