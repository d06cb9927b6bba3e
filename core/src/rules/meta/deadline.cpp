// meta.deadline: 条例 第四十九条, a department's report by 31 January, a government's own by 31 March.
#include "rules/rule.h"
#include "text/dates.h"

namespace xxgk::rulebook {
namespace {

using namespace text;

enum class Body { government, department, unknown };

bool ends_with(const std::string& s, const std::string& suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

Body body_kind(const std::string& agency) {
  if (agency.find("人民政府") != std::string::npos || ends_with(agency, "政府") ||
      agency.find("政府办公") != std::string::npos)
    return Body::government;
  for (const char* dep : {"局", "委", "委员会", "办", "办公室", "中心", "厅", "室", "部", "署", "院", "会", "所", "站",
                          "队", "处", "馆", "社", "管委会", "公司"})
    if (ends_with(agency, dep)) return Body::department;
  for (const char* place : {"区", "市", "县", "省", "州", "旗", "盟"})
    if (ends_with(agency, place)) return Body::government;
  return Body::unknown;
}

void check_deadline(const RuleContext& c, const Rule& self) {
  const Meta& m = c.report.meta;
  if (!m.published || !m.year || !m.agency) return;
  auto d = parse_iso(*m.published);
  if (!d) return;
  Body kind = body_kind(*m.agency);
  if (kind == Body::unknown) return;
  Date due{*m.year + 1, kind == Body::government ? 3 : 1, 31};
  if (!(due < *d)) return;
  std::string rule = kind == Body::government ? "按县级以上人民政府本级年度报告适用3月31日期限"
                                              : "按县级以上人民政府部门年度报告适用1月31日期限";
  c.emit(self,
         "发布日期" + *m.published + "晚于条例第四十九条规定的期限" + iso(due) + "（" + *m.agency + "：" + rule + "）",
         m.published_span.valid() ? m.published_span : m.title_span);
}

}  // namespace

extern const Rule meta_deadline = {
    "meta.deadline", Severity::warning, "发布日期晚于条例第四十九条规定的期限（部门1月31日，政府3月31日）",
    "条例 第四十九条: a department's report is due by 31 January of the following year, a county-level-or-higher "
    "government's own report by 31 March. The kind of body is told from the agency name (人民政府 / 政府办公室 / a "
    "place name such as 平潭综合实验区 → government; 局/委/办/中心/厅… → department); the message says which rule "
    "was applied. Silent when the text gives no publication date. Example: 沭阳县发展和改革局 2023 report "
    "published 2024-02-08 → \"晚于……2024-01-31\". Fix: publish on time (or correct the date shown).",
    __FILE__, check_deadline};

}  // namespace xxgk::rulebook
