// docs/rules.md is generated from the registry: the committed file must be what the registry
// says today, field by field (id, severity, title, doc, source file).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "xxgk/check.h"

TEST_CASE("docs/rules.md is the registry's (regenerate: build/native/xxgk-lint --rules-doc > docs/rules.md)") {
  std::ifstream in(std::string(XXGK_SOURCE_DIR) + "/docs/rules.md", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(ss.str() == xxgk::rules_markdown());
}

TEST_CASE("docs/metrics.md is the indicators' (regenerate: build/native/xxgk-lint --metrics-doc > docs/metrics.md)") {
  std::ifstream in(std::string(XXGK_SOURCE_DIR) + "/docs/metrics.md", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(ss.str() == xxgk::metrics_markdown());
}

TEST_CASE("every rule names its source file, and that file defines the rule") {
  for (const auto& rule : xxgk::rules()) {
    INFO(rule.id);
    std::ifstream in(std::string(XXGK_SOURCE_DIR) + "/" + rule.source, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(ss.str().find("\"" + rule.id + "\"") != std::string::npos);
    CHECK_FALSE(rule.doc.empty());
    CHECK_FALSE(rule.title.empty());
  }
}
