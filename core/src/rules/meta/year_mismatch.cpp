// meta.year_mismatch: the year the report covers against the statistics period, the year that
// opens 总体情况 and the publication date.
#include "read/section_titles.h"
#include "rules/rule.h"
#include "text/code_points.h"
#include "text/dates.h"

namespace xxgk::rulebook {
namespace {

using namespace text;

std::string ys(int y) { return std::to_string(y) + "年"; }

// Years of the statistics period ("统计期限自2021年1月1日起至12月31日止").
void check_period(const RuleContext& c, const Rule& self, const U32& t, int year) {
  for (const char32_t* lab : {U"统计期限", U"统计时限", U"统计期间", U"统计区间", U"统计时间"}) {
    std::u32string l = lab;
    for (size_t p = find(t, l); p != std::u32string::npos; p = find(t, l, p + 1)) {
      size_t e = std::min(t.size(), p + 40);
      for (size_t i = p; i < e; ++i) {
        if (t[i] == U'。' || t[i] == U'\n') break;
        size_t ye;
        auto y = year_at(t, i, &ye);
        if (!y) continue;
        if (*y != year) {
          c.emit(self, "统计期限中的年份" + ys(*y) + "与报告年度" + ys(year) + "不一致", span(c.report.text, t, p, ye));
          return;
        }
        i = ye;
      }
    }
  }
}

// "2020年，……" at the start of 总体情况.
void check_overview_year(const RuleContext& c, const Rule& self, const U32& t, int year) {
  for (const auto& s : c.report.sections) {
    if (s.number != 1) continue;
    size_t b = index_of(t, s.body_begin);
    while (b < t.size() && (is_space(t[b]) || t[b] == U'\n')) ++b;
    size_t ye;
    auto y = year_at(t, b, &ye);
    if (y && *y != year && (t[ye] == U',' || t[ye] == U'以' || t[ye] == U'我' || t[ye] == U'全')) {
      c.emit(self,
             statutory_title(1) + "开头的年份" + ys(*y) + "与报告年度" + ys(year) + "不一致（标题或报告年度为" + ys(year) + "）",
             span(c.report.text, t, b, ye));
    }
    return;
  }
}

void check_year(const RuleContext& c, const Rule& self) {
  const Meta& m = c.report.meta;
  if (!m.year) return;
  const U32& t = decoded(c.report.text);
  check_period(c, self, t, *m.year);
  check_overview_year(c, self, t, *m.year);
  if (m.published) {
    if (auto d = parse_iso(*m.published); d && d->y <= *m.year) {
      c.emit(self, "发布日期" + *m.published + "早于报告年度" + ys(*m.year) + "结束：报告年度或发布日期可能有误",
             cover(m.published_span, m.year_span));
    }
  }
}

}  // namespace

extern const Rule meta_year_mismatch = {
    "meta.year_mismatch", Severity::warning, "标题年度与统计期限、正文年份或发布日期不一致",
    "The year the report covers (from the title, else the \"现将……年……报告如下\" sentence, else the statistics "
    "period) is compared with the years of the 统计期限, the year that opens 总体情况 (\"2020年，……\") and the "
    "publication date (which must fall after the year covered). Example: title \"2021年政府信息公开工作年度报告\", "
    "总体情况 \"2020年，我区……\" → warning quoting 2020 and 2021. Fix: correct the year in the title or the text.",
    __FILE__, check_year};

}  // namespace xxgk::rulebook
