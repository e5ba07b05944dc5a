#include "parse/html_tree.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "parse/name_table.hpp"
#include "text/byte_scan.hpp"

namespace newsprism::parse {
namespace {

struct TagName {
  std::string_view name;
  HtmlTag tag;
  bool void_element = false;  // never has content or an end tag (WHATWG "void elements")
};

// Sorted by name, for NameTable. Void elements the extractor does not tell apart are here too,
// as kOther, so that one lookup answers both questions.
constexpr std::array kTagNames = std::to_array<TagName>({
    {"a", HtmlTag::kA}, {"address", HtmlTag::kAddress}, {"area", HtmlTag::kOther, true},
    {"article", HtmlTag::kArticle}, {"aside", HtmlTag::kAside}, {"base", HtmlTag::kOther, true},
    {"blockquote", HtmlTag::kBlockquote}, {"body", HtmlTag::kBody}, {"br", HtmlTag::kBr, true},
    {"button", HtmlTag::kButton}, {"caption", HtmlTag::kCaption}, {"center", HtmlTag::kCenter},
    {"col", HtmlTag::kOther, true}, {"dd", HtmlTag::kDd}, {"details", HtmlTag::kDetails},
    {"div", HtmlTag::kDiv}, {"dl", HtmlTag::kDl}, {"dt", HtmlTag::kDt}, {"embed", HtmlTag::kOther, true},
    {"fieldset", HtmlTag::kFieldset}, {"figcaption", HtmlTag::kFigcaption}, {"figure", HtmlTag::kFigure},
    {"footer", HtmlTag::kFooter}, {"form", HtmlTag::kForm}, {"h1", HtmlTag::kH1}, {"h2", HtmlTag::kH2},
    {"h3", HtmlTag::kH3}, {"h4", HtmlTag::kH4}, {"h5", HtmlTag::kH5}, {"h6", HtmlTag::kH6},
    {"head", HtmlTag::kHead}, {"header", HtmlTag::kHeader}, {"hr", HtmlTag::kHr, true},
    {"html", HtmlTag::kHtml}, {"iframe", HtmlTag::kIframe}, {"img", HtmlTag::kImg, true},
    {"input", HtmlTag::kInput, true}, {"label", HtmlTag::kLabel}, {"legend", HtmlTag::kLegend},
    {"li", HtmlTag::kLi}, {"link", HtmlTag::kOther, true}, {"main", HtmlTag::kMain}, {"math", HtmlTag::kMath},
    {"menu", HtmlTag::kMenu}, {"meta", HtmlTag::kOther, true}, {"nav", HtmlTag::kNav},
    {"noscript", HtmlTag::kNoscript}, {"object", HtmlTag::kObject}, {"ol", HtmlTag::kOl},
    {"option", HtmlTag::kOption}, {"p", HtmlTag::kP}, {"param", HtmlTag::kOther, true}, {"pre", HtmlTag::kPre},
    {"script", HtmlTag::kScript}, {"section", HtmlTag::kSection}, {"select", HtmlTag::kSelect},
    {"source", HtmlTag::kOther, true}, {"style", HtmlTag::kStyle}, {"summary", HtmlTag::kSummary},
    {"svg", HtmlTag::kSvg}, {"table", HtmlTag::kTable}, {"tbody", HtmlTag::kTbody}, {"td", HtmlTag::kTd},
    {"template", HtmlTag::kTemplate}, {"textarea", HtmlTag::kTextarea}, {"tfoot", HtmlTag::kTfoot},
    {"th", HtmlTag::kTh}, {"thead", HtmlTag::kThead}, {"title", HtmlTag::kTitle}, {"tr", HtmlTag::kTr},
    {"track", HtmlTag::kOther, true}, {"ul", HtmlTag::kUl}, {"wbr", HtmlTag::kOther, true},
});

static_assert(std::is_sorted(kTagNames.begin(), kTagNames.end(),
                             [](const TagName& a, const TagName& b) { return a.name < b.name; }));
constexpr NameTable kTagTable(kTagNames);

// The tag of a lower-case tag name and whether it is void.
TagName tag_of(std::string_view name) {
  const TagName* entry = kTagTable.find(name);
  return entry != nullptr ? *entry : TagName{name, HtmlTag::kOther, false};
}

bool is_heading(HtmlTag tag) { return tag >= HtmlTag::kH1 && tag <= HtmlTag::kH6; }

// Elements whose text is never article text.
bool is_ignored(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kHead: case HtmlTag::kTitle: case HtmlTag::kScript: case HtmlTag::kStyle:
    case HtmlTag::kNoscript: case HtmlTag::kTemplate: case HtmlTag::kSvg: case HtmlTag::kMath:
    case HtmlTag::kIframe: case HtmlTag::kObject: case HtmlTag::kSelect: case HtmlTag::kOption:
    case HtmlTag::kButton: case HtmlTag::kTextarea:
      return true;
    default:
      return false;
  }
}

// Elements that start and end a block of text.
bool is_block(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kOther: case HtmlTag::kA: case HtmlTag::kBr: case HtmlTag::kLabel: case HtmlTag::kInput:
    case HtmlTag::kImg:
      return false;
    default:
      return true;
  }
}

