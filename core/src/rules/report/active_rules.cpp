// active.*: table 二 sense (negatives, 2019 对外公开总数量, units).
#include <cmath>

#include "rules/report/families.h"
#include "rules/report/text_numbers.h"

namespace xxgk {
namespace {

using namespace rpt;

const char* kNegative = "active.negative";
const char* kPublicTotal = "active.public_total";
const char* kUnits = "active.units";

std::string item_name(const ActiveBlock& b) { return "第二十条第(" + b.item + ")项"; }
std::string row_label(const RowSpec& r) { return r.labels.empty() ? r.key : r.labels.front(); }

template <class F>
void each_cell(const Report& r, F f) {
  if (!r.active || !r.active_format) return;
  for (const auto& block : r.active_format->active) {
    for (const auto& row : block.rows) {
      std::string key = block.key + "." + row.key;
      const Row* tr = r.active->row(key);
      if (!tr) continue;
      for (size_t ci = 0; ci < block.columns.size() && ci < tr->cells.size(); ++ci)
        f(block, row, key, static_cast<int>(ci), block.columns[ci], tr->cells[ci]);
    }
  }
}

void negative(const RuleContext& c) {
  each_cell(c.report, [&](const ActiveBlock& b, const RowSpec& row, const std::string& key, int ci,
                          const ColumnSpec& col, const Cell& cell) {
    if (!cell.value || *cell.value >= 0 || col.may_be_negative) return;
    c.out.push_back(finding(kNegative, Severity::error,
                            "表二" + item_name(b) + "“" + row_label(row) + "”的“" + col.label + "”为" +
                                fmt(*cell.value) + "：只有“本年增/减”可以为负数",
                            cell.span, "active", {{key, ci}}));
  });
}

void public_total(const RuleContext& c) {
  const Report& r = c.report;
  if (!r.active || !r.active_format || r.active_format->id != "2019") return;
  for (const auto& block : r.active_format->active) {
    if (block.key != "article20_1") continue;
    int pub = -1, total = -1;
    for (size_t i = 0; i < block.columns.size(); ++i) {
      if (block.columns[i].key == "new_published") pub = static_cast<int>(i);
      if (block.columns[i].key == "public_total") total = static_cast<int>(i);
    }
    if (pub < 0 || total < 0) return;
    for (const auto& row : block.rows) {
      std::string key = block.key + "." + row.key;
      const Cell* cp = r.active->cell(key, pub);
      const Cell* ct = r.active->cell(key, total);
      if (!cp || !ct || !cp->value || !ct->value || *ct->value >= *cp->value) continue;
      c.out.push_back(finding(kPublicTotal, Severity::warning,
                              "表二第二十条第(一)项“" + row_label(row) + "”：对外公开总数量" + fmt(*ct->value) +
                                  "小于本年新公开数量" + fmt(*cp->value) + "，总数应包含本年新公开的文件",
                              cover(cp->span, ct->span), "active", {{key, pub}, {key, total}}));
    }
  }
}

bool has_yuan_not_wan(const std::string& raw) {
  size_t p = raw.find("元");
  if (p == std::string::npos) return false;
  return !(p >= 3 && raw.compare(p - 3, 3, "万") == 0);
}

void units(const RuleContext& c) {
  each_cell(c.report, [&](const ActiveBlock& b, const RowSpec& row, const std::string& key, int ci,
                          const ColumnSpec& col, const Cell& cell) {
    if (!cell.value) return;
    std::string where = "表二" + item_name(b) + "“" + row_label(row) + "”的“" + col.label + "”";
    if (col.decimal) {
      // 2021 (八) is in 万元 by its header; a cell in 元 is a unit slip
      if (col.label.find("万元") != std::string::npos && has_yuan_not_wan(cell.raw))
        c.out.push_back(finding(kUnits, Severity::warning,
                                where + "写作“" + cell.raw + "”：该栏单位为万元", cell.span, "active", {{key, ci}}));
      return;
    }
    if (std::fabs(*cell.value - std::round(*cell.value)) > 1e-9)
      c.out.push_back(finding(kUnits, Severity::warning,
                              where + "为" + fmt(*cell.value) + "：件数、项目数应为整数", cell.span, "active",
                              {{key, ci}}));
  });
}

}  // namespace

std::vector<Rule> active_rules() {
  return {
      {{kNegative, Severity::error, "表二出现负数（只有“本年增/减”可为负）"}, negative},
      {{kPublicTotal, Severity::warning, "2019年格式表二：对外公开总数量小于本年新公开数量"}, public_total},
      {{kUnits, Severity::warning, "表二单位不符（万元栏写元，件数为小数）"}, units},
  };
}

}  // namespace xxgk
