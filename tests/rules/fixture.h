#pragma once
// Rule fixtures as files (tree-sitter's corpus style): tests/rules/<rule-id>/fires/*.txt and
// tests/rules/<rule-id>/silent/*.txt. A file is a small report text, then optionally
//   === previous      the same agency's report of the year before (cross_year.* rules)
//   ...
// and always
//   === expected      one line per finding the rule alone gives on it (empty when silent):
//   <rule> <severity> [<row>:<column> …] «<quoted text of the span>»
// Both texts are read as a .txt file is (xxgk::read_document): invalid bytes or a GBK run in the
// file become reading repairs (input.text_repaired); a previous block that cannot be read (empty)
// becomes Options::previous_unreadable with the reader's message, as a front end passes it on.
// XXGK_UPDATE_FIXTURES=1 rewrites the expected blocks from today's output (review with git diff).
// XXGK_FIXTURES_SHOW=1 prints every fixture's findings with their messages (all rules enabled).
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
  bool has_expected = false;  // the file has an `=== expected` line
  std::vector<std::string> expected;
};

Fixture load(const std::string& path, const std::string& rule, bool fires);
// The report as read from the fixture's bytes; throws std::runtime_error if it cannot be read.
xxgk::Document document(const Fixture& f);
// The options the fixture describes (every rule enabled; the runner narrows them).
xxgk::Options options(const Fixture& f);
// The expected lines for a result on the document's text: one per finding.
std::vector<std::string> render(const xxgk::Result& result, const std::string& text);
// The fixture's file content with `expected` as its expected block.
std::string serialize(const Fixture& f, const std::vector<std::string>& expected);

}  // namespace fixtures
