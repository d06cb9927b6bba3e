#pragma once
// Small helpers shared by the report reader (meta, sections) and the report rules:
// a code-point view of Text::norm with byte offsets, numbers with units ("68件"), dates,
// and finding construction.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/finding.h"
#include "xxgk/report.h"

namespace xxgk::rpt {

// Code points of a UTF-8 range with the byte offset (in the source string) of each;
// off has size s.size()+1 (the last entry is the end offset).
struct U32 {
  std::u32string s;
  std::vector<uint32_t> off;  // inputs are far below 4 GiB
  size_t size() const { return s.size(); }
  char32_t operator[](size_t i) const { return i < s.size() ? s[i] : 0; }
};
U32 decode(std::string_view utf8, size_t base = 0);
// The code points of text.norm, decoded once per text.
const U32& decoded(const Text& text);
std::u32string u(std::string_view utf8);
std::string utf8(std::u32string_view s);

bool is_digit(char32_t c);
bool is_cjk(char32_t c);
bool is_space(char32_t c);
// 一..十 → 1..10, else 0.
int cjk_numeral(char32_t c);
const char* cjk_numeral_name(int n);   // 1 → "一"

// Does s contain needle within [b, e)? npos when not.
size_t find(const U32& t, std::u32string_view needle, size_t b = 0, size_t e = std::u32string::npos);
bool starts_with(const U32& t, size_t i, std::u32string_view needle);

// A number as printed ("14,358", "62.8", "32") followed (spaces allowed) by a unit.
struct Number {
  double value = 0;
  size_t b = 0, e = 0;     // code point range of the digits
  size_t ue = 0;           // end of the unit (== e when none)
  std::u32string unit;     // "件", "条", "起", "万条", ...
  std::string text;        // the digits as printed
};
// Parses a number starting exactly at i (no sign). Thousands separators accepted.
std::optional<Number> number_at(const U32& t, size_t i);
// All numbers in [b, e) directly followed by one of the given units (spaces allowed between).
std::vector<Number> counts(const U32& t, size_t b, size_t e,
                           const std::vector<std::u32string>& units);
const std::vector<std::u32string>& count_units();   // 件 起 条 个 项 次 万条 ...

struct Date { int y = 0, m = 0, d = 0; };
// A date starting at i: 2021-01-22, 2021年1月22日, 2021/1/22, 2021.1.22 (spaces tolerated).
std::optional<Date> date_at(const U32& t, size_t i, size_t* end = nullptr);
std::string iso(const Date& d);
// "2020年" / "2020年度" at i (2000..2100); *end after 年(度).
std::optional<int> year_at(const U32& t, size_t i, size_t* end = nullptr);
std::optional<Date> parse_iso(const std::string& s);
bool operator<(const Date& a, const Date& b);

std::string fmt(double v);   // 27, 62.8

// Code point index of byte offset nb (first code point at or after it).
size_t index_of(const U32& t, size_t nb);

// Span in the original of code points [b, e) of t.
Span span(const Text& text, const U32& t, size_t b, size_t e);

Finding finding(const char* rule, Severity sev, std::string message, Span sp,
                std::string table = {}, std::vector<CellRef> cells = {});

// Sentence around code point i: [b, e) bounded by 。！？ or line ends.
std::pair<size_t, size_t> sentence_at(const U32& t, size_t i);

}  // namespace xxgk::rpt
