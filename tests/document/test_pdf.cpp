// The PDF layout over text runs (what pdf.js and poppler give): lines, cells, furniture, tables.
#include <string>
#include <vector>

#include "helpers.h"

using namespace test_doc;
using xxgk::TextRun;

namespace {

// A run on page 0 at (x, top) of `size` points, its width from its characters.
TextRun run(const std::string& text, double x, double top, double size = 10, int page = 0) {
  double units = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) units += 0.5;
    else if (c >= 0xE0) units += 1;
  }
  return {page, x, top, units * size, size, size, text};
}

const std::vector<xxgk::PdfPage> kA4(3, {595, 842});

// The grid of the one table the runs make.
std::vector<std::vector<std::string>> one_table(const std::vector<TextRun>& runs) {
  const auto r = xxgk::document_from_pdf_runs(runs, kA4);
  REQUIRE(r.ok());
  REQUIRE(r.document.tables.size() == 1);
  return grid_text(r.document, r.document.tables[0]);
}

}  // namespace

TEST_CASE("PDF: lines by baseline, CJK joined, a gap a space, a wide gap a TAB") {
  const auto r = xxgk::document_from_pdf_runs(
      {run("一、总体情况", 50, 100), run("本年", 50, 120), run("新收", 70.5, 120.3), run("Hello", 50, 140),
       run("world", 78, 140), run("右边", 300, 140)},
      kA4);
  REQUIRE(r.ok());
  CHECK(r.document.text == "一、总体情况\n本年新收\nHello world\t右边\n");
}

TEST_CASE("PDF: no run at all is a scan, said in Chinese") {
  const auto r = xxgk::document_from_pdf_runs({}, kA4);
  CHECK(r.status == xxgk::ReadStatus::no_text_layer);
  CHECK(r.message == "此 PDF 没有文字层，可能是扫描件，无法读取表格");
  CHECK(xxgk::document_from_pdf_runs({run("   ", 10, 10)}, kA4).status == xxgk::ReadStatus::no_text_layer);
}

TEST_CASE("PDF: page numbers are dropped and noted, a table continues over the page break") {
  std::vector<TextRun> runs = {
      run("表格", 50, 600), run("规章", 50, 700), run("1", 300, 700), run("2", 360, 700), run("-3-", 290, 800),
      run("行政许可", 50, 60, 10, 1), run("3", 300, 60, 10, 1), run("4", 360, 60, 10, 1), run("— 4 —", 285, 800, 10, 1)};
  const auto r = xxgk::document_from_pdf_runs(runs, kA4);
  REQUIRE(r.ok());
  CHECK(r.document.text.find("-3-") == std::string::npos);
  CHECK(r.document.text.find("4 —") == std::string::npos);
  REQUIRE(r.document.tables.size() == 1);
  const auto grid = grid_text(r.document, r.document.tables[0]);
  CHECK(grid.back() == std::vector<std::string>{"行政许可", "3", "4"});
  int furniture = 0;
  for (const auto& rep : r.document.repairs) furniture += rep.kind == xxgk::ReadingRepair::Kind::page_furniture_dropped;
  CHECK(furniture == 2);
}

TEST_CASE("PDF: numbers aligned in columns make a geometric table; a wrapped label is one row; blanks are empty") {
  const std::vector<TextRun> runs = {
      run("一、总体情况", 50, 80),
      // A label on two lines, its numbers centred between them.
      run("（二）部分公开（区分处理", 50, 100), run("4", 300, 106), run("0", 360, 106), run("4", 420, 106),
      run("的，只计这一情形）", 50, 112),
      // A row with a blank cell in the middle column.
      run("1.属于国家秘密", 50, 130), run("1", 300, 130), run("1", 420, 130),
      run("（七）总计", 50, 150), run("21", 297, 150), run("0", 360, 150), run("21", 417, 150),
      run("二、下一节的正文文字很长很长很长很长很长很长很长", 50, 200)};
  const auto r = xxgk::document_from_pdf_runs(runs, kA4);
  REQUIRE(r.ok());
  REQUIRE(r.document.tables.size() == 1);
  const auto& t = r.document.tables[0];
  CHECK(t.origin == xxgk::DocTable::Origin::geometry);
  const auto grid = grid_text(r.document, t);
  REQUIRE(grid.size() == 3);
  CHECK(grid[0] == std::vector<std::string>{"（二）部分公开（区分处理的，只计这一情形）", "4", "0", "4"});
  CHECK(grid[1] == std::vector<std::string>{"1.属于国家秘密", "1", "", "1"});
  CHECK(grid[2] == std::vector<std::string>{"（七）总计", "21", "0", "21"});
  CHECK(r.document.text ==
        "一、总体情况\n（二）部分公开（区分处理的，只计这一情形）\t4\t0\t4\n1.属于国家秘密\t1\t\t1\n（七）总计\t21\t0\t21\n"
        "二、下一节的正文文字很长很长很长很长很长很长很长\n");
}

