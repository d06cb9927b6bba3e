#pragma once
// Where the columns of a space-aligned table sit (pdftotext -layout keeps every character at its
// place on the page), page by page, so that a row printing only some of its cells (a blank cell
// leaves no text) is read by position: each number under its column, the other cells blank.
// The columns come from the rows that print every cell, else from the header's column labels,
// else from the page before when it shows the same columns.
#include <string>
#include <string_view>
#include <vector>

#include "read/runs.h"

namespace xxgk {

class ColumnPlacer {
 public:
  // header_centers: where each column's label sits in the header lines (characters from the line
  // start), NaN when not found; header_page: the page of those lines.
  ColumnPlacer(const RegionRuns& region, size_t columns, const std::vector<double>& header_centers,
               size_t header_page);
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

// Where each column label sits in the lines of [nb, ne) (characters from each line's start):
// the first line that holds the label's first two characters. NaN where none does.
std::vector<double> header_centers(std::string_view norm, size_t nb, size_t ne, const std::vector<std::string>& labels);

}  // namespace xxgk
