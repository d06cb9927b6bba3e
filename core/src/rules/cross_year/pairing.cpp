// cross_year.agency, cross_year.year, cross_year.previous_unreadable: whether the report given as
// last year's can be compared with this one at all.
#include "rules/cross_year/pair.h"

namespace xxgk::rulebook {
namespace {

void check_agency(const RuleContext& c, const Rule& self) {
  if (!c.previous) return;
  const auto& a = c.report.meta.agency;
  const auto& b = c.previous->meta.agency;
  if (!a || !b || same_agency(*a, *b)) return;
  c.emit(self, "上一年度报告的机关为“" + *b + "”，本报告为“" + *a + "”：跨年度比对应使用同一机关的报告",
         first_valid({c.report.meta.agency_span, c.report.meta.title_span}));
}

void check_year(const RuleContext& c, const Rule& self) {
  if (!c.previous) return;
  const auto& a = c.report.meta.year;
  const auto& b = c.previous->meta.year;
  const Span sp = first_valid({c.report.meta.year_span, c.report.meta.title_span});
  if (!a || !b) {
    c.emit(self, std::string("无法确定") + (!a ? "本报告" : "上一年度报告") + "的年度，跨年度比对的前提无法核实", sp);
    return;
  }
  if (*b + 1 == *a) return;
  c.emit(self,
         "作为上一年度提供的报告是" + std::to_string(*b) + "年度，本报告是" + std::to_string(*a) +
             "年度，不是相邻年度；未做跨年度数字比对",
         sp);
}

void check_previous_unreadable(const RuleContext& c, const Rule& self) {
  if (c.options.previous_unreadable.empty()) return;
  c.emit(self, "上一年度报告无法读取（" + c.options.previous_unreadable + "），未做跨年度核对",
         first_valid({c.report.meta.title_span}));
}

}  // namespace

extern const Rule cross_year_agency = {
    "cross_year.agency", Severity::warning, "上一年度报告不是同一机关的",
    "The previous report is of another agency (names compared without 人民政府/政府/办公室/办公厅). Fix: give the "
    "same agency's report.",
    __FILE__, check_agency, RuleRole::check, true};

extern const Rule cross_year_year = {
    "cross_year.year", Severity::warning, "上一年度报告不是前一年度的",
    "The previous report is not of the year before (or a year is unknown); the numeric comparisons are then "
    "skipped.",
    __FILE__, check_year, RuleRole::check, true};

extern const Rule cross_year_previous_unreadable = {
    "cross_year.previous_unreadable", Severity::warning, "上一年度报告无法读取，未做跨年度核对",
    "The previous year's report meant for this one could not be read (missing, not text, too large): this "
    "report is checked without the cross-year checks, and says so; the other reports of a batch are not "
    "affected. Fix: give a readable file.",
    __FILE__, check_previous_unreadable, RuleRole::check, true};

}  // namespace xxgk::rulebook