TEST_CASE("PDF: a column no row prints a number in is known by its label; a group label over columns is none") {
  const std::vector<TextRun> runs = {
      run("法人或其他组织", 330, 80),  // over 商业 and 科研: a group label
      run("自然", 295, 95), run("商业", 340, 95), run("科研", 380, 95), run("总计", 430, 95),
      run("一、本年新收", 50, 110), run("5", 302.5, 110), run("1", 347.5, 110), run("6", 437.5, 110),
      run("二、上年结转", 50, 125), run("3", 302.5, 125), run("3", 437.5, 125)};
  const auto grid = one_table(runs);
  REQUIRE(grid.size() >= 2);
  CHECK(grid[grid.size() - 2] == std::vector<std::string>{"一、本年新收", "5", "1", "", "6"});
  CHECK(grid.back() == std::vector<std::string>{"二、上年结转", "3", "", "", "3"});
}

TEST_CASE("PDF: a row of twice as many numbers as the rows above starts a table of its own") {
  std::vector<TextRun> runs = {run("一、本年新收", 50, 100), run("5", 300, 100), run("1", 360, 100), run("6", 420, 100),
                               run("四、结转", 50, 114), run("1", 300, 114), run("0", 360, 114), run("1", 420, 114)};
  for (int k = 0; k < 15; ++k) runs.push_back(run(std::to_string(k % 3), 60 + 30 * k, 140));
  const auto r = xxgk::document_from_pdf_runs(runs, kA4);
  REQUIRE(r.ok());
  REQUIRE(r.document.tables.size() == 2);
  CHECK(grid_text(r.document, r.document.tables[1]).back().size() == 15);
}

TEST_CASE("PDF: numbers where the table above has its labels start a table of their own") {
  // Table 四 with blank cells: five numbers, fewer than table 三's rows print, under its own header.
  std::vector<TextRun> runs = {run("一、本年新收", 50, 100), run("5", 300, 100), run("1", 360, 100), run("6", 420, 100),
                               run("四、结转", 50, 114), run("1", 300, 114), run("0", 360, 114), run("1", 420, 114),
                               run("1", 60, 140), run("2", 120, 140), run("3", 180, 140), run("7", 240, 140), run("7", 330, 140)};
  const auto r = xxgk::document_from_pdf_runs(runs, kA4);
  REQUIRE(r.ok());
  REQUIRE(r.document.tables.size() == 2);
  CHECK(grid_text(r.document, r.document.tables[1]).back() == std::vector<std::string>{"1", "2", "3", "7", "7"});
}

TEST_CASE("PDF: a numbered label below a labelled row's numbers starts the next row, whose cells are blank") {
  const std::vector<TextRun> runs = {
      run("1.本机关不掌握相关政府信", 50, 100),  // a label on two lines, its numbers on the second
      run("息", 50, 112), run("7", 300, 112), run("7", 360, 112),
      run("2.没有现成信息需要另行制作", 50, 124),  // the next row, every cell blank
      run("3.补正后申请内容仍不明确", 50, 140), run("5", 300, 140), run("5", 360, 140)};
  const auto grid = one_table(runs);
  REQUIRE(grid.size() == 3);
  CHECK(grid[0] == std::vector<std::string>{"1.本机关不掌握相关政府信息", "7", "7"});
  CHECK(grid[1] == std::vector<std::string>{"2.没有现成信息需要另行制作", "", ""});
  CHECK(grid[2] == std::vector<std::string>{"3.补正后申请内容仍不明确", "5", "5"});
}

TEST_CASE("PDF: a run of blank rows longer than the lines allowed between rows keeps the table whole") {
  std::vector<TextRun> runs = {run("1.属于国家秘密", 50, 100), run("4", 300, 100), run("4", 360, 100)};
  for (int k = 0; k < 8; ++k) runs.push_back(run(std::to_string(k + 2) + ".空白的一行", 50, 114 + 14 * k));
  runs.insert(runs.end(), {run("10.最后一行", 50, 114 + 14 * 8), run("1", 300, 114 + 14 * 8), run("1", 360, 114 + 14 * 8)});
  const auto grid = one_table(runs);
  REQUIRE(grid.size() >= 9);
  CHECK(grid[0] == std::vector<std::string>{"1.属于国家秘密", "4", "4"});
  CHECK(grid[4] == std::vector<std::string>{"5.空白的一行", "", ""});
  CHECK(grid.back()[1] == "1");
  CHECK(grid.back()[2] == "1");
}

