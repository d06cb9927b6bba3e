// What a fixture's expected block cannot say, checked on the fixture files themselves: the
// numbers a message quotes, the values of a suggested fix, the reading chosen among digit
// splits, converted amounts, which format each table was read with, and that the clean
// reports raise nothing at all.
#include <doctest/doctest.h>

#include <filesystem>

#include "fixture.h"

namespace {

const std::filesystem::path kRoot = std::filesystem::path(XXGK_SOURCE_DIR) / "tests" / "rules";

// The result of a fixture (e.g. "meta.deadline/fires/department-published-in-february") with every rule enabled.
xxgk::Result check_fixture(const std::string& rel) {
  const std::string rule = rel.substr(0, rel.find('/'));
  const auto f = fixtures::load((kRoot / (rel + ".txt")).string(), rule, rel.find("/fires/") != std::string::npos);
  REQUIRE_FALSE(f.text.empty());
  return fixtures::evaluate(f, {});
}

std::vector<xxgk::Finding> with_rule(const xxgk::Result& r, const std::string& id) {
  std::vector<xxgk::Finding> out;
  for (const auto& f : r.findings)
    if (f.rule == id) out.push_back(f);
  return out;
}

// The only finding of `id` in the fixture.
xxgk::Finding only(const std::string& rel, const std::string& id) {
  const auto found = with_rule(check_fixture(rel), id);
  INFO(rel);
  REQUIRE(found.size() == 1);
  return found.front();
}

bool has(const std::string& message, const std::string& part) { return message.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the clean reports of both formats raise no finding at all and are told apart by their labels") {
  for (const auto& [rel, format] : {std::pair<std::string, std::string>{"requests.balance/silent/clean-2021", "2021"},
                                    {"table.format_mismatch/silent/2020-report-in-2019-tables", "2019"}}) {
    const auto result = check_fixture(rel);
    std::string found;
    for (const auto& f : result.findings) found += f.rule + ": " + f.message + "\n";
    INFO(rel, "\n", found);
    CHECK(result.findings.empty());
    CHECK(result.report.meta.format == std::optional<std::string>(format));
  }
}

TEST_CASE("messages quote the numbers they compare") {
  auto m = only("meta.year_mismatch/fires/overview-opens-with-last-year", "meta.year_mismatch").message;
  CHECK(has(m, "2020年"));
  CHECK(has(m, "2021年"));
  m = only("meta.deadline/fires/department-published-in-february", "meta.deadline").message;
  CHECK(has(m, "2022-02-08"));
  CHECK(has(m, "2022-01-31"));
  CHECK(has(m, "1月31日"));  // says which rule of 第四十九条 was applied
  m = only("meta.deadline/fires/government-published-in-april", "meta.deadline").message;
  CHECK(has(m, "2022-03-31"));
  CHECK(has(m, "3月31日"));
  m = only("section.renamed/fires/problems-and-rectification-measures", "section.renamed").message;
  CHECK(has(m, "整改措施"));
  CHECK(has(m, "存在的主要问题及改进情况"));
  m = only("narrative.received/fires/overview-says-68-table-says-10", "narrative.received").message;
  CHECK(has(m, "68"));
  CHECK(has(m, "为10件"));
  m = only("narrative.replies/fires/replied-28-outcomes-and-table-27", "narrative.replies").message;
  CHECK(has(m, "答复28件"));
  CHECK(has(m, "为27件"));
  CHECK(has(m, "15+12+0=27"));
  // The doc's own example: the text that could not be read is quoted, 见附件 included.
  m = only("table.unreadable_row/fires/text-in-place-of-numbers", "table.unreadable_row").message;
  CHECK(has(m, "（一）予以公开"));
  CHECK(has(m, "见附件"));
  m = only("requests.row_total/fires/organisation-cell-not-in-the-total", "requests.row_total").message;
  CHECK(has(m, "（6）"));
  CHECK(has(m, "（5）"));
  for (const auto& f : with_rule(check_fixture("cross_year.carried_over/fires/last-year-carried-3-forward-this-year-1-over"),
                                 "cross_year.carried_over")) {
    CHECK(has(f.message, "为1"));
    CHECK(has(f.message, "为3"));
  }
}

TEST_CASE("findings about table 三 and 四 name their table") {
  CHECK(only("section.fee_notices/fires/unpaid-fee-applications-but-no-notices", "section.fee_notices").table == "requests");
  CHECK(only("narrative.review_litigation/fires/four-reviews-in-the-text-one-in-the-table", "narrative.review_litigation")
            .table == "review_litigation");
}

TEST_CASE("arithmetic.suggested_fix: one cell explains both failures, with the value to write") {
  const auto f = only("arithmetic.suggested_fix/fires/one-cell-explains-both-failures", "arithmetic.suggested_fix");
  CHECK(has(f.message, "四、结转下年度继续办理「自然人」由 3 改为 2"));
  REQUIRE(f.details.fixes.size() == 1);
  REQUIRE(f.details.fixes[0].changes.size() == 1);
  const auto& change = f.details.fixes[0].changes[0];
  CHECK(change.cell.row == "carried_forward");
  CHECK(change.cell.column == 0);
  CHECK(change.from == 3);
  CHECK(change.to == 2);
}

TEST_CASE("input.ambiguous_digits: every reading is listed and the one fitting the row best is taken") {
  const auto rel = "input.ambiguous_digits/fires/glued-row-and-no-total-row-to-decide";
  const auto f = only(rel, "input.ambiguous_digits");
  CHECK(f.details.raw == "241002027");
  CHECK(f.details.alternatives.size() == 2);
  CHECK(f.details.chosen == std::vector<double>{24, 1, 0, 0, 2, 0, 27});
  CHECK(check_fixture(rel).report.requests->value("granted", 0) == 24);
  // With (七)总计 there, the column relations pick the same reading without a finding.
  CHECK(check_fixture("input.ambiguous_digits/silent/glued-row-decided-by-the-total-row").report.requests->value("granted", 0) ==
        24);
  // PDF spaces that do not fall between cells: "230 000023" is 23,0,0,0,0,0,23.
  const auto pdf = check_fixture("input.ambiguous_digits/silent/pdf-spaces-not-between-cells");
  CHECK(pdf.report.requests->value("granted", 0) == 23);
  CHECK(pdf.report.requests->value("granted", 6) == 23);
}

TEST_CASE("seven digits for seven cells are read one per cell") {
  const auto r = check_fixture("input.unsplittable_digits/silent/seven-digits-for-seven-cells");
  CHECK(r.report.requests->value("granted", 0) == 1);
  CHECK(r.report.requests->value("granted", 6) == 7);
}

TEST_CASE("input.unsplittable_digits leaves the cells null, never guessed") {
  const auto r = check_fixture("input.unsplittable_digits/fires/web-dump-table-two-run-5140");
  REQUIRE(r.report.active);
  CHECK_FALSE(r.report.active->value("article20_1.normative_documents", 0).has_value());
  const auto ten = check_fixture("input.unsplittable_digits/fires/ten-digits-no-split-adds-up");
  CHECK_FALSE(ten.report.requests->value("granted", 0).has_value());
  CHECK_FALSE(ten.report.requests->value("granted", 6).has_value());
}

TEST_CASE("cell.unit: an amount in 元 is converted to 万元 for the tables") {
  const auto r = check_fixture("cell.unit/fires/procurement-amount-in-yuan-2019");
  CHECK(r.report.active->value("article20_9.procurement", 1) == doctest::Approx(120.5));
  CHECK(check_fixture("cell.unit/fires/fee-amount-in-yuan").report.active->value("article20_8.fees", 0) ==
        doctest::Approx(12.5));
}

TEST_CASE("table.format_mismatch: tables 二 and 三 in different formats are each read with their own") {
  const auto r = check_fixture("table.format_mismatch/fires/table-two-2019-table-three-2021");
  REQUIRE(r.report.active);
  CHECK(r.report.active->format->id == "2019");
  CHECK(r.report.format->id == "2021");
  CHECK(r.report.active->value("article20_5.licensing", 1) == -2);  // the 2019 本年增/减 column
}

TEST_CASE("cross_year.text_reuse: the share is counted in characters of whole sentences, digits alike, and only "
          "above one half warns") {
  auto metric = [](const xxgk::Result& r) {
    for (const auto& m : r.metrics)
      if (m.spec->key == "text_reuse") return m;
    FAIL("no text_reuse metric");
    return xxgk::MetricValue{};
  };
  // Every sentence of 一, 五 and 六 is last year's with other numbers: all of it repeats.
  const auto copied = check_fixture("cross_year.text_reuse/fires/narrative-copied-with-new-numbers");
  CHECK(metric(copied).value == 1.0);
  const auto m = only("cross_year.text_reuse/fires/narrative-copied-with-new-numbers", "cross_year.text_reuse").message;
  CHECK(has(m, "重复率为 100%"));
  CHECK(has(m, "2023年度"));
  CHECK(has(m, "最长的重复段落：“2024年,本县认真贯彻落实"));
  // The overview (113 characters) and 六 (11) repeat; 五 was rewritten at 124 characters: exactly
  // one half, which is not more than half.
  const auto half = metric(check_fixture("cross_year.text_reuse/silent/overview-repeated-but-not-more-than-half"));
  CHECK(half.numerator == 124);
  CHECK(half.denominator == 248);
  CHECK(half.value == 0.5);
  // Written anew: only 六's one line (11 characters) is the same.
  const auto anew = metric(check_fixture("cross_year.text_reuse/silent/narrative-written-anew"));
  CHECK(anew.numerator == 11);
}

TEST_CASE("rollup.cell_mismatch names the consolidated cell, its value, the units' sum and each unit's value") {
  const auto result = check_fixture("rollup.cell_mismatch/fires/granted-moved-from-not-held");
  const auto found = with_rule(result, "rollup.cell_mismatch");
  REQUIRE(found.size() == 4);
  const auto& f = found.front();
  CHECK(f.table == "requests");
  CHECK(f.message == "表三（一）予以公开「自然人」：本级报告为 9，下属单位之和为 8（交通运输局 6，教育局 2）");
  REQUIRE(f.details.units.size() == 2);
  CHECK(f.details.units[0].name == "交通运输局");
  CHECK(f.details.units[0].value == 6);
  CHECK(f.details.units[1].value == 2);
  // Where a unit's row is unread, the cells are listed as not checked, never compared.
  const auto unread = only("rollup.not_checked/fires/a-units-row-unread", "rollup.not_checked");
  CHECK(unread.details.unchecked.size() == 7);
  CHECK(has(unread.message, "表三有 7 格未做汇总核对"));
  CHECK(has(unread.message, "（一）予以公开「自然人」（教育局未读出）"));
  CHECK(with_rule(check_fixture("rollup.cell_mismatch/silent/differs-only-where-a-unit-row-is-unread"),
                  "rollup.cell_mismatch").empty());
  const auto missing = only("rollup.unit_missing/fires/unit-without-report", "rollup.unit_missing").message;
  CHECK(has(missing, "卫生健康委员会"));
  CHECK(has(missing, "未做逐格汇总核对"));
}
