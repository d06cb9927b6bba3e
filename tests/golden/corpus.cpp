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

const Report& report(const char* folder, const std::string& prefix) {
  static const std::vector<Report> seeds = corpus("seeds"), dev = corpus("dev");
  for (const auto& r : std::string(folder) == "seeds" ? seeds : dev)
    if (r.name.rfind(prefix, 0) == 0) return r;
  throw std::runtime_error(std::string("no report ") + folder + "/" + prefix);
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
  // A gold table is null (absent) or an object whose entries are compared one by one.
  auto each_table = [&](const char* name, const auto& compare_entries) {
    if (!gold.contains(name)) return;
    if (gold[name].is_null()) compare(name, nullptr, tables[name], diffs);
    else if (tables[name].is_null()) diffs.push_back(std::string(name) + ": table missing");
    else compare_entries(gold[name], tables[name]);
  };
  each_table("requests", [&](const nlohmann::json& want, const nlohmann::json& got) {
    for (const auto& [row, cells] : want.items())
      compare("requests." + row, cells, got["rows"].value(row, nlohmann::json()), diffs);
  });
  each_table("review_litigation", [&](const nlohmann::json& want, const nlohmann::json& got) {
    for (const auto& [group, cells] : want.items())
      compare("review_litigation." + group, cells, got.value(group, nlohmann::json()), diffs);
  });
  each_table("active", [&](const nlohmann::json& want, const nlohmann::json& got) {
    for (const auto& [block, rows] : want.items())
      for (const auto& [row, cells] : rows.items())
        compare("active." + block + "." + row, cells,
                got.value(block, nlohmann::json::object()).value(row, nlohmann::json()), diffs);
  });
  return diffs;
}

}  // namespace golden
