// Every rule's fixtures: the reports under fires/ give exactly their expected findings (the rule
// alone enabled), those under silent/ none; and the meta-tests that keep registry, fixtures and
// docs together.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "fixture.h"

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = fs::path(XXGK_SOURCE_DIR) / "tests" / "rules";

bool update_mode() {
  const char* v = std::getenv("XXGK_UPDATE_FIXTURES");
  return v && std::string(v) == "1";
}

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

void run(const fixtures::Fixture& f) {
  xxgk::Options options;
  options.only_rules = {f.rule};
  if (f.has_previous) options.previous = xxgk::text_document(f.previous);
  const auto result = xxgk::check(f.text, options);
  const auto got = fixtures::render(result, f.text);
  if (update_mode()) {
    std::ofstream(f.path, std::ios::binary) << fixtures::serialize(f, got);
    return;
  }
  INFO(f.path);
  CHECK(got == f.expected);
  if (f.fires) CHECK_FALSE(got.empty());
  else CHECK(got.empty());
}

}  // namespace

TEST_CASE("rule fixtures: fires/ give their expected findings, silent/ give none") {
  for (const auto& rule : xxgk::rules()) {
    for (const char* kind : {"fires", "silent"})
      for (const auto& path : files_in(kRoot / rule.id / kind))
        run(fixtures::load(path.string(), rule.id, std::string(kind) == "fires"));
  }
}

TEST_CASE("meta: every registered rule has a fixture that fires and one that stays silent") {
  for (const auto& rule : xxgk::rules()) {
    INFO(rule.id);
    CHECK_FALSE(files_in(kRoot / rule.id / "fires").empty());
    CHECK_FALSE(files_in(kRoot / rule.id / "silent").empty());
  }
}

TEST_CASE("meta: every fixture folder is a registered rule") {
  std::set<std::string> ids;
  for (const auto& rule : xxgk::rules()) ids.insert(rule.id);
  for (const auto& e : fs::directory_iterator(kRoot)) {
    if (!e.is_directory()) continue;
    INFO(e.path().string());
    CHECK(ids.count(e.path().filename().string()) == 1);
  }
}
