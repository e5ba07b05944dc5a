// One forward pass per object: each field's key is looked up once in a sorted table that says
// where its value goes and how much it is trusted (its rank; lower wins), so "date_gmt" beats
// "date" whatever order the keys come in, and no value is parsed twice.
#include "parse/json_reader.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>

#include "parse/json_scan.hpp"
#include "parse/json_string.hpp"

// Returns simdjson's error code from the enclosing function when `expr` fails.
#define NEWSPRISM_JSON_TRY(expr)                                  \
  do {                                                            \
    if (simdjson::error_code try_error = (expr); try_error) {     \
      return try_error;                                           \
    }                                                             \
  } while (0)

namespace newsprism::parse::json_reader {
namespace {

using simdjson::error_code;
using simdjson::SUCCESS;
using simdjson::ondemand::json_type;
using simdjson::ondemand::value;

constexpr uint8_t kUnset = UINT8_MAX;

bool is_blank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') return false;
  }
  return true;
}

// One metadata field of a candidate article, with the rank of the key it came from.
struct Slot {
  std::string text;
  uint8_t rank = kUnset;
  bool html = false;
  bool in_input = false;      // the value is the raw string at `raw`, not decoded into `text`
  size_t raw_length = 0;      // with in_input, its length between the quotes
  const char* raw = nullptr;  // the raw JSON string's opening quote in the parsed buffer

  void offer(std::string_view candidate, uint8_t candidate_rank, bool is_html, const char* raw_string = nullptr) {
    if (candidate_rank >= rank || is_blank(candidate)) return;
    text.assign(candidate);
    rank = candidate_rank;
    html = is_html;
    in_input = false;
    raw = raw_string;
  }
  // offer() for a string left undecoded where it lies (`raw_string` its opening quote),
  // checked by check_json_string().
  void offer_in_input(const char* raw_string, const JsonStringCheck& check, uint8_t candidate_rank, bool is_html) {
    if (candidate_rank >= rank || check.blank) return;
    text.clear();
    rank = candidate_rank;
    html = is_html;
    in_input = true;
    raw_length = check.length;
    raw = raw_string;
  }
  bool found() const { return rank != kUnset; }
  bool has_text() const { return in_input || !text.empty(); }
};

// Where a field's value goes.
enum class Target : uint8_t {
  kTitle, kBody, kExcerpt, kDescription, kPublished, kPublishedGmt, kModified, kModifiedGmt,
  kUrl, kSite, kLanguage, kId, kAuthors, kType, kVersion, kYoast, kEmbedded, kGraph, kSkip,
};

// Whether a string value is HTML: always (content_html), never (content_text), or if it holds
// tags or entities (a plain "title" or "body" may be either).
enum class Markup : uint8_t { kPlain, kHtml, kSniff };

struct FieldRule {
  std::string_view key;
  Target target;
  uint8_t rank;
  Markup markup;
};

