#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "newsprism/text.hpp"
#include "text/byte_scan.hpp"
#include "text/swar.hpp"

using newsprism::normalize_text;
using newsprism::OffsetMap;

TEST_CASE("valid ASCII passes through with offsets in step") {
  auto result = normalize_text("Hello world.\nSecond line.");
  CHECK(result.text == "Hello world.\nSecond line.");
  CHECK(result.to_input.to_source(6) == 6);
  CHECK(result.to_input.to_source(25) == 25);
  CHECK(result.counts.invalid_utf8 == 0);
}

TEST_CASE("CRLF and lone CR become LF and offsets map back") {
  auto result = normalize_text("ab\r\ncd\ref");
  CHECK(result.text == "ab\ncd\nef");
  CHECK(result.counts.carriage_returns == 2);
  CHECK(result.to_input.to_source(3) == 4);  // 'c'
  CHECK(result.to_input.to_source(6) == 7);  // 'e'
  CHECK(result.to_input.to_source(8) == 9);  // end
}

TEST_CASE("invalid UTF-8 becomes U+FFFD, counted, nothing else lost") {
  std::string input = "caf\xE9 ok \xF0\x9F\x98 end \xC3\xA9";
  auto result = normalize_text(input);
  CHECK(result.text == "caf\xEF\xBF\xBD ok \xEF\xBF\xBD end \xC3\xA9");
  CHECK(result.counts.invalid_utf8 == 2);
  CHECK(result.counts.first_invalid_utf8 == 3);
  // " ok" follows the replacement: it maps to input byte 4.
  CHECK(result.to_input.to_source(6) == 4);
  // The valid é at the end keeps its bytes and maps exactly.
  CHECK(result.to_input.to_source(static_cast<uint32_t>(result.text.size()) - 2) ==
        input.size() - 2);
}

TEST_CASE("overlong encodings and surrogates are invalid") {
  auto overlong = normalize_text("\xC0\xAF");
  CHECK(overlong.counts.invalid_utf8 == 1);
  auto surrogate = normalize_text("\xED\xA0\x80");
  CHECK(surrogate.counts.invalid_utf8 == 1);
  CHECK(surrogate.text == "\xEF\xBF\xBD");
}

