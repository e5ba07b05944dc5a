#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "report/json_writer.hpp"

using newsprism::report::append_json_string;
using newsprism::report::JsonWriter;

TEST_CASE("strings escape quotes, backslashes, controls and line separators") {
  std::string out;
  append_json_string(out, "a\"b\\c\n\x01\xE2\x80\xA8\xC3\xA9");
  CHECK(out == "\"a\\\"b\\\\c\\n\\u0001\\u2028\xC3\xA9\"");
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
