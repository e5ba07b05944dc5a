// Helpers shared by the doctest files that look at whole reports.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "newsprism/analyze.hpp"

namespace newsprism::testing {

inline Report analyze_bytes(std::string_view bytes, std::string_view source = "test") {
  Input input{source, bytes};
  Result<Report> result = analyze(std::span<const Input>(&input, 1));
  REQUIRE(result.ok());
  return std::move(result).value();
}

inline std::string text_of(const Article& article, const Block& block) {
  return article.text.substr(block.span.start, block.span.end - block.span.start);
}

/// Kinds of an article's blocks as one letter each (t, h, b=byline, p, q, l, c, x=boilerplate),
/// so a test reads the shape at a glance.
inline std::string shape(const Article& article) {
  std::string out;
  for (const Block& block : article.blocks) {
    switch (block.kind) {
      case BlockKind::kTitle: out += 't'; break;
      case BlockKind::kHeading: out += 'h'; break;
      case BlockKind::kByline: out += 'b'; break;
      case BlockKind::kParagraph: out += 'p'; break;
      case BlockKind::kQuote: out += 'q'; break;
      case BlockKind::kListItem: out += 'l'; break;
      case BlockKind::kCaption: out += 'c'; break;
      case BlockKind::kBoilerplate: out += 'x'; break;
    }
  }
  return out;
}

inline bool has_diagnostic(const std::vector<Diagnostic>& diagnostics, std::string_view code) {
  for (const Diagnostic& d : diagnostics) {
    if (d.code == code) return true;
  }
  return false;
}

}  // namespace newsprism::testing
