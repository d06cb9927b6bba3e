// Every hand-read cell of ../shared/corpus (seeds and dev) against check()'s tables.
#include <doctest/doctest.h>

#include "corpus.h"

namespace {

size_t arithmetic_errors(const nlohmann::json& result) {
  size_t n = 0;
  for (const auto& f : result["findings"]) {
    const std::string rule = f["rule"];
    if ((rule == "requests.row_total" || rule == "requests.balance" || rule == "requests.results_total" ||
         rule == "review_litigation.group_total") && f["severity"] == "error")
      ++n;
  }
  return n;
}

void check_folder(const char* folder) {
  for (const auto& report : golden::corpus(folder)) {
    SUBCASE(report.name.c_str()) {
      const auto result = golden::result_json(report.text);
      const auto diffs = golden::compare_tables(report.gold, result);
      for (const auto& d : diffs) MESSAGE(report.name << " " << d);
      CHECK(diffs.empty());
      // The gold lists every relation the report's own numbers break: one finding each.
      CHECK(arithmetic_errors(result) == report.gold.value("inconsistencies", nlohmann::json::array()).size());
      if (report.gold.contains("format") && !report.gold["requests"].is_null())
        CHECK(result["meta"]["format"] == report.gold["format"]);
    }
  }
}

}  // namespace

TEST_CASE("seed reports: every hand-read cell") { check_folder("seeds"); }
TEST_CASE("dev reports (web dumps with run-together cells): every hand-read cell") { check_folder("dev"); }

TEST_CASE("the comparison itself sees a changed cell, a missing table and a wrong null") {
  const auto& seed = golden::report("seeds", "000");
  const auto result = golden::result_json(seed.text);
  auto gold = seed.gold;
  gold["requests"]["granted"][0] = 25;
  gold["review_litigation"]["review"]["total"] = 6;
  gold["active"]["article20_9"]["procurement"][1] = 74708.0;
  CHECK(golden::compare_tables(gold, result).size() == 3);
  gold["requests"] = nullptr;
  CHECK(golden::compare_tables(gold, result).size() == 3);
}
