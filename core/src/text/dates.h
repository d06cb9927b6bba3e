#pragma once
// Dates and report years as printed: 2021-01-22, 2021年1月22日, 2021/1/22, 2021.1.22, "2020年度".
#include <optional>
#include <string>

#include "text/code_points.h"

namespace xxgk::text {

struct Date { int y = 0, m = 0, d = 0; };
bool operator<(const Date& a, const Date& b);

// A date starting at i (spaces tolerated inside); *end after it.
std::optional<Date> date_at(const U32& t, size_t i, size_t* end = nullptr);
// "2020年" / "2020年度" at i (2000..2100); *end after 年(度).
std::optional<int> year_at(const U32& t, size_t i, size_t* end = nullptr);
std::string iso(const Date& d);
std::optional<Date> parse_iso(const std::string& s);

}  // namespace xxgk::text
