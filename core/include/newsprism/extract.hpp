// Extraction only: each article cleaned (metadata and body blocks, boilerplate marked), without
// the analysis analyze() adds on top (sentences, tokens, fingerprints, repeats, pairs, stories,
// entities). What `newsprism extract` prints and the package's extract() returns; the peer of a
// readability library, at a fraction of analyze()'s cost.
#pragma once

#include <span>
#include <string>

#include "newsprism/analyze.hpp"

namespace newsprism {

/// Reads the inputs as analyze() does (format detection, parsing, the HTML body selection,
/// metadata, blocks and their boilerplate rules) and stops there. Every article's id, input,
/// source, format, metadata, text, text_utf16_length, blocks (kinds, reasons, levels, spans)
/// and diagnostics, and every input summary, are the same as analyze() gives for the same
/// inputs and limits. Left empty: sentences, tokens, repeats, fingerprint, mentions, quotes and
/// the report's pairs, stories and entities; word_count is 0. Only the limits of `options` are
/// used; the rest is checked as analyze() checks it. Fails only as analyze() fails. `parallel`
/// lends threads as it does to analyze().
Result<Report> extract(std::span<const Input> inputs, const Options& options = {}, const ParallelFor& parallel = {});

/// The body of an article as plain text: its headings, paragraphs, quotes (marked "> "), list
/// items (marked "- ") and captions in order, a blank line between two; the title, byline and
/// boilerplate blocks are left out.
std::string article_body_text(const Article& article);

/// The authors of an article joined by ", " ("" when none was found).
std::string authors_text(const ArticleMetadata& metadata);

/// One article as the compact JSON object `newsprism extract --json` prints on a line (without
/// the newline): source, format (its name), title, published (the relative date as written
/// when there is no absolute one), modified, author (authors_text()), authors,
/// site, url, language, description (each null when not found), body (article_body_text()),
/// boilerplate_blocks (how many blocks were left out as boilerplate) and diagnostics (their
/// codes).
std::string extracted_article_json(const Article& article);

/// An extraction as one compact JSON object: {"articles": [one extracted_article_json()
/// object per article], "inputs": [each input as the report's "inputs"
/// entries have it: index, source, bytes, format {name, reason}, articles, diagnostics with
/// severity, code, message, count and input_offset]}. The same bytes on every target.
std::string extraction_to_json(const Report& report);

}  // namespace newsprism
