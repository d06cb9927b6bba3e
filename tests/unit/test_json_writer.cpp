// JsonWriter lays out a document byte for byte as nlohmann::json's dump does: escapes, ill-formed
// UTF-8, numbers, empty and nested containers, every indent.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "result/json_writer.h"

namespace {

using ordered_json = nlohmann::ordered_json;

const std::string kStrings[] = {"", "plain", "引号\"和\\反斜杠", "\b\f\n\r\t\x01\x1f\x7f", "半个字\xe4\xb8",
                                "\xff\xfe", "\xed\xa0\x80 surrogate", "\xf0\x9f\x98\x80 emoji", "\xc0\xaf overlong"};
const double kNumbers[] = {0, -0.0, 1, -7, 1798.66, 74708.228, 0.1, 1e-7, 123456789012345.0, 9e15, 1e16, -2.5e20,
                           std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()};

// The same document through both.
std::string written(int indent) {
  std::string out;
  xxgk::JsonWriter w(out, indent);
  w.begin_object();
  w.key("strings");
  w.begin_array();
  for (const auto& s : kStrings) w.string(s);
  w.end_array();
  w.key("numbers");
  w.begin_array();
  for (double v : kNumbers) w.number(v);
  w.number(std::nullopt);
  w.integer(-9007199254740993);
  w.end_array();
  for (const auto& s : kStrings) w.member(s, true);
  w.key("empty object");
  w.begin_object();
  w.end_object();
  w.key("empty array");
  w.begin_array();
  w.end_array();
  w.key("nested");
  w.begin_array();
  w.begin_array();
  w.end_array();
  w.begin_object();
  w.member("x", false);
  w.key("y");
  w.null();
  w.end_object();
  w.end_array();
  w.end_object();
  return out;
}

ordered_json number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 9e15) return static_cast<int64_t>(v);
  return v;
}

std::string dumped(int indent) {
  ordered_json j = ordered_json::object();
  j["strings"] = ordered_json::array();
  for (const auto& s : kStrings) j["strings"].push_back(s);
  j["numbers"] = ordered_json::array();
  for (double v : kNumbers) j["numbers"].push_back(number(v));
  j["numbers"].push_back(nullptr);
  j["numbers"].push_back(int64_t{-9007199254740993});
  for (const auto& s : kStrings) j[s] = true;
  j["empty object"] = ordered_json::object();
  j["empty array"] = ordered_json::array();
  j["nested"] = ordered_json::array({ordered_json::array(), ordered_json{{"x", false}, {"y", nullptr}}});
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("JsonWriter prints what nlohmann::json's dump prints") {
  for (const int indent : {-1, 0, 1, 2, 4}) {
    INFO("indent " << indent);
    CHECK(written(indent) == dumped(indent));
  }
}