// Start tags that close an open <p> (WHATWG "close a p element in button scope").
bool closes_paragraph(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kAddress: case HtmlTag::kArticle: case HtmlTag::kAside: case HtmlTag::kBlockquote:
    case HtmlTag::kDetails: case HtmlTag::kDiv: case HtmlTag::kDl: case HtmlTag::kFieldset:
    case HtmlTag::kFigcaption: case HtmlTag::kFigure: case HtmlTag::kFooter: case HtmlTag::kForm:
    case HtmlTag::kHeader: case HtmlTag::kHr: case HtmlTag::kMain: case HtmlTag::kMenu: case HtmlTag::kNav:
    case HtmlTag::kOl: case HtmlTag::kP: case HtmlTag::kPre: case HtmlTag::kSection: case HtmlTag::kTable:
    case HtmlTag::kUl: case HtmlTag::kCenter: case HtmlTag::kSummary: case HtmlTag::kLi: case HtmlTag::kDd:
    case HtmlTag::kDt:
      return true;
    default:
      return is_heading(tag);
  }
}

bool is_scope_boundary(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kHtml: case HtmlTag::kTable: case HtmlTag::kTd: case HtmlTag::kTh: case HtmlTag::kButton:
    case HtmlTag::kCaption: case HtmlTag::kObject: case HtmlTag::kTemplate:
      return true;
    default:
      return false;
  }
}

// ASCII words of a class or id value: "article__body-text js-x" -> article, body, text, js, x.
template <typename Visit>
void for_each_word(std::string_view value, Visit&& visit) {
  char word[32];
  size_t length = 0;
  auto emit = [&]() {
    if (length > 0 && length < sizeof word) visit(std::string_view(word, length));
    length = 0;
  };
  for (char c : value) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (length < sizeof word) word[length] = c;
      ++length;
    } else {
      emit();
    }
  }
  emit();
}

struct ClassWord {
  std::string_view name;
  HtmlFurniture furniture;  // kNone for article words
};

