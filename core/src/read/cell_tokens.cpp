#include "read/cell_tokens.h"

#include <algorithm>
#include <cstdlib>

#include "text/compact.h"
#include "text/utf8.h"

namespace xxgk {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_separator(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '|'; }
bool is_blank_mark(char32_t c) { return c == '/' || c == '-' || c == U'—' || c == U'－' || c == U'–' || c == U'\\'; }

constexpr const char* kUnits[] = {"万元", "元", "件", "条", "个", "项", "次", "%"};

}  // namespace

std::vector<NumberToken> blank_cells(size_t count, size_t at) {
  NumberToken blank;
  blank.blank = true;
  blank.nb = blank.ne = at;
  return std::vector<NumberToken>(count, blank);
}

bool read_number_at(std::string_view s, size_t i, size_t end, NumberToken& t) {
  size_t p = i;
  if (s[p] == '-') { t.negative = true; ++p; }
  if (p >= end || !is_digit(s[p])) return false;
  std::string digits;
  while (p < end) {
    if (is_digit(s[p])) {
      digits += s[p];
      t.digit_pos.push_back(p);
      ++p;
    } else if (s[p] == ',' && !t.decimal && p + 3 < end && is_digit(s[p + 1]) && is_digit(s[p + 2]) &&
               is_digit(s[p + 3]) && (p + 4 >= end || !is_digit(s[p + 4]))) {
      t.grouped = true;
      ++p;
    } else if (s[p] == '.' && p + 1 < end && is_digit(s[p + 1]) && !t.decimal) {
      t.decimal = true;
      digits += '.';
      ++p;
    } else {
      break;
    }
  }
  // The unit, right after the digits or after one space ("74708.228 万元").
  const size_t unit_at = p < end && s[p] == ' ' ? p + 1 : p;
  for (const char* unit : kUnits) {
    const std::string_view u(unit);
    if (s.substr(unit_at, u.size()) == u && unit_at + u.size() <= end) {
      t.unit = unit;
      p = unit_at + u.size();
      break;
    }
  }
  t.nb = i;
  t.ne = p;
  t.raw.assign(s.substr(i, p - i));
  t.value = std::strtod(digits.c_str(), nullptr) * (t.negative ? -1 : 1);
  return true;
}

namespace {

// A tab/pipe row: the first line after the label holds every cell, blank ones included.
bool read_positional(std::string_view s, size_t nb, size_t ne, size_t expected, RegionTokens& out) {
  size_t b = nb;
  while (b < ne && (s[b] == ' ' || s[b] == '\n')) ++b;
  size_t e = b;
  while (e < ne && s[e] != '\n') ++e;
  while (e > b && s[e - 1] == ' ') --e;
  const std::string_view line = s.substr(b, e - b);
  const size_t separators = static_cast<size_t>(std::count(line.begin(), line.end(), '\t') +
                                                std::count(line.begin(), line.end(), '|'));
  if (expected == 0 || separators == 0 || separators + 1 < expected) return false;
  std::vector<std::pair<size_t, size_t>> fields;
  size_t start = b;
  for (size_t p = b; p <= e; ++p) {
    if (p == e || s[p] == '\t' || s[p] == '|') {
      fields.emplace_back(start, p);
      start = p + 1;
    }
  }
  // The label's remainder or the separator right after the label is not a cell.
  auto trimmed = [&](std::pair<size_t, size_t> f) {
    while (f.first < f.second && s[f.first] == ' ') ++f.first;
    while (f.second > f.first && s[f.second - 1] == ' ') --f.second;
    return f;
  };
  if (!fields.empty()) {
    auto f = trimmed(fields.front());
    NumberToken probe;
    if (f.first == f.second || !read_number_at(s, f.first, f.second, probe)) fields.erase(fields.begin());
  }
  while (!fields.empty()) {
    auto f = trimmed(fields.back());
    if (f.first != f.second) break;
    fields.pop_back();
  }
  for (auto field : fields) {
    auto f = trimmed(field);
    NumberToken t;
    size_t mark_len = 0;
    if (f.first == f.second ||
        (is_blank_mark(utf8::decode(s, f.first, mark_len)) && f.first + mark_len == f.second)) {
      t.blank = true;
      t.nb = f.first;
      t.ne = f.second;
      t.raw.assign(s.substr(f.first, f.second - f.first));
    } else if (!read_number_at(s, f.first, f.second, t)) {
      return false;  // text inside the row: not a clean positional row
    }
    out.tokens.push_back(t);
  }
  // Merged label cells copied from HTML or Word leave empty fields before the numbers
  // ("(一)予以公开\t\t12\t0…"): with more fields than cells, those come off the front.
  while (out.tokens.size() > expected && out.tokens.front().blank) out.tokens.erase(out.tokens.begin());
  out.positional = true;
  return !out.tokens.empty();
}

}  // namespace

RegionTokens read_cells(std::string_view s, size_t nb, size_t ne, size_t expected) {
  RegionTokens out;
  ne = std::min(ne, s.size());
  if (nb >= ne) return out;
  if (read_positional(s, nb, ne, expected, out)) return out;
  out = RegionTokens{};

  size_t han_run = 0;
  size_t len = 0;
  char32_t prev = ' ';
  for (size_t i = nb; i < ne; i += len) {
    const char32_t c = utf8::decode(s, i, len);
    if (is_han(c)) {
      if (++han_run >= 2 && !out.tokens.empty()) break;
      prev = c;
      continue;
    }
    han_run = 0;
    const bool starts_number = is_digit(static_cast<char>(c)) ||
                               (c == '-' && i + 1 < ne && is_digit(s[i + 1]) && is_separator(prev));
    if (starts_number && c < 0x80) {
      NumberToken t;
      if (read_number_at(s, i, ne, t)) {
        out.tokens.push_back(t);
        len = t.ne - i;
        prev = '0';
        continue;
      }
    }
    if (is_blank_mark(c) && is_separator(prev)) {
      size_t next_len = 0;
      const bool alone = i + len >= ne || is_separator(utf8::decode(s, i + len, next_len));
      if (alone) {
        NumberToken t;
        t.blank = true;
        t.nb = i;
        t.ne = i + len;
        t.raw.assign(s.substr(i, len));
        out.tokens.push_back(t);
      }
    }
    prev = c;
  }
  return out;
}

bool all_numbers(const std::vector<NumberToken>& tokens) {
  return std::all_of(tokens.begin(), tokens.end(), [](const NumberToken& t) { return t.value.has_value(); });
}

bool blank_between(std::string_view norm, size_t b, size_t e) {
  return std::all_of(norm.begin() + static_cast<long>(b), norm.begin() + static_cast<long>(e),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool same_paragraph(std::string_view norm, size_t b, size_t e) {
  bool line_empty = false;
  for (size_t k = b; k < e; ++k) {
    const char c = norm[k];
    if (c == '\n') {
      if (line_empty) return false;
      line_empty = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      line_empty = false;
    }
  }
  return true;
}

}  // namespace xxgk
