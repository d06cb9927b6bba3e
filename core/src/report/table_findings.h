#pragma once
// Findings about the tables as wholes, made once reading is done: a table absent from the text,
// tables in the wrong or in mixed statutory formats, blank cells merged into one finding per table.
#include "parse/compact.h"
#include "xxgk/report.h"

namespace xxgk {

// table.missing for each of tables 二, 三, 四 that was not read, with the likely reason.
void report_missing_tables(Report& report, const CompactText& compact);
// table.format_mismatch: the format against the report year, and table 二 against table 三.
void check_format_year(Report& report);
// One cell.blank finding per table instead of one per cell.
void merge_blank_findings(std::vector<Finding>& findings);

}  // namespace xxgk
