#pragma once
// Rule fixtures as files (tree-sitter's corpus style): tests/rules/<rule-id>/fires/*.txt and
// tests/rules/<rule-id>/silent/*.txt. A file is a small report text, then optionally
//   === previous                the same agency's report of the year before (cross_year.* rules)
//   ...
//   === previous unreadable     why last year's report could not be read (one line, Chinese):
//   ...                         Options::previous_unreadable, as a front end sets it
//   === repairs                 what reading the file changed (input.text_repaired), one per line:
//   <kind> «<text of the report where it happened>» <detail>
//                               kind: invalid_bytes_replaced, mixed_encoding, hidden_text_dropped or
//                               page_furniture_dropped; the place is the text's first occurrence
// and always
//   === expected      one line per finding the rule alone gives on it (empty when silent):
//   <rule> <severity> [<row>:<column> …] «<quoted text of the span>»
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
  std::string text, previous, previous_unreadable, repairs;
  bool has_previous = false, has_previous_unreadable = false, has_repairs = false;
  bool has_expected = false;  // the file has an `=== expected` line
  std::vector<std::string> expected;
};

Fixture load(const std::string& path, const std::string& rule, bool fires);
// The document and options the fixture describes (every rule enabled; the runner narrows them).
// Throws std::runtime_error on a malformed repairs block.
xxgk::Document document(const Fixture& f);
xxgk::Options options(const Fixture& f);
// The expected lines for a result: one per finding.
std::vector<std::string> render(const xxgk::Result& result, const std::string& text);
// The fixture's file content with `expected` as its expected block.
std::string serialize(const Fixture& f, const std::vector<std::string>& expected);

}  // namespace fixtures
