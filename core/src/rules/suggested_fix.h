#pragma once
#include "rules/rule.h"

namespace xxgk {

// requests.suggested_fix: when arithmetic relations fail, the fewest cells (one, else two)
// whose change makes every relation of the table hold.
void suggest_fix(const RuleContext& ctx);

}  // namespace xxgk
