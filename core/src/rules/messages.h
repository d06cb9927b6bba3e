#pragma once
// Small helpers for Chinese messages.
#include <string>
#include <vector>

namespace xxgk {

// 28 → "28", 74708.228 → "74708.228" (no trailing zeros, no exponent).
std::string format_number(double v);
// "40、23、0" for a list of numbers.
std::string join_numbers(const std::vector<double>& values, const char* sep = "、");

}  // namespace xxgk
