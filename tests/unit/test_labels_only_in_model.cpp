// The format model is the one source: no section title, table caption, header word, row label or
// column label of either statutory format is written in the code outside core/src/format/ (rule
// documentation and comments may quote them; fixtures and tests are data).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "xxgk/check.h"

namespace fs = std::filesystem;

namespace {

// Every label of the model (printed and normalised forms), four characters or longer: shorter
// ones (总计, 其他, 规章) are ordinary words.
std::set<std::string> model_labels() {
  std::set<std::string> out;
  auto add = [&](const std::string& s) {
    for (const std::string& form : {s, xxgk::normalize(s).norm})
      if (form.size() >= 12) out.insert(form);  // 4 CJK characters
  };
  const auto model = nlohmann::json::parse(xxgk::model_json());
  for (const auto& f : model["formats"]) {
    for (const auto& s : f["sections"]) {
      add(s["title"]);
      for (const auto& v : s["variants"]) add(v);
    }
    for (const auto& [id, t] : f["tables"].items()) {
      add(t["name"]);
      if (t.contains("corner")) add(t["corner"]);
      if (t.contains("header"))
        for (const auto& band : t["header"])
          for (const auto& cell : band) add(cell["label"]);
      for (const char* list : {"columns", "rows", "groups"})
        if (t.contains(list))
          for (const auto& item : t[list]) add(item["label"]);
      if (t.contains("blocks"))
        for (const auto& b : t["blocks"]) {
          add(b["caption"]);
          for (const auto& c : b["columns"]) add(c["label"]);
          for (const auto& r : b["rows"]) add(r["label"]);
        }
    }
  }
  return out;
}

// The code of a file: comments and rules' documentation paragraphs left out.
std::string code_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string out, line;
  bool in_rule = false;
  while (std::getline(in, line)) {
    if (line.find("extern const Rule ") != std::string::npos && line.find('=') != std::string::npos) in_rule = true;
    if (in_rule) {
      if (line.find("__FILE__") != std::string::npos) in_rule = false;
      continue;
    }
    const size_t comment = line.find("//");
    out += (comment == std::string::npos ? line : line.substr(0, comment)) + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("no statutory label is written in the code outside the format model") {
  const auto labels = model_labels();
  REQUIRE(labels.size() > 50);
  const fs::path root(XXGK_SOURCE_DIR);
  size_t files = 0;
  for (const char* dir : {"core/src", "core/include", "cli", "wasm", "web/src", "scripts"}) {
    for (const auto& e : fs::recursive_directory_iterator(root / dir)) {
      if (!e.is_regular_file()) continue;
      const std::string ext = e.path().extension().string();
      if (ext != ".cpp" && ext != ".h" && ext != ".js" && ext != ".mjs" && ext != ".sh" && ext != ".html") continue;
      if (e.path().string().find("core/src/format/") != std::string::npos) continue;
      ++files;
      const std::string code = code_of(e.path());
      for (const auto& label : labels) {
        INFO(e.path().string() << ": " << label);
        CHECK(code.find(label) == std::string::npos);
      }
    }
  }
  CHECK(files > 30);
}
