#pragma once
// Public entry point of the core: text in, Result out. No I/O, no Emscripten.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/document.h"
#include "xxgk/finding.h"
#include "xxgk/report.h"

namespace xxgk {

struct Options {
  // The same agency's report of the previous year (cross_year.* rules), as text.
  std::optional<std::string> previous_text;
};

struct Result {
  Report report;
  std::optional<Report> previous;
  std::vector<Finding> findings;   // reading findings and rule findings, sorted by position
};

struct RuleInfo {
  std::string id;
  Severity severity;
  std::string title;     // one line, Chinese
};

Result check(std::string_view utf8_text, const Options& options = {});
// A document read by read_document(): its text, and its explicit tables where the source had them.
Result check(const Document& document, const Options& options = {});
const std::vector<RuleInfo>& rules();
const char* version();

// The contract JSON (../shared/spec/contract.md), the one writer every front end uses.
std::string to_json(const Result& result, int indent = 1);
std::string rules_json();
// Options from a JSON object ({"previous": "..."}); unknown keys ignored, bad JSON -> defaults.
Options options_from_json(std::string_view json);

}  // namespace xxgk
