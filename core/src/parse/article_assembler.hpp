// The one stage every format goes through after its front-end: normalize each draft block,
// apply the text rules (title repeated at the top, byline, boilerplate lines and trailers,
// captions), join the blocks into the article's clean text, and segment it into sentences and
// tokens, keeping every span's way back to the input bytes.
#pragma once

#include <vector>

#include "newsprism/report.hpp"
#include "newsprism/segment.hpp"
#include "parse/article_draft.hpp"

namespace newsprism::parse {

/// How far assemble_article() goes past the blocks.
enum class AssemblyDepth {
  /// Blocks with their spans and the metadata: all that extraction needs. Sentences and tokens
  /// stay empty, word_count 0 and block_input_maps empty (nothing later asks for them).
  kBlocks,
  /// Sentences too; Article::tokens stays empty (sentences still count their tokens).
  kSentences,
  /// Sentences, tokens and word count: what analyze()'s later stages read.
  kTokens,
};

/// Working memory of assemble_article(), kept by a caller that assembles article after article
/// so that the buffers grown for one are reused for the next instead of allocated again (a
/// paste of a thousand posts would otherwise grow the same vectors a thousand times). What it
/// holds between calls means nothing.
struct AssemblyScratch {
  Segmentation segmentation;
  std::vector<SentenceSpan> sentences;
};

/// Fills `article`'s format, metadata, text, blocks, sentences, tokens, word count and
/// diagnostics from `draft` (consumed), as far as `depth` says. The caller sets id, input and
/// source. Format, metadata, text, blocks and diagnostics are the same at every depth.
///
/// Rules, applied only to blocks whose kind the markup did not already decide:
/// - a block that repeats the title (is_repeated_title) is boilerplate "repeated-title";
/// - among the first eight blocks, a short one that parse_byline() reads becomes a byline; its
///   authors and date fill the metadata where the format gave none;
/// - classify_line(): furniture becomes boilerplate, credits become captions; a trailer
///   ("Comments", "Tags", "Share this", ...) after half of the text marks itself and every
///   later block, unless a later block is a long paragraph that ends like a sentence (then the
///   "trailer" was a heading inside the article, and only it is marked).
/// Blocks left empty by normalization are dropped; nothing else is.
void assemble_article(ArticleDraft&& draft, Article& article, AssemblyDepth depth, AssemblyScratch& scratch);

}  // namespace newsprism::parse
