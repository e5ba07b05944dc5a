// The entity stage of one article and of a report: names from the tagger, expressions from the
// patterns, titles, spans and quotes per article; then aliases linked across all articles.
#pragma once

#include "entities/tagger.hpp"
#include "newsprism/parallel.hpp"
#include "newsprism/report.hpp"

namespace newsprism::entities {

/// Fills `article.mentions`: names from `model`, then pattern expressions that do not overlap
/// a name, with their spans, in text order. Needs the article's tokens. At
/// most `max_mentions` mentions are kept, the first in text order; past it a diagnostic
/// "mentions_truncated" says where the list stops.
void tag_article(Article& article, const NerModel& model, uint32_t max_mentions);

/// Runs tag_article() on every article; gives a name written the same way the type of most of
/// its mentions across the report (when more than half and at least five); splits titles off
/// and finds the quotes of each article; then links aliases into Report::entities and resolves
/// each quote's speaker entity. The per-article steps run as tasks on `parallel`, an article
/// per task; the result is the same with or without it.
void tag_report(Report& report, const NerModel& model, uint32_t max_mentions, const ParallelFor& parallel = {});

}  // namespace newsprism::entities
