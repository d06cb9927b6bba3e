// cross_year.*: this year's report against the same agency's previous one (Options.previous_text).
#include <cmath>

#include "rules/report/families.h"
#include "rules/report/text_numbers.h"

namespace xxgk {
namespace {

using namespace rpt;

const char* kCarried = "cross_year.carried_over";
const char* kAgency = "cross_year.agency";
const char* kYear = "cross_year.year";
const char* kItems = "cross_year.previous_items";

bool consecutive(const RuleContext& c) {
  const Meta& m = c.report.meta;
  const Meta& p = c.previous->meta;
  return !(m.year && p.year) || *p.year + 1 == *m.year;
}

Span first_valid(std::initializer_list<Span> spans) {
  for (Span s : spans)
    if (s.valid()) return s;
  return Span{0, 0};
}

void carried_over(const RuleContext& c) {
  if (!c.previous || !c.report.requests || !c.previous->requests || !c.report.format) return;
  if (!consecutive(c)) return;  // cross_year.year says why nothing is compared
  const auto& cols = c.report.format->request_columns;
  for (size_t ci = 0; ci < cols.size(); ++ci) {
    int col = static_cast<int>(ci);
    const Cell* now = c.report.requests->cell("carried_over", col);
    auto before = c.previous->requests->value("carried_forward", col);
    if (!now || !now->value || !before || std::fabs(*now->value - *before) < 1e-9) continue;
    std::string py = c.previous->meta.year ? std::to_string(*c.previous->meta.year) + "年" : "上一年度";
    c.out.push_back(finding(kCarried, Severity::warning,
                            cols[ci].label + "列：本年“二、上年结转政府信息公开申请数量”为" + fmt(*now->value) + "，但" +
                                py + "报告“四、结转下年度继续办理”为" + fmt(*before),
                            first_valid({now->span, c.report.requests->span}), "requests", {{"carried_over", col}}));
  }
}

std::string core_name(std::string s) {
  for (const char* junk : {"人民政府", "政府", "办公室", "办公厅"}) {
    size_t p;
    while ((p = s.find(junk)) != std::string::npos) s.erase(p, std::string(junk).size());
  }
  return s;
}

void agency(const RuleContext& c) {
  if (!c.previous) return;
  const auto& a = c.report.meta.agency;
  const auto& b = c.previous->meta.agency;
  if (!a || !b) return;
  std::string x = core_name(*a), y = core_name(*b);
  if (x == y || x.find(y) != std::string::npos || y.find(x) != std::string::npos) return;
  c.out.push_back(finding(kAgency, Severity::warning,
                          "上一年度报告的机关为“" + *b + "”，本报告为“" + *a + "”：跨年度比对应使用同一机关的报告",
                          first_valid({c.report.meta.agency_span, c.report.meta.title_span})));
}

void year(const RuleContext& c) {
  if (!c.previous) return;
  const auto& a = c.report.meta.year;
  const auto& b = c.previous->meta.year;
  Span sp = first_valid({c.report.meta.year_span, c.report.meta.title_span});
  if (!a || !b) {
    c.out.push_back(finding(kYear, Severity::warning,
                            std::string("无法确定") + (!a ? "本报告" : "上一年度报告") + "的年度，跨年度比对的前提无法核实",
                            sp));
    return;
  }
  if (*b + 1 == *a) return;
  c.out.push_back(finding(kYear, Severity::warning,
                          "作为上一年度提供的报告是" + std::to_string(*b) + "年度，本报告是" + std::to_string(*a) +
                              "年度，不是相邻年度；未做跨年度数字比对",
                          sp));
}

// 2019 format: 上一年项目数量(t) ≈ 上一年项目数量(t−1) + 本年增/减(t−1) (format.md §2.3, a heuristic).
void previous_items(const RuleContext& c) {
  if (!c.previous || !consecutive(c)) return;
  const Report& r = c.report;
  const Report& p = *c.previous;
  if (!r.active || !p.active || !r.active_format || !p.active_format || r.active_format->id != "2019" ||
      p.active_format->id != "2019")
    return;
  for (const auto& block : r.active_format->active) {
    int prev = -1, change = -1;
    for (size_t i = 0; i < block.columns.size(); ++i) {
      if (block.columns[i].key == "previous_items") prev = static_cast<int>(i);
      if (block.columns[i].key == "change") change = static_cast<int>(i);
    }
    if (prev < 0 || change < 0) continue;
    for (const auto& row : block.rows) {
      std::string key = block.key + "." + row.key;
      const Cell* now = r.active->cell(key, prev);
      auto before = p.active->value(key, prev);
      auto delta = p.active->value(key, change);
      if (!now || !now->value || !before || !delta) continue;
      double expect = *before + *delta;
      if (std::fabs(*now->value - expect) < 1e-9) continue;
      std::string label = row.labels.empty() ? row.key : row.labels.front();
      c.out.push_back(finding(kItems, Severity::info,
                              "表二第二十条第(" + block.item + ")项“" + label + "”：本年“上一年项目数量”为" +
                                  fmt(*now->value) + "，上一年度报告为" + fmt(*before) + "、本年增/减" + fmt(*delta) +
                                  "，推算应为" + fmt(expect),
                              first_valid({now->span}), "active", {{key, prev}}));
    }
  }
}

}  // namespace

std::vector<Rule> cross_year_rules() {
  return {
      {{kCarried, Severity::warning, "本年“上年结转”与上一年度报告“结转下年度继续办理”不一致"}, carried_over},
      {{kAgency, Severity::warning, "上一年度报告不是同一机关的"}, agency},
      {{kYear, Severity::warning, "上一年度报告不是前一年度的"}, year},
      {{kItems, Severity::info, "2019年格式：本年“上一年项目数量”与上一年度报告推算值不一致"}, previous_items},
  };
}

}  // namespace xxgk
