// section.fee_notices: applications dropped for an unpaid fee mean fee notices were sent, which
// the section that reports the fees should count.
#include "format/names.h"
#include "rules/rule.h"
#include "rules/sections/section_text.h"
#include "text/numbers.h"

namespace xxgk::rulebook {
namespace {

using namespace text;

constexpr const char* kUnpaidRow = "other.no_fee_paid";

void check_fee_notices(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  if (!r.requests || !r.requests->format) return;
  const FormatModel& m = *r.requests->format;
  const int total = m.request_column("total");
  const Cell* cell = r.requests->cell(kUnpaidRow, total);
  if (!cell || !cell->value || *cell->value <= 0) return;
  const double unpaid = *cell->value;
  int fee_section = 0;
  for (const auto& s : m.sections)
    for (const auto& topic : s.topics)
      if (topic.key == "fees") fee_section = s.number;
  if (!fee_section) return;
  const Section* s = section(r, fee_section);
  const U32& t = decoded(r.text);
  const std::string part = std::string("第") + cjk_numeral_name(fee_section) + "部分";
  std::string said = part + "未报告收费通知件数";
  if (s) {
    Body b = body(t, *s);
    for (size_t p = find(t, U"收费通知", b.b, b.e); p != std::u32string::npos; p = find(t, U"收费通知", p + 1, b.e)) {
      auto [sb, se] = sentence_at(t, p);
      for (const auto& n : counts(t, sb, se, {U"件", U"份", U"次"}))
        if (n.value >= unpaid) return;
    }
    size_t q = find(t, U"无收取", b.b, b.e);
    if (q == std::u32string::npos) q = find(t, U"未收取", b.b, b.e);
    if (q != std::u32string::npos) {
      size_t qe = q;
      while (qe < b.e && qe < q + 20 && t[qe] != U'。' && t[qe] != U'\n') ++qe;
      said = part + "只称“" + utf8(t, q, qe) + "”，未报告收费通知件数";
    }
  }
  Span sp = cell->span.valid() ? cell->span : (s ? s->heading_span : Span{});
  c.emit(self,
         "表三" + row_name(m, "requests", kUnpaidRow) + "为" + format_number(unpaid) + "件，说明至少发出了" +
             format_number(unpaid) + "件收费通知，但" + said,
         sp, "requests", {{kUnpaidRow, total}});
}

}  // namespace

extern const Rule section_fee_notices = {
    "section.fee_notices", Severity::warning, "表三有逾期未缴费的申请，报告收费的部分却未报告收费通知",
    "Table 三 (六)2 \"申请人逾期未按收费通知要求缴纳费用\" is N > 0, so at least N 收费通知 were sent, but the "
    "section that reports the 信息处理费 (六) gives no 收费通知 count ≥ N (e.g. only \"无收取信息处理费情况\"). "
    "Fix: report the notices sent and the amounts, or correct the table.",
    __FILE__, check_fee_notices};

}  // namespace xxgk::rulebook
