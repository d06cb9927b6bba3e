#pragma once
// The folder layout of `xxgk-lint rollup DIR` (README, "Roll-up"): a folder's own report is the
// consolidated one, its subfolders are its units (each a folder with its report, or with its own
// units: several levels), and an optional manifest xxgk-rollup.txt names them instead:
//   report: 本级.txt          the consolidated report
//   unit: 交通运输局/          a unit: a subfolder, a report file, or a name with neither (no report)
// A folder holding reports of several years gives the one of the consolidated report's year.
#include <optional>
#include <string>
#include <vector>

namespace xxgk_cli {

struct LayoutNode {
  std::string name;      // the unit's name (folder or file name without extension)
  std::string file;      // the report chosen, "" when none
  std::string problem;   // Chinese, why there is no report or layout
  std::vector<LayoutNode> units;
};

constexpr const char* kRollupManifest = "xxgk-rollup.txt";

// year: the consolidated report's year one level up (chooses among several reports), if known.
// year_of(file) reads a report's year (std::nullopt when unknown or unreadable).
LayoutNode read_layout(const std::string& dir, std::optional<int> year,
                       std::optional<int> (*year_of)(const std::string& file));

}  // namespace xxgk_cli
