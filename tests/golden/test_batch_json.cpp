// The page's batch entry points (xxgk/batch_json.h): which dropped files are reports, the roll-up
// layout of a dropped folder (the same layout the CLI reads from disk), the summary table.
#include <doctest/doctest.h>

#include "corpus.h"
#include "xxgk/batch_json.h"
#include "xxgk/document_json.h"
#include "xxgk/summary.h"

namespace {

using nlohmann::json;

json layout(const json& listing) { return json::parse(xxgk::rollup_layout_json(listing.dump())); }

std::vector<std::string> unit_names(const json& node) {
  std::vector<std::string> out;
  for (const auto& u : node["units"]) out.push_back(u["name"]);
  return out;
}

}  // namespace

TEST_CASE("batch inputs: report names only, no hidden file or folder, in the paths' byte order") {
  const json paths = {"d/b.txt", "d/.git/x.txt", "d/a.PDF", "d/~$a.docx", "d/x.expected.json", "d/README.md",
                      "d/sub/c.html", "d/.txt", "d/xxgk-rollup.txt"};
  CHECK(json::parse(xxgk::batch_inputs_json(paths.dump())) == json({5, 2, 0, 6}));
}

TEST_CASE("roll-up layout of a listed folder: subfolders are units, a report of the year, an empty unit") {
  const json listing = {{"root", "r"},
                        {"files", {"r/本级.txt", "r/教育局/2023.txt", "r/教育局/2024.txt", "r/交通/a.pdf", "r/.git/x.txt"}},
                        {"folders", {"r/审计局"}},
                        {"years", {{"r/本级.txt", 2024}, {"r/教育局/2023.txt", 2023}, {"r/教育局/2024.txt", 2024}}}};
  const json out = layout(listing);
  CHECK(out["read"] == json::array());
  const json& root = out["layout"];
  CHECK(root["name"] == "r");
  CHECK(root["file"] == "r/本级.txt");
  CHECK(root["problem"] == "");
  REQUIRE(unit_names(root) == std::vector<std::string>{"交通", "审计局", "教育局"});
  CHECK(root["units"][0]["file"] == "r/交通/a.pdf");
  CHECK(root["units"][1]["problem"] == "文件夹中没有报告文件");
  CHECK(root["units"][2]["file"] == "r/教育局/2024.txt");
}

TEST_CASE("roll-up layout: a manifest's text is asked for, then names the report and the units in its order") {
  json listing = {{"root", "r"}, {"files", {"r/汇总.txt", "r/旧.txt", "r/xxgk-rollup.txt", "r/教育局/2024.txt"}}};
  json out = layout(listing);
  CHECK(out["read"] == json({"r/xxgk-rollup.txt"}));
  CHECK(out["layout"]["file"] == "");   // two reports and no year: not known without the manifest
  listing["texts"] = {{"r/xxgk-rollup.txt", "# 汇总\nreport: 汇总.txt\nunit: 教育局\nunit: 财政局\n"}};
  out = layout(listing);
  CHECK(out["read"] == json::array());
  CHECK(out["layout"]["file"] == "r/汇总.txt");
  REQUIRE(unit_names(out["layout"]) == std::vector<std::string>{"教育局", "财政局"});
  CHECK(out["layout"]["units"][1]["problem"] == "没有找到该单位的报告或文件夹");
  // A manifest naming units only: the folder's one report is the consolidated one (the manifest is no report).
  const json units_only = {{"root", "r"}, {"files", {"r/本级.txt", "r/xxgk-rollup.txt"}}, {"texts", {{"r/xxgk-rollup.txt", "unit: 教育局\n"}}}};
  CHECK(layout(units_only)["layout"]["file"] == "r/本级.txt");
  listing["texts"] = {{"r/xxgk-rollup.txt", "总之\n"}};
  CHECK(layout(listing)["layout"]["problem"] == "xxgk-rollup.txt 第 1 行无法识别（应为 report: 文件 或 unit: 名称）");
}

TEST_CASE("roll-up tree: a unit whose file could not be read is listed with the reader's reason") {
  const auto& report = golden::report("dev", "04_pingtan");
  const json result = golden::result_json(report.text);
  const json tree = {{"name", "r"}, {"file", "r/本级.txt"}, {"result", result},
                     {"units", {{{"name", "平潭"}, {"file", "r/平潭/a.txt"}, {"result", nullptr}, {"message", "文件为空"}}}}};
  const json levels = json::parse(xxgk::rollup_tree_json(tree.dump()));
  REQUIRE(levels.size() == 1);
  CHECK(levels[0]["units"][0]["message"] == "无法读取：文件为空");
}

TEST_CASE("summary table: the CSV's columns and values, numbers kept for sorting") {
  const auto& report = golden::report("dev", "04_pingtan");
  const json records = {{{"file", "dev/04.txt"}, {"result", golden::result_json(report.text)}, {"sha256", "ab"}},
                        {{"file", "dev/empty.txt"}, {"result", nullptr}, {"message", "文件为空"}}};
  const json table = json::parse(xxgk::summary_table_json(records.dump()));
  REQUIRE(table["columns"].size() == xxgk::summary_columns().size());
  std::vector<std::string> csv_lines;
  const std::string csv = xxgk::summary_csv(xxgk::summary_rows_from_json(records.dump()));
  for (size_t at = 0, end; (end = csv.find("\r\n", at)) != std::string::npos; at = end + 2) csv_lines.push_back(csv.substr(at, end - at));
  REQUIRE(csv_lines.size() == 3);
  for (size_t r = 0; r < 2; ++r) {
    std::string line;
    for (const auto& v : table["rows"][r]) line += (line.empty() ? "" : ",") + xxgk::csv_field(v["text"]);
    CHECK(line == csv_lines[r + 1]);
  }
  bool defined = false;
  for (size_t c = 0; c < table["columns"].size(); ++c) {
    const json& column = table["columns"][c];
    if (column["key"] != "substantive_disclosure_rate") continue;
    defined = !column["definition"].get<std::string>().empty();
    const json& value = table["rows"][0][c];
    REQUIRE(value.contains("number"));
    CHECK(value["text"].get<std::string>().back() == '%');
    CHECK(value["number"].get<double>() <= 1.0);
  }
  CHECK(defined);
  CHECK(table["rows"][1][0]["text"] == "dev/empty.txt");
}
