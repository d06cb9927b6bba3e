#pragma once
// Public entry point of the core: a document (or text) in, a Result out. No I/O, no Emscripten.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/document.h"
#include "xxgk/finding.h"
#include "xxgk/metrics.h"
#include "xxgk/report.h"

namespace xxgk {

struct Options {
  // The same agency's report of the previous year (cross_year.* rules).
  std::optional<Document> previous;
  // Why the previous year's report meant for this one could not be read (Chinese), if it could not.
  std::string previous_unreadable;
  // Run only these rules (fixtures test one rule alone); empty: all.
  std::set<std::string> only_rules;
};

struct Result {
  Report report;
  std::optional<Report> previous;
  std::vector<Finding> findings;   // sorted by position; findings without a place last
  std::vector<MetricValue> metrics;  // metric_specs() in order
};

// advice: speaks only when another rule failed, with a remedy (it is not a check that passes).
// needs_previous: compares with last year's report, so it checks nothing without one.
enum class RuleRole { check, advice };

struct RuleInfo {
  std::string id;
  Severity severity;
  std::string title;     // one line, Chinese
  std::string doc;       // the rule's documentation paragraph (Markdown)
  std::string source;    // the file that defines it, relative to the repository
  RuleRole role = RuleRole::check;
  bool needs_previous = false;
};

Result check(const Document& document, const Options& options = {});
Result check(std::string_view utf8_text, const Options& options = {});
const std::vector<RuleInfo>& rules();
const char* version();

// The contract JSON (../shared/spec/contract.md), the one writer every front end uses.
std::string to_json(const Result& result, int indent = 1);
std::string rules_json();
// docs/rules.md, generated from the registry.
std::string rules_markdown();
// docs/metrics.md, generated from the indicators' definitions.
std::string metrics_markdown();
// Options from a JSON object ({"previous": "..."}); unknown keys ignored, bad JSON -> defaults.
Options options_from_json(std::string_view json);

}  // namespace xxgk
