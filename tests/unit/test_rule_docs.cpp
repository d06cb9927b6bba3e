// Every rule the core can report is documented in docs/rules.md under its id.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "xxgk/check.h"

TEST_CASE("docs/rules.md has a section for every rule id") {
  std::ifstream in(std::string(XXGK_FIXTURES) + "/../../docs/rules.md");
  REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string doc = ss.str();
  CHECK(xxgk::rules().size() >= 30);
  for (const auto& rule : xxgk::rules()) {
    INFO(rule.id);
    CHECK(doc.find("### " + rule.id + " ") != std::string::npos);
  }
}
