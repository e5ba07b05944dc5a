#include "parse/html_metadata.hpp"

#include <simdjson.h>

#include <algorithm>
#include <string>

#include "parse/dates.hpp"
#include "parse/rule_text.hpp"

namespace newsprism::parse {
namespace {

constexpr size_t kMaxFieldBytes = 4096;
constexpr size_t kMaxJsonLdBytes = 1 << 20;

const std::string* attribute(const HtmlToken& token, std::string_view name) {
  for (const HtmlAttribute& a : token.attributes) {
    if (a.name == name) return &a.value;
  }
  return nullptr;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string clean(std::string_view text) { return rule_text::collapse_spaces(text, kMaxFieldBytes); }

std::string date_value(std::string_view text) {
  ParsedDate date = parse_date(text);
  return date.ok ? date.iso : clean(text);
}

bool is_url(std::string_view text) { return text.starts_with("http://") || text.starts_with("https://"); }

void add_author(std::vector<std::string>& authors, std::string_view name) {
  std::string value = clean(name);
  if (value.empty() || std::find(authors.begin(), authors.end(), value) != authors.end()) return;
  authors.push_back(std::move(value));
}

// JSON-LD: the nodes of a document (a node, an array of nodes, or an @graph of them).
using simdjson::dom::element;

std::string_view string_of(element value) {
  std::string_view text;
  return value.get(text) == simdjson::SUCCESS ? text : std::string_view();
}

bool has_article_type(element node, bool& any_type) {
  element type;
  if (node["@type"].get(type) != simdjson::SUCCESS) return false;
  auto is_article = [](std::string_view t) {
    return t == "NewsArticle" || t == "Article" || t == "BlogPosting" || t == "ReportageNewsArticle" ||
           t == "AnalysisNewsArticle" || t == "OpinionNewsArticle" || t == "Report" || t == "LiveBlogPosting" ||
           t == "TechArticle" || t == "ScholarlyArticle";
  };
  any_type = true;
  simdjson::dom::array types;
  if (type.get(types) == simdjson::SUCCESS) {
    for (element t : types) {
      if (is_article(string_of(t))) return true;
    }
    return false;
  }
  return is_article(string_of(type));
}

void author_names(element value, std::vector<std::string>& authors, int depth = 0) {
  if (depth > 2) return;
  std::string_view text;
  if (value.get(text) == simdjson::SUCCESS) {
    if (!is_url(text)) add_author(authors, text);
    return;
  }
  simdjson::dom::array list;
  if (value.get(list) == simdjson::SUCCESS) {
    for (element item : list) author_names(item, authors, depth + 1);
    return;
  }
  element name;
  if (value["name"].get(name) == simdjson::SUCCESS) add_author(authors, string_of(name));
}

}  // namespace

void HtmlMetadataCollector::Field::offer(int source_rank, std::string_view text) {
  if (source_rank >= rank) return;
  std::string cleaned = clean(text);
  if (cleaned.empty()) return;
  rank = source_rank;
  value = std::move(cleaned);
}

void HtmlMetadataCollector::on_token(const HtmlToken& token) {
  switch (token.kind) {
    case HtmlTokenKind::kStartTag:
      if (token.name == "meta") {
        on_meta(token);
      } else if (token.name == "title") {
        capture_ = Capture::kTitle;
        captured_.clear();
      } else if (token.name == "script") {
        const std::string* type = attribute(token, "type");
        if (type != nullptr && lower(*type) == "application/ld+json") {
          capture_ = Capture::kJsonLd;
          captured_.clear();
        }
      } else if (token.name == "link") {
        const std::string* rel = attribute(token, "rel");
        const std::string* href = attribute(token, "href");
        if (rel != nullptr && href != nullptr && lower(*rel) == "canonical") url_.offer(1, *href);
      } else if (token.name == "html") {
        if (const std::string* lang = attribute(token, "lang")) language_.offer(1, *lang);
      } else if (token.name == "time" && !seen_time_) {
        if (const std::string* datetime = attribute(token, "datetime")) {
          seen_time_ = true;
          published_.offer(6, date_value(*datetime));
        }
      } else if (const std::string* itemprop = attribute(token, "itemprop")) {
        if (*itemprop == "datePublished") {
          const std::string* value = attribute(token, "datetime");
          if (value == nullptr) value = attribute(token, "content");
          if (value != nullptr) published_.offer(3, date_value(*value));
        }
      }
      break;
    case HtmlTokenKind::kText:
      if (capture_ != Capture::kNone) {
        size_t limit = capture_ == Capture::kJsonLd ? kMaxJsonLdBytes + 1 : kMaxFieldBytes;
        captured_.append(token.text, 0, std::min(token.text.size(), limit - std::min(limit, captured_.size())));
      }
      break;
    case HtmlTokenKind::kEndTag:
      if (capture_ == Capture::kTitle && token.name == "title") {
        title_.offer(4, captured_);
        capture_ = Capture::kNone;
      } else if (capture_ == Capture::kJsonLd && token.name == "script") {
        capture_ = Capture::kNone;
        if (captured_.size() > kMaxJsonLdBytes) {
          issues_.push_back({Severity::kWarning, "json_ld_too_large",
                             "a JSON-LD script is over 1 MiB and was not read", 1,
                             static_cast<int64_t>(token.source_start)});
        } else {
          on_json_ld(captured_);
        }
      }
      break;
    default:
      break;
  }
}

void HtmlMetadataCollector::on_meta(const HtmlToken& token) {
  const std::string* content = attribute(token, "content");
  if (content == nullptr) return;
  const std::string* key = attribute(token, "property");
  if (key == nullptr) key = attribute(token, "name");
  if (key == nullptr) key = attribute(token, "itemprop");
  if (key == nullptr) {
    const std::string* equiv = attribute(token, "http-equiv");
    if (equiv != nullptr && lower(*equiv) == "content-language") language_.offer(3, *content);
    return;
  }
  const std::string name = lower(*key);
  if (name == "og:title") title_.offer(1, *content);
  else if (name == "twitter:title") title_.offer(3, *content);
  else if (name == "article:published_time") published_.offer(1, date_value(*content));
  else if (name == "datepublished") published_.offer(3, date_value(*content));
  else if (name == "date" || name == "pubdate" || name == "publish-date" || name == "parsely-pub-date" ||
           name == "dc.date" || name == "dc.date.issued" || name == "sailthru.date" || name == "article.published") {
    published_.offer(4, date_value(*content));
  } else if (name == "article:modified_time") modified_.offer(1, date_value(*content));
  else if (name == "og:updated_time" || name == "datemodified") modified_.offer(3, date_value(*content));
  else if (name == "author") add_author(authors_[1], *content);
  else if (name == "article:author") {
    if (!is_url(*content)) add_author(authors_[2], *content);
  } else if (name == "parsely-author" || name == "sailthru.author" || name == "dc.creator") add_author(authors_[3], *content);
  else if (name == "og:site_name") site_.offer(1, *content);
  else if (name == "application-name") site_.offer(3, *content);
  else if (name == "og:url") url_.offer(2, *content);
  else if (name == "og:locale") {
    std::string locale = *content;
    std::replace(locale.begin(), locale.end(), '_', '-');
    language_.offer(2, locale);
  } else if (name == "description") description_.offer(1, *content);
  else if (name == "og:description") description_.offer(2, *content);
  else if (name == "twitter:description") description_.offer(3, *content);
}

void HtmlMetadataCollector::on_json_ld(std::string_view json) {
  simdjson::dom::parser parser;
  element root;
  simdjson::padded_string padded(json);
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) {
    issues_.push_back({Severity::kWarning, "json_ld_invalid",
                       "a JSON-LD script is not valid JSON; the page's other metadata was still read", 1, -1});
    return;
  }
  // The nodes to look at: the root, the items of a root array, and the items of any @graph.
  std::vector<element> nodes;
  auto add_nodes = [&](element value) {
    simdjson::dom::array list;
    if (value.get(list) == simdjson::SUCCESS) {
      for (element item : list) {
        if (nodes.size() < 256) nodes.push_back(item);
      }
    } else {
      nodes.push_back(value);
    }
  };
  add_nodes(root);
  for (size_t i = 0; i < nodes.size() && i < 256; ++i) {
    element graph;
    if (nodes[i]["@graph"].get(graph) == simdjson::SUCCESS) add_nodes(graph);
  }
  for (element node : nodes) {
    simdjson::dom::object object;
    if (node.get(object) != simdjson::SUCCESS) continue;
    bool any_type = false;
    if (!has_article_type(node, any_type)) {
      // A WebSite or Organization node still names the site.
      element name;
      std::string_view type;
      if (node["@type"].get(type) == simdjson::SUCCESS && (type == "WebSite" || type == "NewsMediaOrganization") &&
          node["name"].get(name) == simdjson::SUCCESS) {
        site_.offer(2, string_of(name));
      }
      continue;
    }
    element value;
    if (node["headline"].get(value) == simdjson::SUCCESS) title_.offer(2, string_of(value));
    if (node["datePublished"].get(value) == simdjson::SUCCESS) published_.offer(2, date_value(string_of(value)));
    if (node["dateModified"].get(value) == simdjson::SUCCESS) modified_.offer(2, date_value(string_of(value)));
    if (node["author"].get(value) == simdjson::SUCCESS) author_names(value, authors_[0]);
    if (node["publisher"]["name"].get(value) == simdjson::SUCCESS) site_.offer(2, string_of(value));
    if (node["url"].get(value) == simdjson::SUCCESS) url_.offer(3, string_of(value));
    if (node["mainEntityOfPage"].get(value) == simdjson::SUCCESS) {
      std::string_view page = string_of(value);
      element id;
      if (page.empty() && value["@id"].get(id) == simdjson::SUCCESS) page = string_of(id);
      if (is_url(page)) url_.offer(4, page);
    }
    if (node["inLanguage"].get(value) == simdjson::SUCCESS) language_.offer(4, string_of(value));
    if (node["description"].get(value) == simdjson::SUCCESS) description_.offer(4, string_of(value));
  }
}

ArticleMetadata HtmlMetadataCollector::finish() {
  if (capture_ == Capture::kTitle) title_.offer(4, captured_);  // <title> cut off by the end of input
  capture_ = Capture::kNone;
  ArticleMetadata metadata;
  metadata.title = std::move(title_.value);
  metadata.published = std::move(published_.value);
  metadata.modified = std::move(modified_.value);
  for (std::vector<std::string>& authors : authors_) {
    if (!authors.empty()) {
      metadata.authors = std::move(authors);
      break;
    }
  }
  metadata.site = std::move(site_.value);
  metadata.url = std::move(url_.value);
  metadata.language = std::move(language_.value);
  metadata.description = std::move(description_.value);
  return metadata;
}

}  // namespace newsprism::parse