// Sorted by key (byte order) for binary search; checked at compile time below.
constexpr std::array kFieldRules = std::to_array<FieldRule>({
    {"@graph", Target::kGraph, 0, Markup::kPlain},
    {"@type", Target::kType, 0, Markup::kPlain},
    {"_embedded", Target::kEmbedded, 1, Markup::kPlain},
    {"_links", Target::kSkip, 0, Markup::kPlain},
    {"abstract", Target::kDescription, 2, Markup::kPlain},
    {"articleBody", Target::kBody, 1, Markup::kSniff},
    {"article_body", Target::kBody, 1, Markup::kSniff},
    {"author", Target::kAuthors, 0, Markup::kPlain},
    {"authors", Target::kAuthors, 0, Markup::kPlain},
    {"body", Target::kBody, 1, Markup::kSniff},
    {"bodyHtml", Target::kBody, 0, Markup::kHtml},
    {"body_html", Target::kBody, 0, Markup::kHtml},
    {"byline", Target::kAuthors, 1, Markup::kPlain},
    {"canonical", Target::kUrl, 1, Markup::kPlain},
    {"canonical_url", Target::kUrl, 1, Markup::kPlain},
    {"content", Target::kBody, 1, Markup::kSniff},
    {"content_html", Target::kBody, 0, Markup::kHtml},
    {"content_text", Target::kBody, 3, Markup::kPlain},
    {"createdAt", Target::kPublished, 4, Markup::kPlain},
    {"created_at", Target::kPublished, 4, Markup::kPlain},
    {"creator", Target::kAuthors, 2, Markup::kPlain},
    {"date", Target::kPublished, 3, Markup::kPlain},
    {"dateModified", Target::kModified, 1, Markup::kPlain},
    {"datePublished", Target::kPublished, 1, Markup::kPlain},
    {"date_gmt", Target::kPublishedGmt, 0, Markup::kPlain},
    {"date_modified", Target::kModified, 1, Markup::kPlain},
    {"date_published", Target::kPublished, 1, Markup::kPlain},
    {"dek", Target::kDescription, 2, Markup::kPlain},
    {"description", Target::kDescription, 0, Markup::kPlain},
    {"excerpt", Target::kExcerpt, 0, Markup::kSniff},
    {"guid", Target::kSkip, 0, Markup::kPlain},
    {"headline", Target::kTitle, 1, Markup::kSniff},
    {"html", Target::kBody, 1, Markup::kHtml},
    {"id", Target::kId, 0, Markup::kPlain},
    {"inLanguage", Target::kLanguage, 0, Markup::kPlain},
    {"lang", Target::kLanguage, 0, Markup::kPlain},
    {"language", Target::kLanguage, 0, Markup::kPlain},
    {"link", Target::kUrl, 0, Markup::kPlain},
    {"locale", Target::kLanguage, 1, Markup::kPlain},
    {"mainEntityOfPage", Target::kUrl, 2, Markup::kPlain},
    {"modified", Target::kModified, 3, Markup::kPlain},
    {"modified_gmt", Target::kModifiedGmt, 0, Markup::kPlain},
    {"name", Target::kTitle, 3, Markup::kSniff},
    {"permalink", Target::kUrl, 0, Markup::kPlain},
    {"pubDate", Target::kPublished, 2, Markup::kPlain},
    {"publishDate", Target::kPublished, 1, Markup::kPlain},
    {"publish_date", Target::kPublished, 1, Markup::kPlain},
    {"published", Target::kPublished, 1, Markup::kPlain},
    {"publishedAt", Target::kPublished, 1, Markup::kPlain},
    {"published_at", Target::kPublished, 1, Markup::kPlain},
    {"publisher", Target::kSite, 1, Markup::kPlain},
    {"site", Target::kSite, 0, Markup::kPlain},
    {"siteName", Target::kSite, 0, Markup::kPlain},
    {"site_name", Target::kSite, 0, Markup::kPlain},
    {"source", Target::kSite, 1, Markup::kPlain},
    {"subtitle", Target::kDescription, 2, Markup::kPlain},
    {"summary", Target::kDescription, 1, Markup::kPlain},
    {"text", Target::kBody, 2, Markup::kSniff},
    {"title", Target::kTitle, 0, Markup::kSniff},
    {"updated", Target::kModified, 2, Markup::kPlain},
    {"updatedAt", Target::kModified, 2, Markup::kPlain},
    {"updated_at", Target::kModified, 2, Markup::kPlain},
    {"url", Target::kUrl, 0, Markup::kPlain},
    {"version", Target::kVersion, 0, Markup::kPlain},
    {"yoast_head_json", Target::kYoast, 0, Markup::kPlain},
});
static_assert(std::is_sorted(kFieldRules.begin(), kFieldRules.end(),
                             [](const FieldRule& a, const FieldRule& b) { return a.key < b.key; }));

// Titles from these ranks are strong enough for an article without a body (title or headline,
// not "name", which persons and organizations have too).
constexpr uint8_t kStrongTitleRank = 1;

