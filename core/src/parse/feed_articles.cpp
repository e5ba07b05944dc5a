#include "parse/feed_articles.hpp"

#include "parse/dates.hpp"
#include "parse/html_tokenizer.hpp"
#include "parse/json_drafts.hpp"
#include "parse/rule_text.hpp"

namespace newsprism::parse {
namespace {

using rule_text::istarts_with;

// The element an item's text is being collected for.
enum class Field {
  kNone, kTitle, kLink, kPublished, kModified, kAuthor, kAuthorName, kDescription, kContent,
  kContentEncoded, kChannelTitle, kChannelLanguage,
};

// Text collected for one field, with its way back to the input.
struct Buffer {
  std::string text;
  OffsetMap map;
  uint32_t source_end = 0;

  void append(std::string_view piece, const OffsetMap& piece_map) {
    const auto position = static_cast<uint32_t>(text.size());
    map.add(position, piece_map.to_source(0));
    for (const OffsetMap::Anchor& anchor : piece_map.anchors()) {
      if (anchor.derived > 0 && anchor.derived <= piece.size()) map.add(position + anchor.derived, anchor.source);
    }
    text.append(piece);
    source_end = piece_map.to_source(static_cast<uint32_t>(piece.size()));
  }
  void append_raw(std::string_view input, uint32_t start, uint32_t end) {
    append(input.substr(start, end - start), OffsetMap::shifted(start, end - start));
  }
  OffsetMap take_map() {
    map.finish(static_cast<uint32_t>(text.size()), source_end);
    return std::move(map);
  }
};

const std::string* attribute(const HtmlToken& token, std::string_view name) {
  for (const HtmlAttribute& a : token.attributes) {
    if (a.name == name) return &a.value;
  }
  return nullptr;
}

std::string date_value(std::string_view text) {
  ParsedDate date = parse_date(rule_text::trim(text));
  return date.ok ? date.iso : rule_text::collapse_spaces(text);
}

// RSS <author> is "jane@example.org (Jane Doe)" or just an address: the name is what people want.
std::string rss_author(std::string_view text) {
  text = rule_text::trim(text);
  size_t open = text.find('(');
  size_t close = text.rfind(')');
  if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
    return rule_text::collapse_spaces(text.substr(open + 1, close - open - 1));
  }
  return rule_text::collapse_spaces(text);
}

// <title> is RCDATA for the HTML tokenizer, so a CDATA section inside it arrives as text.
std::string_view strip_cdata(std::string_view text) {
  std::string_view trimmed = rule_text::trim(text);
  if (trimmed.starts_with("<![CDATA[") && trimmed.ends_with("]]>")) return trimmed.substr(9, trimmed.size() - 12);
  return text;
}

class FeedReader {
 public:
  FeedReader(std::string_view input, FeedExtraction& out) : input_(input), out_(out), tokenizer_(input) {}

  void run() {
    HtmlToken token;
    while (tokenizer_.next(token)) {
      switch (token.kind) {
        case HtmlTokenKind::kStartTag: start(token); break;
        case HtmlTokenKind::kEndTag: end(token); break;
        case HtmlTokenKind::kText:
          if (field_ != Field::kNone) buffer_.append(token.text, token.text_to_source);
          break;
        case HtmlTokenKind::kCdata:
          if (field_ != Field::kNone) {
            buffer_.append(token.text, OffsetMap::shifted(token.source_start + 9, static_cast<uint32_t>(token.text.size())));
          }
          break;
        default: break;
      }
    }
    if (in_item_) {
      if (field_ != Field::kNone) commit();
      item_.input_end = input_.size();
      out_.issues.push_back({Severity::kWarning, "feed_truncated",
                             "the feed ends inside an item; what the item held is kept", 1,
                             static_cast<int64_t>(item_.input_start)});
      if (!item_.metadata.title.empty() || !content_.text.empty() || !description_.text.empty()) finish_item();
    }
    for (const HtmlParseIssue& issue : tokenizer_.issues()) {
      out_.issues.push_back({Severity::kWarning, issue.code, issue.message, 1, static_cast<int64_t>(issue.offset)});
    }
    if (out_.items.empty()) {
      out_.issues.push_back({Severity::kWarning, "feed_no_items", "the feed holds no item or entry", 1, -1});
    }
  }

