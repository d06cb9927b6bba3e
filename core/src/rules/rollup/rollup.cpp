// rollup.*: a consolidated report against the sum of its units' reports (xxgk/rollup.h). These
// rules have no check of their own in check(): they compare several reports, so check_rollup()
// emits them.
#include "xxgk/rollup.h"

#include <cmath>

#include "format/names.h"
#include "format/relations.h"
#include "rules/rule.h"
#include "text/numbers.h"

namespace xxgk::rulebook {
extern const Rule rollup_cell_mismatch, rollup_unit_missing, rollup_unit_year_differs, rollup_not_checked;
}  // namespace xxgk::rulebook

namespace xxgk {
namespace {

using rulebook::rollup_cell_mismatch;
using rulebook::rollup_not_checked;
using rulebook::rollup_unit_missing;
using rulebook::rollup_unit_year_differs;
using text::format_number;

// The few places a message names when it lists cells; the rest are in details.unchecked.
constexpr size_t kNamedInMessage = 5;

Span report_anchor(const Report& r) {
  for (Span s : {r.meta.title_span, r.meta.agency_span}) if (s.valid()) return s;
  return Span{0, 0};
}

// The units whose reports are compared: those with a report of the consolidated report's year.
// The others are listed; with any of them the sums are partial, so no cell is compared.
bool check_units(const RollupUnit& node, const RuleContext& ctx, std::vector<const RollupUnit*>& units) {
  const Report& total = *node.report;
  bool complete = true;
  const Span at = report_anchor(total);
  for (const auto& unit : node.units) {
    if (!unit.report) {
      complete = false;
      ctx.emit(rollup_unit_missing,
               "下属单位“" + unit.name + "”没有报告" + (unit.problem.empty() ? "" : "（" + unit.problem + "）") +
                   "：各单位之和不完整，未做逐格汇总核对",
               at);
      continue;
    }
    const auto& y = unit.report->meta.year;
    if (total.meta.year && y && *y != *total.meta.year) {
      complete = false;
      ctx.emit(rollup_unit_year_differs,
               "下属单位“" + unit.name + "”的报告是" + std::to_string(*y) + "年度，本级报告是" +
                   std::to_string(*total.meta.year) + "年度：各单位之和不完整，未做逐格汇总核对",
               at);
      continue;
    }
    units.push_back(&unit);
  }
  return complete;
}

// Each data cell of one table: the consolidated value against the units' sum, or, when a value
// is unread on either side, the cell listed as not checked.
void check_table(const std::string& id, const RollupUnit& node, const std::vector<const RollupUnit*>& units,
                 const RuleContext& ctx) {
  const Report& total = *node.report;
  const Table* mine = total.table(id);
  const FormatModel& model =
      mine ? *mine->format : total.format ? *total.format : format_for_year(total.meta.year.value_or(0));
  const std::string table_name = model.table(id).short_name;
  if (!mine) {
    ctx.emit(rollup_not_checked, "本级报告未读出" + table_name + "，未做该表的汇总核对", report_anchor(total), id);
    return;
  }
  std::vector<std::string> unchecked;
  for (const auto& row : mine->rows) {
    for (int col = 0; col < static_cast<int>(row.cells.size()); ++col) {
      const CellRef ref{row.key, col};
      const std::string name = table_name + cell_name(model, id, ref);
      const auto own = arithmetic_value(*mine, ref);
      double sum = 0;
      std::vector<NamedValue> parts;
      std::string unread;
      for (const RollupUnit* unit : units) {
        const Table* theirs = unit->report->table(id);
        const auto v = theirs ? arithmetic_value(*theirs, ref) : std::nullopt;
        parts.push_back({unit->name, v});
        if (v) sum += *v;
        else unread += (unread.empty() ? "" : "、") + unit->name;
      }
      if (!own || !unread.empty()) {
        unchecked.push_back(name + "（" + (!own ? std::string("本级") : "") + (!own && !unread.empty() ? "、" : "") +
                            unread + "未读出）");
        continue;
      }
      if (std::fabs(*own - sum) < 1e-9) continue;
      std::string listed;
      for (const auto& p : parts) listed += (listed.empty() ? "" : "，") + p.name + " " + format_number(*p.value);
      Finding& f = ctx.emit(rollup_cell_mismatch,
                            name + "：本级报告为 " + format_number(*own) + "，下属单位之和为 " + format_number(sum) +
                                "（" + listed + "）",
                            row.cells[static_cast<size_t>(col)].span.valid() ? row.cells[static_cast<size_t>(col)].span
                                                                               : report_anchor(total),
                            id, {ref});
      f.details.units = parts;
    }
  }
  if (unchecked.empty()) return;
  std::string named;
  for (size_t i = 0; i < unchecked.size() && i < kNamedInMessage; ++i) named += (i ? "；" : "") + unchecked[i];
  Finding& f = ctx.emit(rollup_not_checked,
                        table_name + "有 " + std::to_string(unchecked.size()) + " 格未做汇总核对（本级或下属单位该格未读出，不用不完整的和比较）：" +
                            named + (unchecked.size() > kNamedInMessage ? "；等" : ""),
                        mine->span.valid() ? mine->span : report_anchor(total), id);
  f.details.unchecked = unchecked;
}

void check_level(const RollupUnit& node, std::vector<RollupLevel>& out) {
  RollupLevel level;
  level.node = &node;
  if (node.report) {
    const Options none;
    const RuleContext ctx(*node.report, nullptr, none, level.findings);
    std::vector<const RollupUnit*> units;
    if (check_units(node, ctx, units))
      for (const char* id : {"requests", "review_litigation"}) check_table(id, node, units, ctx);
  }
  out.push_back(std::move(level));
  for (const auto& unit : node.units)
    if (!unit.units.empty()) check_level(unit, out);
}

}  // namespace

std::vector<RollupLevel> check_rollup(const RollupUnit& root) {
  std::vector<RollupLevel> out;
  if (!root.units.empty()) check_level(root, out);
  return out;
}

}  // namespace xxgk

