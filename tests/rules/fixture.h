#pragma once
// Rule fixtures as files (tree-sitter's corpus style): tests/rules/<rule-id>/fires/*.txt and
// tests/rules/<rule-id>/silent/*.txt. A file is a small report text, then optionally
//   === previous      the same agency's report of the year before (cross_year.* rules)
//   === unit NAME     a unit's report, the file's own report being the consolidated one (rollup.*
//                     rules; an empty block is a unit without a report)
//   ...
// and always
//   === expected      one line per finding the rule alone gives on it (empty when silent):
//   <rule> <severity> [<row>:<column> …] «<quoted text of the span>»
// Both texts are read as a .txt file is (xxgk::read_document): invalid bytes or a GBK run in the
// file become reading repairs (input.text_repaired); a previous block that cannot be read (empty)
// becomes Options::previous_unreadable with the reader's message, as a front end passes it on.
// XXGK_UPDATE_FIXTURES=1 rewrites the expected blocks from today's output (review with git diff).
// XXGK_FIXTURES_SHOW=1 prints every fixture's findings with their messages (all rules enabled).
#include <set>
#include <string>
#include <vector>

#include "xxgk/check.h"
#include "xxgk/rollup.h"

namespace fixtures {

struct Fixture {
  std::string path;      // the file
  std::string rule;      // the folder's rule id
  bool fires = false;    // under fires/ (else silent/)
  std::string text, previous;
  bool has_previous = false;
  std::vector<std::pair<std::string, std::string>> units;  // name, report text
  bool has_expected = false;  // the file has an `=== expected` line
  std::vector<std::string> expected;
};

// A file's bytes.
std::string read_file(const std::string& path);
// The .txt files in a folder (and below it when `recursive`), sorted.
std::vector<std::string> txt_files(const std::string& dir, bool recursive = false);

Fixture load(const std::string& path, const std::string& rule, bool fires);
// The report as read from the fixture's bytes; throws std::runtime_error if it cannot be read.
xxgk::Document document(const Fixture& f);
// The options the fixture describes (every rule enabled; the runner narrows them).
xxgk::Options options(const Fixture& f);
// The fixture's roll-up tree: its report ("本级", read into reports[0]) with its units (read into
// the rest of `reports`, which must outlive the tree).
xxgk::RollupUnit rollup_root(const Fixture& f, std::vector<xxgk::Report>& reports);
// The fixture's result: check() on its report, or with units, check_rollup() of the report against
// them (the consolidated report and the roll-up's findings). `only`: the rules to keep; empty: all.
xxgk::Result evaluate(const Fixture& f, const std::set<std::string>& only);
// The expected lines for a result on the document's text: one per finding.
std::vector<std::string> render(const xxgk::Result& result, const std::string& text);
// The fixture's file content with `expected` as its expected block.
std::string serialize(const Fixture& f, const std::vector<std::string>& expected);

}  // namespace fixtures
