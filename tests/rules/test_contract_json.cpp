// The contract JSON (and the roll-up's, for the fixtures with units) over every rule fixture, the corpus, the fuzz seeds and the test fixtures is
// laid out exactly as nlohmann::json lays out the same document (parsed and dumped again, pretty
// and on one line), and leading members ("file", "status") change nothing else. (When the streaming writer replaced
// the nlohmann tree writer, this test compared the two and found the same bytes everywhere.)
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "fixture.h"

namespace fs = std::filesystem;

namespace {

using ordered_json = nlohmann::ordered_json;

std::string redumped(const std::string& json, int indent) {
  return ordered_json::parse(json).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

size_t compare(const std::string& what, const xxgk::Result& r) {
  for (const int indent : {1, -1, 2}) {
    INFO(what << " indent " << indent);
    const std::string json = xxgk::to_json(r, indent);
    CHECK(json == redumped(json, indent));
  }
  for (const int indent : {1, -1}) {
    INFO(what << " with leading members, indent " << indent);
    const std::string file = "报告/" + what + "\xff";  // an ill-formed byte in a path
    const std::string json = xxgk::to_json(r, indent, {{"file", file}, {"status", "ok"}});
    CHECK(json == redumped(json, indent));
    ordered_json j = ordered_json::parse(json);
    CHECK(j.begin().key() == "file");
    CHECK(std::next(j.begin()).key() == "status");
    j.erase("file");
    j.erase("status");
    CHECK(j.dump(indent, ' ', false) == xxgk::to_json(r, indent));
  }
  return 1;
}

}  // namespace

TEST_CASE("contract JSON is laid out as nlohmann::json lays it out") {
  size_t compared = 0;
  const fs::path root(XXGK_SOURCE_DIR);
  for (const fs::path path : fixtures::txt_files((root / "tests" / "rules").string(), true)) {
    const std::string rule = path.parent_path().parent_path().filename().string();
    const fixtures::Fixture f = fixtures::load(path.string(), rule, path.parent_path().filename() == "fires");
    xxgk::Options all = fixtures::options(f);
    compared += compare(path.string(), xxgk::check(fixtures::document(f), all));
    xxgk::Options alone = fixtures::options(f);
    alone.only_rules = {rule};
    compared += compare(path.string() + " alone", xxgk::check(fixtures::document(f), alone));
    if (!f.units.empty()) {  // the roll-up's own JSON (xxgk-lint rollup --format json)
      std::vector<xxgk::Report> reports;
      const xxgk::RollupUnit root = fixtures::rollup_root(f, reports);
      const auto levels = xxgk::check_rollup(root);
      for (const int indent : {1, -1}) {
        INFO(path.string() << " roll-up, indent " << indent);
        const std::string json = xxgk::rollup_json(levels, indent);
        CHECK(json == redumped(json, indent));
      }
      ++compared;
    }
  }
  std::vector<fs::path> texts;
  for (const char* dir : {"seeds", "dev"})
    for (const auto& p : fixtures::txt_files((fs::path(XXGK_SHARED) / "corpus" / dir).string())) texts.push_back(p);
  for (const auto& p : fixtures::txt_files((root / "tests" / "fuzz" / "corpus" / "text").string())) texts.push_back(p);
  for (const auto& p : fixtures::txt_files((root / "tests" / "fixtures").string(), true)) texts.push_back(p);
  std::string previous;
  for (const auto& path : texts) {
    const std::string bytes = fixtures::read_file(path.string());
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
