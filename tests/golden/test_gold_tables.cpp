// Every hand-read cell of ../shared/corpus (seeds and dev) against check()'s tables.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

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

// Reports today's reader gets wrong, with exactly what differs; the list shrinks as the table
// engine learns their families, and must end empty. A difference not listed fails, and so does a
// listed one that no longer occurs (remove it from here).
const std::map<std::string, std::set<std::string>> kKnownFailures = {};

void check_folder(const char* folder) {
  for (const auto& report : golden::corpus(folder)) {
    SUBCASE(report.name.c_str()) {
      const auto result = golden::result_json(report.text);
      const auto diffs = golden::compare_tables(report.gold, result);
      const auto known = kKnownFailures.count(report.name) ? kKnownFailures.at(report.name) : std::set<std::string>{};
      for (const auto& d : diffs) {
        if (known.count(d)) continue;
        MESSAGE(report.name << " " << d);
        FAIL_CHECK("a difference from the gold that is not a known failure");
      }
      for (const auto& k : known)
        if (std::find(diffs.begin(), diffs.end(), k) == diffs.end())
          FAIL_CHECK(report.name << ": known failure no longer occurs, remove it from kKnownFailures: " << k);
      if (!known.empty()) continue;  // the arithmetic of a misread table says nothing
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

TEST_CASE("every id emitted on the corpus is a registered rule") {
  std::set<std::string> ids;
  for (const auto& rule : xxgk::rules()) ids.insert(rule.id);
  for (const char* folder : {"seeds", "dev"})
    for (const auto& report : golden::corpus(folder)) {
      // Kept in a variable: a range-for over a member of a temporary reads freed memory (ASan).
      const nlohmann::json result = golden::result_json(report.text);
      for (const auto& f : result["findings"]) {
        INFO(report.name << " " << f["rule"]);
        CHECK(ids.count(f["rule"].get<std::string>()) == 1);
      }
    }
}

// meta.title and meta.agency as each report prints them, read by hand (tests/golden/identity.json,
// which the shapes check reads too).
TEST_CASE("identity: meta.title and meta.agency as the report prints them, or null") {
  std::ifstream in(std::string(XXGK_SOURCE_DIR) + "/tests/golden/identity.json");
  REQUIRE(in);
  const auto identity = nlohmann::json::parse(in);
  REQUIRE(identity["reports"].size() == 12);
  for (const auto& e : identity["reports"]) {
    const auto& report = golden::report(e["folder"].get<std::string>().c_str(), e["prefix"].get<std::string>());
    const auto meta = golden::result_json(report.text)["meta"];
    INFO(report.name);
    CHECK(meta["title"] == e["title"]);
    CHECK(meta["agency"] == e["agency"]);
  }
}
