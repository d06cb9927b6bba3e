#pragma once
// The cells a CellTerm (format_model.h) names in a table of a format.
#include <optional>
#include <string>
#include <vector>

#include "xxgk/finding.h"
#include "xxgk/report.h"

namespace xxgk {

// Table 三: the row, or every data row under a group row, in the column; table 四: the group's
// column. Empty when the format has no such row or column.
std::vector<CellRef> cells_of(const FormatModel& model, const std::string& table, const CellTerm& term);

// The sum of the terms' cells (blank cells count 0); empty when a cell is absent or unread.
std::optional<double> sum_of(const Table& table, const std::vector<CellTerm>& terms);

}  // namespace xxgk
