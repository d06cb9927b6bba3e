// table.*: what reading found about whole tables and rows.
#include "rules/reading/notes.h"

namespace xxgk::rulebook {
namespace {

using Kind = ReadingNote::Kind;
using reading::each_note;
using reading::model_of;

void check_missing(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::table_absent, [&](const ReadingNote& n) {
    const std::string title = model_of(c.report, n.table).table(n.table).title();
    if (n.span.valid())
      c.emit(self,
             "缺少" + title + "：文本中只有标题，没有表格内容，表格很可能以图片形式发布，或复制时丢失；请以文字表格发布",
             n.span, n.table);
    else
      c.emit(self, "缺少" + title + "：文本中既没有该表，也没有它的标题", Span{0, 0}, n.table);
  });
}

void check_incomplete(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::rows_missing, [&](const ReadingNote& n) {
    const FormatModel& m = model_of(c.report, n.table);
    std::string names;
    for (size_t k = 0; k < n.cells.size(); ++k) names += (k ? "、" : "") + row_name(m, n.table, n.cells[k].row);
    c.emit(self, m.table(n.table).title() + "缺少 " + std::to_string(n.cells.size()) + " 行：" + names, n.span,
           n.table, n.cells);
  });
}

void check_unreadable_row(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::row_unreadable, [&](const ReadingNote& n) {
    const FormatModel& m = model_of(c.report, n.table);
    const std::string where = n.table == "review_litigation" ? m.table(n.table).title() : reading::first_row_name(c.report, n);
    if (n.table == "review_litigation" && n.found == 0) {
      c.emit(self,
             where + "：找到了表头，但其后没有任何数值（各格若为空白，按 0 计，空白处应填写 0；也可能是复制时丢失），文字为“" +
                 reading::one_line(n.raw) + "”；该表按未读出处理",
             n.span, n.table, n.cells);
      return;
    }
    // As many numbers as cells or more, but not placed: which number is which cell is not known.
    const std::string what = n.found >= n.expected && n.expected > 0
                                 ? "：读出了 " + std::to_string(n.found) + " 个数值（应为 " + std::to_string(n.expected) +
                                       " 个），但无法确定各数值属于哪一格，文字为“"
                                 : "：找到了行标题，但只读出 " + std::to_string(n.found) + " 个数值（应为 " +
                                       std::to_string(n.expected) + " 个），无法读出的文字为“";
    c.emit(self, where + what + reading::one_line(n.raw) + "”；该行按未读出处理", n.span, n.table, n.cells);
  });
}

// A column the format does not have, printed in the header (the organisations' subtotal): set aside,
// and where it is not the sum it stands for, said, since no statutory relation checks it.
void check_column_set_aside(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::column_set_aside, [&](const ReadingNote& n) {
    const FormatModel& m = model_of(c.report, n.table);
    std::string message = m.table(n.table).title() + "的表头多出法定格式没有的“" + n.raw + "”列（" +
                          m.request_subtotal.display_name() + "）；已读出并略去，各行按法定的 " +
                          std::to_string(m.request_columns.size()) + " 列核对";
    if (!n.cells.empty()) {
      message += "；其中 " + std::to_string(n.cells.size()) + " 行的“" + n.raw + "”不等于它所合计的各列之和：";
      for (size_t k = 0; k < n.cells.size() && k < n.printed_and_sum.size(); ++k)
        message += (k ? "、" : "") + row_name(m, n.table, n.cells[k].row) + "（" + n.raw + " " +
                   text::format_number(n.printed_and_sum[k].first) + "，之和 " + text::format_number(n.printed_and_sum[k].second) + "）";
    }
    c.emit(self, message, n.span, n.table, n.cells);
  });
}