// Sorted by word, for NameTable. Furniture words mark page furniture; the kNone entries are
// words that name article content.
constexpr std::array kClassWords = std::to_array<ClassWord>({
    {"ad", HtmlFurniture::kAdvertisement}, {"ads", HtmlFurniture::kAdvertisement},
    {"adsbygoogle", HtmlFurniture::kAdvertisement}, {"advert", HtmlFurniture::kAdvertisement},
    {"advertisement", HtmlFurniture::kAdvertisement}, {"article", HtmlFurniture::kNone},
    {"articlebody", HtmlFurniture::kNone}, {"aside", HtmlFurniture::kAside}, {"banner", HtmlFurniture::kAdvertisement},
    {"blog", HtmlFurniture::kNone}, {"body", HtmlFurniture::kNone}, {"breadcrumb", HtmlFurniture::kNavigation},
    {"breadcrumbs", HtmlFurniture::kNavigation}, {"colophon", HtmlFurniture::kFooter},
    {"comment", HtmlFurniture::kComments}, {"comments", HtmlFurniture::kComments}, {"consent", HtmlFurniture::kCookie},
    {"content", HtmlFurniture::kNone}, {"cookie", HtmlFurniture::kCookie}, {"cookies", HtmlFurniture::kCookie},
    {"dfp", HtmlFurniture::kAdvertisement}, {"disqus", HtmlFurniture::kComments}, {"entry", HtmlFurniture::kNone},
    {"footer", HtmlFurniture::kFooter}, {"gdpr", HtmlFurniture::kCookie}, {"hentry", HtmlFurniture::kNone},
    {"main", HtmlFurniture::kNone}, {"masthead", HtmlFurniture::kHeader}, {"menu", HtmlFurniture::kNavigation},
    {"morestories", HtmlFurniture::kRelated}, {"nav", HtmlFurniture::kNavigation}, {"navbar", HtmlFurniture::kNavigation},
    {"navigation", HtmlFurniture::kNavigation}, {"newsletter", HtmlFurniture::kSubscribe},
    {"outbrain", HtmlFurniture::kRelated}, {"pagination", HtmlFurniture::kNavigation},
    {"paywall", HtmlFurniture::kSubscribe}, {"popular", HtmlFurniture::kRelated}, {"post", HtmlFurniture::kNone},
    {"promo", HtmlFurniture::kAdvertisement}, {"prose", HtmlFurniture::kNone}, {"rail", HtmlFurniture::kAside},
    {"readmore", HtmlFurniture::kRelated}, {"recommendations", HtmlFurniture::kRelated},
    {"recommended", HtmlFurniture::kRelated}, {"related", HtmlFurniture::kRelated}, {"replies", HtmlFurniture::kComments},
    {"respond", HtmlFurniture::kComments}, {"share", HtmlFurniture::kShare}, {"sharebar", HtmlFurniture::kShare},
    {"sharing", HtmlFurniture::kShare}, {"sidebar", HtmlFurniture::kAside}, {"signup", HtmlFurniture::kSubscribe},
    {"skip", HtmlFurniture::kNavigation}, {"social", HtmlFurniture::kShare}, {"socials", HtmlFurniture::kShare},
    {"sponsor", HtmlFurniture::kAdvertisement}, {"sponsored", HtmlFurniture::kAdvertisement},
    {"story", HtmlFurniture::kNone}, {"subscribe", HtmlFurniture::kSubscribe},
    {"subscription", HtmlFurniture::kSubscribe}, {"taboola", HtmlFurniture::kRelated}, {"text", HtmlFurniture::kNone},
    {"trending", HtmlFurniture::kRelated}, {"widget", HtmlFurniture::kAside},
});

static_assert(std::is_sorted(kClassWords.begin(), kClassWords.end(),
                             [](const ClassWord& a, const ClassWord& b) { return a.name < b.name; }));
constexpr NameTable kClassWordTable(kClassWords);

// The entry of a class or id word, or null when the word says nothing.
const ClassWord* class_word(std::string_view word) {
  return kClassWordTable.find(word);
}

// "article-body", "entry-content", "story-body", "post-content", ...: a whole class token.
bool names_article_body(std::string_view value) {
  static constexpr std::array<std::string_view, 16> kNames{
      "article-body", "article__body", "articlebody", "article-content", "article__content", "article-text",
      "entry-content", "post-content", "post-body", "post__content", "story-body", "story-content",
      "body-text", "article-body-text", "main-article-body", "c-article-body"};
  size_t start = 0;
  while (start < value.size()) {
    size_t end = value.find(' ', start);
    if (end == std::string_view::npos) end = value.size();
    std::string_view token = value.substr(start, end - start);
    for (std::string_view name : kNames) {
      if (token.size() == name.size() &&
          std::equal(token.begin(), token.end(), name.begin(), [](char a, char b) {
            return (a >= 'A' && a <= 'Z' ? static_cast<char>(a + 32) : a) == b;
          })) {
        return true;
      }
    }
    start = end + 1;
  }
  return false;
}

