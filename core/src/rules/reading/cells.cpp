// cell.*: what reading found in single cells.
#include "rules/reading/notes.h"

namespace xxgk::rulebook {
namespace {

using Kind = ReadingNote::Kind;
using reading::each_note;
using reading::first_cell_name;

void check_blank(const RuleContext& c, const Rule& self) {
  // One finding per table: a report that leaves every 法人 column blank would otherwise bury the
  // other findings under a hundred identical lines.
  for (const char* table : {"active", "requests", "review_litigation"}) {
    const ReadingNote* first = nullptr;
    std::vector<CellRef> cells;
    Span span;
    each_note(c, Kind::cell_blank, [&](const ReadingNote& n) {
      if (n.table != table) return;
      if (!first) first = &n;
      cells.insert(cells.end(), n.cells.begin(), n.cells.end());
      span = cover(span, n.span);
    });
    if (!first) continue;
    const std::string name = first_cell_name(c.report, *first);
    const std::string message =
        cells.size() == 1
            ? name + "为空白，按 0 计算；请填写 0"
            : reading::model_of(c.report, table).table(table).title() + "有 " + std::to_string(cells.size()) +
                  " 个空白单元格（如" + name + "），按 0 计算；空白处应填写 0";
    c.emit(self, message, span, table, cells);
  }
}

void check_leading_zero(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::cell_leading_zero, [&](const ReadingNote& n) {
    c.emit(self,
           first_cell_name(c.report, n) + "写作“" + reading::one_line(n.raw) + "”，按 " + text::format_number(n.value) +
               " 计算；请核对是否漏填或多填数字",
           n.span, n.table, n.cells);
  });
}

void check_negative(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::cell_negative, [&](const ReadingNote& n) {
    c.emit(self, first_cell_name(c.report, n) + "为负数（" + reading::one_line(n.raw) + "），此处只能填写非负数", n.span, n.table,
           n.cells);
  });
}

void check_non_integer(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::cell_non_integer, [&](const ReadingNote& n) {
    c.emit(self, first_cell_name(c.report, n) + "为非整数（" + reading::one_line(n.raw) + "），件数应为整数", n.span, n.table, n.cells);
  });
}

void check_not_a_number(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::cell_not_a_number, [&](const ReadingNote& n) {
    c.emit(self, first_cell_name(c.report, n) + "写作“" + reading::one_line(n.raw) + "”，不是阿拉伯数字，无法计算；请填写数字",
           n.span, n.table, n.cells);
  });
}

void check_unit(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::cell_unit_converted, [&](const ReadingNote& n) {
    c.emit(self,
           first_cell_name(c.report, n) + "以“元”填写（" + reading::one_line(n.raw) + "），已折算为 " + text::format_number(n.value) +
               " 万元；该栏单位为万元",
           n.span, n.table, n.cells);
  });
}

}  // namespace

extern const Rule cell_blank = {
    "cell.blank", Severity::info, "单元格空白，按 0 计算",
    "A row is there but some of its cells are empty (tab/pipe rows, \"/\" or \"-\"). They count as 0 in the "
    "arithmetic and are `null` in the JSON (what the report says). One finding per table lists them all. "
    "Example: dev report 05 leaves every 法人或其他组织 cell blank. Fix: write 0.",
    __FILE__, check_blank};

extern const Rule cell_leading_zero = {
    "cell.leading_zero", Severity::warning, "单元格数字带前导零（如“00”）",
    "A cell written with a leading zero, such as \"00\" (seed 003): read as 0, but often a sign of a missing or "
    "extra digit. Fix: check the figure and write it plainly.",
    __FILE__, check_leading_zero};

extern const Rule cell_negative = {
    "cell.negative", Severity::error, "不允许为负数的单元格出现负数",
    "A negative number where the format allows none (every cell but 本年增/减 of the 2019 table 二). Example: "
    "\"(一)予以公开 | 6 | -1 | …\", or 行政规范性文件 本年废止件数 \"-1\". Fix: correct the figure.",
    __FILE__, check_negative};

extern const Rule cell_non_integer = {
    "cell.non_integer", Severity::error, "件数单元格出现小数",
    "A decimal in a count of applications, cases, documents or items (money in 万元 may be decimal). Example: "
    "\"5.5\". Fix: counts are whole numbers.",
    __FILE__, check_non_integer};

extern const Rule cell_not_a_number = {
    "cell.not_a_number", Severity::error, "单元格不是数字（如“四十九”“NaN”“∞”或过长的数字）",
    "A cell where a number belongs holds something else: Chinese numerals (\"四十九\"), \"NaN\", \"∞\", or a run "
    "of digits too long to be a count. The cell is `null`, the relations it is part of are listed as not "
    "checked in `coverage`. Fix: write the number in Arabic digits.",
    __FILE__, check_not_a_number};

extern const Rule cell_unit = {
    "cell.unit", Severity::info, "金额单位不是万元，已折算",
    "An amount of a 万元 column written in 元 (\"251000元\"): converted to 万元 (25.1) for the tables. Fix: "
    "give amounts in 万元 as the header says.",
    __FILE__, check_unit};

}  // namespace xxgk::rulebook
