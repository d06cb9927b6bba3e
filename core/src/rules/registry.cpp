#include "rules/rule.h"

namespace xxgk {

const std::vector<Rule>& all_rules() {
  static const std::vector<Rule> list = [] {
    std::vector<Rule> out;
    for (auto family : {reading_rules, arithmetic_rules, report_rules})
      for (auto& r : family()) out.push_back(r);
    return out;
  }();
  return list;
}

}  // namespace xxgk
