// Results read back from their contract JSON (what the page holds) give the same summaries,
// year pairs and roll-ups as the typed results the CLI has.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "corpus.h"
#include "format/relations.h"
#include "xxgk/document_json.h"
#include "xxgk/rollup.h"

TEST_CASE("a result read back from its JSON gives the same summary row and the same tables") {
  for (const char* folder : {"seeds", "dev"})
    for (const auto& report : golden::corpus(folder)) {
      INFO(report.name);
      const xxgk::Result typed = xxgk::check(report.text);
      const std::string contract = xxgk::to_json(typed);
      const auto back = xxgk::result_from_json(contract);
      REQUIRE(back);
      const xxgk::SummaryRecord a{report.name, &typed, "", "ab12", ""};
      const xxgk::SummaryRecord b{report.name, &*back, "", "ab12", ""};
      CHECK(xxgk::summary_csv_row(xxgk::summary_row(a)) == xxgk::summary_csv_row(xxgk::summary_row(b)));
      // The report against itself as its only unit: every read cell agrees, blank cells count 0 on both sides.
      xxgk::RollupUnit root{"self", "", &typed.report, "", {{"self", "", &back->report, "", {}}}};
      const auto levels = xxgk::check_rollup(root);
      REQUIRE(levels.size() == 1);
      for (const auto& f : levels[0].findings) CHECK(f.rule == "rollup.not_checked");
    }
  CHECK_FALSE(xxgk::result_from_json("[1, 2]"));
  CHECK_FALSE(xxgk::result_from_json("not json"));
}

TEST_CASE("year pairs from the results' JSON: 平潭 2025 with 2024, the others without") {
  std::string all = "[";
  for (const char* name : {"02_pingtan_2021", "04_pingtan_2025", "01_pingtan_2019", "03_pingtan_2024"})
    all += (all.size() > 1 ? "," : "") + xxgk::to_json(xxgk::check(golden::report("dev", name).text));
  CHECK(xxgk::year_pairs_json(all + "]") == "[-1,3,-1,-1]");
}

TEST_CASE("roll-up from a JSON tree: a unit without a result is listed") {
  const std::string unit = xxgk::to_json(xxgk::check(golden::report("dev", "04_pingtan_2025").text));
  const std::string tree = R"({"name": "区", "file": "本级.txt", "result": )" + unit +
                           R"(, "units": [{"name": "平潭", "result": )" + unit +
                           R"(}, {"name": "审计局", "result": null, "problem": "没有报告文件"}]})";
  const auto levels = nlohmann::json::parse(xxgk::rollup_tree_json(tree));
  REQUIRE(levels.size() == 1);
  CHECK(levels[0]["units"][1]["status"] == "missing");
  REQUIRE(levels[0]["findings"].size() == 1);
  CHECK(levels[0]["findings"][0]["rule"] == "rollup.unit_missing");
}

TEST_CASE("cells placed by order: read back from the JSON with their guessed columns, which no column's arithmetic uses") {
  // Table 四 copied without its blank cells: each group's total is known, its parts' columns are not.
  std::ifstream in(std::string(XXGK_SOURCE_DIR) + "/tests/rules/input.cells_placed_by_order/fires/raw-copy-of-table-four-without-its-blank-cells.txt");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  text = text.substr(0, text.find("=== expected"));
  const xxgk::Result typed = xxgk::check(text);
  const auto back = xxgk::result_from_json(xxgk::to_json(typed));
  REQUIRE(back);
  for (const xxgk::Report* r : {&typed.report, &back->report}) {
    const xxgk::Table* t = r->table("review_litigation");
    REQUIRE(t);
    size_t guessed = 0;
    for (const auto& row : t->rows)
      for (size_t k = 0; k < row.cells.size(); ++k) {
        const bool total = k + 1 == row.cells.size();
        CHECK(row.cells[k].column_guessed == !total);
        guessed += row.cells[k].column_guessed ? 1 : 0;
        // The total is its column's number; a part's column is a guess, so it has none.
        CHECK(static_cast<bool>(xxgk::arithmetic_value(*t, {row.key, static_cast<int>(k)})) == total);
      }
    CHECK(guessed == 12);
    // Each group's own sum is still checked: the parts add up to the total whatever their columns.
    for (const auto& eq : xxgk::expand_relations(*t->format, "review_litigation")) CHECK(xxgk::evaluate(eq, *t).holds());
  }
}
