#pragma once
// A rule: a stable id, a severity, a one-line Chinese title and a function that reads the
// Report and adds findings. Rules whose findings come from reading the text (cell.*, table.*,
// input.*) have no function: the reader emits them, the registry only lists them.
#include <vector>

#include "xxgk/check.h"

namespace xxgk {

struct RuleContext {
  const Report& report;
  const Report* previous;      // --previous / the page's second paste area, or nullptr
  std::vector<Finding>& out;
  // Findings other rules have produced so far (the smallest-fix rule reads the arithmetic ones).
  const std::vector<Finding>& so_far() const { return out; }
};

struct Rule {
  RuleInfo info;
  void (*run)(const RuleContext&) = nullptr;
};

// Families, each in its own file; registry.cpp concatenates them in this order.
std::vector<Rule> reading_rules();     // cell.*, table.*, input.*  (reader findings)
std::vector<Rule> arithmetic_rules();  // requests.*, review_litigation.*
std::vector<Rule> report_rules();      // meta.*, section.*, narrative.*, active.*, cross_year.*, requests.suggested_fix

const std::vector<Rule>& all_rules();

// Helpers for rule implementations.
Finding make_finding(const Rule& rule, std::string message);

}  // namespace xxgk