// The tables' format against the report year, and table 二 against table 三.
void check_format_mismatch(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  if (r.active && r.requests && r.active->format != r.requests->format) {
    c.emit(self,
           "表二使用的是" + r.active->format->notice + "的格式，表三使用的是" + r.requests->format->notice +
               "的格式；同一份报告的表格应使用同一格式" +
               (r.meta.year ? "（" + std::to_string(*r.meta.year) + "年度应为" + format_for_year(*r.meta.year).notice + "）"
                            : std::string()),
           r.active->span, "active");
  }
  if (!r.format || !r.meta.year || r.format->applies_to_year(*r.meta.year)) return;
  const FormatModel& expected = format_for_year(*r.meta.year);
  std::string examples;
  for (const auto& l : r.format->example_labels) examples += "“" + l + "”";
  Span where;
  for (const auto* t : {&r.active, &r.requests})
    if (*t) where = cover(where, (*t)->span);
  c.emit(self,
         std::to_string(*r.meta.year) + "年度报告应使用" + expected.notice + "规定的表格格式，但表格使用的是" +
             r.format->notice + "的格式（如" + examples + "）",
         where);
}

}  // namespace

extern const Rule table_missing = {
    "table.missing", Severity::error, "统计表缺失（常见原因：表格以图片发布，只剩标题）",
    "A statutory table (二 主动公开, 三 申请, 四 复议诉讼) is not in the text. When its caption or section title is "
    "there but no row is, the message says the table was most likely published as an image (seed 004); table 四 "
    "whose column header is there is not missing (`table.unreadable_row`). "
    "Example: \"三、收到和处理政府信息公开申请情况\" followed directly by \"四、……\". Fix: publish the table as "
    "text, in the statutory layout.",
    __FILE__, check_missing};

extern const Rule table_incomplete = {
    "table.incomplete", Severity::warning, "统计表不完整，缺少若干行",
    "Table 三 is there but some of its rows are not (a PDF copy that lost pages, a template missing rows). The "
    "message lists the missing rows; their cells are `null`, never filled in from the arithmetic, and the "
    "relations they belong to are listed as not checked in `coverage`. Example: seed 002 keeps only the rows "
    "from (五)2 on. Fix: restore the missing rows.",
    __FILE__, check_incomplete};

extern const Rule table_unreadable_row = {
    "table.unreadable_row", Severity::warning, "找到行标题但读不出该行数值",
    "A row label was found but the numbers after it cannot be read as the row's cells (too few, text in place "
    "of numbers; or as many as cells but with nothing sure about which is which: more numbers than cells, or "
    "the header's words printed among them in another order, as PDF-to-text converters group a header's cells "
    "with the first row's; or numbers one a line, in the order of a PDF's text blocks, that break the row's "
    "relation where another order of them keeps it, or next to numbers no row took: plain pdftotext may print "
    "a total before its parts or a row's last cells after the next label). The message names the row and quotes the text it could not read; the cells are "
    "`null`. Table 四 whose header is there with no number after it (every cell left blank in a copy that keeps "
    "no trace of blank cells) is said here too, not as a missing table; a copied grid row of empty fields after "
    "the header is read as the table with every cell blank (`cell.blank`). Example: \"(一)予以公开 | 5.5 | 见附件\". "
    "Fix: write one number per cell, in the table's order.",
    __FILE__, check_unreadable_row};

extern const Rule table_nonstatutory_column = {
    "table.nonstatutory_column", Severity::warning, "表格多出法定格式没有的列",
    "Table 三's header prints a column the statutory format does not have: some templates add a subtotal "
    "column of the organisations' columns right before the total column (its word is the model's "
    "`nonstatutory_columns`). The column is read with the others (so that its numbers are not taken for "
    "other cells) and set aside; the rows are checked with the format's columns. Where the subtotal is not "
    "the sum of the organisations' columns the message lists those rows, since no statutory relation checks "
    "it. Fix: use the statutory table, without the subtotal column.",
    __FILE__, check_column_set_aside};

extern const Rule table_format_mismatch = {
    "table.format_mismatch", Severity::error, "表格格式与报告年度不符，或表二、表三格式不一致",
    "The tables follow a statutory format that does not apply to the report year (a 2021-or-later report in "
    "the 国办公开办函〔2019〕60号 tables: 本年新制作数量, 上一年项目数量, 第二十条第(九)项, a single (六)其他处理 "
    "row; or a 2019/2020 report in the 2021 tables), or tables 二 and 三 follow different formats (each is "
    "still read with its own). The format is told from the labels present, never from the year. Fix: use the "
    "format of the report year (国办公开办函〔2021〕30号 from the 2021 reports on).",
    __FILE__, check_format_mismatch};

}  // namespace xxgk::rulebook
