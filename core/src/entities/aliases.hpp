// Aliases: titles split off names, and mentions of one person, organization or place merged
// however they are written, within an article and across the articles of a report.
#pragma once

#include "newsprism/report.hpp"

namespace newsprism::entities {

/// Moves a title or honorific right before or at the start of a name mention ("Mr.",
/// "President", "Dr") into Mention::title, shrinking the mention's tokens to the name itself.
void split_titles(Article& article);

/// Links every mention of every article to a canonical entity: sets Mention::entity and fills
/// Report::entities (ordered as documented there). Within an article, later short forms link
/// to the full name ("Liang" and "Mr. Liang" to "Liang Wenfeng"); known equivalents resolve
/// ("US", "U.S.", "America" to "United States"); across articles, mentions with the same
/// canonical name and type merge. Pattern mentions merge by type and value.
void link_entities(Report& report);

}  // namespace newsprism::entities
