#pragma once
// The numbers of a table region grouped into runs: what one row of the table most likely
// printed together. The same grouping serves every text shape: rows on one line (TAB, pipe or
// space separated), one cell per line, the whole report on one line with glued digits, labels
// wrapped around their numbers. Label anchors (found by the label chain) end runs; so do
// running text and a new line of several numbers after a line of several numbers. Page furniture
// lines ("-3-", "— 5 —") are skipped.
#include <string>
#include <string_view>
#include <vector>

#include "read/cell_tokens.h"

namespace xxgk {

// Where a label of the model was found: the chain's match as a normalised byte range.
struct Anchor {
  size_t row = 0;          // index into the table's chain rows
  size_t nb = 0, ne = 0;   // numbering + label
};

struct Run {
  std::vector<NumberToken> tokens;   // numbers, blank cells and cells that are not numbers, in order
  bool positional = false;           // TAB/pipe fields: every field is a cell, empty ones blank
  size_t nb = 0, ne = 0;             // first token .. last token
  size_t first_line = 0, last_line = 0;
  std::string lead;                  // text before the run on its line(s), not an anchor: a label's trace
  std::string trail;                 // text after its last number on that number's line
  std::vector<double> centers;       // where each token sits on its line (characters from its start)
  size_t page = 0;                   // pages counted by form feeds and page numbers
};

struct RegionRuns {
  std::vector<Run> runs;
  std::vector<size_t> line_starts;   // normalised position of each line of the region
  std::vector<size_t> line_pages;    // page of each line
  size_t line_of(size_t nb) const;   // index of the line holding nb
  long run_holding(const NumberToken& t) const;  // index of the run holding t, or -1
};

// Runs of [nb, ne) of norm. `cells` is the number of cells of a row (7 for table 三): a TAB/pipe
// line with at least cells-1 separators is read by position. `header_words` (normalised) are
// text of the table's header that does not count as running text.
// `page_breaks`: where form feeds stood (Text::page_breaks).
RegionRuns find_runs(std::string_view norm, size_t nb, size_t ne, const std::vector<Anchor>& anchors, size_t cells,
                     const std::vector<std::u32string>& header_words, const std::vector<uint32_t>& page_breaks = {});

// TAB/pipe rows with more fields than a row has cells, because the grid they were copied from
// has columns empty in every row (a PDF's column rules, a spacer column): those columns go, when
// exactly the extra ones are empty in every such row. Rows are compared from their right end,
// where the cells of a table row sit.
void drop_empty_columns(RegionRuns& region, size_t cells);

// A page number or running footer that a PDF copy leaves inside a table ("-3-", "— 5 —", "第3页"), or a
// browser's print header or footer (the address, or the date and time of printing, first).
bool is_page_furniture(std::string_view line);
// The normalised ranges of every line of page furniture in the text: those above, and a running
// header or footer (the same line of text beside the furniture of two pages or more).
std::vector<std::pair<size_t, size_t>> furniture_lines(std::string_view norm);

}  // namespace xxgk
