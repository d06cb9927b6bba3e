#pragma once
// Roll-up: a consolidated report (本级汇总) against the sum of its units' reports, cell by cell of
// tables 三 and 四, over a tree of units that may roll up in several levels. The reports are read
// by the caller (the CLI walks folders, the page has its results); this only compares them.
#include <string>
#include <vector>

#include "xxgk/finding.h"
#include "xxgk/report.h"

namespace xxgk {

struct RollupUnit {
  std::string name;                 // as shown to the user ("交通运输局", a folder or file name)
  std::string file;                 // the report's file, "" when there is none
  const Report* report = nullptr;   // its report (with units: the consolidated one); nullptr: none
  std::string problem;              // Chinese, why there is no report ("没有报告文件", "无法读取：…")
  std::vector<RollupUnit> units;    // empty: a unit without units of its own
};

// One consolidated report checked against its units.
struct RollupLevel {
  const RollupUnit* node = nullptr;
  std::vector<Finding> findings;    // rollup.* findings; spans into node->report's text
};

// Every node of the tree that has units, root first (depth first, in the units' order).
std::vector<RollupLevel> check_rollup(const RollupUnit& root);

// [{"file", "name", "agency", "year", "units": [{"name", "file", "status": "ok"|"missing", "year",
//   "message"}], "findings": [contract findings]}, …]
std::string rollup_json(const std::vector<RollupLevel>& levels, int indent = 1);

}  // namespace xxgk
