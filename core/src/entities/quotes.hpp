// Direct quotations and their speakers.
#pragma once

#include "newsprism/report.hpp"

namespace newsprism::entities {

/// Fills `article.quotes` with its direct quotations, in text order: the quoted words (spans
/// without the quotation marks, and without a comma that only leads into the attribution), the
/// attribution cue and the speaker.
///
/// Quotation marks are straight ('"') or curly (“ ” „ « »), or single (‘…’, '…', British style)
/// where they are glued to the words they enclose, so elisions ("the ‘90s", "rock 'n' roll") and
/// possessives ("students’ union") are not read as quotes; quotes of the other kind nest inside
/// and stay part of the quoted words. A quotation may span sentences but
/// not blocks: one still open at the end of its block ends there (the convention for quotes
/// running over paragraphs), and takes the speaker of the quote opening the next paragraph when
/// it has none of its own. Quoted text of one or two words without an attribution is a scare
/// quote (the “open” model) and is not listed.
///
/// Attributions read, after the quote: '"...," Liang says', '"...," said Mr. Liang', '"..." he
/// told the outlet', '"...," the ministry said', '"...," according to Liang', and the dash lines
/// '"..." - Name' / '— Name' (cue "dash"); before it: 'Liang said: "..."', 'Liang told
/// reporters, "..."', 'According to Liang, "..."'. The cue is the attributing word lower-cased
/// ("says", "told", "according to", "dash").
///
/// Quote::speaker is the speaker as written: the name's mention text (its title left out), a
/// pronoun, a phrase such as "the ministry", or capitalized words the tagger did not tag; empty
/// when none is found (the quote is still listed). Quote::speaker_mention is the index of the
/// speaker's mention in `article.mentions`; for "he"/"she" it is the last person mentioned
/// before the quote (so the glue can resolve the entity); otherwise -1. Quote::speaker_entity is
/// left for the glue. Time linear in the number of tokens.
void find_quotes(Article& article);

}  // namespace newsprism::entities
