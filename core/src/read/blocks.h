#pragma once
// Rows whose numbers were emitted apart from their labels, in blocks (pdftotext's reading order:
// the labels of several rows, then their numbers, row by row or column by column within a block
// of rows). The rows' own relation chooses how the numbers divide among the rows: every
// consecutive division of the rows into blocks, each read column by column (a block of one row is
// read row by row), is tried; the reading is taken when all divisions that break the fewest rows
// give the same numbers.
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "read/cell_tokens.h"

namespace xxgk {

// values: the numbers in text order (rows × columns of them). row_holds(cells of one row):
// whether that row keeps its relation. Returns, per row, the index into `values` of each of its
// cells, or nothing unless exactly one reading keeps every row's relation.
std::optional<std::vector<std::vector<size_t>>> solve_blocks(
    const std::vector<double>& values, size_t rows, size_t columns,
    const std::function<bool(const std::vector<double>&)>& row_holds);

// The division the paragraphs show, when they show one: `paragraphs` gives each number's
// paragraph (lines between blank lines). A block ends at the end of a paragraph; a block of several
// rows prints each column's numbers as one paragraph of their own (LibreOffice's PDF through
// pdftotext: the 自然人 of fourteen rows, one a line, then a blank line). Returns the places of the
// one division whose blocks all look so, or nothing when none or several do, or when every
// paragraph holds one number (then they show nothing); the numbers' values play no part.
std::optional<std::vector<std::vector<size_t>>> blocks_by_paragraphs(const std::vector<size_t>& paragraphs,
                                                                       size_t rows, size_t columns);

// Each token's paragraph (lines between blank lines), counted from 0.
std::vector<size_t> paragraphs_of(std::string_view norm, const std::vector<NumberToken>& tokens);

// Whether no two of the tokens share a paragraph (pdftotext without layout, a PDF whose cells are
// boxes of their own: one number, then a blank line).
bool each_number_a_paragraph(std::string_view norm, const std::vector<NumberToken>& tokens);

}  // namespace xxgk
