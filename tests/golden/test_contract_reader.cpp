// Results read back from their contract JSON (what the page holds) give the same summaries,
// year pairs and roll-ups as the typed results the CLI has.
#include <doctest/doctest.h>

#include "corpus.h"
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
