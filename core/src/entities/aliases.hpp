// Aliases: titles split off names, and mentions of one person, organization or place merged
// however they are written, within an article and across the articles of a report.
#pragma once

#include "newsprism/report.hpp"

namespace newsprism::entities {

/// Moves a title or honorific right before or at the start of a person mention ("Mr.", "Ms",
/// "Dr.", "President", "Prime Minister", "Chief Executive", "Sen.", "CEO", ...) into
/// Mention::title, as written, shrinking the mention's tokens and span to the name itself. A
/// title is never part of the name; a mention that is only a title keeps its tokens. Only titles
/// in the mention's sentence count; the longest listed title wins ("Prime Minister" over
/// "Minister").
void split_titles(Article& article);

/// Links every mention of every article to a canonical entity: sets Mention::entity and fills
/// Report::entities (cleared first; ordered as documented there, ties broken by value, then by
/// first appearance). Names (PER, ORG, LOC, MISC) merge when they have the same type and:
/// - the same words, ignoring ASCII case, spacing, periods and the apostrophe's form ("Gregory C.
///   Allen" = "Gregory C Allen", "O’Brien" = "O'Brien");
/// - one is a known equivalent of the other ("US", "U.S.", "USA", "America" -> "United States";
///   "UK", "Britain" -> "United Kingdom"; "EU", "UN", "the Fed", ...), whose canonical name then
///   names the entity;
/// - within an article, one is a short form of the other: a person's words in order including
///   the first or last word ("Liang" and "Mr. Liang" of "Liang Wenfeng", "Allen" of "Gregory C.
///   Allen"), or the leading words of an organization or place ("DeepSeek" of "DeepSeek Inc.");
///   an acronym of an organization's initials ("SEC" of "Securities and Exchange Commission") or
///   written in brackets right after it. A short form that fits several full names links to the
///   nearest one before it (else after it);
/// - across articles, a short form or an organization's acronym whose full form appears only in
///   other articles merges with it when exactly one full form fits.
/// Pattern mentions merge by type and value, or by lower-cased text when the value is empty.
/// Entity::name is the canonical name or the fullest form (most words, then longest, then mixed
/// case over all capitals, then byte order); Entity::aliases every other form as written.
/// Lookups of candidates are capped, so time stays near linear in the number of mentions.
void link_entities(Report& report);

}  // namespace newsprism::entities
