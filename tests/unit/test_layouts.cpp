// The text shapes users paste (issue 2 and 4): each layout of the clean report
// tests/fixtures/layouts/one-cell-per-line-2021.txt must give the same tables as that
// one-cell-per-line original.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "xxgk/check.h"

namespace {

std::string tables_of(const std::string& text) {
  const std::string json = xxgk::to_json(xxgk::check(text), -1);
  const size_t b = json.find("\"tables\":");
  const size_t e = json.find(",\"cell_spans\"");
  return json.substr(b, e - b);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kClean = read_file(std::string(XXGK_FIXTURES) + "/layouts/one-cell-per-line-2021.txt");

// Replaces the first occurrence of `from` (which must exist).
std::string edit(std::string text, const std::string& from, const std::string& to) {
  const size_t p = text.find(from);
  REQUIRE(p != std::string::npos);
  return text.replace(p, from.size(), to);
}

// "label |\n5 |\n0 |\n…" → one line per row with cells joined by `sep` after the label.
std::string rows_on_one_line(const std::string& text, const std::string& sep, const std::string& prefix = "",
                             const std::string& suffix = "") {
  std::string out;
  std::string line;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string cell = text.substr(start, end - start);
    if (cell.size() >= 2 && cell.compare(cell.size() - 2, 2, " |") == 0) cell.resize(cell.size() - 2);
    const bool number = !cell.empty() && std::regex_match(cell, std::regex("-?[0-9.]+"));
    if (number && !line.empty()) {
      line += sep + cell;
    } else {
      if (!line.empty()) out += prefix + line + suffix + "\n";
      line = cell;
    }
    start = end + 1;
  }
  if (!line.empty()) out += prefix + line + suffix + "\n";
  return out;
}

}  // namespace

TEST_CASE("the clean fixture reads as a whole, without a finding") {
  REQUIRE_FALSE(kClean.empty());
  const auto result = xxgk::check(kClean);
  CHECK(result.findings.empty());
  REQUIRE(result.report.requests);
  REQUIRE(result.report.review);
  REQUIRE(result.report.active);
  CHECK(result.report.requests->value("granted", 0) == 5);
  CHECK(result.report.review->value("litigation_direct", 4) == 2);
}

TEST_CASE("tab-separated rows (Word, a copied HTML table)") {
  CHECK(tables_of(rows_on_one_line(kClean, "\t")) == tables_of(kClean));
}

TEST_CASE("tab rows with empty fields left by merged label cells") {
  // A label spanning two or three columns of the statutory grid leaves empty fields before the numbers.
  std::string text = rows_on_one_line(kClean, "\t");
  for (const char* label : {"一、本年新收政府信息公开申请数量", "(一)予以公开", "四、结转下年度继续办理"}) {
    const size_t at = text.find(std::string(label) + "\t");
    REQUIRE(at != std::string::npos);
    text.insert(at + std::string(label).size(), "\t\t");
  }
  CHECK(tables_of(text) == tables_of(kClean));
}

TEST_CASE("markdown / pipe rows") {
  CHECK(tables_of(rows_on_one_line(kClean, " | ", "| ", " |")) == tables_of(kClean));
}

TEST_CASE("label and numbers on the same line separated by spaces") {
  CHECK(tables_of(rows_on_one_line(kClean, " ")) == tables_of(kClean));
}

TEST_CASE("rows split across lines, with a page marker between rows") {
  std::string text = rows_on_one_line(kClean, " ");
  // (一)予以公开's numbers split over two lines, a long label wrapped, a page marker between rows.
  const std::string granted = "(一)予以公开 5 0 0 0 0 0 5\n";
  REQUIRE(text.find(granted) != std::string::npos);
  text.replace(text.find(granted), granted.size(), "(一)予以公开 5 0 0\n0 0 0 5\n- 3 -\n");
  const std::string wrapped = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
  REQUIRE(text.find(wrapped) != std::string::npos);
  text.replace(text.find(wrapped), wrapped.size(), "1.申请人无正当理由逾期不补正、行政机关不再\n处理其政府信息公开申请");
  CHECK(tables_of(text) == tables_of(kClean));
}

TEST_CASE("a browser's print footer and header between a block's header and its only row") {
  std::string text = rows_on_one_line(kClean, " ");
  const std::string row = "行政事业性收费 12.5\n";
  REQUIRE(text.find(row) != std::string::npos);
  // The title in the header is running text between two rows: expected there, not a sign that
  // the row below is another table's.
  text.replace(text.find(row), row.size(),
               "\n\nhttps://www.example.gov.cn/art/2022/3/20/art_1229_4711.html                2/4\n"
               "\f2022/3/20 10:15                      某某市某某区人民政府2021年政府信息公开工作年度报告\n\n" + row);
  CHECK(tables_of(text) == tables_of(kClean));
}