HtmlFurniture furniture_of_tag(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kNav: case HtmlTag::kMenu: return HtmlFurniture::kNavigation;
    case HtmlTag::kHeader: return HtmlFurniture::kHeader;
    case HtmlTag::kFooter: return HtmlFurniture::kFooter;
    case HtmlTag::kAside: return HtmlFurniture::kAside;
    case HtmlTag::kForm: return HtmlFurniture::kForm;
    default: return HtmlFurniture::kNone;
  }
}

// One open element and what its descendants inherit.
struct Frame {
  uint32_t element;
  HtmlTag tag;
  uint32_t block_owner;  // nearest block-level element, itself included
  BlockKind kind;
  uint8_t level;
  bool ignored;
  bool in_link;
};

class TreeBuilder {
 public:
  TreeBuilder(std::string_view html, const OffsetMap& html_to_input, HtmlTokenObserver* observer, bool measure_text)
      : html_(html), html_to_input_(html_to_input), observer_(observer), measure_text_(measure_text), tokenizer_(html) {
    // Room for a JSON field's handful of paragraphs from the start: growing from one would
    // allocate and move four times before the tenth.
    tree_.elements.reserve(16);
    tree_.blocks.reserve(16);
    stack_.reserve(16);
  }

  HtmlTree build() {
    HtmlToken token;
    // The tokenizer swaps text buffers between this token and its own pending one: both start
    // with room for a paragraph instead of doubling up to it.
    token.text.reserve(std::min<size_t>(html_.size(), 1024));
    while (tokenizer_.next(token)) {
      if (observer_ != nullptr) observer_->on_token(token);
      switch (token.kind) {
        case HtmlTokenKind::kStartTag:
          start_tag(token);
          // Text inside an ignored element (a script, a style) is dropped by text(): unless the
          // observer wants it, it need not even be read.
          if (top() != nullptr && top()->ignored && (observer_ == nullptr || !observer_->wants_element_text())) {
            tokenizer_.skip_element_text();
          }
          break;
        case HtmlTokenKind::kEndTag: end_tag(token); break;
        case HtmlTokenKind::kText: text(token); break;
        case HtmlTokenKind::kCdata: cdata(token); break;
        case HtmlTokenKind::kComment: comment(token); break;
        case HtmlTokenKind::kDoctype: break;
      }
    }
    flush();
    while (!stack_.empty()) pop();
    for (const HtmlParseIssue& issue : tokenizer_.issues()) {
      tree_.diagnostics.push_back({Severity::kWarning, issue.code, issue.message, 1,
                                   static_cast<int64_t>(map_to_input(issue.offset))});
    }
    return std::move(tree_);
  }

 private:
  uint64_t map_to_input(uint32_t html_position) const {
    return html_to_input_.anchors().empty() ? html_position : html_to_input_.to_source(html_position);
  }

  const Frame* top() const { return stack_.empty() ? nullptr : &stack_.back(); }

  void start_tag(const HtmlToken& token) {
    const TagName known = tag_of(token.name);
    const HtmlTag tag = known.tag;
    if (tag == HtmlTag::kBr) {
      line_break(token.source_start);
      return;
    }
    if (is_block(tag)) flush();
    close_implied(tag);
    if (known.void_element) return;
    if (stack_.size() >= kMaxHtmlDepth) {
      if (!reported_depth_) {
        reported_depth_ = true;
        tree_.diagnostics.push_back({Severity::kWarning, "html_too_deep",
                                     "elements are nested more than " + std::to_string(kMaxHtmlDepth) +
                                         " levels deep; deeper ones were read as part of their ancestor",
                                     1, static_cast<int64_t>(map_to_input(token.source_start))});
      }
      return;
    }
    push(tag, token);
  }

