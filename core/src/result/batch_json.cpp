#include "xxgk/batch_json.h"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "xxgk/document_json.h"
#include "xxgk/format_model.h"
#include "xxgk/report_files.h"
#include "xxgk/rollup_layout.h"
#include "xxgk/summary.h"

namespace xxgk {
namespace {

using json = nlohmann::json;

std::string without_trailing_slashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

// A dropped folder as listed by the page; the texts it lacks are noted for the page to read.
class ListedFolder : public FolderView {
 public:
  explicit ListedFolder(const json& listing) {
    const json files = listing.value("files", json::array()), folders = listing.value("folders", json::array());
    const json years = listing.value("years", json::object()), texts = listing.value("texts", json::object());
    for (const auto& f : files)
      if (f.is_string()) add(f.get<std::string>(), Kind::file);
    for (const auto& f : folders)
      if (f.is_string()) add(f.get<std::string>(), Kind::folder);
    for (const auto& [path, year] : years.items())
      if (year.is_number_integer()) years_[path] = year.get<int>();
    for (const auto& [path, text] : texts.items())
      texts_[path] = text.is_string() ? std::optional<std::string>(text.get<std::string>()) : std::nullopt;
  }

  Kind kind(const std::string& path) const override {
    auto it = kinds_.find(without_trailing_slashes(path));
    return it == kinds_.end() ? Kind::none : it->second;
  }

  std::vector<std::string> names(const std::string& folder) const override {
    auto it = children_.find(without_trailing_slashes(folder));
    return it == children_.end() ? std::vector<std::string>{} : std::vector<std::string>(it->second.begin(), it->second.end());
  }

  std::optional<std::string> text(const std::string& file) const override {
    auto it = texts_.find(file);
    if (it != texts_.end()) return it->second;
    to_read_.insert(file);
    return std::nullopt;
  }

  std::optional<int> year(const std::string& file) const override {
    auto it = years_.find(file);
    return it == years_.end() ? std::nullopt : std::optional<int>(it->second);
  }

  const std::set<std::string>& to_read() const { return to_read_; }

 private:
  // A path and the folders above it (a file's folders need not be listed).
  void add(std::string path, Kind kind) {
    path = without_trailing_slashes(path);
    kinds_[path] = kind;
    for (size_t slash; (slash = path.rfind('/')) != std::string::npos && slash > 0;) {
      const std::string parent = path.substr(0, slash);
      children_[parent].insert(path.substr(slash + 1));
      kinds_[parent] = Kind::folder;
      path = parent;
    }
  }

  std::map<std::string, Kind> kinds_;
  std::map<std::string, std::set<std::string>> children_;
  std::map<std::string, int> years_;
  std::map<std::string, std::optional<std::string>> texts_;
  mutable std::set<std::string> to_read_;
};

json layout_json(const LayoutNode& node) {
  json units = json::array();
  for (const auto& u : node.units) units.push_back(layout_json(u));
  return json{{"name", node.name}, {"file", node.file}, {"problem", node.problem}, {"units", units}};
}

}  // namespace

std::string batch_inputs_json(std::string_view paths_json) {
  const json j = json::parse(paths_json, nullptr, false);
  std::vector<std::string> paths;
  if (j.is_array())
    for (const auto& p : j) paths.push_back(p.is_string() ? p.get<std::string>() : "");
  return json(batch_inputs(paths)).dump();
}

std::string rollup_layout_json(std::string_view listing_json) {
  const json j = json::parse(listing_json, nullptr, false);
  if (!j.is_object() || !j.contains("root") || !j["root"].is_string()) return R"({"layout":null,"read":[]})";
  const ListedFolder folder(j);
  const LayoutNode layout = rollup_layout(folder, j["root"].get<std::string>());
  return json{{"layout", layout_json(layout)}, {"read", folder.to_read()}}.dump();
}

std::string summary_table_json(std::string_view records_json) {
  std::map<std::string, const MetricSpec*> metrics;
  for (const auto& m : metric_specs()) metrics[m.key] = &m;
  json columns = json::array();
  for (const auto& c : summary_columns()) {
    json column{{"key", c.key}, {"header", c.header}};
    if (auto it = metrics.find(c.key); it != metrics.end()) column["definition"] = it->second->definition;
    columns.push_back(column);
  }
  json rows = json::array();
  for (const auto& row : summary_rows_from_json(records_json)) {
    json values = json::array();
    for (const auto& v : row) {
      json value{{"text", summary_text(v)}};
      if (v.number) value["number"] = *v.number;
      values.push_back(value);
    }
    rows.push_back(values);
  }
  return json{{"columns", columns}, {"rows", rows}}.dump();
}

}  // namespace xxgk
