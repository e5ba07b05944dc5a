// The tokenizer's byte searches against their scalar twin on random input: every start, every
// end (the tails), needles found early, late and never.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "text/byte_scan.hpp"

using namespace newsprism;

TEST_CASE("byte_scan: the vector kernels and the scalar twin agree on random input") {
  std::mt19937_64 random(20261130);
  // A small alphabet makes hits common; the needles include NUL and bytes above 0x7F.
  const char alphabet[] = {'a', ' ', '<', '&', '\0', '"', '\xC3', '\xA9', 'z', '>'};
  for (int round = 0; round < 300; ++round) {
    std::string text(random() % 80, 'x');
    const int density = static_cast<int>(random() % 5);  // 0: no needles at all
    for (char& c : text) {
      if (density > 0 && random() % (density * 6) == 0) c = alphabet[random() % sizeof alphabet];
    }
    const char a = alphabet[random() % sizeof alphabet];
    const char b = alphabet[random() % sizeof alphabet];
    const char c = alphabet[random() % sizeof alphabet];
    for (size_t from = 0; from <= text.size(); ++from) {
      for (size_t to = from; to <= text.size(); to += 1 + random() % 7) {
        CHECK(byte_scan::find_any(text, from, to, a, b, c) == byte_scan::find_any_scalar(text, from, to, a, b, c));
        CHECK(byte_scan::find_byte(text, from, to, a) == byte_scan::find_any_scalar(text, from, to, a, a, a));
      }
    }
  }
}

TEST_CASE("byte_scan: a needle past 16 bytes, at the last byte, and none") {
  std::string text(100, 'x');
  text[37] = '<';
  CHECK(byte_scan::find_any(text, 0, text.size(), '<', '&', '\0') == 37);
  CHECK(byte_scan::find_any(text, 38, text.size(), '<', '&', '\0') == 100);
  text[99] = '&';
  CHECK(byte_scan::find_any(text, 38, text.size(), '<', '&', '\0') == 99);
  CHECK(byte_scan::find_byte(text, 0, 37, '<') == 37);
  CHECK(byte_scan::find_byte(text, 0, 38, '<') == 37);
}

namespace {

// What word_masks() must give, a byte at a time.
swar::WordMasks word_masks_bytewise(const unsigned char* p) {
  swar::WordMasks masks;
  for (unsigned i = 0; i < 64; ++i) {
    const unsigned char c = p[i];
    const bool alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    const bool space = c == ' ' || (c >= '\t' && c <= '\r');
    masks.alnum |= uint64_t{alnum} << i;
    masks.space |= uint64_t{space} << i;
    masks.newline |= uint64_t{c == '\n'} << i;
  }
  return masks;
}

}  // namespace

TEST_CASE("word_masks: the vector kernel and the SWAR twin agree with a byte loop") {
  std::mt19937_64 random(64);
  unsigned char block[64 + 7];
  for (int round = 0; round < 2000; ++round) {
    // Every byte value, and blocks biased to letters, spaces and the edges of each class.
    const char biased[] = {'a', 'z', 'A', 'Z', '0', '9', ' ', '\n', '\t', '\r', '\v', '\f', '@', '[', '`', '{', '/',
                           ':', '\x08', '\x0e', '\x1f', '\x7f', '\x80', '\xc1', '\xe1', '\xfa', '\xff', '\xb0', '\xba'};
    for (unsigned char& c : block) {
      c = round % 2 == 0 ? static_cast<unsigned char>(random()) : static_cast<unsigned char>(biased[random() % sizeof biased]);
    }
    const unsigned char* p = block + round % 8;  // unaligned starts too
    const swar::WordMasks expected = word_masks_bytewise(p);
    for (const swar::WordMasks& masks : {byte_scan::word_masks(p), swar::word_masks(p)}) {
      REQUIRE(masks.alnum == expected.alnum);
      REQUIRE(masks.space == expected.space);
      REQUIRE(masks.newline == expected.newline);
    }
  }
}

TEST_CASE("byte_scan: find_any_long agrees with the byte loop on long runs") {
  std::mt19937_64 random(20261201);
  const char alphabet[] = {'a', ' ', '<', '&', '\0', '"', '\\', '\xC3', 'z', '>'};
  for (int round = 0; round < 200; ++round) {
    // Runs past several sixty-four-byte steps, with needles rare enough to reach them.
    std::string text(random() % 400, 'x');
    const int spacing = 1 + static_cast<int>(random() % 200);
    for (char& c : text) {
      if (random() % static_cast<unsigned>(spacing) == 0) c = alphabet[random() % sizeof alphabet];
    }
    const char a = alphabet[random() % sizeof alphabet];
    const char b = alphabet[random() % sizeof alphabet];
    const char c = alphabet[random() % sizeof alphabet];
    for (size_t from = 0; from <= text.size(); from += 1 + random() % 5) {
      for (size_t to = from; to <= text.size(); to += 1 + random() % 23) {
        CHECK(byte_scan::find_any_long(text, from, to, a, b, c) == byte_scan::find_any_scalar(text, from, to, a, b, c));
      }
      CHECK(byte_scan::find_any_long(text, from, text.size(), a, b, c) ==
            byte_scan::find_any_scalar(text, from, text.size(), a, b, c));
    }
  }
  // A needle in each of the four vectors of a step, and in none.
  for (size_t at = 0; at < 200; ++at) {
    std::string text(200, 'x');
    text[at] = '&';
    CHECK(byte_scan::find_any_long(text, 0, text.size(), '<', '&', '\0') == at);
    CHECK(byte_scan::find_any_long(text, 0, at, '<', '&', '\0') == at);
  }
}
