#pragma once
// Numbers in running text ("68件", "14,358条") and the one number formatter every message and
// output uses.
#include <optional>
#include <string>
#include <vector>

#include "text/code_points.h"

namespace xxgk::text {

// 28 → "28", 74708.228 → "74708.228", 1e30 → "1000000000000000000000000000000": no exponent,
// no trailing zeros, at most 6 decimals.
std::string format_number(double v);
// A ratio as a percentage with two decimals at most: 0.6321 → "63.21%", 0.5 → "50%".
std::string format_percent(double ratio);
// "40、23、0" for a list of numbers.
std::string join_numbers(const std::vector<double>& values, const char* sep = "、");

// A number as printed ("14,358", "62.8", "32") followed (spaces allowed) by a unit.
struct Number {
  double value = 0;
  size_t b = 0, e = 0;     // code point range of the digits
  size_t ue = 0;           // end of the unit (== e when none)
  std::u32string unit;     // "件", "条", "起", "万条", ...
  std::string text;        // the digits as printed
};
// Parses a number starting exactly at i (no sign). Thousands separators accepted.
std::optional<Number> number_at(const U32& t, size_t i);
// All numbers in [b, e) directly followed by one of the given units (spaces allowed between).
std::vector<Number> counts(const U32& t, size_t b, size_t e, const std::vector<std::u32string>& units);
const std::vector<std::u32string>& count_units();   // 件 起 条 个 项 次 万条 ...

}  // namespace xxgk::text