// Keys sorted by length, then bytes: most keys of a post are not in the table, and comparing
// lengths first rejects them without touching their bytes.
constexpr bool shorter_or_before(std::string_view a, std::string_view b) {
  return a.size() != b.size() ? a.size() < b.size() : a < b;
}

constexpr std::array<FieldRule, kFieldRules.size()> kRulesByLength = [] {
  std::array<FieldRule, kFieldRules.size()> rules = kFieldRules;
  std::sort(rules.begin(), rules.end(),
            [](const FieldRule& a, const FieldRule& b) { return shorter_or_before(a.key, b.key); });
  return rules;
}();

const FieldRule* find_rule(std::string_view key) {
  auto it = std::lower_bound(
      kRulesByLength.begin(), kRulesByLength.end(), key,
      [](const FieldRule& rule, std::string_view k) { return shorter_or_before(rule.key, k); });
  return it != kRulesByLength.end() && it->key == key ? &*it : nullptr;
}

// schema.org types of articles: Article and its subtypes (NewsArticle, ReportageNewsArticle,
// TechArticle, ...), BlogPosting and LiveBlogPosting, Report. Prefixes like "schema:" or
// "https://schema.org/" are ignored.
bool is_article_type(std::string_view type) {
  size_t cut = type.find_last_of("/:");
  if (cut != std::string_view::npos) type.remove_prefix(cut + 1);
  return type.ends_with("Article") || type.ends_with("BlogPosting") || type == "Report";
}

// True when a *_gmt time already names its zone ("Z", "+02:00", "-0500").
bool has_zone(std::string_view time) {
  size_t t = time.find_first_of("T ");
  if (t == std::string_view::npos) return true;  // a bare date: nothing to add
  return time.find_first_of("Zz+-", t) != std::string_view::npos;
}

std::string_view trim_token(std::string_view token) {
  while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\t' ||
                            token.back() == '\r')) {
    token.remove_suffix(1);
  }
  return token;
}

void add_unique(std::vector<std::string>& names, std::string_view name) {
  if (is_blank(name)) return;
  for (const std::string& existing : names) {
    if (existing == name) return;
  }
  names.emplace_back(name);
}

// A candidate article: the best value seen so far for every field of one object.
struct Candidate {
  Slot title, body, excerpt, description, published, modified, url, site, language, id;
  std::vector<std::string> authors;
  uint8_t authors_rank = kUnset;
  uint32_t markers = 0;
  bool has_type = false;
  bool has_article_type = false;
  bool cut = false;  // closed by a truncation repair: incomplete
  std::string version;

  void offer_authors(std::vector<std::string>& names, uint8_t rank) {
    if (names.empty() || rank > authors_rank) return;
    if (rank < authors_rank) {
      authors.clear();
      authors_rank = rank;
    }
    for (std::string& name : names) add_unique(authors, name);
  }

  bool is_json_feed() const { return version.find("jsonfeed.org/version") != std::string::npos; }

  // Whether this object is an article. Objects typed as something else (WebPage, Person) never
  // are; a body makes one; failing that, a real title with an excerpt or summary does, unless
  // the object holds articles of its own (then it is a wrapper or a feed).
  bool qualifies(bool holds_articles) const {
    if (cut || is_json_feed() || (has_type && !has_article_type)) return false;
    if (body.has_text()) return true;
    return !holds_articles && title.rank <= kStrongTitleRank &&
           (!excerpt.text.empty() || !description.text.empty());
  }

