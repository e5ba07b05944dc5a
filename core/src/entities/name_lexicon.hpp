// Word lists that correct the name tagger where its training text (Reuters newswire of 1996)
// cannot know better: present-day names, the words that open sentences, generic acronyms, the
// head words that say what a name is, nationality adjectives. Every list is written by the
// project; each entry is one that means the same thing wherever it is capitalized.
#pragma once

#include <optional>
#include <string_view>

#include "newsprism/report.hpp"

namespace newsprism::entities {

/// Words a title-case headline leaves in lower case ("of", "the", "vs").
bool is_minor_word(std::string_view word);

/// Common words that open a sentence with a capital and are never part of a name there,
/// compared in lower case ("when", "take", "meanwhile").
bool is_sentence_opener(std::string_view lowered);

/// Acronyms of things, not of anyone ("AI", "CEO", "GPU"): newswire training text seldom has
/// them, and the tagger calls them organizations.
bool is_generic_acronym(std::string_view word);

/// The type the last word of a name gives it, whatever the tagger thought: "Skerra Island" is
/// a place, "Northgate Ferries" an organization. No value for other words.
std::optional<EntityType> type_of_head_word(std::string_view word);

/// The type of a present-day name the tagger cannot know ("Nvidia", "ChatGPT", "Joe Biden",
/// "Lunar New Year"), given as its words joined by single spaces; no value for other names.
std::optional<EntityType> known_name_type(std::string_view name);

/// Nationality and regional adjectives ("Chinese", "American", "Western"), which the tagger
/// joins with a following acronym into a false organization ("Chinese AI").
bool is_demonym(std::string_view word);

}  // namespace newsprism::entities
