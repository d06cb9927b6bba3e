#include "rules/suggested_fix.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "rules/messages.h"
#include "rules/relations.h"

namespace xxgk {
namespace {

constexpr size_t kMaxOptions = 3;

struct Change {
  CellKey cell;
  double from = 0, to = 0;
};
using Fix = std::vector<Change>;

bool contains(const std::vector<CellKey>& side, const CellKey& k) {
  return std::find(side.begin(), side.end(), k) != side.end();
}
bool involves(const Equation& eq, const CellKey& k) { return contains(eq.lhs, k) || contains(eq.rhs, k); }

void set_value(Table& t, const CellKey& k, double v) {
  Row* row = t.row(k.row);
  auto& cell = row->cells[static_cast<size_t>(k.column)];
  cell.value = v;
  cell.blank = false;
}

bool all_hold(const std::vector<Equation>& eqs, const Table& t) {
  for (const auto& eq : eqs)
    if (evaluate(eq, t).fails()) return false;
  return true;
}

// The value of k that makes the failing equation eq hold, if it is a non-negative integer.
std::optional<double> solve(const Equation& eq, const Table& t, const CellKey& k) {
  const Evaluation e = evaluate(eq, t);
  if (!e.fails()) return std::nullopt;
  const double v = *arithmetic_value(t, k);
  const double d = e.lhs - e.rhs;
  const double to = contains(eq.lhs, k) ? v - d : v + d;
  if (to < 0 || std::floor(to) != to) return std::nullopt;
  return to;
}

std::vector<Fix> search(const std::vector<Equation>& eqs, Table work) {
  std::vector<CellKey> candidates;
  for (const auto& eq : eqs) {
    if (!evaluate(eq, work).fails()) continue;
    for (const auto* side : {&eq.lhs, &eq.rhs})
      for (const auto& k : *side)
        if (!contains(candidates, k)) candidates.push_back(k);
  }
  std::vector<Fix> fixes;
  auto try_first = [&](const CellKey& k, const std::function<void(double)>& then) {
    for (const auto& eq : eqs) {
      if (!involves(eq, k)) continue;
      if (auto to = solve(eq, work, k)) { then(*to); return; }
    }
  };
  for (const auto& x : candidates) {
    const double from = *arithmetic_value(work, x);
    try_first(x, [&](double to) {
      set_value(work, x, to);
      if (all_hold(eqs, work)) fixes.push_back({{x, from, to}});
      set_value(work, x, from);
    });
  }
  if (!fixes.empty()) return fixes;
  for (size_t i = 0; i < candidates.size() && fixes.size() < kMaxOptions; ++i) {
    for (size_t j = i + 1; j < candidates.size() && fixes.size() < kMaxOptions; ++j) {
      const CellKey &x = candidates[i], &y = candidates[j];
      const double fx = *arithmetic_value(work, x), fy = *arithmetic_value(work, y);
      for (const auto& eq : eqs) {
        if (!involves(eq, x) || involves(eq, y)) continue;
        const auto tx = solve(eq, work, x);
        if (!tx) continue;
        set_value(work, x, *tx);
        try_first(y, [&](double ty) {
          set_value(work, y, ty);
          if (all_hold(eqs, work)) fixes.push_back({{x, fx, *tx}, {y, fy, ty}});
          set_value(work, y, fy);
        });
        set_value(work, x, fx);
        break;
      }
    }
  }
  return fixes;
}

std::string describe(const FormatModel& m, const std::string& table, const Fix& fix) {
  std::string s;
  for (size_t i = 0; i < fix.size(); ++i) {
    const auto& c = fix[i];
    s += (i ? "、" : "") + row_name(m, table, c.cell.row) + "「" + column_name(m, table, c.cell.column) + "」由 " +
         format_number(c.from) + " 改为 " + format_number(c.to);
  }
  return s;
}

}  // namespace

void suggest_fix(const RuleContext& ctx) {
  const Report& r = ctx.report;
  if (!r.format) return;
  for (const auto* table : {&r.requests, &r.review}) {
    if (!*table) continue;
    const std::string id = (*table)->id;
    const auto eqs = expand_relations(*r.format, id);
    bool failing = false;
    for (const auto& eq : eqs) failing = failing || evaluate(eq, **table).fails();
    if (!failing) continue;
    const auto fixes = search(eqs, **table);
    Finding f;
    f.rule = "requests.suggested_fix";
    f.severity = Severity::info;
    f.table = id;
    if (fixes.empty()) {
      f.message = "改动一个或两个单元格都无法使全部勾稽关系成立，请逐项核对原始台账";
    } else {
      const size_t n = std::min(fixes.size(), kMaxOptions);
      if (n == 1) {
        f.message = "若将 " + describe(*r.format, id, fixes[0]) + "，则全部勾稽关系成立";
      } else {
        f.message = "最少需改动 " + std::to_string(fixes[0].size()) + " 个单元格，以下任一方案都能使全部勾稽关系成立：";
        for (size_t i = 0; i < n; ++i) f.message += (i ? "；" : "") + std::string("方案") + std::to_string(i + 1) + "：" + describe(*r.format, id, fixes[i]);
      }
      std::string details = "{\"fixes\":[";
      for (size_t i = 0; i < n; ++i) {
        details += i ? ",[" : "[";
        for (size_t k = 0; k < fixes[i].size(); ++k) {
          const auto& c = fixes[i][k];
          details += (k ? "," : "") + std::string("{\"row\":\"") + c.cell.row + "\",\"column\":" +
                     std::to_string(c.cell.column) + ",\"from\":" + format_number(c.from) + ",\"to\":" +
                     format_number(c.to) + "}";
        }
        details += "]";
      }
      f.details_json = details + "]}";
      for (const auto& c : fixes[0]) {
        f.cells.push_back({c.cell.row, c.cell.column});
        if (const Cell* cell = (*table)->cell(c.cell.row, c.cell.column)) f.span = cover(f.span, cell->span);
      }
    }
    ctx.out.push_back(f);
  }
}

}  // namespace xxgk