  FoundArticle take_article(const ReadState& state) {
    FoundArticle found;
    JsonArticle& article = found.article;
    if (state.buffer != nullptr) {
      auto offset = [&](const Slot& slot) {
        return slot.raw == nullptr ? kNoJsonOffset
                                   : state.buffer_base + static_cast<uint64_t>(slot.raw - state.buffer);
      };
      article.title_offset = offset(title);
      article.body_offset = offset(body);
      article.excerpt_offset = offset(excerpt);
    }
    article.title = std::move(title.text);
    article.title_is_html = title.html;
    article.body = std::move(body.text);
    article.body_is_html = body.html;
    article.body_in_input = body.in_input;
    article.body_raw_length = body.raw_length;
    article.excerpt = std::move(excerpt.text);
    article.excerpt_is_html = excerpt.html;
    article.published = std::move(published.text);
    article.modified = std::move(modified.text);
    article.url = std::move(url.text);
    article.authors = std::move(authors);
    article.site = std::move(site.text);
    article.description = std::move(description.text);
    article.language = std::move(language.text);
    article.id = std::move(id.text);
    found.markers = markers;
    if (!article.body.empty() || article.body_in_input) found.markers |= kHasBody;
    if (has_article_type) found.markers |= kJsonLdArticle;
    return found;
  }
};

error_code read_container(value item, int depth, ReadState& state);

error_code get_type(value& item, json_type& type) { return item.type().get(type); }

// Reads a string value into `slot`; other types are left alone.
error_code offer_string(value& item, Slot& slot, uint8_t rank, Markup markup) {
  json_type type;
  NEWSPRISM_JSON_TRY(get_type(item, type));
  if (type != json_type::string) return SUCCESS;
  // The raw token, taken before the string is decoded, says where the string sits.
  const char* raw = item.raw_json_token().data();
  std::string_view text;
  NEWSPRISM_JSON_TRY(item.get_string(true).get(text));
  bool html = markup == Markup::kHtml || (markup == Markup::kSniff && looks_like_html(text));
  slot.offer(text, rank, html, raw);
  return SUCCESS;
}

// Calls found(value) with the first string member `key` of an object value and returns what it
// returns; does nothing when there is none.
template <typename Found>
error_code with_string_member(value& item, std::string_view key, Found&& found) {
  simdjson::ondemand::object object;
  NEWSPRISM_JSON_TRY(item.get_object().get(object));
  for (auto field_result : object) {
    simdjson::ondemand::field field;
    NEWSPRISM_JSON_TRY(std::move(field_result).get(field));
    if (field.escaped_key() != key) continue;
    json_type type;
    NEWSPRISM_JSON_TRY(field.value().type().get(type));
    if (type == json_type::string) return found(field.value());
  }
  return SUCCESS;
}

// Reads the string member `key` of an object value (e.g. "name" of an author, "rendered" of a
// WordPress title) into `out`; leaves `out` empty when there is none.
error_code member_string(value& item, std::string_view key, std::string_view& out,
                         const char** raw = nullptr) {
  return with_string_member(item, key, [&](value& string) {
    if (raw != nullptr) *raw = string.raw_json_token().data();
    return string.get_string(true).get(out);
  });
}

// The string member `key` of an object value, like member_string(), but left undecoded when
// check_json_string() accepts it: then `check` says so and `token` is its raw token (opening
// quote, content, closing quote, spaces after). Otherwise simdjson decodes it into `decoded`,
// or fails as it would have. All stay empty when there is no such member.
error_code member_string_or_raw(value& item, std::string_view key, std::string_view& token,
                                JsonStringCheck& check, std::string_view& decoded) {
  return with_string_member(item, key, [&](value& string) {
    token = string.raw_json_token();
    check = check_json_string(token.substr(1));
    return check.valid ? SUCCESS : string.get_string(true).get(decoded);
  });
}

// A string, an object with a name, or an array of either: author and publisher fields.
error_code read_names(value& item, std::vector<std::string>& names, int budget = 1) {
  json_type type;
  NEWSPRISM_JSON_TRY(get_type(item, type));
  std::string_view name;
  switch (type) {
    case json_type::string:
      NEWSPRISM_JSON_TRY(item.get_string(true).get(name));
      add_unique(names, name);
      break;
    case json_type::object:
      NEWSPRISM_JSON_TRY(member_string(item, "name", name));
      if (name.empty()) {
        // WordPress embeds and some CMSs call it so.
        NEWSPRISM_JSON_TRY(member_string(item, "display_name", name));
      }
      add_unique(names, name);
      break;
    case json_type::array:
      if (budget == 0) break;
      for (auto element_result : item.get_array()) {
        value element;
        NEWSPRISM_JSON_TRY(element_result.get(element));
        NEWSPRISM_JSON_TRY(read_names(element, names, budget - 1));
      }
      break;
    default:
      break;
  }
  return SUCCESS;
}