TEST_CASE("a page's title, printed as a running header apart from its page number, between two rows") {
  // Plain pdftotext of a browser's print: address, page number, title and date each a line; the
  // title, text of its own, is known as the page's by standing beside the furniture of every page.
  std::string text = rows_on_one_line(kClean, " ");
  const auto furniture = [](const std::string& page) {
    return "\nhttps://www.example.gov.cn/art/2022/3/20/art_1229_4711.html\n\n" + page +
           "\n\n某某市某某区人民政府2021年政府信息公开工作年度报告\n\n2022/3/20 10:15\n\n";
  };
  const std::string section = "二、主动公开政府信息情况\n";
  REQUIRE(text.find(section) != std::string::npos);
  text.insert(text.find(section), furniture("1/4"));
  const std::string row = "行政事业性收费 12.5\n";
  REQUIRE(text.find(row) != std::string::npos);
  text.insert(text.find(row), furniture("2/4"));
  CHECK(tables_of(text) == tables_of(kClean));
}

TEST_CASE("table 四: the 15 numbers on one line, headers split one character per line") {
  std::string text = kClean;
  const size_t b = text.find("行政复议 |\n行政诉讼");
  const size_t e = text.find("五、存在的主要问题");
  const std::string vertical =
      "行政复议\n行政诉讼\n未经复议直接起诉\n复议后起诉\n结 结 其 尚 总 结 结 其 尚 总 结 结 其 尚 总\n果 果 他 未 计 果 果 他 未 计 果 果 他 未 计\n"
      "维 纠 结 审 维 纠 结 审 维 纠 结 审\n持 正 果 结 持 正 果 结 持 正 果 结\n"
      "1 0 0 0 1 2 0 0 0 2 0 0 0 0 0\n";
  text.replace(b, e - b, vertical);
  CHECK(tables_of(text) == tables_of(kClean));
}

std::string web_dump(const std::string& text) {
  std::string joined;
  for (char c : rows_on_one_line(text, "")) joined += c == '\n' ? ' ' : c;
  return joined;
}

TEST_CASE("web dump: the whole report on one line, cells run together") {
  // table 二 has no relation to split "5140" by: single-digit cells there
  const std::string clean = edit(kClean, "行政规范性文件 |\n5 |\n1 |\n40 |\n", "行政规范性文件 |\n0 |\n0 |\n3 |\n");
  CHECK(tables_of(web_dump(clean)) == tables_of(clean));
}

TEST_CASE("web dump: a table-二 run with several splits stays null, never guessed") {
  const auto result = xxgk::check(web_dump(kClean));  // 规范性文件 "5140": 5,1,40 or 51,4,0 or ...
  REQUIRE(result.report.active);
  CHECK_FALSE(result.report.active->value("article20_1.normative_documents", 0).has_value());
  size_t unsplittable = 0;
  for (const auto& f : result.findings) unsplittable += f.rule == "input.unsplittable_digits" ? 1 : 0;
  CHECK(unsplittable == 1);
}

// Tables 三 and 四 one cell a line, zeros left blank: `paragraphs` false, each blank cell an empty
// line (a word processor's table saved as text); true, blank cells leave no line and every line is
// set apart by an empty one (paragraphs), where empty lines say nothing of cells.
std::string zeros_left_blank_one_a_line(const std::string& text, bool paragraphs) {
  const size_t tables = text.find("三、收到和处理政府信息公开申请情况");
  const size_t after = text.find("五、存在的主要问题");
  REQUIRE(tables != std::string::npos);
  REQUIRE(after != std::string::npos);
  std::string out;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (line.size() >= 2 && line.compare(line.size() - 2, 2, " |") == 0) line.resize(line.size() - 2);
    const bool blank = start > tables && start < after && line == "0";
    if (!blank) out += line + (paragraphs ? "\n\n" : "\n");
    else if (!paragraphs) out += "\n";
    start = end + 1;
  }
  return out;
}

TEST_CASE("one cell a line, blank cells as empty lines: each number in its column, the rest blank") {
  const auto clean = xxgk::check(kClean);
  const auto blank = xxgk::check(zeros_left_blank_one_a_line(kClean, false));
  REQUIRE(clean.report.requests);
  REQUIRE(blank.report.requests);
  size_t numbers = 0, blanks = 0;
  for (const auto& row : clean.report.requests->rows) {
    for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
      const auto* cell = blank.report.requests->cell(row.key, c);
      REQUIRE(cell);
      CAPTURE(row.key);
      CAPTURE(c);
      CHECK_FALSE(cell->column_guessed);
      if (row.cells[static_cast<size_t>(c)].value == 0.0) {
        CHECK(cell->blank);
        ++blanks;
      } else {
        CHECK(cell->value == row.cells[static_cast<size_t>(c)].value);
        ++numbers;
      }
    }
  }
  CHECK(numbers > 0);
  CHECK(blanks > numbers);  // rows of blanks only are read too
}

