#pragma once
// A row's last cell printed with the row above (plain pdftotext of a PDF: the 总计 column's cells of
// two rows close together become one paragraph, "7" / "27", before the lower row's label, and the
// lower row's other numbers follow its label, one a paragraph).
#include <optional>
#include <string_view>
#include <vector>

#include "read/cell_tokens.h"

namespace xxgk {

struct CarriedCell {
  std::vector<NumberToken> upper;  // the upper row's own numbers
  std::vector<NumberToken> lower;  // the lower row completed; empty: the lower row cannot be read
};

// `upper` and `lower`: the numbers of two consecutive rows as found, one a paragraph each. When
// `upper` holds one number more than a row (`cells`), its last two on consecutive lines of one
// paragraph (one column, two rows), that number is the lower row's last cell, the column of the
// number it stands under:
// - `lower` holding one number fewer than a row, one a paragraph: the rows so completed;
// - `lower` holding any other count: the lower row is not read (a page number after its cells
//   would complete it, and its last cell is the one above).
// Nothing otherwise. The numbers' values play no part.
std::optional<CarriedCell> carry_last_cell_down(std::string_view norm, const std::vector<NumberToken>& upper,
                                                const std::vector<NumberToken>& lower, size_t cells);

}  // namespace xxgk
