// Roll-up on real units: the 2021-format seed and dev reports as the units of a consolidated report
// made here from their gold tables (sums of the hand-read values), then one cell changed.
#include <doctest/doctest.h>

#include <map>

#include "corpus.h"
#include "xxgk/rollup.h"

namespace {

using nlohmann::json;

struct Unit {
  std::string name;
  xxgk::Report report;
};

// The 2021-format reports whose tables 三 and 四 are both in the gold file and read whole.
std::vector<Unit> real_units() {
  std::vector<Unit> out;
  for (const char* folder : {"seeds", "dev"})
    for (const auto& r : golden::corpus(folder)) {
      if (r.gold["format"] != "2021" || !r.gold["requests"].is_object() || !r.gold["review_litigation"].is_object())
        continue;
      xxgk::Report report = xxgk::read_report(xxgk::text_document(r.text));
      bool whole = true;
      for (const auto& c : report.coverage) whole = whole && (c.table == "active" || c.complete());
      if (!whole) continue;
      // Real reports of different years stand for one year's units: the year rule is not what is tested.
      report.meta.year = 2025;
      out.push_back({r.name, std::move(report)});
    }
  return out;
}

// The gold tables of those units added cell by cell (a blank cell counts 0).
std::string consolidated_text(const std::vector<std::string>& names, const std::map<std::string, int>& change = {}) {
  const xxgk::FormatModel& m = xxgk::format_2021();
  std::map<std::string, std::vector<double>> requests;
  std::map<std::string, double> review;
  for (const char* folder : {"seeds", "dev"})
    for (const auto& r : golden::corpus(folder)) {
      if (std::find(names.begin(), names.end(), r.name) == names.end()) continue;
      for (const auto& [row, cells] : r.gold["requests"].items()) {
        auto& sum = requests[row];
        sum.resize(7);
        for (size_t c = 0; c < 7; ++c) sum[c] += cells[c].is_null() ? 0 : cells[c].get<double>();
      }
      for (const auto& [group, cells] : r.gold["review_litigation"].items())
        for (const auto& [column, v] : cells.items()) review[group + "." + column] += v.is_null() ? 0 : v.get<double>();
    }
  for (const auto& [cell, delta] : change) requests[cell.substr(0, cell.find(':'))][std::stoul(cell.substr(cell.find(':') + 1))] += delta;
  auto num = [](double v) { return std::to_string(static_cast<long long>(v)); };
  std::string t = "某某市人民政府2025年政府信息公开工作年度报告\n一、" + m.section(1)->title + "\n本级汇总各下属单位。\n三、" +
                  m.section(3)->title + "\n";
  for (const auto& c : m.request_columns) t += "\t" + c.label;
  t += "\n";
  for (const auto& row : m.request_rows) {
    t += row.display();
    if (row.data)
      for (double v : requests.at(row.key)) t += "\t" + num(v);
    t += "\n";
  }
  t += "四、" + m.section(4)->title + "\n";
  for (const auto& g : m.review_groups) t += g.label + "\t";
  t += "\n";
  for (const auto& c : m.review_columns) t += c.label + "\t";
  t += "\n";
  for (const auto& g : m.review_groups)
    for (const auto& c : m.review_columns) t += num(review.at(g.key + "." + c.key)) + "\t";
  return t + "\n五、" + m.section(5)->title + "\n无。\n";
}

std::vector<xxgk::Finding> rollup_findings(const std::string& consolidated, std::vector<Unit>& units,
                                           const std::vector<std::string>& missing = {}) {
  const xxgk::Report total = xxgk::read_report(xxgk::text_document(consolidated));
  xxgk::RollupUnit root{"某某市", "本级.txt", &total, "", {}};
  for (auto& u : units) root.units.push_back({u.name, u.name, &u.report, "", {}});
  for (const auto& name : missing) root.units.push_back({name, "", nullptr, "没有报告文件", {}});
  const auto levels = xxgk::check_rollup(root);
  REQUIRE(levels.size() == 1);
  return levels[0].findings;
}

}  // namespace

TEST_CASE("rollup: a consolidated report equal to its real units' sum is silent; one changed cell gives exactly one "
          "finding, naming that cell") {
  std::vector<Unit> units = real_units();
  REQUIRE(units.size() >= 4);
  std::vector<std::string> names;
  for (const auto& u : units) names.push_back(u.name);

  CHECK(rollup_findings(consolidated_text(names), units).empty());

  const auto changed = rollup_findings(consolidated_text(names, {{"unable.not_held:6", 5}}), units);
  REQUIRE(changed.size() == 1);
  const xxgk::Finding& f = changed[0];
  CHECK(f.rule == "rollup.cell_mismatch");
  CHECK(f.table == "requests");
  REQUIRE(f.cells.size() == 1);
  CHECK(f.cells[0].row == "unable.not_held");
  CHECK(f.cells[0].column == 6);
  CHECK(f.details.units.size() == units.size());
  CHECK(f.message.find("1.本机关不掌握相关政府信息「总计」") != std::string::npos);
}

TEST_CASE("rollup: a unit without a report is listed, and no cell is compared against the partial sum") {
  std::vector<Unit> units = real_units();
  std::vector<std::string> names;
  for (const auto& u : units) names.push_back(u.name);
  const auto findings = rollup_findings(consolidated_text(names), units, {"审计局"});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "rollup.unit_missing");
  CHECK(findings[0].message.find("审计局") != std::string::npos);
  // Without 平潭 2025 its cells would differ everywhere: listed as missing, not as mismatches.
  std::vector<Unit> fewer;
  for (auto& u : units)
    if (u.name.find("04_pingtan") == std::string::npos) fewer.push_back(std::move(u));
  const auto partial = rollup_findings(consolidated_text(names), fewer, {"04_pingtan_2025.txt"});
  REQUIRE(partial.size() == 1);
  CHECK(partial[0].rule == "rollup.unit_missing");
}
