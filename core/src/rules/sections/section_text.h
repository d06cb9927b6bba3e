#pragma once
// What the section rules share: finding a section of the report, its body, and whether the body
// has content (not only page furniture).
#include <initializer_list>
#include <string>

#include "read/section_titles.h"
#include "text/code_points.h"
#include "xxgk/report.h"

namespace xxgk::rulebook {

// "一、总体情况".
inline std::string heading(int n) { return std::string(text::cjk_numeral_name(n)) + "、" + text::statutory_title(n); }

inline const Section* section(const Report& r, int n) {
  for (const auto& s : r.sections)
    if (s.number == n) return &s;
  return nullptr;
}

struct Body { size_t b, e; };  // code point range of a section's body
inline Body body(const text::U32& t, const Section& s) {
  return {text::index_of(t, s.body_begin), text::index_of(t, s.norm_end)};
}

bool contains_any(const text::U32& t, Body b, std::initializer_list<const char32_t*> words);
bool contains_any(const text::U32& t, Body b, const std::vector<std::string>& words);
// Page furniture (bullets, 附件, 标签, 验证码, comment boxes) is not content; "无" is.
bool has_content(const text::U32& t, Body b);

}  // namespace xxgk::rulebook