TEST_CASE("NUL and control bytes are replaced and counted") {
  auto result = normalize_text(std::string("a\0b\x01" "c", 5));
  CHECK(result.text == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
  CHECK(result.counts.nul_bytes == 1);
  CHECK(result.counts.first_nul_byte == 1);
  CHECK(result.counts.control_characters == 1);
  CHECK(result.to_input.to_source(4) == 2);  // 'b'
}

TEST_CASE("Unicode spaces, tabs and invisible characters are normalized") {
  // NBSP, thin space, tab, soft hyphen, zero-width space, BOM at the start.
  auto result = normalize_text("\xEF\xBB\xBF" "a\xC2\xA0" "b\xE2\x80\x89" "c\td\xC2\xAD" "e\xE2\x80\x8B" "f");
  CHECK(result.text == "a b c def");
  CHECK(result.counts.unicode_spaces == 3);
  CHECK(result.counts.invisible_characters == 3);
  CHECK(result.to_input.to_source(0) == 3);  // 'a' after the BOM
  CHECK(result.to_input.to_source(2) == 6);  // 'b' after NBSP
}

TEST_CASE("curly quotes and dashes are kept for display") {
  auto result = normalize_text("\xE2\x80\x9CQuote\xE2\x80\x9D \xE2\x80\x94 dash");
  CHECK(result.text == "\xE2\x80\x9CQuote\xE2\x80\x9D \xE2\x80\x94 dash");
}

TEST_CASE("utf16_length counts surrogate pairs") {
  CHECK(newsprism::utf16_length("abc") == 3);
  CHECK(newsprism::utf16_length("\xC3\xA9") == 1);
  CHECK(newsprism::utf16_length("\xE4\xB8\xAD") == 1);
  CHECK(newsprism::utf16_length("\xF0\x9F\x98\x80") == 2);
}

TEST_CASE("OffsetMap copies, moves and reuses its anchors, inline or on the heap") {
  auto map_with = [](uint32_t anchors) {  // a byte dropped every ten bytes
    OffsetMap map;
    for (uint32_t k = 1; k <= anchors; ++k) map.add(10 * k, 10 * k + k);
    map.finish(10 * anchors + 5, 10 * anchors + anchors + 5);
    return map;
  };
  for (uint32_t anchors : {0u, 1u, 2u, 3u, 17u}) {
    CAPTURE(anchors);
    const OffsetMap original = map_with(anchors);
    auto same = [&](const OffsetMap& other) {
      REQUIRE(other.anchors().size() == original.anchors().size());
      for (uint32_t p = 0; p <= 10 * anchors + 5; ++p) REQUIRE(other.to_source(p) == original.to_source(p));
    };
    OffsetMap copied(original);
    same(copied);
    OffsetMap moved(std::move(copied));
    same(moved);
    CHECK(copied.anchors().empty());  // NOLINT(bugprone-use-after-move): a moved-from map is empty
    OffsetMap assigned = map_with(40);
    assigned = original;
    same(assigned);
    OffsetMap small;
    small = std::move(assigned);
    same(small);
    small.clear();
    CHECK(small.to_source(7) == 7);
    small = map_with(anchors);  // reuses what it holds
    same(small);
    CHECK(OffsetMap::compose(OffsetMap(), original).to_source(10 * anchors) == original.to_source(10 * anchors));
  }
}

TEST_CASE("OffsetMap composes two stages") {
  OffsetMap inner;  // mid -> source: two bytes dropped at source 2
  inner.add(2, 4);
  inner.finish(6, 8);
  OffsetMap outer;  // derived -> mid: one byte dropped at mid 3
  outer.add(3, 4);
  outer.finish(5, 6);
  OffsetMap both = OffsetMap::compose(outer, inner);
  for (uint32_t d = 0; d <= 5; ++d) {
    CHECK(both.to_source(d) == inner.to_source(outer.to_source(d)));
  }
}

TEST_CASE("fold_for_matching: curly quotes, dashes and case fold; the map leads back") {
  std::string text = "\xE2\x80\x9CIt\xE2\x80\x99s OK\xE2\x80\x9D \xE2\x80\x94 she said\xE2\x80\xA6";
  OffsetMap map;
  std::string folded = newsprism::fold_for_matching(text, &map);
  CHECK(folded == "\"it's ok\" - she said...");
  // "she" in the folded text leads back to "she" in the display text.
  size_t she = folded.find("she");
  CHECK(text.substr(map.to_source(static_cast<uint32_t>(she)), 3) == "she");
  CHECK(map.to_source(static_cast<uint32_t>(folded.size())) == text.size());
  CHECK(newsprism::fold_for_matching("caf\xC3\xA9") == "caf\xC3\xA9");  // letters beyond ASCII stay
}

TEST_CASE("is_normalized says exactly when normalize_text would change nothing, on random input") {
  std::mt19937_64 random(7);
  // Printable ASCII, line ends, controls, DEL, kept and folded non-ASCII, and stray bytes.
  const std::vector<std::string> pieces = {"a", "Z", " ", ".", "\n", "\t", "\r", std::string(1, '\0'),
                                           "\x7F", "\x0B", "\xC3\xA9", "\xE2\x80\x99", "\xC2\xA0",
                                           "\xC2\xAD", "\xE2\x80\x8B", "\xF0\x9F\x98\x80", "\xC2\x85",
                                           "\x80", "\xE2\x80", "\xED\xA0\x80", "\xC0\xAF"};
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t length = random() % 24;
    // Mostly printable ASCII, so that runs long enough for the eight-byte steps occur.
    for (size_t i = 0; i < length; ++i) {
      text += random() % 3 != 0 ? std::string("plain text ") : pieces[random() % pieces.size()];
    }
    const newsprism::NormalizedText normalized = normalize_text(text);
    const newsprism::NormalizationCounts& counts = normalized.counts;
    const bool counted_nothing = counts.invalid_utf8 == 0 && counts.nul_bytes == 0 &&
                                 counts.control_characters == 0 && counts.carriage_returns == 0 &&
                                 counts.unicode_spaces == 0 && counts.invisible_characters == 0;
    const bool unchanged = normalized.text == text && counted_nothing && normalized.to_input.anchors().size() <= 1;
    REQUIRE(newsprism::is_normalized(text) == unchanged);
  }
}

TEST_CASE("swar::equal flags exactly the bytes equal to the one asked for, on random input") {
  std::mt19937_64 random(4242);
  for (int round = 0; round < 20000; ++round) {
    uint64_t bytes = random();
    // Runs of equal, zero and 0x80 bytes: the cases where a carry could cross a byte.
    if (round % 3 == 0) bytes &= 0x8000FF00800001FFULL;
    const auto c = static_cast<unsigned char>(round % 4 == 0 ? 0 : round % 4 == 1 ? 0x80 : random() & 0xFF);
    const uint64_t flags = newsprism::swar::equal(bytes, c);
    for (int k = 0; k < 8; ++k) {
      const bool is_c = ((bytes >> (8 * k)) & 0xFF) == c;
      REQUIRE(((flags >> (8 * k)) & 0xFF) == (is_c ? 0x80u : 0u));
    }
  }
}