namespace xxgk::rulebook {

extern const Rule rollup_cell_mismatch = {
    "rollup.cell_mismatch", Severity::error, "本级汇总数与下属单位之和不一致",
    "`xxgk-lint rollup DIR` (and the page's roll-up): for every cell of tables 三 and 四, the consolidated "
    "report's value (本级汇总) must equal the sum of its units' values (Σ 下属单位). One finding per differing "
    "cell, at the consolidated report's cell, listing each unit's value (also in `details.units`). Only when "
    "every unit has a report of the same year and the cell is read in all of them. Fix: correct the "
    "consolidated table or the unit's report.",
    __FILE__, nullptr};

extern const Rule rollup_unit_missing = {
    "rollup.unit_missing", Severity::warning, "下属单位没有报告",
    "A unit of the roll-up (a subfolder, or a unit named in the manifest) has no report that could be read. "
    "The sums would be partial, so no cell of that level is compared. Fix: add the unit's report, or remove the "
    "unit from the layout.",
    __FILE__, nullptr};

extern const Rule rollup_unit_year_differs = {
    "rollup.unit_year_differs", Severity::warning, "下属单位报告的年度与本级报告不同",
    "A unit's report covers another year than the consolidated report. It is left out of the sums, which would "
    "be partial, so no cell of that level is compared. Fix: give the unit's report of the same year.",
    __FILE__, nullptr};

extern const Rule rollup_not_checked = {
    "rollup.not_checked", Severity::info, "部分单元格未做汇总核对",
    "Cells of tables 三 and 四 whose value is unread in the consolidated report or in a unit's report are not "
    "compared (a partial sum could invent a mismatch): one finding per table lists them, saying whose cell is "
    "unread (`details.unchecked` holds them all). Also when the consolidated report has no such table.",
    __FILE__, nullptr};

}  // namespace xxgk::rulebook