  void push(HtmlTag tag, const HtmlToken& token) {
    HtmlElement element;
    const Frame* parent = top();
    element.parent = parent ? parent->element : kNoElement;
    element.tag = tag;
    element.furniture = furniture_of_tag(tag);
    bool hidden = false;
    // Class and id words matter on the containers that hold blocks; inline elements (spans,
    // links: most of a page's tags) are not read for them.
    const bool container = is_block(tag);
    for (const HtmlAttribute& attribute : token.attributes) {
      std::string_view name = attribute.name;
      if (container && (name == "class" || name == "id")) {
        int8_t weight = 0;
        for_each_word(attribute.value, [&](std::string_view word) {
          const ClassWord* entry = class_word(word);
          if (entry == nullptr) return;
          HtmlFurniture furniture = entry->furniture;
          if (furniture != HtmlFurniture::kNone) {
            weight = -1;
            // A class says more than the tag: <aside class="related"> is a related list.
            if (element.furniture == HtmlFurniture::kNone || element.furniture == HtmlFurniture::kAside) {
              element.furniture = furniture;
            }
          } else if (weight == 0) {
            weight = 1;
          }
        });
        if (weight < 0 || element.class_weight == 0) element.class_weight = weight;
        if (names_article_body(attribute.value)) element.article_body = true;
      } else if (name == "itemprop") {
        if (attribute.value == "articleBody") element.article_body = true;
      } else if (name == "hidden") {
        hidden = true;
      } else if (name == "aria-hidden") {
        hidden = hidden || attribute.value == "true";
      } else if (name == "style") {
        std::string_view style = attribute.value;
        hidden = hidden || style.find("display:none") != std::string_view::npos ||
                 style.find("display: none") != std::string_view::npos;
      } else if (name == "role") {
        if (attribute.value == "navigation" || attribute.value == "menu") element.furniture = HtmlFurniture::kNavigation;
        if (attribute.value == "complementary") element.furniture = HtmlFurniture::kAside;
        if (attribute.value == "contentinfo") element.furniture = HtmlFurniture::kFooter;
        if (attribute.value == "main" || attribute.value == "article") element.class_weight = 1;
      }
    }
    // An article body is never furniture, whatever else its class says.
    if (element.article_body) {
      element.furniture = HtmlFurniture::kNone;
      element.class_weight = 1;
    }
    if (hidden) element.furniture = HtmlFurniture::kHidden;
    const auto index = static_cast<uint32_t>(tree_.elements.size());
    tree_.elements.push_back(element);

    Frame frame{index, tag, parent ? parent->block_owner : index, BlockKind::kParagraph, 0,
                parent ? parent->ignored : false, parent ? parent->in_link : false};
    if (parent) {
      frame.kind = parent->kind;
      frame.level = parent->level;
    }
    if (is_block(tag)) frame.block_owner = index;
    if (is_heading(tag)) {
      frame.kind = BlockKind::kHeading;
      frame.level = static_cast<uint8_t>(static_cast<int>(tag) - static_cast<int>(HtmlTag::kH1) + 1);
    } else if (tag == HtmlTag::kBlockquote) {
      frame.kind = BlockKind::kQuote;
    } else if (tag == HtmlTag::kLi || tag == HtmlTag::kDt || tag == HtmlTag::kDd) {
      frame.kind = BlockKind::kListItem;
    } else if (tag == HtmlTag::kFigcaption || tag == HtmlTag::kCaption) {
      frame.kind = BlockKind::kCaption;
    }
    frame.ignored = frame.ignored || is_ignored(tag);
    frame.in_link = frame.in_link || tag == HtmlTag::kA;
    stack_.push_back(frame);
  }

  void pop() {
    const Frame frame = stack_.back();
    if (is_block(frame.tag)) flush();
    stack_.pop_back();
    const HtmlElement& element = tree_.elements[frame.element];
    if (element.parent != kNoElement) {
      HtmlElement& parent = tree_.elements[element.parent];
      parent.text_bytes += element.text_bytes;
      parent.link_bytes += element.link_bytes;
    }
  }

  // Pops up to and including the nearest open element with `tag`, searching no further than a
  // scope boundary when `scoped`. False when there is none.
  bool close_open(HtmlTag tag, HtmlTag stop_a = HtmlTag::kOther, HtmlTag stop_b = HtmlTag::kOther) {
    for (size_t i = stack_.size(); i-- > 0;) {
      HtmlTag open = stack_[i].tag;
      if (open == tag) {
        while (stack_.size() > i) pop();
        return true;
      }
      if (is_scope_boundary(open) || (stop_a != HtmlTag::kOther && open == stop_a) ||
          (stop_b != HtmlTag::kOther && open == stop_b)) {
        return false;
      }
    }
    return false;
  }

