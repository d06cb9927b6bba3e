#pragma once
// The PDF layout, one algorithm for pdf.js runs (page) and poppler runs (CLI):
//   runs → words (split at spaces) → lines (by baseline) → segments (a wide gap starts a new
//   one) → page furniture dropped → geometric tables (numbers aligned in columns) → Document.
#include <string>
#include <vector>

#include "document/builder.h"
#include "xxgk/document.h"

namespace xxgk::doc::pdf {

struct Word {
  double x0 = 0, x1 = 0, top = 0, bottom = 0, size = 0;
  std::string text;
};

struct Segment {
  double x0 = 0, x1 = 0;
  std::string text;
  bool number = false;  // the whole segment is one number (with an optional unit)
  std::vector<std::pair<double, double>> words;  // x0, x1 of the words joined into it
};

struct Line {
  int page = 0;
  double top = 0, bottom = 0, size = 0;
  std::vector<Segment> segments;
  double center() const { return (top + bottom) / 2; }
  std::string joined() const;  // segments separated by TAB
};

// Words of every run, split at white space with positions shared out by character widths.
std::vector<Word> split_words(const std::vector<TextRun>& runs, int page);
// One page's words → its lines, top to bottom.
std::vector<Line> page_lines(std::vector<Word> words, int page);
bool is_number_cell(const std::string& text);

// Page numbers ("-3-", "— 5 —", "第 2 页") and headers/footers repeated on most pages, removed
// from `lines`; each removal is reported with the index of the line that followed it.
struct Dropped {
  size_t before = 0;
  std::string text;
};
std::vector<Dropped> drop_page_furniture(std::vector<Line>& lines, const std::vector<PdfPage>& pages);

// A table rebuilt from positions: lines [first, last] of the document and its cells.
struct GeometricTable {
  size_t first = 0, last = 0;
  std::vector<GridCell> cells;
};
std::vector<GeometricTable> find_tables(const std::vector<Line>& lines);

}  // namespace xxgk::doc::pdf
