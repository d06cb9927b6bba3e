#include "xxgk/rollup_layout.h"

#include <algorithm>

#include "xxgk/report_files.h"

namespace xxgk {
namespace {

using Kind = FolderView::Kind;

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

std::string join(const std::string& folder, const std::string& name) {
  return !folder.empty() && folder.back() == '/' ? folder + name : folder + "/" + name;
}

// The last name of a path ("a/b/" → "b").
std::string last_name(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A file's name without its extension ("2024年报告.pdf" → "2024年报告").
std::string stem(const std::string& name) {
  const size_t dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

Manifest read_manifest(const FolderView& view, const std::string& folder) {
  Manifest m;
  const std::string path = join(folder, kRollupManifest);
  if (view.kind(path) != Kind::file) return m;
  const auto text = view.text(path);
  if (!text) return m;
  m.present = true;
  size_t at = 0;
  for (int number = 1; at < text->size(); ++number) {
    size_t end = text->find('\n', at);
    if (end == std::string::npos) end = text->size();
    const std::string line = trim(text->substr(at, end - at));
    at = end + 1;
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

// The paths of the entries of a kind directly in a folder, hidden ones left out, sorted.
std::vector<std::string> entries(const FolderView& view, const std::string& folder, Kind kind) {
  std::vector<std::string> out;
  for (const auto& name : view.names(folder)) {
    if (is_hidden_name(name)) continue;
    const std::string path = join(folder, name);
    if (view.kind(path) == kind && (kind == Kind::folder || is_report_file_name(name))) out.push_back(path);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Among a folder's reports: the one of `year`; else, with one report or no year to match, that one
// or the latest (the core then says its year differs); "" when there is none.
std::string choose_report(const FolderView& view, const std::vector<std::string>& files, std::optional<int> year,
                          std::string& problem) {
  if (files.empty()) {
    problem = "文件夹中没有报告文件";
    return "";
  }
  if (files.size() == 1) return files[0];
  std::string latest;
  std::optional<int> latest_year;
  for (const auto& f : files) {
    const auto y = view.year(f);
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

LayoutNode read_unit(const FolderView& view, const std::string& path, std::optional<int> year);

LayoutNode read_folder(const FolderView& view, const std::string& folder, std::optional<int> year) {
  LayoutNode node;
  node.name = last_name(folder);
  const Manifest manifest = read_manifest(view, folder);
  if (!manifest.problem.empty()) {
    node.problem = manifest.problem;
    return node;
  }
  if (!manifest.report.empty()) {
    node.file = join(folder, manifest.report);
    if (view.kind(node.file) != Kind::file) node.problem = "找不到 " + manifest.report;
  } else {
    node.file = choose_report(view, entries(view, folder, Kind::file), year, node.problem);
  }
  // The units are one level below the consolidated report's year.
  const std::optional<int> own_year = node.file.empty() ? year : view.year(node.file);
  const std::optional<int> unit_year = own_year ? own_year : year;
  if (manifest.present && !manifest.units.empty()) {
    for (const auto& name : manifest.units) {
      const std::string path = join(folder, name);
      if (view.kind(path) != Kind::none) node.units.push_back(read_unit(view, path, unit_year));
      else node.units.push_back(LayoutNode{name, "", "没有找到该单位的报告或文件夹", {}});
    }
  } else {
    for (const auto& sub : entries(view, folder, Kind::folder)) node.units.push_back(read_unit(view, sub, unit_year));
  }
  return node;
}

LayoutNode read_unit(const FolderView& view, const std::string& path, std::optional<int> year) {
  if (view.kind(path) == Kind::folder) return read_folder(view, path, year);
  return LayoutNode{stem(last_name(path)), path, "", {}};
}

}  // namespace

LayoutNode rollup_layout(const FolderView& view, const std::string& root) { return read_folder(view, root, std::nullopt); }

std::string unreadable_unit_problem(const std::string& why) { return "无法读取：" + why; }

}  // namespace xxgk