TEST_CASE("paragraphs set apart by empty lines: no number is put in a column by them") {
  const auto clean = xxgk::check(kClean);
  const auto spread = xxgk::check(zeros_left_blank_one_a_line(kClean, true));
  REQUIRE(clean.report.requests);
  REQUIRE(spread.report.requests);
  for (const auto& row : spread.report.requests->rows)
    for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
      const auto& cell = row.cells[static_cast<size_t>(c)];
      CAPTURE(row.key);
      CAPTURE(c);
      if (cell.value && !cell.column_guessed) CHECK(cell.value == clean.report.requests->value(row.key, c));
    }
}

// pdftotext -layout of a LibreOffice PDF of a 2019-format report whose zero cells are blank.
const std::string kLayoutBlank = read_file(std::string(XXGK_FIXTURES) + "/layouts/pdftotext-layout-2019-blank-cells.txt");

TEST_CASE("layout text: numbers beside a misprinted label are not the blank row's above it") {
  const auto as_printed = xxgk::check(kLayoutBlank);
  REQUIRE(as_printed.report.requests);
  CHECK(as_printed.report.requests->value("not_processed.duplicate", 0) == 3.0);
  CHECK_FALSE(as_printed.report.requests->value("not_processed.complaint_petition", 0));
  // The label of the row under the blank "1.信访举报投诉类申请" printed with a typo.
  const auto misprinted = xxgk::check(edit(kLayoutBlank, "2.重复申请   3", "2.重夏申请   3"));
  REQUIRE(misprinted.report.requests);
  for (int c = 0; c < 7; ++c) CHECK_FALSE(misprinted.report.requests->value("not_processed.complaint_petition", c));
}

TEST_CASE("layout text: numbers inside a wrapped label after blank rows are its row's") {
  const auto as_printed = xxgk::check(kLayoutBlank);
  REQUIRE(as_printed.report.requests);
  CHECK(as_printed.report.requests->value("unable.not_held", 0) == 7.0);
  CHECK(as_printed.report.requests->value("unable.not_held", 6) == 7.0);
}

TEST_CASE("one cell a line: table 四's blank first and last cells are empty lines too") {
  const std::string body = "1 |\n0 |\n0 |\n0 |\n1 |\n2 |\n0 |\n0 |\n0 |\n2 |\n0 |\n0 |\n0 |\n0 |\n0 |\n";
  REQUIRE(kClean.find(body) != std::string::npos);
  // The first review cell moved to the second: the table starts and ends with blank cells.
  const std::string first_blank = "0 |\n1 |\n0 |\n0 |\n1 |\n2 |\n0 |\n0 |\n0 |\n2 |\n0 |\n0 |\n0 |\n0 |\n0 |\n";
  const auto result = xxgk::check(zeros_left_blank_one_a_line(edit(kClean, body, first_blank), false));
  REQUIRE(result.report.review);
  const auto& review = *result.report.review;
  const std::vector<std::optional<double>> want = {std::nullopt, 1, std::nullopt, std::nullopt, 1, 2, std::nullopt,
                                                   std::nullopt, std::nullopt, 2, std::nullopt, std::nullopt,
                                                   std::nullopt, std::nullopt, std::nullopt};
  const char* groups[] = {"review", "litigation_direct", "litigation_after_review"};
  for (int k = 0; k < 15; ++k) {
    CAPTURE(k);
    const auto* cell = review.cell(groups[k / 5], k % 5);
    REQUIRE(cell);
    CHECK(cell->value == want[static_cast<size_t>(k)]);
    CHECK(cell->blank == !want[static_cast<size_t>(k)]);
    CHECK_FALSE(cell->column_guessed);
  }
  // Every cell blank: fifteen empty lines after the header.
  const std::string all_zero = "0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n";
  const auto blank = xxgk::check(zeros_left_blank_one_a_line(edit(kClean, body, all_zero), false));
  REQUIRE(blank.report.review);
  for (int k = 0; k < 15; ++k) {
    const auto* cell = blank.report.review->cell(groups[k / 5], k % 5);
    REQUIRE(cell);
    CHECK(cell->blank);
  }
}
