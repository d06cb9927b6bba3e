// input.*: cells that arrived as glued runs of digits.
#include "rules/reading/notes.h"

namespace xxgk::rulebook {
namespace {

using Kind = ReadingNote::Kind;
using reading::each_note;

std::string where(const Report& r, const ReadingNote& n) {
  const FormatModel& m = reading::model_of(r, n.table);
  return n.table == "review_litigation" ? m.table(n.table).title() : reading::first_row_name(r, n);
}

void check_ambiguous(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::digits_ambiguous, [&](const ReadingNote& n) {
    constexpr size_t kListed = 5;
    std::string alternatives;
    for (size_t k = 0; k < n.alternatives.size() && k < kListed; ++k)
      alternatives += (k ? "；" : "") + std::string("（") + text::join_numbers(n.alternatives[k], ", ") + "）";
    if (n.alternatives.size() > kListed) alternatives += "等";
    Finding& f = c.emit(self,
                        where(c.report, n) + "的数字连在一起（“" + reading::one_line(n.raw, 60) + "”），有 " +
                            std::to_string(n.alternatives.size()) + " 种读法：" + alternatives + "。已采用（" +
                            text::join_numbers(n.chosen, ", ") + "），请对照原表核实",
                        n.span, n.table, n.cells);
    f.details.raw = n.raw;
    f.details.alternatives = n.alternatives;
    f.details.chosen = n.chosen;
  });
}

void check_unsplittable(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::digits_unsplittable, [&](const ReadingNote& n) {
    Finding& f = c.emit(self,
                        where(c.report, n) + "的数字连在一起（“" + reading::one_line(n.raw, 60) + "”），" +
                            (n.exhausted ? "可能的拆分过多，" : "无法确定如何拆分，") + "该行按未读出处理",
                        n.span, n.table, n.cells);
    f.details.raw = n.raw;
  });
}

// One finding per table: every row of a table copied without its blank cells' places is.
void check_placed_by_order(const RuleContext& c, const Rule& self) {
  for (const char* table : {"active", "requests", "review_litigation"}) {
    const ReadingNote* first = nullptr;
    std::vector<CellRef> cells;
    Span span;
    size_t rows = 0;
    each_note(c, Kind::cells_placed_by_order, [&](const ReadingNote& n) {
      if (n.table != table) return;
      if (!first) first = &n;
      ++rows;
      cells.insert(cells.end(), n.cells.begin(), n.cells.end());
      span = cover(span, n.span);
    });
    if (!first) continue;
    const FormatModel& m = reading::model_of(c.report, table);
    const std::string example = reading::first_row_name(c.report, *first) + "（“" + reading::one_line(first->raw) + "”）";
    c.emit(self,
           m.table(table).title() + "有 " + std::to_string(rows) + " 行只给出了部分数字，空白单元格的位置没有保留（如" +
               example + "）；已按勾稽关系把合计放在“" + m.request_columns.back().label +
               "”列、其余依次放在前面的列。这些数字所在的列未能确定，按列的核对和相关指标未使用它们，请对照原表核实",
           span, table, cells);
  }
}

}  // namespace

extern const Rule input_cells_placed_by_order = {
    "input.cells_placed_by_order", Severity::warning, "部分单元格空白且位置未保留，数字按勾稽关系依次放置",
    "A copy that keeps a row's numbers but not where its blank cells stood (pdftotext -raw of a table with "
    "blank cells: \"一、本年新收政府信息公开申请数量 26 26\"; table 四 as \"40 10 5 55 2 4 6 12 6 9 7 22\"). "
    "When the numbers divide one way only into the row's (or each table-四 group's) parts followed by their "
    "sum, each sum is placed in the 总计 column and its parts in the first columns, the rest blank; whole "
    "numbers that so add up are never split as glued digits. Which column each part stands in is a guess: "
    "such cells are marked (coverage `columns_guessed`, \"?\" in the text output and on the page), count as "
    "not read, and no column's relation or indicator uses them; the row's own sum is still checked. One "
    "finding per table says so. Fix: check against the original table, or give a copy that keeps the columns "
    "(TAB-separated, or the document itself).",
    __FILE__, check_placed_by_order};

extern const Rule input_ambiguous_digits = {
    "input.ambiguous_digits", Severity::warning, "连在一起的数字有多种读法，已选用最合理的一种",
    "The cells of a row arrived glued into one run of digits (PDF and web copies: \"241002027\"), and more "
    "than one reading fits. The reading with the fewest broken relations is taken (then the most plausible: "
    "natural persons dominate, organisation columns hold small numbers) and the message quotes the raw run "
    "and every alternative (`details.alternatives`, `details.chosen`); the relations are still checked. "
    "Example: seed 002 (六)其他处理: 24,1,0,0,2,0,27 or 2,4,1,0,0,20,27. Fix: check against the original table.",
    __FILE__, check_ambiguous};

extern const Rule input_unsplittable_digits = {
    "input.unsplittable_digits", Severity::warning, "连在一起的数字无法确定如何拆分",
    "A run of digits whose split into the row's cells neither the digits alone nor the relations can decide "
    "(too many readings): the cells stay `null`, nothing is invented, and the relations they belong to are "
    "listed as not checked in `coverage`. Fix: check the original table.",
    __FILE__, check_unsplittable};

}  // namespace xxgk::rulebook