 private:
  bool capturing_markup() const {
    return field_ == Field::kContent || field_ == Field::kContentEncoded || field_ == Field::kDescription;
  }

  void begin(Field field, std::string_view element) {
    field_ = field;
    field_element_ = element;
    buffer_ = Buffer();
    nested_ = 0;
  }

  void start(const HtmlToken& token) {
    const std::string& name = token.name;
    if (field_ != Field::kNone) {
      if (field_ == Field::kAuthor && name == "name") {
        begin(Field::kAuthorName, "name");
      } else if (capturing_markup()) {
        // Inline XHTML content: its tags are the content's markup, kept as written.
        buffer_.append_raw(input_, token.source_start, token.source_end);
        if (!token.self_closing) ++nested_;
      }
      return;
    }
    if (name == "item" || name == "entry") {
      in_item_ = true;
      item_ = FeedItem();
      content_ = Buffer();
      description_ = Buffer();
      content_rank_ = 0;
      item_.input_start = token.source_start;
      return;
    }
    if (!in_item_) {
      if (name == "title" && channel_.site.empty()) begin(Field::kChannelTitle, name);
      else if (name == "language") begin(Field::kChannelLanguage, name);
      return;
    }
    if (name == "title") begin(Field::kTitle, name);
    else if (name == "link") {
      const std::string* href = attribute(token, "href");
      const std::string* rel = attribute(token, "rel");
      if (href != nullptr) {
        if (rel == nullptr || *rel == "alternate") item_.metadata.url = *href;
      } else if (!token.self_closing) {
        begin(Field::kLink, name);
      }
    } else if (name == "pubdate" || name == "published" || name == "dc:date" || name == "issued") {
      begin(Field::kPublished, name);
    } else if (name == "updated" || name == "modified" || name == "dcterms:modified") {
      begin(Field::kModified, name);
    } else if (name == "dc:creator" || name == "author") {
      begin(Field::kAuthor, name);
    } else if (name == "description" || name == "summary") {
      begin(Field::kDescription, name);
      description_html_ = !is_text_type(token);
    } else if (name == "content:encoded") {
      begin(Field::kContentEncoded, name);
    } else if (name == "content") {
      begin(Field::kContent, name);
      content_html_ = !is_text_type(token);
    }
  }

  static bool is_text_type(const HtmlToken& token) {
    const std::string* type = attribute(token, "type");
    return type != nullptr && (*type == "text" || *type == "text/plain");
  }

  void end(const HtmlToken& token) {
    const std::string& name = token.name;
    if (field_ != Field::kNone) {
      if (name == field_element_ && nested_ == 0) {
        commit();
      } else if (field_ == Field::kAuthorName && name == "name") {
        commit();
        field_ = Field::kAuthor;  // still inside <author>
        field_element_ = "author";
        buffer_ = Buffer();
      } else if (capturing_markup() && nested_ > 0) {
        buffer_.append_raw(input_, token.source_start, token.source_end);
        --nested_;
      }
      return;
    }
    if (in_item_ && (name == "item" || name == "entry")) {
      item_.input_end = token.source_end;
      finish_item();
      in_item_ = false;
    }
  }

