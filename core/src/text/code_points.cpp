#include "text/code_points.h"

#include <algorithm>
#include <memory>

#include "text/utf8.h"

namespace xxgk::text {

U32 decode(std::string_view s, size_t base) {
  U32 t;
  t.s.reserve(s.size());
  t.off.reserve(s.size() + 1);
  size_t len = 0;
  for (size_t i = 0; i < s.size(); i += len) {
    t.s.push_back(utf8::decode(s, i, len));
    t.off.push_back(static_cast<uint32_t>(base + i));
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
  for (char32_t c : s) utf8::append(out, c);
  return out;
}

std::string utf8(const U32& t, size_t b, size_t e) {
  e = std::min(e, t.size());
  return b < e ? utf8(std::u32string_view(t.s).substr(b, e - b)) : std::string();
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
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
  return std::u32string_view(t.s).substr(0, e).find(needle, b);
}

bool starts_with(const U32& t, size_t i, std::u32string_view needle) {
  return i <= t.s.size() && t.s.size() - i >= needle.size() &&
         std::u32string_view(t.s).substr(i, needle.size()) == needle;
}

size_t index_of(const U32& t, size_t nb) {
  return static_cast<size_t>(std::lower_bound(t.off.begin(), t.off.end(), nb) - t.off.begin());
}

Span span(const Text& text, const U32& t, size_t b, size_t e) {
  b = std::min(b, t.size());
  e = std::max(b, std::min(e, t.size()));
  return text.span(t.off[b], t.off[e]);
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

}  // namespace xxgk::text