TEST_CASE("count_spaces_and_commas (SWAR, and SSE2 where built with it) agrees with a byte loop on random input") {
  std::mt19937_64 random(99);
  const std::string alphabet = std::string("ab ,\n\t\r\f\v\x01\x1F\x80\xA0\xAC,  ") + '\0';
  for (int round = 0; round < 3000; ++round) {
    std::string text(round < 20 ? static_cast<size_t>(round) : random() % 3000, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    uint32_t spaces = 0;
    uint32_t commas = 0;
    for (char c : text) {
      spaces += (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') ? 1u : 0u;
      commas += c == ',' ? 1u : 0u;
    }
    for (auto count : {newsprism::swar::count_spaces_and_commas, newsprism::byte_scan::count_spaces_and_commas}) {
      const newsprism::swar::SpacesAndCommas counts = count(text);
      REQUIRE(counts.spaces == spaces);
      REQUIRE(counts.commas == commas);
    }
  }
}

namespace {

// Random text for the byte scanners: mostly letters and spaces (long runs, so every step width
// is exercised), with digits, punctuation, line breaks, controls and non-ASCII bytes between.
std::string scanner_text(std::mt19937_64& random, size_t length) {
  const std::string alphabet = std::string("abcXYZ09  ,.\n\t\r\f\x01\x1F\x7F@[`{/:\x80\xA0\xC3\xE2\xFF") + '\0';
  std::string text(length, ' ');
  for (char& c : text) c = random() % 4 != 0 ? "abcdefghij klmnop"[random() % 17] : alphabet[random() % alphabet.size()];
  return text;
}

bool is_ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_plain_ascii(unsigned char c) { return (c >= 0x20 && c < 0x7F) || c == '\n'; }

// A skip is right when every byte it passed has the property and a byte without it lies within
// `window` bytes of where it stopped (1: exactly there), unless fewer than eight bytes are left
// there (the caller reads those one by one).
template <typename Property>
void check_skip(const std::string& text, size_t from, size_t stop, size_t window, Property property) {
  REQUIRE(stop >= from);
  REQUIRE(stop <= text.size());
  for (size_t i = from; i < stop; ++i) REQUIRE(property(static_cast<unsigned char>(text[i])));
  if (stop + 8 > text.size()) return;
  bool stopped_at_one = false;
  for (size_t i = stop; i < stop + window; ++i) {
    stopped_at_one = stopped_at_one || !property(static_cast<unsigned char>(text[i]));
  }
  REQUIRE(stopped_at_one);
}

}  // namespace

TEST_CASE("byte scanners (SSE2 where built with it, and the SWAR twins) agree with byte loops") {
  std::mt19937_64 random(2024);
  for (int round = 0; round < 4000; ++round) {
    const std::string text = scanner_text(random, round < 40 ? static_cast<size_t>(round) : random() % 700);
    const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = begin + text.size();
    const size_t from = text.empty() ? 0 : random() % (text.size() + 1);
    for (auto skip : {newsprism::byte_scan::skip_ascii_alnum, newsprism::swar::skip_ascii_alnum}) {
      check_skip(text, from, static_cast<size_t>(skip(begin + from, end) - begin), 1, is_ascii_alnum);
    }
    for (auto skip : {newsprism::byte_scan::skip_ascii, newsprism::swar::skip_ascii}) {
      check_skip(text, from, static_cast<size_t>(skip(begin + from, end) - begin), 8, [](unsigned char c) { return c < 0x80; });
    }
    for (auto skip : {newsprism::byte_scan::skip_plain_ascii, newsprism::swar::skip_plain_ascii}) {
      check_skip(text, from, static_cast<size_t>(skip(begin + from, end) - begin), 8, is_plain_ascii);
    }
    bool expected = false;
    for (size_t i = 0; i < text.size(); ++i) {
      expected = expected || text[i] == '\n' || (text[i] == ' ' && i > 0 && text[i - 1] == ' ');
    }
    REQUIRE(newsprism::byte_scan::has_newline_or_double_space(text) == expected);
    REQUIRE(newsprism::swar::has_newline_or_double_space(text) == expected);
    const size_t first_of = std::min(text.find_first_of(std::string_view(",\n\xA0", 3), from), text.size());
    REQUIRE(newsprism::byte_scan::find_first_of(text, from, ',', '\n', 0xA0) == first_of);
  }
  // Long runs: lanes count up to 255 steps before they are summed.
  const std::string long_text(16 * 300 + 5, ' ');
  CHECK(newsprism::byte_scan::count_spaces_and_commas(long_text).spaces == long_text.size());
  CHECK(newsprism::byte_scan::has_newline_or_double_space(long_text));
}

TEST_CASE("utf16_length agrees with a byte loop on random text") {
  std::mt19937_64 random(41);
  const std::string pieces[] = {"a", "b ", "\xC3\xA9", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\x80", "\xFF"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t count = round < 40 ? static_cast<size_t>(round) : random() % 200;
    // Long ASCII runs with other bytes here and there, as in most texts.
    for (size_t i = 0; i < count; ++i) text += pieces[random() % 8 < 6 ? random() % 2 : 2 + random() % 5];
    uint32_t expected = 0;
    for (unsigned char byte : text) expected += ((byte & 0xC0) != 0x80 ? 1u : 0u) + (byte >= 0xF0 ? 1u : 0u);
    REQUIRE(newsprism::utf16_length(text) == expected);
  }
}

TEST_CASE("scan_plain_block (SIMD where built with it, and the SWAR twin) agrees with a byte loop") {
  std::mt19937_64 random(37);
  const std::string odd = std::string("\t\r\x01\x7F\x80\xA0\xC3\xE2\xFF") + '\0';
  for (int round = 0; round < 4000; ++round) {
    // Mostly plain text, where the scan runs to the end; one other byte in half the rounds.
    std::string text(round < 40 ? static_cast<size_t>(round) : random() % 300, 'a');
    for (char& c : text) c = "abc d  ,\n"[random() % (random() % 3 == 0 ? 10 : 5)];
    if (round % 2 == 1 && !text.empty()) text[random() % text.size()] = odd[random() % odd.size()];
    size_t first_other = text.size();
    bool collapses = false;
    for (size_t i = 0; i < text.size(); ++i) {
      if (!is_plain_ascii(static_cast<unsigned char>(text[i]))) {
        first_other = std::min(first_other, i);
      }
      collapses = collapses || text[i] == '\n' || (text[i] == ' ' && i > 0 && text[i - 1] == ' ');
    }
    const bool plain = first_other == text.size();
    for (auto scan : {newsprism::byte_scan::scan_plain_block, newsprism::swar::scan_plain_block}) {
      const newsprism::swar::PlainBlock result = scan(text);
      REQUIRE(result.plain == plain);
      if (plain) {
        REQUIRE(result.collapses == collapses);
        REQUIRE(result.plain_bytes == text.size());
      } else {
        REQUIRE(result.plain_bytes <= first_other);
      }
    }
  }
}

TEST_CASE("find_byte_pairs (SSE2 where built with it, and the SWAR twin) visits what a byte loop finds") {
  std::mt19937_64 random(31);
  static constexpr newsprism::swar::BytePair kPairs[] = {{'a', 'b'}, {'b', 'b'}, {0xC3, 0xA0}, {' ', ','}};
  for (int round = 0; round < 4000; ++round) {
    const std::string text = scanner_text(random, round < 40 ? static_cast<size_t>(round) : random() % 300);
    std::vector<size_t> expected;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      for (const newsprism::swar::BytePair& pair : kPairs) {
        if (static_cast<unsigned char>(text[i]) == pair.first && static_cast<unsigned char>(text[i + 1]) == pair.second) {
          expected.push_back(i);
        }
      }
    }
    // Stopping: the visit that returns true is the last one.
    const size_t stop_after = expected.empty() ? 0 : random() % expected.size();
    for (int flavour = 0; flavour < 2; ++flavour) {
      std::vector<size_t> visited;
      auto visit = [&](size_t at) {
        visited.push_back(at);
        return round % 2 == 1 && visited.size() == stop_after + 1;
      };
      const bool stopped = flavour == 0 ? newsprism::byte_scan::find_byte_pairs(text, kPairs, visit)
                                        : newsprism::swar::find_byte_pairs(text, kPairs, visit);
      const bool should_stop = round % 2 == 1 && !expected.empty();
      REQUIRE(stopped == should_stop);
      const std::vector<size_t> want(expected.begin(), should_stop ? expected.begin() + stop_after + 1 : expected.end());
      REQUIRE(visited == want);
    }
  }
}
