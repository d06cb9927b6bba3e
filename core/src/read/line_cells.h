#pragma once
// A table saved one cell a line (a word processor's "save as text": each cell a paragraph, a blank
// cell an empty one; MuPDF's text of some PDFs) shows where a row's numbers stand by the empty
// lines between them: "103 / 5 / · / · / · / 2 / 110" is 103 and 5 in the first two columns, 2 in
// the sixth. Text whose paragraphs are set apart by empty lines shows nothing of the kind, so the
// reading is taken only when the whole table bears it out.
#include <optional>
#include <string_view>
#include <vector>

#include "read/runs.h"

namespace xxgk {

struct LineCells {
  std::vector<NumberToken> cells;  // one per line, empty lines blank
  bool empty_line = false;         // an empty line stands among them (a blank cell)
  bool adjacent = false;           // two numbers stand on consecutive lines
  bool empty_lines_together = false;  // two empty lines stand together
};

// The lines from the one after `after` (a label's or a header's end) to the run's last line, when
// each is empty or holds one of the run's numbers alone (`leading`: lines before the run's first
// number count too; else the run's first line is the first). Nothing when any line holds more.
std::optional<LineCells> lines_of_run(std::string_view norm, size_t after, const Run& run, bool leading);

// The `cells` lines after the one holding `after` (a label's end), when all are empty: a row whose
// cells are all blank, in a table read one cell a line.
std::optional<std::vector<NumberToken>> empty_lines_after(std::string_view norm, size_t after, size_t cells);

// A table read one cell a line from its first cell to its last: the run's lines (as lines_of_run)
// with the empty lines right before its first number and right after its last, up to the next
// line of text or `limit` (table 四, whose first and last cells may be blank). Nothing when a line
// among them holds more than one of the run's numbers.
std::optional<LineCells> table_lines(std::string_view norm, const Run& run, size_t limit);

// The empty lines that end [b, e) after its last line of text (a table's header, up to the next
// section): when there are exactly `cells` of them, the blank cells of a table read one cell a
// line whose every cell is blank.
std::optional<std::vector<NumberToken>> blank_table_lines(std::string_view norm, size_t b, size_t e, size_t cells);

// Whether empty lines are the blank cells of a table whose rows' lines are `rows` (one for each
// row with numbers): every row spans exactly `cells` lines, each empty or one number (a row
// printing fewer numbers on fewer lines says blank cells leave no line), some row shows an empty
// line, and some row two numbers on consecutive lines or two empty lines together (paragraphs set
// apart by one empty line do neither).
bool empty_lines_are_cells(const std::vector<std::optional<LineCells>>& rows, size_t cells);

}  // namespace xxgk
