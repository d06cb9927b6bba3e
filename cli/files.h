#pragma once
// Expands the command line's FILE|DIR|- arguments into the list of inputs: files as given,
// directories recursively (.txt .md .html .htm .docx .pdf), each directory's files in sorted order.
#include <string>
#include <vector>

namespace xxgk_cli {

std::vector<std::string> expand_inputs(const std::vector<std::string>& args);
bool is_report_extension(const std::string& ext);

}  // namespace xxgk_cli
