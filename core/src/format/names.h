#pragma once
// Chinese names of rows, columns, groups and cells for messages, from the format model.
#include <string>

#include "xxgk/finding.h"
#include "xxgk/format_model.h"

namespace xxgk {

// "自然人", "法人或其他组织·其他", "结果维持", "本年制发件数".
std::string column_name(const FormatModel& model, const std::string& table, const CellRef& cell);
// "（一）予以公开", "行政诉讼·复议后起诉", "第二十条第（一）项“规章”".
std::string row_name(const FormatModel& model, const std::string& table, const std::string& row);
// Row and column: "（一）予以公开「自然人」".
std::string cell_name(const FormatModel& model, const std::string& table, const CellRef& cell);
// The columns of a row of that table (table 二: of the row's block).
const std::vector<ColumnSpec>& row_columns(const FormatModel& model, const std::string& table, const std::string& row);

}  // namespace xxgk
