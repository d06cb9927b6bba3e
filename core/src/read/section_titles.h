#pragma once
// Section headings against the format model's section titles, variants and keywords: shared by
// read_sections() and the section.* rules.
#include <string>
#include <vector>

#include "text/code_points.h"

namespace xxgk::text {

// The statutory title of section n (1..6) without the numbering.
const std::string& statutory_title(int n);

// Length (code points of t from i) of a known title of section n starting at i, or 0.
// Spaces, 的, 及/和, 资讯/信息 are ignored.
size_t match_title(const U32& t, size_t i, size_t e, int n);
// Title text is the statutory one or a known variant (for a title already cut out).
bool known_title(const std::string& title_norm, int n);
// A heading that names section n in other words (the model's keywords, such as 问题/改进 for 五).
bool title_keywords(const U32& t, size_t b, size_t e, int n);
// "一、本年新收…", "四、结转下年度…": a table 三 row label, not a heading.
bool is_table_row_label(const U32& t, size_t title_begin);

struct NumberedHeading {
  int number = 0;        // 1..10
  size_t b = 0;          // the numeral
  size_t tb = 0;         // title begin (after 、 and spaces)
  size_t le = 0;         // end of line
  bool line_start = false;
};
// Every "N、" (N = 一..十) in [b, e) not preceded by another numeral.
std::vector<NumberedHeading> numbered_headings(const U32& t, size_t b, size_t e);

}  // namespace xxgk::text
