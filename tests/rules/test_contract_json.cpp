// The streaming contract writer prints exactly the bytes the nlohmann tree writer printed, over
// every rule fixture, the corpus, the fuzz seeds and the test fixtures, pretty and on one line,
// with and without a leading "file".
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "fixture.h"

namespace xxgk {
std::string to_json_tree(const Result& result, int indent);
}

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> txt_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// What the CLI printed for an element of its JSON array or a JSON line: "file" first.
std::string with_file_tree(const std::string& file, const xxgk::Result& r, int indent) {
  using ordered_json = nlohmann::ordered_json;
  const ordered_json j = ordered_json::parse(xxgk::to_json_tree(r, -1));
  ordered_json o = ordered_json::object();
  o["file"] = file;
  for (auto it = j.begin(); it != j.end(); ++it) o[it.key()] = it.value();
  return o.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

size_t compare(const std::string& what, const xxgk::Result& r) {
  for (const int indent : {1, -1, 2}) {
    INFO(what << " indent " << indent);
    CHECK(xxgk::to_json(r, indent) == xxgk::to_json_tree(r, indent));
  }
  for (const int indent : {1, -1}) {
    INFO(what << " with file, indent " << indent);
    const std::string file = "报告/" + what + "\xff";  // an ill-formed byte in a path
    CHECK(xxgk::to_json(r, indent, file) == with_file_tree(file, r, indent));
  }
  return 1;
}

}  // namespace

TEST_CASE("streaming contract JSON = the nlohmann tree's bytes") {
  size_t compared = 0;
  const fs::path root(XXGK_SOURCE_DIR);
  for (const auto& path : txt_files(root / "tests" / "rules")) {
    const std::string rule = path.parent_path().parent_path().filename().string();
    const fixtures::Fixture f = fixtures::load(path.string(), rule, path.parent_path().filename() == "fires");
    xxgk::Options all = fixtures::options(f);
    compared += compare(path.string(), xxgk::check(fixtures::document(f), all));
    xxgk::Options alone = fixtures::options(f);
    alone.only_rules = {rule};
    compared += compare(path.string() + " alone", xxgk::check(fixtures::document(f), alone));
  }
  std::vector<fs::path> texts;
  for (const char* dir : {"seeds", "dev"})
    for (const auto& p : txt_files(fs::path(XXGK_SHARED) / "corpus" / dir)) texts.push_back(p);
  for (const auto& p : txt_files(root / "tests" / "fuzz" / "corpus" / "text")) texts.push_back(p);
  for (const auto& p : txt_files(root / "tests" / "fixtures")) texts.push_back(p);
  std::string previous;
  for (const auto& path : texts) {
    const std::string bytes = read_file(path);
    const xxgk::ReadResult read = xxgk::read_document(bytes, path.filename().string());
    REQUIRE(read.ok());
    compared += compare(path.string(), xxgk::check(read.document));
    compared += compare(path.string() + " raw bytes", xxgk::check(std::string_view(bytes)));
    if (!previous.empty()) {
      xxgk::Options o;
      o.previous = xxgk::text_document(previous);
      compared += compare(path.string() + " after the previous file", xxgk::check(read.document, o));
    }
    previous = read.document.text;
  }
  MESSAGE(compared << " results compared");
  CHECK(compared > 300);
}
