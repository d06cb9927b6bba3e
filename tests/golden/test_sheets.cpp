// One report's tables as a spreadsheet in the statutory layout (format.md §3, §4): the merged
// header and row-group cells, and the values of the hand-read gold tables in their places.
#include <doctest/doctest.h>

#include "corpus.h"
#include "xxgk/sheets.h"

namespace {

const xxgk::SheetCell* at(const xxgk::Sheet& s, int row, int column) {
  for (const auto& c : s.cells)
    if (c.row == row && c.column == column) return &c;
  return nullptr;
}

const xxgk::SheetCell* labelled(const xxgk::Sheet& s, const std::string& text) {
  for (const auto& c : s.cells)
    if (c.header && c.text == text) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("table sheets: 表三 and 表四 of 平潭 2025 in the statutory layout with the gold values") {
  const auto& report = golden::report("dev", "04_pingtan_2025");
  const auto sheets = xxgk::table_sheets(xxgk::check(report.text));
  REQUIRE(sheets.size() == 3);
  CHECK(sheets[1].name == "表三");
  const xxgk::Sheet& t3 = sheets[1];
  // The 勾稽 note over the three label columns and the three header rows.
  const auto* corner = at(t3, 0, 0);
  REQUIRE(corner);
  CHECK(corner->rowspan == 3);
  CHECK(corner->colspan == 3);
  // 2021 format: 三、本年度办理结果 spans 22 rows; (三) 8, (四) 3, (五) 5, (六) 3 (format.md §3.2).
  for (const auto& [text, rows] : std::vector<std::pair<std::string, int>>{
           {"三、本年度办理结果", 22}, {"（三）不予公开", 8}, {"（四）无法提供", 3}, {"（五）不予处理", 5}, {"（六）其他处理", 3}}) {
    INFO(text);
    const auto* c = labelled(t3, text);
    REQUIRE(c);
    CHECK(c->rowspan == rows);
  }
  // 自然人 and 总计 span two header rows; 法人或其他组织 five columns.
  CHECK(labelled(t3, "自然人")->rowspan == 2);
  CHECK(labelled(t3, "法人或其他组织")->colspan == 5);
  // Every data row's seven values, in the row its label is on.
  for (const auto& [key, values] : report.gold["requests"].items()) {
    const auto* spec = xxgk::format_2021().request_row(key);
    REQUIRE(spec);
    const auto* lab = labelled(t3, spec->display());
    REQUIRE(lab);
    for (int k = 0; k < 7; ++k) {
      INFO(key << " " << k);
      const auto* v = at(t3, lab->row, 3 + k);
      REQUIRE(v);
      CHECK(v->number == values[static_cast<size_t>(k)].get<double>());
    }
  }
  // 表四: 行政复议 over five columns, 行政诉讼 over ten; one data row of 15 values in group order.
  const xxgk::Sheet& t4 = sheets[2];
  CHECK(labelled(t4, "行政复议")->colspan == 5);
  CHECK(labelled(t4, "行政诉讼")->colspan == 10);
  const auto& gold = report.gold["review_litigation"];
  int column = 0;
  for (const char* group : {"review", "litigation_direct", "litigation_after_review"})
    for (const char* key : {"upheld", "corrected", "other", "pending", "total"}) {
      INFO(group << " " << key);
      const auto* v = at(t4, 3, column++);
      REQUIRE(v);
      CHECK(v->number == gold[group][key].get<double>());
    }
}

TEST_CASE("table sheets: a report without tables gives a sheet per table saying it was not read") {
  const auto& report = golden::report("seeds", "004");
  const auto sheets = xxgk::table_sheets(xxgk::check(report.text));
  REQUIRE(sheets.size() == 3);
  for (const auto& s : sheets) {
    REQUIRE(s.cells.size() == 1);
    CHECK(s.cells[0].text.find("未读出") != std::string::npos);
  }
}