// "@type": a string or an array of strings.
error_code read_type(value& item, Candidate& candidate) {
  json_type type;
  NEWSPRISM_JSON_TRY(get_type(item, type));
  std::string_view name;
  if (type == json_type::string) {
    NEWSPRISM_JSON_TRY(item.get_string(true).get(name));
    candidate.has_type = true;
    candidate.has_article_type |= is_article_type(name);
  } else if (type == json_type::array) {
    for (auto element_result : item.get_array()) {
      value element;
      NEWSPRISM_JSON_TRY(element_result.get(element));
      NEWSPRISM_JSON_TRY(get_type(element, type));
      if (type != json_type::string) continue;
      NEWSPRISM_JSON_TRY(element.get_string(true).get(name));
      candidate.has_type = true;
      candidate.has_article_type |= is_article_type(name);
    }
  }
  return SUCCESS;
}

// Yoast SEO's "schema": {"@graph": [...]}: the names of its Person nodes, the post's authors.
error_code read_yoast_schema(value& item, std::vector<std::string>& persons) {
  simdjson::ondemand::object schema;
  NEWSPRISM_JSON_TRY(item.get_object().get(schema));
  for (auto field_result : schema) {
    simdjson::ondemand::field field;
    NEWSPRISM_JSON_TRY(std::move(field_result).get(field));
    if (field.escaped_key() != "@graph") continue;
    simdjson::ondemand::array graph;
    NEWSPRISM_JSON_TRY(field.value().get_array().get(graph));
    for (auto node_result : graph) {
      simdjson::ondemand::object node;
      if (node_result.get_object().get(node) != SUCCESS) continue;
      bool person = false;
      std::string_view name;
      for (auto member_result : node) {
        simdjson::ondemand::field member;
        NEWSPRISM_JSON_TRY(std::move(member_result).get(member));
        std::string_view key = member.escaped_key();
        json_type type;
        NEWSPRISM_JSON_TRY(member.value().type().get(type));
        if (type != json_type::string) continue;
        std::string_view text;
        if (key == "@type") {
          NEWSPRISM_JSON_TRY(member.value().get_string(true).get(text));
          person = text == "Person";
        } else if (key == "name") {
          NEWSPRISM_JSON_TRY(member.value().get_string(true).get(name));
        }
      }
      if (person) add_unique(persons, name);
    }
  }
  return SUCCESS;
}

