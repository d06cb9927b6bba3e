#pragma once
// A rule is one unit: its id, severity, Chinese title, doc paragraph and check, defined together
// in one file under rules/<family>/ and listed in rules/registry.cpp by one line. Findings are
// made only through emit(), with the rule's own id and severity.
#include <string>
#include <vector>

#include "xxgk/check.h"

namespace xxgk {

class RuleContext;
struct Rule;
// A check reads the Report (and the previous year's, when given) and emits findings. A rule that
// turns reading notes into findings reads report.notes.
using RuleCheck = void (*)(const RuleContext&, const Rule& self);

struct Rule {
  const char* id;
  Severity severity;
  const char* title;   // one line, Chinese
  const char* doc;     // the documentation paragraph: what it checks, an example, the fix
  const char* file;    // __FILE__ of the definition
  RuleCheck check;
  RuleRole role = RuleRole::check;
  bool needs_previous = false;
};

class RuleContext {
 public:
  RuleContext(const Report& this_year, const Report* last_year, const Options& given, std::vector<Finding>& out)
      : report(this_year), previous(last_year), options(given), out_(out) {}
  const Report& report;
  const Report* previous;   // the previous year's report, or nullptr
  const Options& options;

  // Adds a finding of `rule`; returns it for details to be filled in.
  Finding& emit(const Rule& rule, std::string message, Span span, std::string table = {},
                std::vector<CellRef> cells = {}) const;
  // Findings emitted so far (a later rule may read the earlier ones).
  const std::vector<Finding>& findings() const { return out_; }

 private:
  std::vector<Finding>& out_;
};

// Every rule, in the order they run.
const std::vector<const Rule*>& all_rules();
// The rule's file relative to the repository ("core/src/rules/…").
std::string rule_source(const Rule& rule);
// Where a rule's fixtures live ("tests/rules/<id>/").
std::string rule_fixtures(const Rule& rule);

}  // namespace xxgk
