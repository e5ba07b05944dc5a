#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "report/json_writer.hpp"

using newsprism::report::JsonWriter;

TEST_CASE("strings escape quotes, backslashes, controls and line separators") {
  JsonWriter json(false);
  json.string("a\"b\\c\n\x01\xE2\x80\xA8\xC3\xA9");
  CHECK(json.take() == "\"a\\\"b\\\\c\\n\\u0001\\u2028\xC3\xA9\"");
}

TEST_CASE("compact and pretty objects") {
  JsonWriter compact(false);
  compact.begin_object();
  compact.key("n");
  compact.number(-3);
  compact.key("list");
  compact.begin_array();
  compact.unsigned_number(1);
  compact.boolean(true);
  compact.null();
  compact.end_array();
  compact.key("empty");
  compact.begin_object();
  compact.end_object();
  compact.end_object();
  CHECK(compact.take() == "{\"n\":-3,\"list\":[1,true,null],\"empty\":{}}");

  JsonWriter pretty(true);
  pretty.begin_object();
  pretty.key("a");
  pretty.begin_array();
  pretty.string("x");
  pretty.end_array();
  pretty.end_object();
  CHECK(pretty.take() == "{\n  \"a\": [\n    \"x\"\n  ]\n}");
}

TEST_CASE("numbers come out as std::to_string writes them, at every digit count") {
  JsonWriter json(false);
  json.begin_array();
  std::string expected = "[";
  std::vector<uint64_t> values = {0, 4294967295ull, 4294967296ull, 18446744073709551615ull};
  for (uint64_t power = 1; power <= 1000000000ull; power *= 10) {
    for (uint64_t value : {power - 1, power, power + 1, 3 * power + 7}) values.push_back(value);
  }
  for (uint64_t value : values) {
    json.unsigned_number(value);
    expected += std::to_string(value) + ",";
  }
  json.tuple4_and_name(0, 9, 4294967295u, 1000000000u, "word");
  expected += "[0,9,4294967295,1000000000,\"word\"]]";
  json.end_array();
  CHECK(json.take() == expected);
}

namespace {

// The escaping rules written the plain way, byte by byte, for comparison.
std::string reference_string(const std::string& value) {
  std::string out = "\"";
  for (size_t i = 0; i < value.size(); ++i) {
    const auto byte = static_cast<unsigned char>(value[i]);
    if (byte == 0xE2 && i + 2 < value.size() && static_cast<unsigned char>(value[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(value[i + 2]) == 0xA8 || static_cast<unsigned char>(value[i + 2]) == 0xA9)) {
      out += static_cast<unsigned char>(value[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      i += 2;
    } else if (byte == '"') {
      out += "\\\"";
    } else if (byte == '\\') {
      out += "\\\\";
    } else if (byte == '\n') {
      out += "\\n";
    } else if (byte == '\r') {
      out += "\\r";
    } else if (byte == '\t') {
      out += "\\t";
    } else if (byte < 0x20) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else {
      out += value[i];
    }
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("strings, keys and tuples of every short length and past the writer's buffer come out whole") {
  // Pieces are written into a buffer that moves onto the output a few kilobytes at a time;
  // short ones are copied in fixed-size steps. Every length up to 200, long strings, escapes
  // anywhere and a deep pretty nesting, against the plain rules.
  const std::string pieces[] = {"a", "b", "\"", "\\", "\n", "\x01", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC3\xA9", "\xE2\x82\xAC"};
  uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  std::vector<std::string> values;
  for (size_t length = 0; length <= 200; ++length) {
    std::string plain;
    std::string mixed;
    for (size_t i = 0; i < length; ++i) plain += static_cast<char>('a' + i % 26);
    while (mixed.size() < length) mixed += pieces[next() % std::size(pieces)];
    values.push_back(plain);
    values.push_back(mixed);
  }
  for (size_t length : {8191u, 8192u, 8193u, 20000u}) {
    std::string mixed;
    while (mixed.size() < length) mixed += pieces[next() % std::size(pieces)];
    values.push_back(mixed);
    values.push_back(std::string(length, 'x'));
  }
  JsonWriter json(false);
  std::string expected = "[";
  json.begin_array();
  for (const std::string& value : values) {
    json.begin_object();
    json.key(value.substr(0, 60));
    json.string(value);
    json.end_object();
    const std::string name = value.substr(0, std::min<size_t>(value.size(), 70));
    const bool plain = name.find_first_of("\"\\\n\x01\xE2\xC3") == std::string::npos;
    if (plain) json.tuple4_and_name(1, 22, 333, 4294967295u, name);
    expected += "{" + reference_string(value.substr(0, 60)) + ":" + reference_string(value) + "},";
    if (plain) expected += "[1,22,333,4294967295,\"" + name + "\"],";
  }
  expected.back() = ']';
  json.end_array();
  CHECK(json.take() == expected);

  JsonWriter pretty(true);
  std::string nested_expected;
  for (int depth = 0; depth < 40; ++depth) {
    pretty.begin_array();
    nested_expected += "[\n" + std::string(2 * (depth + 1), ' ');
  }
  pretty.boolean(false);
  nested_expected += "false";
  for (int depth = 40; depth-- > 0;) {
    pretty.end_array();
    nested_expected += "\n" + std::string(2 * depth, ' ') + "]";
  }
  CHECK(pretty.take() == nested_expected);
}
