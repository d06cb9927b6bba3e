// arithmetic.suggested_fix: when relations of table 三 or 四 fail, the fewest cells (one, else
// two) whose change makes every relation of the table hold.
#include <algorithm>
#include <cmath>
#include <functional>

#include "format/names.h"
#include "format/relations.h"
#include "read/section_titles.h"
#include "rules/narrative/statements.h"
#include "rules/rule.h"
#include "text/numbers.h"

namespace xxgk::rulebook {
namespace {

constexpr size_t kMaxOptions = 3;       // shown
constexpr size_t kMaxConsidered = 24;   // ranked

using Fix = std::vector<CellChange>;

bool contains(const std::vector<CellRef>& side, const CellRef& k) {
  return std::find(side.begin(), side.end(), k) != side.end();
}

void set_value(Table& t, const CellRef& k, double v) {
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
std::optional<double> solve(const Equation& eq, const Table& t, const CellRef& k) {
  const Evaluation e = evaluate(eq, t);
  if (!e.fails()) return std::nullopt;
  const double v = *arithmetic_value(t, k);
  const double d = e.lhs - e.rhs;
  const double to = contains(eq.lhs, k) ? v - d : v + d;
  if (to < 0 || std::floor(to) != to) return std::nullopt;
  return to;
}

std::vector<Fix> search(const std::vector<Equation>& eqs, Table work) {
  std::vector<CellRef> candidates;
  for (const auto& eq : eqs) {
    if (!evaluate(eq, work).fails()) continue;
    for (const auto* side : {&eq.lhs, &eq.rhs})
      for (const auto& k : *side)
        // A cell whose column is a guess has no number of its own to change.
        if (!contains(candidates, k) && arithmetic_value(work, k)) candidates.push_back(k);
  }
  std::vector<Fix> fixes;
  auto try_first = [&](const CellRef& k, const std::function<void(double)>& then) {
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
  for (size_t i = 0; i < candidates.size() && fixes.size() < kMaxConsidered; ++i) {
    for (size_t j = i + 1; j < candidates.size() && fixes.size() < kMaxConsidered; ++j) {
      const CellRef &x = candidates[i], &y = candidates[j];
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

// How a fix stands to what the narrative says: figures it breaks (the text agreed with the table
// and no longer would), figures it mends (the text disagreed and then agrees).
struct Standing {
  size_t breaks = 0, mends = 0;
  std::string reason;
};

Standing standing(const Table& table, const Fix& fix, const std::vector<narrative::Figure>& figures) {
  Standing s;
  for (const auto& f : figures) {
    const auto before = arithmetic_value(table, f.cell);
    if (!before) continue;
    double after = *before;
    for (const auto& c : fix)
      if (c.cell == f.cell) after = c.to;
    if (after == *before) continue;
    if (*before == f.value) {
      ++s.breaks;
      s.reason += (s.reason.empty() ? "" : "；") + std::string("与") + text::statutory_title(1) + "“" + f.quote + "”不再一致";
    } else if (after == f.value) {
      ++s.mends;
      s.reason += (s.reason.empty() ? "" : "；") + std::string("与") + text::statutory_title(1) + "“" + f.quote + "”一致";
    }
  }
  if (s.reason.empty() && !figures.empty()) s.reason = "不改动" + text::statutory_title(1) + "所述的数字";
  return s;
}

// Best first: fixes that break no figure of the narrative, then those that mend most, then the
// fewest cells; the search's own order otherwise.
void rank(std::vector<Fix>& fixes, std::vector<Standing>& standings, const Table& table,
          const std::vector<narrative::Figure>& figures) {
  std::vector<size_t> order(fixes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<Standing> all;
  for (const auto& f : fixes) all.push_back(standing(table, f, figures));
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (all[a].breaks != all[b].breaks) return all[a].breaks < all[b].breaks;
    if (all[a].mends != all[b].mends) return all[a].mends > all[b].mends;
    return fixes[a].size() < fixes[b].size();
  });
  std::vector<Fix> ranked;
  standings.clear();
  for (size_t i : order) {
    ranked.push_back(fixes[i]);
    standings.push_back(all[i]);
  }
  fixes = std::move(ranked);
}

std::string describe(const FormatModel& m, const std::string& table, const Fix& fix) {
  std::string s;
  for (size_t i = 0; i < fix.size(); ++i) {
    const auto& c = fix[i];
    s += (i ? "、" : "") + cell_name(m, table, c.cell) + "由 " + text::format_number(c.from) + " 改为 " +
         text::format_number(c.to);
  }
  return s;
}

void suggest_fix(const RuleContext& ctx, const Rule& self) {
  const Report& r = ctx.report;
  for (const char* id : {"requests", "review_litigation"}) {
    const Table* table = r.table(id);
    if (!table || !table->format) continue;
    const FormatModel& model = *table->format;
    const auto& eqs = expand_relations(model, id);
    bool failing = false;
    for (const auto& eq : eqs) failing = failing || evaluate(eq, *table).fails();
    if (!failing) continue;
    auto fixes = search(eqs, *table);
    std::vector<Standing> standings;
    rank(fixes, standings, *table, narrative::narrative_figures(r, id));
    if (fixes.empty()) {
      ctx.emit(self, "改动一个或两个单元格都无法使全部勾稽关系成立，请逐项核对原始台账", table->span, id);
      continue;
    }
    const size_t n = std::min(fixes.size(), kMaxOptions);
    std::string message;
    auto why = [&](size_t i) { return standings[i].reason.empty() ? std::string() : "（" + standings[i].reason + "）"; };
    if (n == 1) {
      message = "若将 " + describe(model, id, fixes[0]) + "，则全部勾稽关系成立" + why(0);
    } else {
      message = "最少需改动 " + std::to_string(fixes[0].size()) + " 个单元格，以下任一方案都能使全部勾稽关系成立，按与" + text::statutory_title(1) + "相符的程度排列：";
      for (size_t i = 0; i < n; ++i)
        message += (i ? "；" : "") + std::string("方案") + std::to_string(i + 1) + "：" + describe(model, id, fixes[i]) + why(i);
    }
    std::vector<CellRef> cells;
    Span span;
    for (const auto& c : fixes[0]) {
      cells.push_back(c.cell);
      if (const Cell* cell = table->cell(c.cell.row, c.cell.column)) span = cover(span, cell->span);
    }
    Finding& f = ctx.emit(self, message, span, id, cells);
    for (size_t i = 0; i < n; ++i)
      f.details.fixes.push_back(FixOption{fixes[i], standings[i].reason, standings[i].breaks == 0 && !standings[i].reason.empty()});
  }
}

}  // namespace

extern const Rule arithmetic_suggested_fix = {
    "arithmetic.suggested_fix", Severity::info, "勾稽关系不成立时，给出改动最少的修正方案",
    "When any relation of table 三 or 四 fails, the fewest cells (one, else two) whose change makes every "
    "relation of that table hold, with the values to write (\"若将 四、结转下年度继续办理「自然人」由 3 改为 2，则全部"
    "勾稽关系成立\"); several options are listed when they exist (`details.fixes`, best first). Options are ranked "
    "by the 总体情况's own figures (收到, 答复/办结, 上年结转, 结转下年度): one that would make a figure the text "
    "states disagree with the table comes after one that does not, one that makes a disagreeing figure agree "
    "comes first; each says why (`details.fix_reasons`). Seed 003 needs "
    "two cells, since both the 自然人 and the 总计 column fail and every cell belongs to a row total. Fix: check "
    "the named cells first.",
    __FILE__, suggest_fix, RuleRole::advice};

}  // namespace xxgk::rulebook