  void close_implied(HtmlTag tag) {
    if (closes_paragraph(tag)) close_open(HtmlTag::kP);
    switch (tag) {
      case HtmlTag::kLi: close_open(HtmlTag::kLi, HtmlTag::kUl, HtmlTag::kOl); break;
      case HtmlTag::kDt: case HtmlTag::kDd:
        if (!close_open(HtmlTag::kDd, HtmlTag::kDl)) close_open(HtmlTag::kDt, HtmlTag::kDl);
        break;
      case HtmlTag::kTr: close_open(HtmlTag::kTr); break;
      case HtmlTag::kTd: case HtmlTag::kTh:
        if (!close_open(HtmlTag::kTd, HtmlTag::kTr)) close_open(HtmlTag::kTh, HtmlTag::kTr);
        break;
      case HtmlTag::kOption: close_open(HtmlTag::kOption); break;
      case HtmlTag::kA: close_open(HtmlTag::kA); break;
      default:
        if (is_heading(tag) && !stack_.empty() && is_heading(stack_.back().tag)) pop();
        break;
    }
  }

  void end_tag(const HtmlToken& token) {
    const HtmlTag tag = tag_of(token.name).tag;
    if (tag == HtmlTag::kBr) {
      line_break(token.source_start);
      return;
    }
    if (tag == HtmlTag::kBody || tag == HtmlTag::kHtml) return;  // text after </body> is still body text
    if (tag == HtmlTag::kOther) {
      // Unknown inline elements: close only the innermost one, which is what well-formed
      // markup means; anything else is harmless to leave open.
      if (!stack_.empty() && stack_.back().tag == HtmlTag::kOther) pop();
      return;
    }
    if (is_heading(tag)) {
      for (size_t i = stack_.size(); i-- > 0;) {
        if (is_heading(stack_[i].tag)) {
          while (stack_.size() > i) pop();
          return;
        }
      }
      return;
    }
    for (size_t i = stack_.size(); i-- > 0;) {
      if (stack_[i].tag == tag) {
        while (stack_.size() > i) pop();
        return;
      }
    }
  }

  void line_break(uint32_t at) {
    if (!block_open_ || (top() && top()->ignored)) return;
    std::string& text = open_block().draft.text;
    block_map_.add(static_cast<uint32_t>(text.size()), at);
    text.push_back('\n');
    last_source_end_ = at + 4;
    block_map_.add(static_cast<uint32_t>(text.size()), last_source_end_);
  }

  static bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

  void append(std::string_view text, const OffsetMap& text_to_source, bool in_link) {
    if (!block_open_) {
      size_t first = 0;
      while (first < text.size() && is_space(text[first])) ++first;
      if (first == text.size()) return;  // spaces between blocks make no block
      tree_.blocks.emplace_back();
      block_open_ = true;
      HtmlTextBlock& opened = tree_.blocks.back();
      const Frame* frame = top();
      opened.owner = frame ? frame->block_owner : kNoElement;
      opened.draft.kind = frame ? frame->kind : BlockKind::kParagraph;
      opened.draft.level = frame ? frame->level : 0;
    }
    HtmlTextBlock& block = open_block();
    DraftBlock& draft = block.draft;
    const auto position = static_cast<uint32_t>(draft.text.size());
    block_map_.add(position, text_to_source.to_source(0));
    for (const OffsetMap::Anchor& anchor : text_to_source.anchors()) {
      if (anchor.derived > 0 && anchor.derived <= text.size()) block_map_.add(position + anchor.derived, anchor.source);
    }
    draft.text.append(text);
    last_source_end_ = text_to_source.to_source(static_cast<uint32_t>(text.size()));
    if (in_link && measure_text_) {
      for (char c : text) block.link_bytes += is_space(c) ? 0u : 1u;
    }
  }

