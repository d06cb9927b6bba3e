// What the "done when" asks of individual seeds: the balance error of 003, the nulls of
// 004, the digit-run recovery of 002.
#include <doctest/doctest.h>

#include "corpus.h"

namespace {

const golden::Report& seed(const std::string& prefix) { return golden::report("seeds", prefix); }

std::vector<nlohmann::json> findings(const nlohmann::json& result, const std::string& rule) {
  std::vector<nlohmann::json> out;
  for (const auto& f : result["findings"])
    if (f["rule"] == rule) out.push_back(f);
  return out;
}

bool names_cell(const nlohmann::json& finding, const std::string& row, const nlohmann::json& column) {
  for (const auto& c : finding["cells"])
    if (c[0] == row && c[1] == column) return true;
  return false;
}

}  // namespace

TEST_CASE("seed 003: requests.balance fails in the 自然人 and 总计 columns, 28 against 27") {
  const auto result = golden::result_json(seed("003").text);
  const auto balance = findings(result, "requests.balance");
  REQUIRE(balance.size() == 2);
  for (const auto& f : balance) {
    CHECK(f["severity"] == "error");
    const std::string message = f["message"];
    CHECK(message.find("28") != std::string::npos);
    CHECK(message.find("27") != std::string::npos);
    CHECK(f["span"].is_array());
  }
  CHECK(names_cell(balance[0], "new_received", 0));
  CHECK(names_cell(balance[0], "carried_forward", 0));
  CHECK(names_cell(balance[1], "new_received", 6));
  CHECK(result["meta"]["format"] == "2021");
}

TEST_CASE("seed 003: the suggested fix makes every relation hold") {
  const auto result = golden::result_json(seed("003").text);
  const auto fix = findings(result, "arithmetic.suggested_fix");
  REQUIRE(fix.size() == 1);
  const auto& options = fix[0]["details"]["fixes"];
  REQUIRE(options.size() >= 1);
  // Apply the first option to the table and check the balance in both columns.
  auto rows = result["tables"]["requests"]["rows"];
  for (const auto& change : options[0]) rows[change["row"].get<std::string>()][change["column"].get<int>()] = change["to"];
  for (int c : {0, 6}) {
    const double lhs = rows["new_received"][c].get<double>() + rows["carried_over"][c].get<double>();
    const double rhs = rows["total"][c].get<double>() + rows["carried_forward"][c].get<double>();
    CHECK(lhs == rhs);
  }
}

TEST_CASE("seed 004: tables were images, each missing table is one finding; traditional script") {
  const auto result = golden::result_json(seed("004").text);
  CHECK(result["tables"]["active"].is_null());
  CHECK(result["tables"]["requests"].is_null());
  CHECK(result["tables"]["review_litigation"].is_null());
  const auto missing = findings(result, "table.missing");
  REQUIRE(missing.size() == 3);
  for (const auto& f : missing) CHECK(std::string(f["message"]).find("图片") != std::string::npos);
  CHECK(result["meta"]["script"] == "traditional");
  CHECK(result["meta"]["year"] == 2019);
}

TEST_CASE("seed 002: the run 241002027 of (六)其他处理 is reported with both fitting splits, the first chosen") {
  const auto result = golden::result_json(seed("002").text);
  CHECK(result["tables"]["requests"]["rows"]["other"] == nlohmann::json({24, 1, 0, 0, 2, 0, 27}));
  bool reported = false;
  for (const auto& f : findings(result, "input.ambiguous_digits")) {
    if (f["details"]["raw"] != "241002027") continue;
    reported = true;
    const auto& alternatives = f["details"]["alternatives"];
    CHECK(alternatives.size() == 2);
    CHECK(std::find(alternatives.begin(), alternatives.end(), nlohmann::json({24, 1, 0, 0, 2, 0, 27})) != alternatives.end());
    CHECK(std::find(alternatives.begin(), alternatives.end(), nlohmann::json({2, 4, 1, 0, 0, 20, 27})) != alternatives.end());
    CHECK(f["details"]["chosen"] == nlohmann::json({24, 1, 0, 0, 2, 0, 27}));
  }
  CHECK(reported);
  const auto incomplete = findings(result, "table.incomplete");
  REQUIRE(incomplete.size() == 1);
  CHECK(names_cell(incomplete[0], "new_received", nullptr));
  CHECK(result["tables"]["requests"]["rows"]["new_received"].is_null());
}
