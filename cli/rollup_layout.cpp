#include "rollup_layout.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "files.h"
#include "input.h"

namespace xxgk_cli {
namespace fs = std::filesystem;

namespace {

struct Manifest {
  bool present = false;
  std::string report;
  std::vector<std::string> units;
  std::string problem;
};

std::string trim(std::string s) {
  const char* blanks = " \t\r";
  s.erase(0, s.find_first_not_of(blanks));
  s.erase(s.find_last_not_of(blanks) + 1);
  return s;
}

Manifest read_manifest(const fs::path& dir) {
  Manifest m;
  std::ifstream in(dir / kRollupManifest);
  if (!in) return m;
  m.present = true;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    const size_t colon = line.find(':');
    const std::string key = colon == std::string::npos ? "" : trim(line.substr(0, colon));
    const std::string value = colon == std::string::npos ? "" : trim(line.substr(colon + 1));
    if (key == "report" && !value.empty()) m.report = value;
    else if (key == "unit" && !value.empty()) m.units.push_back(value);
    else m.problem = std::string(kRollupManifest) + " 第 " + std::to_string(number) + " 行无法识别（应为 report: 文件 或 unit: 名称）";
  }
  return m;
}

std::string unit_name(const fs::path& p) {
  std::string name = p.filename().string();
  if (name.empty()) name = p.parent_path().filename().string();
  return fs::is_directory(p) ? name : p.stem().string();
}

// The report files directly in dir, sorted.
std::vector<std::string> report_files(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file(ec) && is_report_extension(extension_of(e.path().string()))) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<fs::path> subfolders(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_directory(ec)) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// Among a folder's reports: the one of `year`; else, with one report or no year to match, that one
// or the latest (the core then says its year differs); "" when there is none.
std::string choose_report(const std::vector<std::string>& files, std::optional<int> year,
                          std::optional<int> (*year_of)(const std::string&), std::string& problem) {
  if (files.empty()) {
    problem = "文件夹中没有报告文件";
    return "";
  }
  if (files.size() == 1) return files[0];
  std::string latest;
  std::optional<int> latest_year;
  for (const auto& f : files) {
    const auto y = year_of(f);
    if (year && y == year) return f;
    if (y && (!latest_year || *y > *latest_year)) latest = f, latest_year = y;
  }
  if (!year) {
    problem = "文件夹中有 " + std::to_string(files.size()) + " 份报告，无法确定哪一份是本级汇总报告（请在 " +
              kRollupManifest + " 中写明 report: 文件）";
    return "";
  }
  return latest;
}

LayoutNode read_unit(const fs::path& path, std::optional<int> year, std::optional<int> (*year_of)(const std::string&));

LayoutNode read_folder(const fs::path& dir, std::optional<int> year, std::optional<int> (*year_of)(const std::string&)) {
  LayoutNode node;
  node.name = unit_name(dir);
  const Manifest manifest = read_manifest(dir);
  if (!manifest.problem.empty()) {
    node.problem = manifest.problem;
    return node;
  }
  if (!manifest.report.empty()) {
    node.file = (dir / manifest.report).string();
    if (!fs::is_regular_file(node.file)) node.problem = "找不到 " + manifest.report;
  } else {
    node.file = choose_report(report_files(dir), year, year_of, node.problem);
  }
  // The units are one level below the consolidated report's year.
  const std::optional<int> own_year = node.file.empty() ? year : year_of(node.file);
  if (manifest.present && !manifest.units.empty()) {
    for (const auto& name : manifest.units) {
      const fs::path p = dir / name;
      if (fs::exists(p)) node.units.push_back(read_unit(p, own_year ? own_year : year, year_of));
      else node.units.push_back(LayoutNode{name, "", "没有找到该单位的报告或文件夹", {}});
    }
  } else {
    for (const auto& sub : subfolders(dir)) node.units.push_back(read_unit(sub, own_year ? own_year : year, year_of));
  }
  return node;
}

LayoutNode read_unit(const fs::path& path, std::optional<int> year, std::optional<int> (*year_of)(const std::string&)) {
  if (fs::is_directory(path)) return read_folder(path, year, year_of);
  return LayoutNode{unit_name(path), path.string(), "", {}};
}

}  // namespace

LayoutNode read_layout(const std::string& dir, std::optional<int> year,
                       std::optional<int> (*year_of)(const std::string& file)) {
  return read_folder(fs::path(dir), year, year_of);
}

}  // namespace xxgk_cli
