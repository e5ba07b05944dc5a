#include "parse/html_article.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace newsprism::parse {
namespace {

// Scores are integers (hundredths) so that every target picks the same container.
constexpr int64_t kUnit = 100;

bool is_paragraph_like(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kP: case HtmlTag::kPre: case HtmlTag::kTd: case HtmlTag::kBlockquote: case HtmlTag::kLi:
    case HtmlTag::kDd: case HtmlTag::kH2: case HtmlTag::kH3: case HtmlTag::kH4: case HtmlTag::kOther:
      return true;
    default:
      return false;
  }
}

int64_t tag_bonus(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kDiv: return 5 * kUnit;
    case HtmlTag::kArticle: return 15 * kUnit;
    case HtmlTag::kMain: return 5 * kUnit;
    case HtmlTag::kPre: case HtmlTag::kTd: case HtmlTag::kBlockquote: return 3 * kUnit;
    case HtmlTag::kAddress: case HtmlTag::kOl: case HtmlTag::kUl: case HtmlTag::kDl: case HtmlTag::kDd:
    case HtmlTag::kDt: case HtmlTag::kLi: case HtmlTag::kForm:
      return -3 * kUnit;
    case HtmlTag::kH1: case HtmlTag::kH2: case HtmlTag::kH3: case HtmlTag::kH4: case HtmlTag::kH5:
    case HtmlTag::kH6: case HtmlTag::kTh:
      return -5 * kUnit;
    default: return 0;
  }
}

// Furniture that inside an article body is still the article: an <article>'s <header> holds
// its headline and byline.
bool counts_inside_body(HtmlFurniture furniture) {
  return furniture != HtmlFurniture::kNone && furniture != HtmlFurniture::kHeader &&
         furniture != HtmlFurniture::kForm;
}

struct Selection {
  std::vector<uint8_t> in_body;                // per element
  std::vector<HtmlFurniture> inner_furniture;  // per element: furniture between it and the body
  std::vector<HtmlFurniture> outer_furniture;  // per element: nearest furniture ancestor
};

// Scores containers and returns the chosen body root, or kNoElement when no block reads like a
// paragraph (then the page is too short to tell, and all its non-furniture text is the body).
uint32_t choose_body(const HtmlTree& tree, std::vector<int64_t>& adjusted) {
  const std::vector<HtmlElement>& elements = tree.elements;
  std::vector<int64_t> score(elements.size(), 0);
  for (const HtmlTextBlock& block : tree.blocks) {
    if (block.owner == kNoElement || block.from_comment || block.text_bytes < 25) continue;
    const HtmlElement& owner = elements[block.owner];
    int64_t points = kUnit + static_cast<int64_t>(block.commas) * kUnit +
                     std::min<int64_t>(block.text_bytes / 100, 3) * kUnit;
    // A paragraph scores for the container holding it (and half for the one above); text
    // written straight into a <div> makes that div the paragraph.
    uint32_t container = is_paragraph_like(owner.tag) || owner.tag == HtmlTag::kDiv ? owner.parent : block.owner;
    if (container == kNoElement) container = block.owner;
    score[container] += points;
    uint32_t above = elements[container].parent;
    if (above != kNoElement) score[above] += points / 2;
  }
  adjusted.assign(elements.size(), 0);
  uint32_t best = kNoElement;
  for (uint32_t e = 0; e < elements.size(); ++e) {
    if (score[e] == 0) continue;
    const HtmlElement& element = elements[e];
    int64_t value = score[e] + tag_bonus(element.tag) + element.class_weight * 25 * kUnit;
    if (element.article_body) value += 50 * kUnit;
    if (element.furniture != HtmlFurniture::kNone) value -= 25 * kUnit;
    // Scale by the share of text that is not link text.
    const int64_t text = std::max<int64_t>(element.text_bytes, 1);
    value = value * (text - std::min<int64_t>(element.link_bytes, text)) / text;
    adjusted[e] = value;
    if (best == kNoElement || value > adjusted[best]) best = e;
  }
  return best;
}

