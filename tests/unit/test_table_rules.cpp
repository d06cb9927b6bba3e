// Each rule of the table reader and the arithmetic family: a fixture that fires it and one that
// stays silent. Fixtures are a clean generated report with one targeted edit.
#include <doctest/doctest.h>

#include <string>

#include "../fixtures/report/report_builder.h"
#include "xxgk/check.h"

namespace {

size_t count(const std::string& text, const std::string& rule) {
  size_t n = 0;
  for (const auto& f : xxgk::check(text).findings) n += f.rule == rule ? 1 : 0;
  return n;
}

std::string clean(const std::string& format = "2021") {
  report_fixture::Params p;
  p.format = format;
  if (format == "2019") p.title = "某某市某某区人民政府2020年政府信息公开工作年度报告";
  return report_fixture::build(p);
}

// Replaces the first occurrence of `from` (which must exist).
std::string edit(std::string text, const std::string& from, const std::string& to) {
  const size_t p = text.find(from);
  REQUIRE(p != std::string::npos);
  return text.replace(p, from.size(), to);
}

const char* kGranted = "(一)予以公开 |\n5 |\n0 |\n0 |\n0 |\n0 |\n0 |\n5 |\n";

}  // namespace

TEST_CASE("the clean fixtures raise no table or arithmetic finding") {
  for (const char* format : {"2019", "2021"}) {
    const auto result = xxgk::check(clean(format));
    for (const auto& f : result.findings) {
      const bool table_family = f.rule.rfind("requests.", 0) == 0 || f.rule.rfind("review_litigation.", 0) == 0 ||
                                f.rule.rfind("table.", 0) == 0 || f.rule.rfind("cell.", 0) == 0 ||
                                f.rule.rfind("input.", 0) == 0;
      INFO(format << " " << f.rule << " " << f.message);
      CHECK_FALSE(table_family);
    }
    CHECK(result.report.meta.format == std::optional<std::string>(format));
  }
}

TEST_CASE("requests.row_total") {
  CHECK(count(clean(), "requests.row_total") == 0);
  CHECK(count(edit(clean(), kGranted, "(一)予以公开 |\n5 |\n1 |\n0 |\n0 |\n0 |\n0 |\n5 |\n"), "requests.row_total") == 1);
}

TEST_CASE("requests.balance") {
  CHECK(count(clean(), "requests.balance") == 0);
  const std::string changed = edit(clean(), "四、结转下年度继续办理 |\n2 |\n0 |\n0 |\n0 |\n0 |\n0 |\n2 |",
                                   "四、结转下年度继续办理 |\n3 |\n0 |\n0 |\n0 |\n0 |\n0 |\n3 |");
  CHECK(count(changed, "requests.balance") == 2);
  CHECK(count(changed, "requests.results_total") == 0);
}

TEST_CASE("requests.results_total") {
  CHECK(count(clean(), "requests.results_total") == 0);
  const std::string changed = edit(clean(), kGranted, "(一)予以公开 |\n6 |\n0 |\n0 |\n0 |\n0 |\n0 |\n6 |\n");
  CHECK(count(changed, "requests.results_total") == 2);
  CHECK(count(changed, "requests.balance") == 0);
}

TEST_CASE("review_litigation.group_total") {
  CHECK(count(clean(), "review_litigation.group_total") == 0);
  CHECK(count(edit(clean(), "1 |\n0 |\n0 |\n0 |\n1 |\n2 |", "1 |\n0 |\n0 |\n0 |\n3 |\n2 |"),
              "review_litigation.group_total") == 1);
}

TEST_CASE("requests.suggested_fix names a single cell when one cell explains every failure") {
  CHECK(count(clean(), "arithmetic.suggested_fix") == 0);
  // 结转下年度 自然人 3 instead of 2: the row total and the 自然人 balance fail; 3→2 fixes both.
  const auto result = xxgk::check(edit(clean(), "四、结转下年度继续办理 |\n2 |", "四、结转下年度继续办理 |\n3 |"));
  size_t fixes = 0;
  for (const auto& f : result.findings) {
    if (f.rule != "arithmetic.suggested_fix") continue;
    ++fixes;
    CHECK(f.message.find("四、结转下年度继续办理「自然人」由 3 改为 2") != std::string::npos);
    REQUIRE(f.cells.size() == 1);
    CHECK(f.cells[0].row == "carried_forward");
    CHECK(f.cells[0].column == 0);
  }
  CHECK(fixes == 1);
}

TEST_CASE("table.missing") {
  CHECK(count(clean(), "table.missing") == 0);
  std::string text = clean();
  const size_t from = text.find("行政复议 |\n行政诉讼");
  const size_t to = text.find("五、存在的主要问题");
  text.erase(from, to - from);
  CHECK(count(text, "table.missing") == 1);
}

TEST_CASE("table.incomplete") {
  CHECK(count(clean(), "table.incomplete") == 0);
  CHECK(count(edit(clean(), "2.重复申请 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n", ""), "table.incomplete") == 1);
}

