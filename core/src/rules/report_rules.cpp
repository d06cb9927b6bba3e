#include "rules/report/families.h"

namespace xxgk {

std::vector<Rule> report_rules() {
  std::vector<Rule> all;
  for (auto family : {meta_rules, section_rules, narrative_rules, active_rules, cross_year_rules}) {
    auto rules = family();
    all.insert(all.end(), rules.begin(), rules.end());
  }
  return all;
}

}  // namespace xxgk
