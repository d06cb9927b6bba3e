#pragma once
// The folder layout of a roll-up (README, "Roll-up"): a folder's own report is the consolidated
// one, its subfolders are its units (each a folder with its report, or with its own units: several
// levels), and an optional manifest xxgk-rollup.txt names them instead:
//   report: 本级.txt          the consolidated report
//   unit: 交通运输局/          a unit: a subfolder, a report file, or a name with neither (no report)
// A folder holding reports of several years gives the one of the consolidated report's year.
// One layout for every front end: the CLI shows it a folder on disk, the page a dropped folder.
#include <optional>
#include <string>
#include <vector>

namespace xxgk {

// A folder tree as a front end sees it. Paths are the root's path joined with '/' to the names
// below it (a manifest's names may hold '/' of their own, and end with one).
class FolderView {
 public:
  enum class Kind { none, file, folder, other };   // other: a FIFO, a device…
  virtual ~FolderView() = default;
  virtual Kind kind(const std::string& path) const = 0;
  // The names directly in a folder, in any order (none when it cannot be listed).
  virtual std::vector<std::string> names(const std::string& folder) const = 0;
  // A manifest's text; nullopt when it cannot be read.
  virtual std::optional<std::string> text(const std::string& file) const = 0;
  // A report's year (std::nullopt when unknown or unreadable).
  virtual std::optional<int> year(const std::string& file) const = 0;
};

struct LayoutNode {
  std::string name;      // the unit's name (folder or file name without extension)
  std::string file;      // the report chosen, "" when none
  std::string problem;   // Chinese, why there is no report or layout
  std::vector<LayoutNode> units;
};

inline constexpr const char* kRollupManifest = "xxgk-rollup.txt";

// The layout below `root` (a folder's path).
LayoutNode rollup_layout(const FolderView& view, const std::string& root);

// A unit's problem when its report could not be read (why: the reader's Chinese message).
std::string unreadable_unit_problem(const std::string& why);

}  // namespace xxgk
