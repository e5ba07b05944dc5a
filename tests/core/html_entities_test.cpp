#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "parse/html_entities.hpp"

using newsprism::OffsetMap;
using newsprism::parse::decode_character_references;
using newsprism::parse::decode_html_entities;
using newsprism::parse::named_character_references;

namespace {

std::string decode_attribute(std::string_view text) {
  std::string out;
  decode_character_references(text, true, out, nullptr);
  return out;
}

}  // namespace

TEST_CASE("the named table is the whole WHATWG table, sorted for binary search") {
  auto table = named_character_references();
  CHECK(table.size() == 2231);
  CHECK(std::is_sorted(table.begin(), table.end(),
                       [](const auto& a, const auto& b) { return a.name < b.name; }));
  CHECK(std::adjacent_find(table.begin(), table.end(), [](const auto& a, const auto& b) {
          return a.name == b.name;
        }) == table.end());
  size_t legacy = std::count_if(table.begin(), table.end(),
                                [](const auto& entry) { return !entry.name.ends_with(';'); });
  CHECK(legacy == 106);
}

TEST_CASE("named references, with and without ';'") {
  CHECK(decode_html_entities("Tom &amp; Jerry") == "Tom & Jerry");
  CHECK(decode_html_entities("&lt;p&gt;") == "<p>");
  CHECK(decode_html_entities("caf&eacute;") == "caf\xC3\xA9");
  CHECK(decode_html_entities("&copy 2024") == "\xC2\xA9 2024");  // legacy form
  CHECK(decode_html_entities("&nbsp;") == "\xC2\xA0");
  // Two code points in one reference.
  CHECK(decode_html_entities("&NotEqualTilde;") == "\xE2\x89\x82\xCC\xB8");
  // The longest name in the table.
  CHECK(decode_html_entities("&CounterClockwiseContourIntegral;") == "\xE2\x88\xB3");
}

TEST_CASE("the longest matching name wins and the rest stays text") {
  CHECK(decode_html_entities("&notit;") == "\xC2\xACit;");
  CHECK(decode_html_entities("&notin;") == "\xE2\x88\x89");
  CHECK(decode_html_entities("&ampx") == "&x");
  // "&bogus;" and "&amp" inside a word that has no legacy form stay as they are.
  CHECK(decode_html_entities("&bogus; &ampere;") == "&bogus; &ere;");
  CHECK(decode_html_entities("&hellip") == "&hellip");  // no legacy form without ';'
  CHECK(decode_html_entities("AT&T & co; a&&b &") == "AT&T & co; a&&b &");
}

TEST_CASE("numeric references and the WHATWG replacements") {
  CHECK(decode_html_entities("&#x1F600;") == "\xF0\x9F\x98\x80");
  CHECK(decode_html_entities("&#X41;&#65;&#x61") == "AAa");
  CHECK(decode_html_entities("&#233;") == "\xC3\xA9");
  CHECK(decode_html_entities("&#128;") == "\xE2\x82\xAC");  // Windows-1252 euro sign
  CHECK(decode_html_entities("&#x92;") == "\xE2\x80\x99");  // right single quote
  CHECK(decode_html_entities("&#x81;") == "\xC2\x81");      // unmapped C1 stays
  CHECK(decode_html_entities("&#0;") == "\xEF\xBF\xBD");
  CHECK(decode_html_entities("&#xD800;") == "\xEF\xBF\xBD");
  CHECK(decode_html_entities("&#x110000;") == "\xEF\xBF\xBD");
  CHECK(decode_html_entities("&#99999999999999999999;") == "\xEF\xBF\xBD");
  CHECK(decode_html_entities("&#; &#x; &#xZ") == "&#; &#x; &#xZ");
  CHECK(decode_html_entities("&#38;#38;") == "&#38;");  // decoded once, not twice
}

TEST_CASE("the attribute rule keeps legacy names before '=' or alphanumerics") {
  CHECK(decode_attribute("?a=1&copy=2") == "?a=1&copy=2");
  CHECK(decode_attribute("?a=1&copyx") == "?a=1&copyx");
  CHECK(decode_attribute("?a=1&copy;=2") == "?a=1\xC2\xA9=2");  // with ';' it decodes
  CHECK(decode_attribute("&copy 2024") == "\xC2\xA9 2024");
  CHECK(decode_attribute("a&amp;b") == "a&b");
  CHECK(decode_html_entities("?a=1&copy=2") == "?a=1\xC2\xA9=2");  // outside attributes it does
}

TEST_CASE("decoding appends, counts and maps offsets back") {
  std::string out = "prefix:";
  OffsetMap map;
  std::string_view text = "a&amp;b&#x1F600;c&bogus;d";
  size_t decoded = decode_character_references(text, false, out, &map);
  CHECK(decoded == 2);
  CHECK(out == "prefix:a&b\xF0\x9F\x98\x80" "c&bogus;d");
  map.finish(static_cast<uint32_t>(out.size() - 7), static_cast<uint32_t>(text.size()));
  CHECK(map.to_source(0) == 0);    // 'a'
  CHECK(map.to_source(1) == 1);    // '&' comes from "&amp;"
  CHECK(map.to_source(2) == 6);    // 'b'
  CHECK(map.to_source(3) == 7);    // the emoji starts at "&#x1F600;"
  CHECK(map.to_source(7) == 16);   // 'c'
  CHECK(map.to_source(8) == 17);   // "&bogus;" is kept and maps in step
  CHECK(map.to_source(static_cast<uint32_t>(out.size() - 7)) == text.size());
}
