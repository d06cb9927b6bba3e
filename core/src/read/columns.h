#pragma once
// Where the columns of a space-aligned table sit (pdftotext -layout keeps every character at its
// place on the page), page by page, so that a row printing only some of its cells (a blank cell
// leaves no text) is read by position: each number under its column, the other cells blank.
// The columns come from the rows that print every cell, else from the header's column labels,
// else from the page before when it shows the same columns. A column is matched by its middle, its
// left edge or its right edge, whichever is nearest: labels and numbers may be centred, set left
// (pandoc) or set right.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "read/display_columns.h"
#include "read/runs.h"

namespace xxgk {

// Where a column's label or numbers stand on the line: left edge and right edge (NaN: not found).
struct ColumnExtent {
  double begin = 0, end = 0;
  double center() const { return (begin + end) / 2; }
};

// Whether two spaces or more, and nothing else, stand between each two tokens (so all on one line):
// columns of space-aligned text (glued digits of a web copy have one space or none).
bool spaced_apart(std::string_view norm, const std::vector<NumberToken>& tokens);

// Where norm [b, e) stands on its line: characters from the line's start, or display columns.
ColumnExtent extent_on_line(std::string_view norm, const DisplayColumns* display, size_t b, size_t e);

// How far apart two extents stand: the nearest of their middles, left edges and right edges
// (labels and numbers may be centred, set left or set right).
double column_distance(const ColumnExtent& a, const ColumnExtent& b);

class ColumnPlacer {
 public:
  // find_header: where each column's label sits in the header lines (NaN when not found), measured
  // as the runs' centers are, asked for only when a page has no row printing every cell;
  // header_page: the page of those lines; aligned: the text lines its columns up exactly (measured
  // in display columns), so they do not wander from row to row.
  ColumnPlacer(const RegionRuns& region, size_t columns, const std::function<std::vector<ColumnExtent>()>& find_header,
               size_t header_page, bool aligned = false);
  // A run of fewer numbers than cells, on one line, spaced out: its cells by position. False when
  // the positions cannot tell.
  bool place(std::string_view norm, const Run& run, std::vector<NumberToken>& cells) const;

 private:
  struct Cluster {
    double low = 0, high = 0;   // the token centers it holds
    int column = -1;
  };
  size_t columns_;
  std::vector<std::vector<Cluster>> pages_;  // per page
};

// Where each column label sits in the lines of [nb, ne) (characters from each line's start, or
// display columns when `display` is given): the first line that holds the label's first two
// characters. NaN where none does.
std::vector<ColumnExtent> header_extents(std::string_view norm, size_t nb, size_t ne,
                                         const std::vector<std::string>& labels, const DisplayColumns* display);

// The runs' token centers in display columns, when the text's columns line up so and not by
// characters: the rows' last numbers (their totals, one column) stand closer together measured so.
// Whether it did.
bool measure_in_display_columns_if_aligned(RegionRuns& region, const DisplayColumns& display, size_t columns);

}  // namespace xxgk
