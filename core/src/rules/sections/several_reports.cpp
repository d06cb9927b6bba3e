// input.several_reports: a text that holds more than one report (several pasted in a row).
#include "rules/rule.h"
#include "rules/sections/section_text.h"

namespace xxgk::rulebook {
namespace {

using namespace text;

// "一、总体情况" (or a variant of it) at the start of a line, outside table rows: each report has
// one. The second one says where the next report begins.
void check_several_reports(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  const U32& t = decoded(r.text);
  std::vector<size_t> starts;
  for (const auto& h : numbered_headings(t, 0, t.size()))
    if (h.number == 1 && h.line_start && !is_table_row_label(t, h.tb) && match_title(t, h.tb, h.le, 1) > 0)
      starts.push_back(h.b);
  if (starts.size() < 2) return;
  c.emit(self, "文本中“" + heading(1) + "”出现 " + std::to_string(starts.size()) +
                   " 次，似乎粘贴了多份报告；各表和各部分可能取自不同报告，请一次只检查一份报告",
         span(r.text, t, starts[1], std::min(t.size(), starts[1] + 1)));
}

}  // namespace

extern const Rule input_several_reports = {
    "input.several_reports", Severity::warning, "一段文字中有多份报告",
    "The first section's heading (一、总体情况 or a known variant) starts a line more than once: several reports "
    "were pasted or joined into one input, and tables and sections may then be read from different reports. "
    "The finding points at the second heading. A table row such as 一、本年新收… does not count. Fix: check one "
    "report at a time.",
    __FILE__, check_several_reports};

}  // namespace xxgk::rulebook