  void commit() {
    const Field field = field_;
    field_ = Field::kNone;
    std::string_view text = buffer_.text;
    switch (field) {
      case Field::kTitle:
        item_.metadata.title = html_snippet_text(strip_cdata(text));
        item_.title_offset = buffer_.map.to_source(0);
        break;
      case Field::kLink:
        if (item_.metadata.url.empty()) item_.metadata.url = std::string(rule_text::trim(text));
        break;
      case Field::kPublished:
        if (item_.metadata.published.empty()) item_.metadata.published = date_value(text);
        break;
      case Field::kModified:
        if (item_.metadata.modified.empty()) item_.metadata.modified = date_value(text);
        break;
      case Field::kAuthor:
      case Field::kAuthorName: {
        std::string name = rss_author(text);
        if (!name.empty() && name.find('@') == std::string::npos) item_.metadata.authors.push_back(std::move(name));
        break;
      }
      case Field::kDescription:
        description_ = std::move(buffer_);
        break;
      case Field::kContentEncoded:
      case Field::kContent: {
        const int rank = field == Field::kContentEncoded ? 2 : 1;
        if (rank > content_rank_) {
          content_rank_ = rank;
          content_ = std::move(buffer_);
          content_is_html_ = field == Field::kContentEncoded || content_html_;
        }
        break;
      }
      case Field::kChannelTitle: channel_.site = html_snippet_text(strip_cdata(text)); break;
      case Field::kChannelLanguage: channel_.language = std::string(rule_text::trim(text)); break;
      case Field::kNone: break;
    }
    buffer_ = Buffer();
  }

  void finish_item() {
    ArticleMetadata& m = item_.metadata;
    m.site = channel_.site;
    m.language = channel_.language;
    if (!description_.text.empty()) {
      m.description = description_html_ ? html_snippet_text(description_.text) : rule_text::collapse_spaces(description_.text);
    }
    Buffer& body = content_.text.empty() ? description_ : content_;
    item_.content_is_html = content_.text.empty() ? description_html_ : content_is_html_;
    item_.content_to_input = body.take_map();  // before the text moves: the map needs its length
    item_.content = std::move(body.text);
    out_.items.push_back(std::move(item_));
    item_ = FeedItem();
  }

  std::string_view input_;
  FeedExtraction& out_;
  HtmlTokenizer tokenizer_;
  ArticleMetadata channel_;
  bool in_item_ = false;
  FeedItem item_;
  Field field_ = Field::kNone;
  std::string field_element_;
  Buffer buffer_;
  Buffer content_;
  Buffer description_;
  int content_rank_ = 0;
  bool content_is_html_ = true;
  bool content_html_ = true;
  bool description_html_ = true;
  uint32_t nested_ = 0;
};

// Skips a byte-order mark, spaces, the XML declaration, comments and a doctype.
size_t first_element(std::string_view bytes) {
  size_t p = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const size_t limit = std::min<size_t>(bytes.size(), 4096);
  while (p < limit) {
    while (p < limit && rule_text::is_space(bytes[p])) ++p;
    std::string_view rest = bytes.substr(p);
    size_t close = std::string_view::npos;
    size_t terminator = 1;
    if (rest.starts_with("<?")) {
      close = rest.find("?>");
      terminator = 2;
    } else if (rest.starts_with("<!--")) {
      close = rest.find("-->");
      terminator = 3;
    } else if (istarts_with(rest, "<!doctype")) {
      close = rest.find('>');
    } else {
      return p;
    }
    if (close == std::string_view::npos) return bytes.size();
    p += close + terminator;
  }
  return p;
}

}  // namespace

bool looks_like_feed(std::string_view bytes) {
  size_t p = first_element(bytes);
  if (p >= bytes.size()) return false;
  std::string_view rest = bytes.substr(p);
  return istarts_with(rest, "<rss") || istarts_with(rest, "<rdf:rdf") || istarts_with(rest, "<feed");
}

std::optional<FeedExtraction> extract_feed_articles(std::string_view bytes) {
  if (!looks_like_feed(bytes)) return std::nullopt;
  FeedExtraction out;
  std::string_view rest = bytes.substr(first_element(bytes));
  if (istarts_with(rest, "<feed")) {
    out.format = "atom";
    out.reason = "an Atom <feed> of <entry> elements";
  } else {
    out.format = "rss";
    out.reason = istarts_with(rest, "<rss") ? "an RSS <rss> channel of <item> elements"
                                            : "an RSS 1.0 (RDF) feed of <item> elements";
  }
  FeedReader(bytes, out).run();
  return out;
}

}  // namespace newsprism::parse
