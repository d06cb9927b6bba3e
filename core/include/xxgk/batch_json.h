#pragma once
// JSON entry points for a batch in the page (wasm): which dropped files are reports, the roll-up
// layout of a dropped folder, and the summary table. The CLI does the same jobs with the typed
// functions these wrap (report_files.h, rollup_layout.h, summary.h).
#include <string>
#include <string_view>

namespace xxgk {

// ["dir/a.txt", …] → [indices of the reports, in checking order] (batch_inputs).
std::string batch_inputs_json(std::string_view paths_json);

// {"root": "region", "files": ["region/本级.txt", …], "folders": ["region/审计局", …],
//  "years": {"region/本级.txt": 2024, …}, "texts": {"region/xxgk-rollup.txt": "…" | null, …}}
// → {"layout": {"name", "file", "problem", "units": [same, …]}, "read": ["a manifest's path", …]}.
// Folders holding files need not be listed. "read": files whose text the layout needs and that
// "texts" lacks: read them and ask again (a null text is one that could not be read).
std::string rollup_layout_json(std::string_view listing_json);

// [{"file", "result": contract | null, "message", "sha256", "previous_file"}, …] →
// {"columns": [{"key", "header", "definition"?}, …], "rows": [[{"text", "number"?}, …], …]}: the
// summary's columns (summary_columns; an indicator's with its definition) and each record's row,
// each value as the CSV prints it and, when it is one, as a number (a percent as its ratio).
std::string summary_table_json(std::string_view records_json);

}  // namespace xxgk
