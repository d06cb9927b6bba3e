#include "text/code_points.h"

#include <algorithm>
#include <cstring>
#include <memory>

#include "text/utf8.h"

namespace xxgk::text {

U32 decode(std::string_view s, size_t base) {
  U32 t;
  size_t starts = 0;  // code points, when s is well-formed
  for (char c : s) starts += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  t.s.reserve(starts);
  t.off.reserve(starts + 1);
  size_t len = 0;
  for (size_t i = 0; i < s.size(); i += len) {
    t.s.push_back(utf8::decode(s, i, len));
    t.off.push_back(static_cast<uint32_t>(base + i));
  }
  t.off.push_back(static_cast<uint32_t>(base + s.size()));
  return t;
}

const U32& decoded(const Text& text) {
  static const U32 none;
  return text.view ? text.view->chars : none;
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
  switch (c) {
    case U'一': return 1;
    case U'二': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    case U'十': return 10;
    default: return 0;
  }
}

const char* cjk_numeral_name(int n) {
  static const char* names[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  return n >= 0 && n <= 10 ? names[n] : "";
}

size_t find(const U32& t, std::u32string_view needle, size_t b, size_t e) {
  if (e > t.s.size()) e = t.s.size();
  if (b >= e || needle.size() > e - b) return std::u32string::npos;
  if (needle.empty()) return b;
  const char32_t* s = t.s.data();
  const char32_t first = needle[0];
  const size_t n = needle.size(), starts_end = e - n + 1;
  auto rest_matches = [&](size_t i) {
    return std::char_traits<char32_t>::compare(s + i + 1, needle.data() + 1, n - 1) == 0;
  };
  // Eight positions compared with the first character at once (vector extensions, SSE natively):
  // the rules search long sections for a few words, and most blocks hold none of their first
  // characters.
  using Lanes = uint32_t __attribute__((vector_size(16)));
  const Lanes want = {first, first, first, first};
  size_t i = b;
  for (; i + 8 <= starts_end; i += 8) {
    Lanes low, high;
    std::memcpy(&low, s + i, sizeof low);
    std::memcpy(&high, s + i + 4, sizeof high);
    const Lanes hit = (low == want) | (high == want);
    uint64_t any[2];
    std::memcpy(any, &hit, sizeof any);
    if (!(any[0] | any[1])) continue;
    for (size_t k = i; k < i + 8; ++k)
      if (s[k] == first && rest_matches(k)) return k;
  }
  for (; i < starts_end; ++i)
    if (s[i] == first && rest_matches(i)) return i;
  return std::u32string::npos;
}

bool starts_with(const U32& t, size_t i, std::u32string_view needle) {
  return i <= t.s.size() && t.s.size() - i >= needle.size() &&
         std::u32string_view(t.s).substr(i, needle.size()) == needle;
}

size_t index_of(const U32& t, size_t nb) {
  return nb > UINT32_MAX ? t.off.size() : t.off.lower_bound(static_cast<uint32_t>(nb));
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
