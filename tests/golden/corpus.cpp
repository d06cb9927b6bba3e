#include "corpus.h"

#include <algorithm>
#include <filesystem>

namespace golden {

std::vector<Report> corpus(const char* folder) {
  std::vector<Report> out;
  const std::filesystem::path dir = std::filesystem::path(XXGK_SHARED) / "corpus" / folder;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string p = entry.path().string();
    const std::string suffix = ".expected.json";
    if (p.size() < suffix.size() || p.compare(p.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    const std::string txt = p.substr(0, p.size() - suffix.size()) + ".txt";
    out.push_back({std::filesystem::path(txt).filename().string(), read_file(txt), nlohmann::json::parse(read_file(p))});
  }
  std::sort(out.begin(), out.end(), [](const Report& a, const Report& b) { return a.name < b.name; });
  return out;
}

namespace {
void compare(const std::string& where, const nlohmann::json& want, const nlohmann::json& got,
             std::vector<std::string>& diffs) {
  if (want != got) diffs.push_back(where + ": want " + want.dump() + " got " + got.dump());
}
}  // namespace

std::vector<std::string> compare_tables(const nlohmann::json& gold, const nlohmann::json& result) {
  std::vector<std::string> diffs;
  const auto& tables = result["tables"];
  if (gold.contains("requests")) {
    if (gold["requests"].is_null()) {
      compare("requests", nullptr, tables["requests"], diffs);
    } else if (tables["requests"].is_null()) {
      diffs.push_back("requests: table missing");
    } else {
      for (const auto& [row, cells] : gold["requests"].items())
        compare("requests." + row, cells, tables["requests"]["rows"].value(row, nlohmann::json()), diffs);
    }
  }
  if (gold.contains("review_litigation")) {
    if (gold["review_litigation"].is_null()) {
      compare("review_litigation", nullptr, tables["review_litigation"], diffs);
    } else if (tables["review_litigation"].is_null()) {
      diffs.push_back("review_litigation: table missing");
    } else {
      for (const auto& [group, cells] : gold["review_litigation"].items())
        compare("review_litigation." + group, cells, tables["review_litigation"].value(group, nlohmann::json()), diffs);
    }
  }
  if (gold.contains("active")) {
    if (gold["active"].is_null()) {
      compare("active", nullptr, tables["active"], diffs);
    } else if (tables["active"].is_null()) {
      diffs.push_back("active: table missing");
    } else {
      for (const auto& [block, rows] : gold["active"].items())
        for (const auto& [row, cells] : rows.items())
          compare("active." + block + "." + row, cells,
                  tables["active"].value(block, nlohmann::json::object()).value(row, nlohmann::json()), diffs);
    }
  }
  return diffs;
}

}  // namespace golden