// WordPress "yoast_head_json": SEO metadata that fills what the post itself lacks (its title
// usually carries a " - Site" suffix, so it ranks below the post's own title).
error_code read_yoast(value& item, Candidate& candidate) {
  simdjson::ondemand::object yoast;
  NEWSPRISM_JSON_TRY(item.get_object().get(yoast));
  candidate.markers |= kWordPressYoast;
  std::vector<std::string> names;
  std::vector<std::string> persons;
  for (auto field_result : yoast) {
    simdjson::ondemand::field field;
    NEWSPRISM_JSON_TRY(std::move(field_result).get(field));
    std::string_view key = field.escaped_key();
    value& member = field.value();
    if (key == "title") {
      NEWSPRISM_JSON_TRY(offer_string(member, candidate.title, 4, Markup::kSniff));
    } else if (key == "og_title") {
      NEWSPRISM_JSON_TRY(offer_string(member, candidate.title, 5, Markup::kSniff));
    } else if (key == "description") {
      NEWSPRISM_JSON_TRY(offer_string(member, candidate.description, 0, Markup::kPlain));
    } else if (key == "og_description") {
      NEWSPRISM_JSON_TRY(offer_string(member, candidate.description, 1, Markup::kPlain));
    } else if (key == "og_site_name") {
      NEWSPRISM_JSON_TRY(offer_string(member, candidate.site, 0, Markup::kPlain));
    } else if (key == "og_locale") {
      NEWSPRISM_JSON_TRY(offer_string(member, candidate.language, 1, Markup::kPlain));
    } else if (key == "canonical") {
      NEWSPRISM_JSON_TRY(offer_string(member, candidate.url, 1, Markup::kPlain));
    } else if (key == "og_url") {
      NEWSPRISM_JSON_TRY(offer_string(member, candidate.url, 2, Markup::kPlain));
    } else if (key == "article_published_time") {
      NEWSPRISM_JSON_TRY(offer_string(member, candidate.published, 2, Markup::kPlain));
    } else if (key == "article_modified_time") {
      NEWSPRISM_JSON_TRY(offer_string(member, candidate.modified, 2, Markup::kPlain));
    } else if (key == "author") {
      names.clear();
      NEWSPRISM_JSON_TRY(read_names(member, names));
      candidate.offer_authors(names, 1);
    } else if (key == "twitter_misc") {
      std::string_view written_by;
      json_type type;
      NEWSPRISM_JSON_TRY(member.type().get(type));
      if (type == json_type::object) {
        NEWSPRISM_JSON_TRY(member_string(member, "Written by", written_by));
      }
      names.clear();
      add_unique(names, written_by);
      candidate.offer_authors(names, 2);
    } else if (key == "schema") {
      json_type type;
      NEWSPRISM_JSON_TRY(member.type().get(type));
      if (type == json_type::object) NEWSPRISM_JSON_TRY(read_yoast_schema(member, persons));
    }
  }
  candidate.offer_authors(persons, 3);
  return SUCCESS;
}

// WordPress "_embedded" (posts fetched with ?_embed): "author": [{"name": ...}].
error_code read_embedded(value& item, Candidate& candidate) {
  simdjson::ondemand::object embedded;
  NEWSPRISM_JSON_TRY(item.get_object().get(embedded));
  for (auto field_result : embedded) {
    simdjson::ondemand::field field;
    NEWSPRISM_JSON_TRY(std::move(field_result).get(field));
    if (field.escaped_key() != "author") continue;
    std::vector<std::string> names;
    NEWSPRISM_JSON_TRY(read_names(field.value(), names));
    candidate.offer_authors(names, 1);
  }
  return SUCCESS;
}

