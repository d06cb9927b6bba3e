#pragma once
// A header row that PDF-to-Markdown converters write when they lost the table's own header: one
// word numbered across the fields, "| 数据1 | 数据2 | … | 数据15 |" (also "列1", "Column 1"). Its
// numbers are no cells: read as a row of 1, 2, 3 … they made up table 四's errors.
#include <string_view>

namespace xxgk {

// The next field of a TAB/pipe line from `at` on, trimmed, empty ones skipped; false when none is
// left. `at` moves past it (start at 0).
bool next_field(std::string_view line, size_t& at, std::string_view& field);

// Whether the line's TAB/pipe fields (three or more, empty ones aside) are all one same word
// followed by numbers counting up by one from 0 or 1.
bool is_generic_header(std::string_view line);

}  // namespace xxgk
