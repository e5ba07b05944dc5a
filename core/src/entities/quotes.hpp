// Direct quotations and their speakers.
#pragma once

#include "newsprism/report.hpp"

namespace newsprism::entities {

/// Fills `article.quotes` with its direct quotations, in text order: the quoted words (spans
/// without the quotation marks), the attribution cue and the speaker ('"...," Liang says',
/// '"..." he told the outlet', 'according to X', '"..." - Name' lines). A named speaker points
/// at its mention in `article.mentions`; a pronoun at the last person mentioned before.
/// Quote::speaker_entity is left for link_entities() to resolve.
void find_quotes(Article& article);

}  // namespace newsprism::entities