// A field whose key is in kFieldRules.
error_code read_known_field(const FieldRule& rule, value& item, int depth, Candidate& candidate,
                            ReadState& state) {
  json_type type;
  NEWSPRISM_JSON_TRY(get_type(item, type));
  Slot* slot = nullptr;
  switch (rule.target) {
    case Target::kTitle: slot = &candidate.title; break;
    case Target::kBody: slot = &candidate.body; break;
    case Target::kExcerpt: slot = &candidate.excerpt; break;
    case Target::kDescription: slot = &candidate.description; break;
    case Target::kPublished: case Target::kPublishedGmt: slot = &candidate.published; break;
    case Target::kModified: case Target::kModifiedGmt: slot = &candidate.modified; break;
    case Target::kUrl: slot = &candidate.url; break;
    case Target::kSite: slot = &candidate.site; break;
    case Target::kLanguage: slot = &candidate.language; break;
    case Target::kId: slot = &candidate.id; break;
    default: break;
  }
  std::string_view text;
  switch (rule.target) {
    case Target::kTitle:
    case Target::kBody:
    case Target::kExcerpt:
    case Target::kDescription:
      if (type == json_type::object && rule.target == Target::kBody && state.buffer != nullptr) {
        // WordPress content.rendered, most of a posts export, stays where it is in the input and
        // is decoded when its article is drafted (JsonArticle::body_in_input): checked here, not
        // copied. A string the check refuses goes the usual way, so simdjson judges it.
        std::string_view token;
        JsonStringCheck check;
        NEWSPRISM_JSON_TRY(member_string_or_raw(item, "rendered", token, check, text));
        if (check.valid) {
          if (check.length > 0) candidate.markers |= kWordPressRendered;
          slot->offer_in_input(token.data(), check, 0, true);
          return SUCCESS;
        }
        if (!text.empty()) candidate.markers |= kWordPressRendered;
        slot->offer(text, 0, true, token.empty() ? nullptr : token.data());
        return SUCCESS;
      }
      if (type == json_type::object) {
        // WordPress: {"rendered": "<p>...</p>", "protected": false}.
        const char* raw = nullptr;
        NEWSPRISM_JSON_TRY(member_string(item, "rendered", text, &raw));
        if (!text.empty() && rule.target != Target::kDescription) {
          candidate.markers |= kWordPressRendered;
        }
        slot->offer(text, 0, true, raw);
        return SUCCESS;
      }
      return offer_string(item, *slot, rule.rank, rule.markup);
    case Target::kPublishedGmt:
    case Target::kModifiedGmt:
      if (type != json_type::string) return SUCCESS;
      NEWSPRISM_JSON_TRY(item.get_string(true).get(text));
      if (!has_zone(text)) {
        slot->offer(std::string(text) + "Z", rule.rank, false);
        return SUCCESS;
      }
      slot->offer(text, rule.rank, false);
      return SUCCESS;
    case Target::kPublished:
    case Target::kModified:
    case Target::kId:
      if (type == json_type::number) {
        // Unix times and numeric ids keep their JSON spelling.
        slot->offer(trim_token(item.raw_json_token()), rule.rank, false);
        return SUCCESS;
      }
      return offer_string(item, *slot, rule.rank, Markup::kPlain);
    case Target::kUrl:
      if (type == json_type::object) {
        // JSON-LD mainEntityOfPage: {"@id": "https://..."}.
        NEWSPRISM_JSON_TRY(member_string(item, "@id", text));
        slot->offer(text, rule.rank, false);
        return SUCCESS;
      }
      return offer_string(item, *slot, rule.rank, Markup::kPlain);
    case Target::kSite:
      if (type == json_type::object) {
        // NewsAPI "source": {"id": ..., "name": ...}; JSON-LD "publisher": {"name": ...}.
        NEWSPRISM_JSON_TRY(member_string(item, "name", text));
        slot->offer(text, rule.rank, false);
        return SUCCESS;
      }
      return offer_string(item, *slot, rule.rank, Markup::kPlain);
    case Target::kLanguage:
      return offer_string(item, *slot, rule.rank, Markup::kPlain);
    case Target::kAuthors: {
      std::vector<std::string> names;
      NEWSPRISM_JSON_TRY(read_names(item, names));
      candidate.offer_authors(names, rule.rank);
      return SUCCESS;
    }
    case Target::kType:
      return read_type(item, candidate);
    case Target::kVersion:
      if (type != json_type::string) return SUCCESS;
      NEWSPRISM_JSON_TRY(item.get_string(true).get(text));
      candidate.version.assign(text);
      return SUCCESS;
    case Target::kYoast:
      return type == json_type::object ? read_yoast(item, candidate) : SUCCESS;
    case Target::kEmbedded:
      return type == json_type::object ? read_embedded(item, candidate) : SUCCESS;
    case Target::kGraph:
      state.saw_graph = true;
      return read_container(item, depth + 1, state);
    case Target::kSkip:
      return SUCCESS;
  }
  return SUCCESS;
}

// Gives the articles found inside a non-article object what they lack of its context: a JSON
// Feed's title (the site), language and authors; a wrapper's site and language.
void pass_context(Candidate& container, std::vector<FoundArticle>& found, size_t first) {
  bool feed = container.is_json_feed();
  for (size_t i = first; i < found.size(); ++i) {
    JsonArticle& article = found[i].article;
    if (feed) {
      found[i].markers |= kJsonFeedItem;
      if (article.site.empty()) article.site = container.title.text;
      if (article.authors.empty()) article.authors = container.authors;
    }
    if (article.site.empty()) article.site = container.site.text;
    if (article.language.empty()) article.language = container.language.text;
  }
}

