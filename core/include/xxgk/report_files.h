#pragma once
// Which files of a folder are reports to check: one rule for every front end (the CLI walking a
// folder, the page given a dropped folder).
#include <string>
#include <string_view>
#include <vector>

namespace xxgk {

// .txt .md .html .htm .docx .pdf, in any case; not a roll-up manifest (xxgk-rollup.txt).
bool is_report_file_name(std::string_view name);
// A name a folder walk passes over: dot files and folders, Word's lock files (~$…).
bool is_hidden_name(std::string_view name);
// Paths of files ('/'-separated, relative to what the user gave) → the indices of the reports among
// them (no hidden component, a report's name), in checking order (the paths' byte order).
std::vector<size_t> batch_inputs(const std::vector<std::string>& paths);

}  // namespace xxgk
