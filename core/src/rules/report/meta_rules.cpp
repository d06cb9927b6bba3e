// meta.year_mismatch, meta.deadline
#include "rules/report/families.h"
#include "rules/report/text_numbers.h"

namespace xxgk {
namespace {

using namespace rpt;

const char* kYear = "meta.year_mismatch";
const char* kDeadline = "meta.deadline";

std::string ys(int y) { return std::to_string(y) + "年"; }

// Years of the statistics period ("统计期限自2021年1月1日起至12月31日止").
void check_period(const RuleContext& c, const U32& t, int year) {
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
          c.out.push_back(finding(kYear, Severity::warning,
                                  "统计期限中的年份" + ys(*y) + "与报告年度" + ys(year) + "不一致",
                                  span(c.report.text, t, p, ye)));
          return;
        }
        i = ye;
      }
    }
  }
}

// "2020年，……" at the start of 总体情况.
void check_overview_year(const RuleContext& c, const U32& t, int year) {
  for (const auto& s : c.report.sections) {
    if (s.number != 1) continue;
    size_t b = 0;
    while (b < t.size() && t.off[b] < s.body_begin) ++b;
    while (b < t.size() && (is_space(t[b]) || t[b] == U'\n')) ++b;
    size_t ye;
    auto y = year_at(t, b, &ye);
    if (y && *y != year && (t[ye] == U',' || t[ye] == U'以' || t[ye] == U'我' || t[ye] == U'全')) {
      c.out.push_back(finding(kYear, Severity::warning,
                              "总体情况开头的年份" + ys(*y) + "与报告年度" + ys(year) + "不一致（标题或报告年度为" +
                                  ys(year) + "）",
                              span(c.report.text, t, b, ye)));
    }
    return;
  }
}

void year_mismatch(const RuleContext& c) {
  const Meta& m = c.report.meta;
  if (!m.year) return;
  const U32& t = decoded(c.report.text);
  check_period(c, t, *m.year);
  check_overview_year(c, t, *m.year);
  if (m.published) {
    if (auto d = parse_iso(*m.published); d && d->y <= *m.year) {
      c.out.push_back(finding(kYear, Severity::warning,
                              "发布日期" + *m.published + "早于报告年度" + ys(*m.year) +
                                  "结束：报告年度或发布日期可能有误",
                              cover(m.published_span, m.year_span)));
    }
  }
}

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

void deadline(const RuleContext& c) {
  const Meta& m = c.report.meta;
  if (!m.published || !m.year || !m.agency) return;
  auto d = parse_iso(*m.published);
  if (!d) return;
  Body kind = body_kind(*m.agency);
  if (kind == Body::unknown) return;
  Date due{*m.year + 1, kind == Body::government ? 3 : 1, 31};
  if (!(due < *d)) return;
  std::string rule = kind == Body::government
                         ? "按县级以上人民政府本级年度报告适用3月31日期限"
                         : "按县级以上人民政府部门年度报告适用1月31日期限";
  c.out.push_back(finding(kDeadline, Severity::warning,
                          "发布日期" + *m.published + "晚于条例第四十九条规定的期限" + iso(due) + "（" + *m.agency +
                              "：" + rule + "）",
                          m.published_span.valid() ? m.published_span : m.title_span));
}

}  // namespace

std::vector<Rule> meta_rules() {
  return {
      {{kYear, Severity::warning, "标题年度与统计期限、正文年份或发布日期不一致"}, year_mismatch},
      {{kDeadline, Severity::warning, "发布日期晚于条例第四十九条规定的期限（部门1月31日，政府3月31日）"}, deadline},
  };
}

}  // namespace xxgk