TEST_CASE("table.unreadable_row") {
  CHECK(count(clean(), "table.unreadable_row") == 0);
  CHECK(count(edit(clean(), kGranted, "(一)予以公开 |\n5.5 |\n见附件 |\n"), "table.unreadable_row") == 1);
}

TEST_CASE("table.format_mismatch: a 2021 report in the 2019 tables") {
  CHECK(count(clean("2019"), "table.format_mismatch") == 0);
  report_fixture::Params p;
  p.format = "2019";  // the builder's default title says 2021年
  CHECK(count(report_fixture::build(p), "table.format_mismatch") == 1);
}

TEST_CASE("cell.blank: a tab row with empty cells counts them as 0") {
  CHECK(count(clean(), "cell.blank") == 0);
  const std::string text = edit(clean(), kGranted, "(一)予以公开\t5\t\t\t\t\t\t5\n");
  CHECK(count(text, "cell.blank") == 1);
  CHECK(count(text, "requests.row_total") == 0);
}

TEST_CASE("cell.leading_zero") {
  CHECK(count(clean(), "cell.leading_zero") == 0);
  CHECK(count(edit(clean(), kGranted, "(一)予以公开 |\n5 |\n00 |\n0 |\n0 |\n0 |\n0 |\n5 |\n"), "cell.leading_zero") == 1);
}

TEST_CASE("cell.negative") {
  CHECK(count(clean(), "cell.negative") == 0);
  CHECK(count(edit(clean(), kGranted, "(一)予以公开 |\n6 |\n-1 |\n0 |\n0 |\n0 |\n0 |\n5 |\n"), "cell.negative") == 1);
  // 本年增/减 of the 2019 table 二 may be negative.
  CHECK(count(clean("2019"), "cell.negative") == 0);
}

TEST_CASE("cell.non_integer") {
  CHECK(count(clean(), "cell.non_integer") == 0);
  CHECK(count(edit(clean(), kGranted, "(一)予以公开 |\n5.5 |\n0 |\n0 |\n0 |\n0 |\n0 |\n5.5 |\n"), "cell.non_integer") == 2);
  // Money in 万元 may have decimals.
  CHECK(count(clean("2019"), "cell.non_integer") == 0);
}

TEST_CASE("cell.unit: an amount in 元 is converted to 万元") {
  CHECK(count(clean("2019"), "cell.unit") == 0);
  const std::string text = edit(clean("2019"), "120.5 |", "251000元 |");
  CHECK(count(text, "cell.unit") == 1);
  const auto result = xxgk::check(text);
  CHECK(result.report.active->value("article20_9.procurement", 1) == doctest::Approx(25.1));
}

TEST_CASE("input.ambiguous_digits and input.unsplittable_digits") {
  const std::string granted_run = "(一)予以公开 241002027\n";
  CHECK(count(clean(), "input.ambiguous_digits") == 0);
  // With the other result rows and (七)总计 there, the column relations pick the split: silent.
  CHECK(count(edit(clean(), kGranted, granted_run), "input.ambiguous_digits") == 0);
  // Without (七)总计 nothing decides between 24,1,0,0,2,0,27 and 2,4,1,0,0,20,27.
  std::string text = edit(clean(), kGranted, granted_run);
  const size_t total = text.find("(七)总计");
  text.erase(total, text.find("四、结转下年度") - total);
  CHECK(count(text, "input.ambiguous_digits") == 1);
  CHECK(xxgk::check(text).report.requests->value("granted", 0) == 24);
  CHECK(count(clean(), "input.unsplittable_digits") == 0);
  // Seven digits for seven cells: the digits alone decide, the row is read and its error reported.
  const std::string seven = edit(clean(), kGranted, "(一)予以公开 1234567\n");
  CHECK(count(seven, "input.unsplittable_digits") == 0);
  CHECK(xxgk::check(seven).report.requests->value("granted", 6) == 7);
  CHECK(count(seven, "requests.row_total") == 1);
  // Ten digits that no split makes add up, with too many readings to choose from: left unread.
  CHECK(count(edit(clean(), kGranted, "(一)予以公开 1234567891\n"), "input.unsplittable_digits") == 1);
}

TEST_CASE("table.format_mismatch: table 二 in the 2019 format, table 三 in the 2021 format") {
  report_fixture::Params p;
  p.format = "2019";
  const std::string t2019 = report_fixture::build(p);
  const std::string t2021 = clean();
  auto table2 = [](const std::string& t) { return std::make_pair(t.find("第二十条第(一)项"), t.find("三、收到和处理")); };
  const auto [a19, b19] = table2(t2019);
  const auto [a21, b21] = table2(t2021);
  const std::string mixed = t2021.substr(0, a21) + t2019.substr(a19, b19 - a19) + t2021.substr(b21);
  CHECK(count(mixed, "table.format_mismatch") == 1);
  const auto result = xxgk::check(mixed);
  // Each table is read with its own format: the 2019 table 二 keeps its three columns.
  REQUIRE(result.report.active);
  CHECK(result.report.active->format->id == "2019");
  CHECK(result.report.format->id == "2021");
  CHECK(result.report.active->value("article20_5.licensing", 1) == -2);
  CHECK(count(t2021, "table.format_mismatch") == 0);
}
