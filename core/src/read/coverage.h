#pragma once
// Per table: cells read of those the format has, and the relations that could not be checked.
#include <vector>

#include "xxgk/report.h"

namespace xxgk {

std::vector<TableCoverage> table_coverage(const Report& report);

}  // namespace xxgk
