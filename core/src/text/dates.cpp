#include "text/dates.h"

#include <cstdio>
#include <tuple>

namespace xxgk::text {
namespace {

size_t skip_spaces(const U32& t, size_t i) {
  while (i < t.size() && is_space(t[i])) ++i;
  return i;
}

std::optional<int> int_at(const U32& t, size_t& i, int min_digits, int max_digits) {
  size_t j = i;
  int v = 0, n = 0;
  while (j < t.size() && is_digit(t[j]) && n < max_digits) { v = v * 10 + static_cast<int>(t[j] - U'0'); ++j; ++n; }
  if (n < min_digits || (j < t.size() && is_digit(t[j]))) return std::nullopt;
  i = j;
  return v;
}

}  // namespace

bool operator<(const Date& a, const Date& b) { return std::tie(a.y, a.m, a.d) < std::tie(b.y, b.m, b.d); }

std::optional<Date> date_at(const U32& t, size_t i, size_t* end) {
  if (i > 0 && is_digit(t[i - 1])) return std::nullopt;
  size_t j = i;
  auto y = int_at(t, j, 4, 4);
  if (!y || *y < 1990 || *y > 2100) return std::nullopt;
  j = skip_spaces(t, j);
  char32_t sep = t[j];
  if (sep != U'-' && sep != U'年' && sep != U'/' && sep != U'.') return std::nullopt;
  j = skip_spaces(t, j + 1);
  auto m = int_at(t, j, 1, 2);
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  j = skip_spaces(t, j);
  char32_t sep2 = sep == U'年' ? U'月' : sep;
  if (t[j] != sep2) return std::nullopt;
  j = skip_spaces(t, j + 1);
  auto d = int_at(t, j, 1, 2);
  if (!d || *d < 1 || *d > 31) return std::nullopt;
  if (sep == U'年') {
    j = skip_spaces(t, j);
    if (t[j] != U'日' && t[j] != U'号') return std::nullopt;
    ++j;
  }
  if (end) *end = j;
  return Date{*y, *m, *d};
}

std::optional<int> year_at(const U32& t, size_t i, size_t* end) {
  if (i > 0 && is_digit(t[i - 1])) return std::nullopt;
  int y = 0;
  for (size_t k = 0; k < 4; ++k) {
    if (!is_digit(t[i + k])) return std::nullopt;
    y = y * 10 + static_cast<int>(t[i + k] - U'0');
  }
  // Spaces or a wrapped line may stand between the digits and 年 (a PDF's text: "2021" / "年度").
  size_t j = i + 4;
  while (j < t.size() && (is_space(t[j]) || t[j] == U'\n' || t[j] == U'\r')) ++j;
  if (t[j] != U'年' || y < 2000 || y > 2100) return std::nullopt;
  ++j;
  if (t[j] == U'度') ++j;
  if (end) *end = j;
  return y;
}

std::string iso(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
  return buf;
}

std::optional<Date> parse_iso(const std::string& s) {
  int y, m, d;
  if (std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return std::nullopt;
  return Date{y, m, d};
}

}  // namespace xxgk::text
