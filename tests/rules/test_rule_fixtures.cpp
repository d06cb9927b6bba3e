// Every rule's fixtures: the reports under fires/ give exactly their expected findings (the rule
// alone enabled), those under silent/ none; and the meta-tests that keep registry, fixtures and
// docs together.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "fixture.h"

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = fs::path(XXGK_SOURCE_DIR) / "tests" / "rules";

bool env_is_1(const char* name) {
  const char* v = std::getenv(name);
  return v && std::string(v) == "1";
}

std::vector<fs::path> files_in(const fs::path& dir) {
  const std::vector<std::string> names = fixtures::txt_files(dir.string());
  return {names.begin(), names.end()};
}

struct Entry {
  std::string rule;
  bool fires;
  fs::path path;
};

// Every fixture file of every registered rule.
std::vector<Entry> all_fixtures() {
  std::vector<Entry> out;
  for (const auto& rule : xxgk::rules())
    for (const bool fires : {true, false})
      for (const auto& path : files_in(kRoot / rule.id / (fires ? "fires" : "silent")))
        out.push_back({rule.id, fires, path});
  return out;
}

// The expected lines as one block, so a failing check prints both blocks readably.
std::string block(const std::vector<std::string>& lines) {
  std::string out = "\n";
  for (const auto& line : lines) out += line + "\n";
  return out;
}

// Prints the fixture's findings with their messages, every rule enabled (for reviewing).
void show(const fixtures::Fixture& f) {
  const auto document = fixtures::document(f);
  const auto result = fixtures::evaluate(f, {});
  const auto lines = fixtures::render(result, document.text);
  std::cout << "## " << fs::relative(f.path, kRoot).string() << "\n";
  for (size_t i = 0; i < lines.size(); ++i)
    std::cout << (result.findings[i].rule == f.rule ? "  * " : "    ") << lines[i] << "\n      "
              << result.findings[i].message << "\n";
}

void run(const fixtures::Fixture& f) {
  const auto document = fixtures::document(f);
  const auto result = fixtures::evaluate(f, {f.rule});
  const auto got = fixtures::render(result, document.text);
  if (env_is_1("XXGK_FIXTURES_SHOW")) show(f);
  if (env_is_1("XXGK_UPDATE_FIXTURES")) {
    std::ofstream(f.path, std::ios::binary) << fixtures::serialize(f, got);
    return;
  }
  INFO(f.path);
  CHECK(block(got) == block(f.expected));
  if (f.fires) CHECK_FALSE(got.empty());
  else CHECK(got.empty());
}

}  // namespace

TEST_CASE("rule fixtures: fires/ give their expected findings, silent/ give none") {
  for (const auto& e : all_fixtures()) run(fixtures::load(e.path.string(), e.rule, e.fires));
}

TEST_CASE("meta: every registered rule has a fixture that fires and one that stays silent") {
  for (const auto& rule : xxgk::rules()) {
    INFO(rule.id);
    CHECK_FALSE(files_in(kRoot / rule.id / "fires").empty());
    CHECK_FALSE(files_in(kRoot / rule.id / "silent").empty());
  }
}

TEST_CASE("meta: every fixture folder is a registered rule, holding only fires/*.txt and silent/*.txt") {
  std::set<std::string> ids;
  for (const auto& rule : xxgk::rules()) ids.insert(rule.id);
  for (const auto& e : fs::directory_iterator(kRoot)) {
    if (!e.is_directory()) continue;
    INFO(e.path().string());
    CHECK(ids.count(e.path().filename().string()) == 1);
    for (const auto& sub : fs::directory_iterator(e.path())) {
      INFO(sub.path().string());
      const std::string name = sub.path().filename().string();
      CHECK((sub.is_directory() && (name == "fires" || name == "silent")));
      if (!sub.is_directory()) continue;
      for (const auto& file : fs::directory_iterator(sub.path())) {
        INFO(file.path().string());
        CHECK((file.is_regular_file() && file.path().extension() == ".txt"));
      }
    }
  }
}

TEST_CASE("meta: every fixture has an expected block, and a fires/ block names only its own rule") {
  for (const auto& e : all_fixtures()) {
    const auto f = fixtures::load(e.path.string(), e.rule, e.fires);
    INFO(e.path.string());
    CHECK(f.has_expected);
    for (const auto& line : f.expected) CHECK(line.rfind(e.rule + " ", 0) == 0);
  }
}

TEST_CASE("meta: with every rule enabled, each fixture emits only registered ids with their severity, and its own "
          "rule's findings are the same as with the rule alone") {
  std::map<std::string, std::string> severity;
  for (const auto& rule : xxgk::rules()) severity[rule.id] = xxgk::severity_name(rule.severity);
  for (const auto& e : all_fixtures()) {
    const auto f = fixtures::load(e.path.string(), e.rule, e.fires);
    const auto document = fixtures::document(f);
    const auto result = fixtures::evaluate(f, {});
    for (const auto& finding : result.findings) {
      INFO(e.path.string() << ": " << finding.rule);
      REQUIRE(severity.count(finding.rule) == 1);
      CHECK(severity[finding.rule] == xxgk::severity_name(finding.severity));
    }
    xxgk::Result own = result;
    own.findings.erase(std::remove_if(own.findings.begin(), own.findings.end(),
                                      [&](const xxgk::Finding& x) { return x.rule != e.rule; }),
                       own.findings.end());
    INFO(e.path.string());
    CHECK(fixtures::render(own, document.text) == fixtures::render(fixtures::evaluate(f, {e.rule}), document.text));
  }
}
