// Placeholder until alias linking lands: every mention its own entity.
#include "entities/aliases.hpp"

namespace newsprism::entities {

void split_titles(Article&) {}

void link_entities(Report& report) {
  for (Article& article : report.articles) {
    for (Mention& mention : article.mentions) {
      Entity entity;
      entity.id = static_cast<uint32_t>(report.entities.size());
      entity.type = mention.type;
      entity.name = article.text.substr(mention.span.start, mention.span.end - mention.span.start);
      entity.value = mention.value;
      entity.articles.push_back({article.id, 1});
      entity.mentions = 1;
      mention.entity = entity.id;
      report.entities.push_back(std::move(entity));
    }
  }
}

}  // namespace newsprism::entities