TEST_CASE("PDF: a numbered label over the next row's own is a blank row, with its wrapped text") {
  const std::vector<TextRun> runs = {
      run("4.保护第三方合法权益", 70, 86), run("2", 300, 86), run("2", 360, 86),
      run("5.属于三类内部事务信息", 70, 100),  // every cell blank, nearer the row below
      // A group label left of the row's own, on its line: not the row's label.
      run("（三）不", 0, 112), run("6.属于四类过程性信息", 70, 112), run("1", 300, 112), run("1", 360, 112),
      run("5.要求行政机关确认或重新", 70, 130),  // blank too, wrapped; its second line nearest the row below
      run("出具已获取信息", 82, 140),
      // Labels centred in one merged cell: they start at different places but stand over each other.
      run("（六）其他处理", 76, 152), run("9", 300, 152), run("9", 360, 152),
      run("（七）总计", 82, 166), run("3", 300, 166), run("3", 360, 166)};
  const auto grid = one_table(runs);
  REQUIRE(grid.size() == 6);
  CHECK(grid[0] == std::vector<std::string>{"", "4.保护第三方合法权益", "2", "2"});
  CHECK(grid[1] == std::vector<std::string>{"", "5.属于三类内部事务信息", "", ""});
  CHECK(grid[2] == std::vector<std::string>{"（三）不", "6.属于四类过程性信息", "1", "1"});
  CHECK(grid[3] == std::vector<std::string>{"", "5.要求行政机关确认或重新出具已获取信息", "", ""});
  CHECK(grid[4] == std::vector<std::string>{"", "（六）其他处理", "9", "9"});
  CHECK(grid[5] == std::vector<std::string>{"", "（七）总计", "3", "3"});
}

TEST_CASE("PDF: the end of a wrapped label nearer the next row's numbers is not the next row's label") {
  const std::vector<TextRun> runs = {
      run("1.信访举报投诉", 50, 100), run("5", 300, 100), run("5", 360, 100),
      run("类申请", 60, 113),  // nearer the next row's numbers than its own
      run("2.重复申请", 55, 124), run("4", 300, 124), run("4", 360, 124)};
  const auto grid = one_table(runs);
  REQUIRE(grid.size() == 2);
  CHECK(grid[0] == std::vector<std::string>{"1.信访举报投诉类申请", "5", "5"});
  CHECK(grid[1] == std::vector<std::string>{"2.重复申请", "4", "4"});
}

TEST_CASE("PDF: the end of a label above a table's first row is a line of its own") {
  // A row whose numbers were lost: its label ends over the table's first row.
  const std::vector<TextRun> runs = {
      run("类申请", 60, 111),
      run("2.重复申请", 55, 124), run("4", 300, 124), run("4", 360, 124),
      run("3.要求提供公开出版物", 55, 138), run("1", 300, 138), run("1", 360, 138)};
  const auto grid = one_table(runs);
  REQUIRE(grid.size() == 3);
  CHECK(grid[0][0] == "类申请");
  CHECK(grid[1] == std::vector<std::string>{"2.重复申请", "4", "4"});
}

TEST_CASE("PDF: labels of blank rows after a page break keep the rows after them in the table's columns") {
  std::vector<TextRun> runs = {run("1.甲", 50, 700), run("5", 300, 700), run("1", 360, 700), run("6", 420, 700),
                               run("2.乙", 50, 714), run("3", 300, 714), run("3", 420, 714)};
  for (int k = 0; k < 8; ++k) runs.push_back(run(std::to_string(k + 3) + ".空白的一行", 50, 60 + 14 * k, 10, 1));
  runs.insert(runs.end(), {run("（七）总计", 50, 60 + 14 * 8, 10, 1), run("8", 300, 60 + 14 * 8, 10, 1),
                           run("8", 420, 60 + 14 * 8, 10, 1)});
  const auto grid = one_table(runs);
  CHECK(grid.back() == std::vector<std::string>{"（七）总计", "8", "", "8"});
}

TEST_CASE("PDF: a header at the foot of the page before the first row names the columns no row prints in") {
  const std::vector<TextRun> runs = {
      run("自然", 295, 800), run("商业", 340, 800), run("科研", 380, 800), run("总计", 430, 800),
      run("一、本年新收", 50, 60, 10, 1), run("5", 302.5, 60, 10, 1), run("1", 347.5, 60, 10, 1), run("6", 437.5, 60, 10, 1),
      run("二、上年结转", 50, 75, 10, 1), run("3", 302.5, 75, 10, 1), run("3", 437.5, 75, 10, 1)};
  const auto grid = one_table(runs);
  REQUIRE(grid.size() >= 2);
  CHECK(grid.back() == std::vector<std::string>{"二、上年结转", "3", "", "", "3"});
}

TEST_CASE("PDF: two numbers a space apart are two cells") {
  const std::vector<TextRun> runs = {
      run("一、本年新收", 50, 100), run("1259", 300, 100), run("36", 330, 100), run("1295", 420, 100),
      run("二、上年结转", 50, 114), run("170", 300, 114), run("15", 330, 114), run("185", 420, 114)};
  const auto grid = one_table(runs);
  REQUIRE(grid.size() == 2);
  CHECK(grid[0] == std::vector<std::string>{"一、本年新收", "1259", "36", "1295"});
}

TEST_CASE("PDF: too many runs are refused") {
  xxgk::ReadLimits limits;
  limits.max_runs = 10;
  std::vector<TextRun> runs(11, run("字", 10, 10));
  CHECK(xxgk::document_from_pdf_runs(runs, kA4, limits).status == xxgk::ReadStatus::too_large);
}
