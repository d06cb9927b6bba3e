#pragma once
// Turns tokens (or split digit pieces) into Cells with spans, and flags cell anomalies
// (cell.leading_zero, cell.negative, cell.non_integer, cell.blank).
#include <string>
#include <vector>

#include "parse/cell_tokens.h"
#include "parse/digit_split.h"
#include "xxgk/report.h"

namespace xxgk {

struct CellTarget {
  const Text& text;
  std::string table;        // for findings
  std::string row_key;
  std::string row_label;    // Chinese, for messages
  std::vector<std::string> column_labels;
  std::vector<bool> may_be_negative;
  std::vector<bool> decimal_allowed;
  std::vector<Finding>& findings;
};

std::vector<Cell> cells_from_tokens(const CellTarget& target, const std::vector<NumberToken>& tokens);
std::vector<Cell> cells_from_pieces(const CellTarget& target, const std::vector<NumberToken>& tokens,
                                    const std::vector<DigitPiece>& pieces);

// Chinese name of a row for messages: its numbering and statutory label ("（六）其他处理").
std::string row_display_name(const RowSpec& row);

}  // namespace xxgk
