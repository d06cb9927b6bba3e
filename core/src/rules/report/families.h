#pragma once
// The report-level rule families (issue 5); report_rules() concatenates them.
#include <vector>

#include "rules/rule.h"

namespace xxgk {
std::vector<Rule> meta_rules();        // meta.*
std::vector<Rule> section_rules();     // section.*
std::vector<Rule> narrative_rules();   // narrative.*
std::vector<Rule> active_rules();      // active.*
std::vector<Rule> cross_year_rules();  // cross_year.*
}  // namespace xxgk
