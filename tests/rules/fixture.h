#pragma once
// Rule fixtures as files (tree-sitter's corpus style): tests/rules/<rule-id>/fires/*.txt and
// tests/rules/<rule-id>/silent/*.txt. A file is a small report text, then optionally
//   === previous      the same agency's report of the year before (cross_year.* rules)
//   ...
// and always
//   === expected      one line per finding the rule alone gives on it (empty when silent):
//   <rule> <severity> [<row>:<column> …] «<quoted text of the span>»
// XXGK_UPDATE_FIXTURES=1 rewrites the expected blocks from today's output (review with git diff).
#include <string>
#include <vector>

#include "xxgk/check.h"

namespace fixtures {

struct Fixture {
  std::string path;      // the file
  std::string rule;      // the folder's rule id
  bool fires = false;    // under fires/ (else silent/)
  std::string text, previous;
  bool has_previous = false;
  std::vector<std::string> expected;
};

Fixture load(const std::string& path, const std::string& rule, bool fires);
// The expected lines for a result: one per finding of `rule`.
std::vector<std::string> render(const xxgk::Result& result, const std::string& text);
// The fixture's file content with `expected` as its expected block.
std::string serialize(const Fixture& f, const std::vector<std::string>& expected);

}  // namespace fixtures
