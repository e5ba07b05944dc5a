// A light element tree of an HTML page, built in one pass over the tokenizer's tokens, and the
// page's text cut into blocks. It keeps what the article extractor needs (tags, the class/id
// evidence, text and link lengths per subtree) and nothing else, so it costs a small multiple
// of the input and no recursion: elements are stored in document order with parent indexes,
// so a parent always comes before its children.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "parse/article_draft.hpp"
#include "parse/html_tokenizer.hpp"

namespace newsprism::parse {

/// The elements the extractor tells apart; every other element is kOther (inline).
enum class HtmlTag : uint8_t {
  kOther, kHtml, kHead, kBody, kTitle, kScript, kStyle, kNoscript, kTemplate, kSvg, kMath, kIframe,
  kObject, kNav, kHeader, kFooter, kAside, kMain, kArticle, kSection, kDiv, kP, kBr, kH1, kH2, kH3,
  kH4, kH5, kH6, kBlockquote, kUl, kOl, kLi, kDl, kDt, kDd, kFigure, kFigcaption, kCaption, kTable,
  kTr, kTd, kTh, kPre, kA, kForm, kButton, kSelect, kOption, kHr, kAddress, kDetails, kSummary,
  kMenu, kCenter, kFieldset, kLegend, kTextarea, kLabel, kInput, kImg, kTbody, kThead, kTfoot,
};

/// Why a part of a page is furniture, from its tag or its class and id words.
enum class HtmlFurniture : uint8_t {
  kNone, kNavigation, kHeader, kFooter, kAside, kComments, kShare, kRelated, kCookie, kSubscribe,
  kAdvertisement, kHidden, kForm,
};

/// The stable reason name of a furniture kind, e.g. "navigation".
const char* furniture_reason(HtmlFurniture furniture);

/// Index of "no element" (the parent of top-level elements).
inline constexpr uint32_t kNoElement = UINT32_MAX;

/// One element of the page.
struct HtmlElement {
  uint32_t parent = kNoElement;
  HtmlTag tag = HtmlTag::kOther;
  /// What its own tag, class or id say it is (kNone for most elements).
  HtmlFurniture furniture = HtmlFurniture::kNone;
  /// Class and id evidence: +1 for article words (article, body, content, entry, post, story,
  /// text, main), -1 for furniture words, 0 otherwise.
  int8_t class_weight = 0;
  /// itemprop="articleBody" or a class/id that names the article body ("article-body",
  /// "entry-content", "post-content", "story-body", ...).
  bool article_body = false;
  /// Bytes of text and of link text in this element and its descendants.
  uint32_t text_bytes = 0;
  uint32_t link_bytes = 0;
};

/// One block of page text: a run of text between block-level boundaries.
struct HtmlTextBlock {
  DraftBlock draft;
  /// The innermost open element when the block's text began.
  uint32_t owner = kNoElement;
  /// Non-space bytes, bytes inside links, and commas of the block's text.
  uint32_t text_bytes = 0;
  uint32_t link_bytes = 0;
  uint32_t commas = 0;
  /// Came from an unclosed comment, kept so nothing is lost.
  bool from_comment = false;
};

/// The page as elements and blocks.
struct HtmlTree {
  std::vector<HtmlElement> elements;
  std::vector<HtmlTextBlock> blocks;
  std::vector<Diagnostic> diagnostics;
};

/// Receives every token as the tree is built (the metadata collector listens here), except the
/// text of elements the tree ignores whose text the observer did not ask for.
class HtmlTokenObserver {
 public:
  virtual void on_token(const HtmlToken& token) = 0;

  /// Asked right after a start tag was given to on_token(): whether the observer needs the text
  /// of that element (a <title>, a JSON-LD <script>). When it does not, and the tree ignores
  /// the element's text too (<script>, <style>, ...), the tokenizer skips that text unread.
  virtual bool wants_element_text() const { return false; }

 protected:
  ~HtmlTokenObserver() = default;
};

/// Elements deeper than this are not opened (their text goes to the deepest open element),
/// with one "html_too_deep" diagnostic: hostile nesting costs linear time and memory.
inline constexpr uint32_t kMaxHtmlDepth = 512;

/// Builds the tree and blocks of `html`. Block kinds come from the markup (h1-h6 headings with
/// their level, blockquote quotes, li/dt/dd list items, figcaption/caption captions, anything
/// else a paragraph); text in script, style, template, svg, head and the like makes no block.
/// `html_to_input` maps positions of `html` to input offsets (empty = identity); every block's
/// map leads to input offsets. Tokenizer problems become diagnostics.
///
/// With `measure_text` false the text_bytes, link_bytes and commas of blocks and elements stay
/// 0: only the scoring of a whole page reads them, and counting them is one more pass over all
/// the text (a fragment, such as a JSON field's HTML, needs no scoring).
HtmlTree build_html_tree(std::string_view html, const OffsetMap& html_to_input, HtmlTokenObserver* observer,
                         bool measure_text = true);

}  // namespace newsprism::parse
