// The format model's cross-year relations (this year's cells against last year's), each under
// its own rule id: cross_year.carried_over, cross_year.previous_items.
#include <cmath>

#include "format/names.h"
#include "rules/cross_year/pair.h"
#include "text/numbers.h"

namespace xxgk::rulebook {
namespace {

using text::format_number;

struct Side {
  double sum = 0;
  bool complete = true;
  Span span;
  std::vector<CellRef> cells;
  std::string names;   // "四、结转下年度继续办理「自然人」"
};

// The cell `key` names at a place: a row of table 三 in column `column` (each_column), or a
// column of table 二's `row` (each_row).
CellRef cell_at(const FormatModel& m, const CrossYearSpec& spec, const std::string& key, const std::string& row,
                int column) {
  if (spec.scope == RelationSpec::Scope::each_column) return {key, column};
  const auto& cols = row_columns(m, spec.table, row);
  for (size_t i = 0; i < cols.size(); ++i)
    if (cols[i].key == key) return {row, static_cast<int>(i)};
  return {row, -1};
}

Side sum(const Table& table, const FormatModel& m, const CrossYearSpec& spec, const std::vector<std::string>& keys,
         const std::string& row, int column) {
  Side s;
  for (const auto& k : keys) {
    const CellRef ref = cell_at(m, spec, k, row, column);
    s.cells.push_back(ref);
    s.names += (s.names.empty() ? "" : "+") + cell_name(m, spec.table, ref);
    const Cell* c = table.cell(ref.row, ref.column);
    if (!c || !c->value || c->column_guessed) s.complete = false;  // a blank, or a column that is a guess
    else {
      s.sum += *c->value;
      s.span = cover(s.span, c->span);
    }
  }
  return s;
}

void check_cross_year(const RuleContext& c, const Rule& self) {
  if (!c.previous || !consecutive(c)) return;  // cross_year.year says why nothing is compared
  const std::string py = c.previous->meta.year ? std::to_string(*c.previous->meta.year) + "年" : "上一年度";
  for (const char* id : {"active", "requests", "review_litigation"}) {
    const Table* now = c.report.table(id);
    const Table* before = c.previous->table(id);
    // Cells are named by key, so last year's table may follow the other format: a key it does not
    // have leaves that side unread and the relation unchecked.
    if (!now || !before || !now->format || !before->format) continue;
    const FormatModel& m = *now->format;
    for (const auto& spec : m.cross_year) {
      if (spec.rule != self.id || spec.table != id) continue;
      // The places the relation holds at: each column of table 三, or each row of table 二.
      std::vector<std::pair<std::string, int>> places;
      if (spec.scope == RelationSpec::Scope::each_column) {
        for (int col = 0; col < static_cast<int>(m.request_columns.size()); ++col) places.push_back({"", col});
      } else {
        for (const auto& block : m.active)
          if (spec.block.empty() || block.key == spec.block)
            for (const auto& r : block.rows) places.push_back({block.key + "." + r.key, -1});
      }
      for (const auto& [row, col] : places) {
        const Side a = sum(*now, m, spec, spec.current, row, col);
        const Side b = sum(*before, *before->format, spec, spec.previous, row, col);
        if (!a.complete || !b.complete || std::fabs(a.sum - b.sum) < 1e-9) continue;
        c.emit(self,
               "本年" + a.names + "为" + format_number(a.sum) + "，但" + py + "报告" + b.names + "为" +
                   format_number(b.sum) + (spec.heuristic ? "（两者通常相等，修订或调整可能使其不同，请核对）" : ""),
               first_valid({a.span, now->span}), id, a.cells);
      }
    }
  }
}

}  // namespace

extern const Rule cross_year_carried_over = {
    "cross_year.carried_over", Severity::warning, "本年“上年结转”与上一年度报告“结转下年度继续办理”不一致",
    "With the previous year's report (CLI `--previous FILE`, a year pair found in a batch, the page's second "
    "paste area): this year's \"二、上年结转政府信息公开申请数量\" must equal last year's "
    "\"四、结转下年度继续办理\", column by column. One finding per differing column, quoting both. Skipped when the "
    "two reports are not consecutive years (cross_year.year) or their tables follow different formats.",
    __FILE__, check_cross_year, RuleRole::check, true};

extern const Rule cross_year_previous_items = {
    "cross_year.previous_items", Severity::info, "2019年格式：本年“上一年项目数量”与上一年度报告推算值不一致",
    "2019 format, table 二 第(五)(六)(八)项: this year's 上一年项目数量 against last year's 上一年项目数量 + "
    "本年增/减 (format.md §2.3, a heuristic: amendments can break it).",
    __FILE__, check_cross_year, RuleRole::check, true};

}  // namespace xxgk::rulebook