  void text(const HtmlToken& token) {
    const Frame* frame = top();
    if (frame != nullptr && frame->ignored) return;
    append(token.text, token.text_to_source, frame != nullptr && frame->in_link);
  }

  void cdata(const HtmlToken& token) {
    const Frame* frame = top();
    if (frame != nullptr && frame->ignored) return;
    OffsetMap map = OffsetMap::shifted(token.source_start + 9, static_cast<uint32_t>(token.text.size()));
    append(token.text, map, frame != nullptr && frame->in_link);
  }

  // An unclosed comment swallows the rest of the page; keep that text, marked, so nothing the
  // user pasted disappears.
  void comment(const HtmlToken& token) {
    if (token.source_end < html_.size() || html_.substr(token.source_start).ends_with("-->")) return;
    flush();
    OffsetMap map = OffsetMap::shifted(token.source_start + 4, static_cast<uint32_t>(token.text.size()));
    append(token.text, map, false);
    if (block_open_) open_block().from_comment = true;
    flush();
  }

  void flush() {
    if (!block_open_) return;
    block_open_ = false;
    HtmlTextBlock& block = open_block();
    DraftBlock& draft = block.draft;
    if (measure_text_) {
      const swar::SpacesAndCommas counts = byte_scan::count_spaces_and_commas(draft.text);
      block.text_bytes += static_cast<uint32_t>(draft.text.size()) - counts.spaces;
      block.commas += counts.commas;
    }
    block_map_.finish(static_cast<uint32_t>(draft.text.size()), last_source_end_);
    if (html_to_input_.anchors().empty()) {
      draft.to_input = std::move(block_map_);
    } else {
      // The composed map is the block's; the map to the HTML stays here and keeps its memory.
      draft.to_input = OffsetMap::compose(block_map_, html_to_input_);
    }
    block_map_.clear();
    draft.kind_from_markup = draft.kind != BlockKind::kParagraph;
    if (block.owner != kNoElement) {
      HtmlElement& owner = tree_.elements[block.owner];
      owner.text_bytes += block.text_bytes;
      owner.link_bytes += block.link_bytes;
    }
  }

  // The block being read is the last of tree_.blocks while block_open_: built where it stays
  // instead of moved there when it ends.
  HtmlTextBlock& open_block() { return tree_.blocks.back(); }

  std::string_view html_;
  const OffsetMap& html_to_input_;
  HtmlTokenObserver* observer_;
  bool measure_text_;  // count text_bytes, link_bytes and commas (build_html_tree())
  HtmlTokenizer tokenizer_;
  HtmlTree tree_;
  std::vector<Frame> stack_;
  bool block_open_ = false;  // tree_.blocks.back() is still taking text
  // The open block's map from its text to the HTML, built here rather than in its draft: for
  // a fragment inside a larger input (a JSON field) flush() composes it into the block's map to
  // the input, and this one is reused for the next block instead of allocated again.
  OffsetMap block_map_;
  uint32_t last_source_end_ = 0;
  bool reported_depth_ = false;
};

}  // namespace

const char* furniture_reason(HtmlFurniture furniture) {
  switch (furniture) {
    case HtmlFurniture::kNone: return "outside-article";
    case HtmlFurniture::kNavigation: return "navigation";
    case HtmlFurniture::kHeader: return "header";
    case HtmlFurniture::kFooter: return "footer";
    case HtmlFurniture::kAside: return "aside";
    case HtmlFurniture::kComments: return "comments";
    case HtmlFurniture::kShare: return "share";
    case HtmlFurniture::kRelated: return "related";
    case HtmlFurniture::kCookie: return "cookies";
    case HtmlFurniture::kSubscribe: return "subscribe";
    case HtmlFurniture::kAdvertisement: return "advertisement";
    case HtmlFurniture::kHidden: return "hidden";
    case HtmlFurniture::kForm: return "form";
  }
  return "outside-article";
}

HtmlTree build_html_tree(std::string_view html, const OffsetMap& html_to_input, HtmlTokenObserver* observer,
                         bool measure_text) {
  return TreeBuilder(html, html_to_input, observer, measure_text).build();
}

}  // namespace newsprism::parse
