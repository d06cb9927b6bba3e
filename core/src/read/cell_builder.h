#pragma once
// Turns tokens (or split digit pieces) into Cells with spans, and notes cell anomalies
// (blank, leading zero, negative, non-integer, unit) for the reading rules.
#include <string>
#include <vector>

#include "read/cell_tokens.h"
#include "read/digit_split.h"
#include "xxgk/report.h"

namespace xxgk {

struct CellTarget {
  const Text& text;
  std::string table;
  std::string row_key;
  const std::vector<ColumnSpec>& columns;
  std::vector<ReadingNote>& notes;
};

std::vector<Cell> cells_from_tokens(const CellTarget& target, const std::vector<NumberToken>& tokens);

// The note that the numbers in [nb, ne) were placed by order (a copy without its blank cells' places).
ReadingNote placed_by_order_note(const Text& text, const std::string& table, size_t nb, size_t ne,
                                 std::vector<CellRef> cells);
std::vector<Cell> cells_from_pieces(const CellTarget& target, const std::vector<NumberToken>& tokens,
                                    const std::vector<DigitPiece>& pieces);

}  // namespace xxgk
