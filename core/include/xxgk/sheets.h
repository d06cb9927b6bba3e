#pragma once
// Spreadsheets as data: the summary of a batch and one report's rebuilt tables in the statutory
// layout (the format model's header bands, merged cells and all). A writer (xlsx/) turns them into
// an .xlsx file; the core itself writes no file.
#include <optional>
#include <string>
#include <vector>

#include "xxgk/check.h"
#include "xxgk/summary.h"

namespace xxgk {

struct SheetCell {
  int row = 0, column = 0;          // top-left, from 0
  int rowspan = 1, colspan = 1;     // a merged range when either is above 1
  std::string text;
  std::optional<double> number;     // a number cell (else text)
  bool percent = false;             // a ratio shown as a percentage
  bool header = false;              // a header or label cell (bold, centred)
  bool row_label = false;           // a header cell that labels a row (left-aligned, not bold)
};

struct Sheet {
  std::string name;                 // at most 31 characters (Excel's limit)
  std::vector<SheetCell> cells;
  std::vector<double> column_widths;  // in characters, per column from 0; missing: the default
  int frozen_rows = 0;                // rows kept in view when scrolling
};

// One row per input (summary_row()) under the summary's column headers (summary_columns()).
Sheet summary_sheet(const std::vector<std::vector<SummaryValue>>& rows);
// The workbook a batch exports: the summary sheet, then (one report) that report's table sheets.
std::vector<Sheet> workbook_sheets(const std::vector<std::vector<SummaryValue>>& rows, std::vector<Sheet> tables);
// Tables 二, 三 and 四 of the report as its format prints them; a table not read is a sheet saying
// so. Cells not read are empty.
std::vector<Sheet> table_sheets(const Result& result);

}  // namespace xxgk