Selection select(const HtmlTree& tree, HtmlScope scope) {
  const std::vector<HtmlElement>& elements = tree.elements;
  Selection selection;
  selection.in_body.assign(elements.size(), 0);
  selection.inner_furniture.assign(elements.size(), HtmlFurniture::kNone);
  selection.outer_furniture.assign(elements.size(), HtmlFurniture::kNone);

  uint32_t best = kNoElement;
  std::vector<int64_t> adjusted;
  if (scope == HtmlScope::kPage) best = choose_body(tree, adjusted);
  const bool whole = scope == HtmlScope::kFragment || best == kNoElement;

  // Siblings of the winner that read like article text join it.
  std::vector<uint8_t> body_root;  // read only when not `whole`
  if (!whole) {
    body_root.assign(elements.size(), 0);
    body_root[best] = 1;
    const uint32_t parent = elements[best].parent;
    const int64_t threshold = std::max<int64_t>(10 * kUnit, adjusted[best] / 5);
    for (uint32_t e = best + 1; parent != kNoElement && e < elements.size(); ++e) {
      if (elements[e].parent != parent) continue;
      const HtmlElement& sibling = elements[e];
      if (sibling.furniture != HtmlFurniture::kNone) continue;
      bool few_links = sibling.link_bytes * 4 < sibling.text_bytes;
      if (adjusted[e] >= threshold || (sibling.tag == HtmlTag::kP && sibling.text_bytes > 80 && few_links)) {
        body_root[e] = 1;
      }
    }
    for (uint32_t e = 0; e < best && parent != kNoElement; ++e) {
      if (elements[e].parent != parent || elements[e].furniture != HtmlFurniture::kNone) continue;
      if (elements[e].tag == HtmlTag::kP && elements[e].text_bytes > 80 &&
          elements[e].link_bytes * 4 < elements[e].text_bytes) {
        body_root[e] = 1;
      }
    }
  }
  // Parents come before children, so one pass in index order settles every element.
  for (uint32_t e = 0; e < elements.size(); ++e) {
    const HtmlElement& element = elements[e];
    const uint32_t parent = element.parent;
    const bool parent_in_body = parent != kNoElement && selection.in_body[parent];
    selection.outer_furniture[e] =
        element.furniture != HtmlFurniture::kNone
            ? element.furniture
            : (parent != kNoElement ? selection.outer_furniture[parent] : HtmlFurniture::kNone);
    const HtmlFurniture own = counts_inside_body(element.furniture) ? element.furniture : HtmlFurniture::kNone;
    const HtmlFurniture inherited = parent != kNoElement ? selection.inner_furniture[parent] : HtmlFurniture::kNone;
    if (whole) {
      selection.in_body[e] = 1;
      selection.inner_furniture[e] = own != HtmlFurniture::kNone ? own : inherited;
    } else if (body_root[e]) {
      selection.in_body[e] = 1;  // the chosen body itself is article, whatever its class says
    } else if (parent_in_body) {
      selection.in_body[e] = 1;
      selection.inner_furniture[e] = own != HtmlFurniture::kNone ? own : inherited;
    }
  }
  return selection;
}

void mark(DraftBlock& draft, const char* reason) {
  draft.kind = BlockKind::kBoilerplate;
  draft.reason = reason;
  draft.kind_from_markup = true;
}

}  // namespace

ArticleDraft html_to_article(std::string_view html, const OffsetMap& html_to_input, HtmlScope scope,
                             HtmlTokenObserver* observer) {
  ArticleDraft draft;
  append_html_article(html, html_to_input, scope, observer, draft);
  return draft;
}

void append_html_article(std::string_view html, const OffsetMap& html_to_input, HtmlScope scope,
                         HtmlTokenObserver* observer, ArticleDraft& draft) {
  // Only a whole page is scored (choose_body() and the link rule): a fragment's text is not counted.
  HtmlTree tree = build_html_tree(html, html_to_input, observer, /*measure_text=*/scope == HtmlScope::kPage);
  Selection selection = select(tree, scope);
  if (draft.diagnostics.empty()) {
    draft.diagnostics = std::move(tree.diagnostics);
  } else {
    for (Diagnostic& diagnostic : tree.diagnostics) draft.diagnostics.push_back(std::move(diagnostic));
  }
  // Room for all of them at once: regrowing would move every block again.
  draft.blocks.reserve(draft.blocks.size() + tree.blocks.size());
  bool have_title = false;
  bool body_started = false;
  for (HtmlTextBlock& block : tree.blocks) {
    DraftBlock& out = block.draft;
    const uint32_t owner = block.owner;
    const bool in_body = owner == kNoElement ? scope == HtmlScope::kFragment : selection.in_body[owner] != 0;
    const HtmlFurniture inner = owner == kNoElement ? HtmlFurniture::kNone : selection.inner_furniture[owner];
    const HtmlFurniture outer = owner == kNoElement ? HtmlFurniture::kNone : selection.outer_furniture[owner];
    const bool is_h1 = out.kind == BlockKind::kHeading && out.level == 1;
    if (block.from_comment) {
      mark(out, "unclosed-comment");
    } else if (is_h1 && !have_title && (in_body || !body_started) && inner == HtmlFurniture::kNone &&
               (in_body || (outer != HtmlFurniture::kNavigation && outer != HtmlFurniture::kFooter &&
                            outer != HtmlFurniture::kAside))) {
      out.kind = BlockKind::kTitle;
      out.kind_from_markup = true;
      have_title = true;
    } else if (!in_body) {
      mark(out, furniture_reason(outer));
    } else if (inner != HtmlFurniture::kNone) {
      mark(out, furniture_reason(inner));
    } else if (block.link_bytes * 2 > block.text_bytes && block.text_bytes < 300 && scope == HtmlScope::kPage) {
      mark(out, "links");
    }
    body_started = body_started || (in_body && out.kind != BlockKind::kBoilerplate);
    draft.blocks.push_back(std::move(out));
  }
}

}  // namespace newsprism::parse
