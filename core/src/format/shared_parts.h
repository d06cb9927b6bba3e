#pragma once
// Pieces both statutory formats share (format.md §1.1, §3, §4, §5): section titles, the
// columns of table 三, its rows up to 不予处理, table 四, the relations. Each format file adds
// what differs and calls complete().
#include <vector>

#include "xxgk/format_model.h"

namespace xxgk::format_parts {

// A data row of table 三 (counted into (七)总计 when `result`) and a label-only group row.
RowSpec data_row(const char* key, const char* number, std::vector<std::string> labels, const char* parent,
                 bool result = true);
RowSpec group_row(const char* key, const char* number, std::vector<std::string> labels, const char* parent);

// Fills in what both formats share around the format's own (六)其他处理 rows: the sections,
// table 三 (head + other_rows + tail), table 四, the tables' headers and every shared relation
// (placed before the format's own relations and cross-year relations).
void complete(FormatModel& model, const std::vector<RowSpec>& other_rows);

std::vector<SectionSpec> sections();
std::vector<ColumnSpec> request_columns();
std::vector<RowSpec> request_rows_head();   // rows 一 … (五)5, group rows included
std::vector<RowSpec> request_rows_tail();   // (七)总计 and 四、结转下年度继续办理
std::vector<ColumnSpec> review_columns();
std::vector<ReviewGroupSpec> review_groups();
std::vector<TableSpec> tables(const FormatModel& model);
std::vector<RelationSpec> relations(const std::vector<RowSpec>& request_rows);
std::vector<CrossYearSpec> cross_year();

}  // namespace xxgk::format_parts
