#include "text/numbers.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace xxgk::text {

std::string format_number(double v) {
  if (!std::isfinite(v)) return v != v ? "NaN" : (v < 0 ? "-∞" : "∞");
  char buf[512];
  if (std::floor(v) == v) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%.6f", v);
  std::string s(buf);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string format_percent(double ratio) { return format_number(std::round(ratio * 10000) / 100) + "%"; }

std::string join_numbers(const std::vector<double>& values, const char* sep) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += sep;
    out += format_number(values[i]);
  }
  return out;
}

std::optional<Number> number_at(const U32& t, size_t i) {
  if (i >= t.size() || !is_digit(t[i])) return std::nullopt;
  if (i > 0 && (is_digit(t[i - 1]) || t[i - 1] == U'.')) return std::nullopt;
  Number n;
  n.b = i;
  std::string digits;
  size_t j = i;
  bool dot = false;
  while (j < t.size()) {
    char32_t c = t[j];
    if (is_digit(c)) { digits += static_cast<char>(c); ++j; continue; }
    // thousands separator: ",ddd" followed by a non-digit
    if (c == U',' && !dot && is_digit(t[j + 1]) && is_digit(t[j + 2]) && is_digit(t[j + 3]) && !is_digit(t[j + 4])) {
      j += 1;
      continue;
    }
    if (c == U'.' && !dot && is_digit(t[j + 1])) { dot = true; digits += '.'; ++j; continue; }
    break;
  }
  n.e = n.ue = j;
  n.text = utf8(t, i, j);
  n.value = std::strtod(digits.c_str(), nullptr);
  return n;
}

const std::vector<std::u32string>& count_units() {
  static const std::vector<std::u32string> u = {U"万条", U"万件", U"件", U"起", U"条", U"个", U"项", U"次", U"宗", U"份"};
  return u;
}

std::vector<Number> counts(const U32& t, size_t b, size_t e, const std::vector<std::u32string>& units) {
  std::vector<Number> out;
  if (e > t.size()) e = t.size();
  for (size_t i = b; i < e; ++i) {
    if (!is_digit(t[i]) || (i > 0 && (is_digit(t[i - 1]) || t[i - 1] == U'.'))) continue;
    if (i > 1 && t[i - 1] == U',' && is_digit(t[i - 2])) continue;  // inside "14,358"
    auto n = number_at(t, i);
    if (!n) continue;
    size_t j = n->e;
    while (j < e && is_space(t[j])) ++j;
    for (const auto& unit : units) {
      if (starts_with(t, j, unit)) {
        n->unit = unit;
        n->ue = j + unit.size();
        out.push_back(*n);
        break;
      }
    }
    i = n->e - 1;
  }
  return out;
}

}  // namespace xxgk::text
