#pragma once
// Table 四 printed on one line without its blank cells, its columns lined up with spaces under a
// header that prints each group's column labels (pdftotext -layout, pandoc's plain tables): "2  1
// 3  1  7                 13  2  4  19" is 复议 and 复议后起诉, 直接起诉 blank. Each number goes
// under the label it stands beneath.
#include <optional>
#include <string>
#include <vector>

#include "read/cell_tokens.h"
#include "read/display_columns.h"

namespace xxgk {

// The cells (groups × columns, blank where nothing stands) when every number stands beneath one
// of the header's labels in [header_begin, header_end), each group printing every column label
// once, in order left to right, and every group printing a number prints its total. Positions are tried
// in characters, then in display columns.
std::optional<std::vector<NumberToken>> place_under_header(const Text& text, const DisplayColumns& display,
                                                           size_t header_begin, size_t header_end,
                                                           const std::vector<NumberToken>& tokens,
                                                           const std::vector<std::string>& column_labels,
                                                           size_t groups);

}  // namespace xxgk