error_code read_object(simdjson::ondemand::object object, int depth, ReadState& state) {
  const size_t first_child = state.found.size();
  Candidate candidate;
  for (auto field_result : object) {
    simdjson::ondemand::field field;
    NEWSPRISM_JSON_TRY(std::move(field_result).get(field));
    std::string_view key = field.escaped_key();
    if (const FieldRule* rule = find_rule(key)) {
      NEWSPRISM_JSON_TRY(read_known_field(*rule, field.value(), depth, candidate, state));
    } else if (key == json_scan::kCutObjectKey) {
      candidate.cut = true;
    } else {
      // Unknown keys may hold articles: {"posts": [...]}, {"data": {"items": [...]}}.
      NEWSPRISM_JSON_TRY(read_container(field.value(), depth + 1, state));
    }
  }
  if (candidate.is_json_feed()) state.json_feed_version = candidate.version;
  if (candidate.qualifies(state.found.size() > first_child)) {
    // An article's own nested objects (a related post, an image) are part of it, not articles.
    state.found.resize(first_child);
    state.found.push_back(candidate.take_article(state));
  } else {
    pass_context(candidate, state.found, first_child);
  }
  return SUCCESS;
}

// Looks for articles in an array or object; other values are skipped unread.
error_code read_container(value item, int depth, ReadState& state) {
  json_type type;
  NEWSPRISM_JSON_TRY(get_type(item, type));
  if (type != json_type::object && type != json_type::array) return SUCCESS;
  if (depth > kMaxWalkDepth) {
    // simdjson skips it without recursion, however deep it goes.
    state.hit_depth_limit = true;
    return SUCCESS;
  }
  if (type == json_type::object) {
    simdjson::ondemand::object object;
    NEWSPRISM_JSON_TRY(item.get_object().get(object));
    return read_object(object, depth, state);
  }
  simdjson::ondemand::array array;
  NEWSPRISM_JSON_TRY(item.get_array().get(array));
  for (auto element_result : array) {
    value element;
    NEWSPRISM_JSON_TRY(element_result.get(element));
    NEWSPRISM_JSON_TRY(read_container(element, depth + 1, state));
  }
  return SUCCESS;
}

}  // namespace

error_code read_root(value root, ReadState& state) {
  json_type type;
  NEWSPRISM_JSON_TRY(get_type(root, type));
  if (type != json_type::array) return read_container(root, 0, state);
  simdjson::ondemand::array array;
  NEWSPRISM_JSON_TRY(root.get_array().get(array));
  for (auto element_result : array) {
    value element;
    NEWSPRISM_JSON_TRY(element_result.get(element));
    size_t before = state.found.size();
    NEWSPRISM_JSON_TRY(read_container(element, 1, state));
    if (state.found.size() == before) ++state.skipped_elements;
  }
  return SUCCESS;
}

bool looks_like_html(std::string_view text) {
  for (size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    if (at + 1 >= text.size()) break;
    char next = text[at + 1];
    if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' ||
        next == '!') {
      return true;
    }
  }
  for (size_t at = text.find('&'); at != std::string_view::npos; at = text.find('&', at + 1)) {
    // &name; or &#123; or &#x1F; within a short reach.
    size_t end = std::min(text.size(), at + 12);
    size_t i = at + 1;
    if (i < end && text[i] == '#') ++i;
    size_t name_start = i;
    while (i < end && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z') ||
                       (text[i] >= '0' && text[i] <= '9'))) {
      ++i;
    }
    if (i > name_start && i < end && text[i] == ';') return true;
  }
  return false;
}

}  // namespace newsprism::parse::json_reader

#undef NEWSPRISM_JSON_TRY
