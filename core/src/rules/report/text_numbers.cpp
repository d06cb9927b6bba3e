#include "rules/report/text_numbers.h"
#include "text/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

namespace xxgk::rpt {

U32 decode(std::string_view s, size_t base) {
  U32 t;
  t.s.reserve(s.size());
  t.off.reserve(s.size() + 1);
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    size_t n;
    if (c < 0x80) { cp = c; n = 1; }
    else if ((c >> 5) == 6) { cp = c & 0x1F; n = 2; }
    else if ((c >> 4) == 14) { cp = c & 0x0F; n = 3; }
    else if ((c >> 3) == 30) { cp = c & 0x07; n = 4; }
    else { cp = 0xFFFD; n = 1; }
    if (i + n > s.size()) { cp = 0xFFFD; n = 1; }
    for (size_t k = 1; k < n; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 2) { cp = 0xFFFD; n = k; break; }
      cp = (cp << 6) | (cc & 0x3F);
    }
    t.s.push_back(cp);
    t.off.push_back(static_cast<uint32_t>(base + i));
    i += n;
  }
  t.off.push_back(static_cast<uint32_t>(base + s.size()));
  return t;
}

const U32& decoded(const Text& text) {
  if (!text.code_points) text.code_points = std::make_shared<const U32>(decode(text.norm));
  return *static_cast<const U32*>(text.code_points.get());
}

std::u32string u(std::string_view s) { return decode(s).s; }

std::string utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) xxgk::utf8::append(out, c);
  return out;
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_cjk(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x3000; }

int cjk_numeral(char32_t c) {
  static const std::u32string n = U"一二三四五六七八九十";
  size_t p = n.find(c);
  return p == std::u32string::npos ? 0 : static_cast<int>(p) + 1;
}
const char* cjk_numeral_name(int n) {
  static const char* names[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  return n >= 0 && n <= 10 ? names[n] : "";
}

size_t find(const U32& t, std::u32string_view needle, size_t b, size_t e) {
  if (e > t.s.size()) e = t.s.size();
  if (b >= e || needle.size() > e - b) return std::u32string::npos;
  size_t p = std::u32string_view(t.s).substr(0, e).find(needle, b);
  return p;
}

bool starts_with(const U32& t, size_t i, std::u32string_view needle) {
  return i <= t.s.size() && t.s.size() - i >= needle.size() &&
         std::u32string_view(t.s).substr(i, needle.size()) == needle;
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
    if (c == U',' && !dot && j + 3 < t.size() + 1 && is_digit(t[j + 1]) && is_digit(t[j + 2]) &&
        is_digit(t[j + 3]) && !is_digit(t[j + 4])) {
      j += 1;
      continue;
    }
    if (c == U'.' && !dot && is_digit(t[j + 1])) { dot = true; digits += '.'; ++j; continue; }
    break;
  }
  n.e = n.ue = j;
  n.text = utf8(std::u32string_view(t.s).substr(i, j - i));
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

static size_t skip_sp(const U32& t, size_t i) {
  while (i < t.size() && is_space(t[i])) ++i;
  return i;
}

static std::optional<int> int_at(const U32& t, size_t& i, int min_digits, int max_digits) {
  size_t j = i;
  int v = 0, n = 0;
  while (j < t.size() && is_digit(t[j]) && n < max_digits) { v = v * 10 + static_cast<int>(t[j] - U'0'); ++j; ++n; }
  if (n < min_digits || (j < t.size() && is_digit(t[j]))) return std::nullopt;
  i = j;
  return v;
}

std::optional<Date> date_at(const U32& t, size_t i, size_t* end) {
  if (i > 0 && is_digit(t[i - 1])) return std::nullopt;
  size_t j = i;
  auto y = int_at(t, j, 4, 4);
  if (!y || *y < 1990 || *y > 2100) return std::nullopt;
  j = skip_sp(t, j);
  char32_t sep = t[j];
  if (sep != U'-' && sep != U'年' && sep != U'/' && sep != U'.') return std::nullopt;
  j = skip_sp(t, j + 1);
  auto m = int_at(t, j, 1, 2);
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  j = skip_sp(t, j);
  char32_t sep2 = sep == U'年' ? U'月' : sep;
  if (t[j] != sep2) return std::nullopt;
  j = skip_sp(t, j + 1);
  auto d = int_at(t, j, 1, 2);
  if (!d || *d < 1 || *d > 31) return std::nullopt;
  if (sep == U'年') {
    j = skip_sp(t, j);
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
  size_t j = i + 4;
  while (j < t.size() && is_space(t[j])) ++j;
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

bool operator<(const Date& a, const Date& b) { return std::tie(a.y, a.m, a.d) < std::tie(b.y, b.m, b.d); }

std::string fmt(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", v);
  else {
    std::snprintf(buf, sizeof buf, "%.4f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }
  return buf;
}

size_t index_of(const U32& t, size_t nb) {
  return static_cast<size_t>(std::lower_bound(t.off.begin(), t.off.end(), nb) - t.off.begin());
}

Span span(const Text& text, const U32& t, size_t b, size_t e) {
  if (b > t.size()) b = t.size();
  if (e > t.size()) e = t.size();
  if (e < b) e = b;
  return text.span(t.off[b], t.off[e]);
}

Finding finding(const char* rule, Severity sev, std::string message, Span sp, std::string table,
                std::vector<CellRef> cells) {
  Finding f;
  f.rule = rule;
  f.severity = sev;
  f.message = std::move(message);
  f.span = sp;
  f.table = std::move(table);
  f.cells = std::move(cells);
  return f;
}

std::pair<size_t, size_t> sentence_at(const U32& t, size_t i) {
  auto stop = [](char32_t c) { return c == U'。' || c == U'!' || c == U'?' || c == U'\n'; };
  size_t b = i;
  while (b > 0 && !stop(t[b - 1])) --b;
  size_t e = i;
  while (e < t.size() && !stop(t[e])) ++e;
  if (e < t.size() && t[e] != U'\n') ++e;
  return {b, e};
}

}  // namespace xxgk::rpt
