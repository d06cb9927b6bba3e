#pragma once
// Pieces both statutory formats share (format.md §1.1, §3, §4, §5): section titles, the
// columns of table 三, its rows up to 不予处理, table 四. Each format file adds what differs.
#include <vector>

#include "xxgk/format_model.h"

namespace xxgk::format_parts {

std::vector<SectionSpec> sections();
std::vector<ColumnSpec> request_columns();
// Rows 一 … (五)5, group rows included; each format appends (六) and its own tail.
std::vector<RowSpec> request_rows_head();
// (七)总计 and 四、结转下年度继续办理.
std::vector<RowSpec> request_rows_tail();
std::vector<ColumnSpec> review_columns();
std::vector<ReviewGroupSpec> review_groups();
// Relations of table 三 and 四, given the keys of the result rows (they differ in (六)).
std::vector<RelationSpec> relations(const std::vector<RowSpec>& request_rows);

}  // namespace xxgk::format_parts
