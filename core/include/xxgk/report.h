#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "xxgk/document.h"
#include "xxgk/finding.h"
#include "xxgk/format_model.h"
#include "xxgk/text.h"

namespace xxgk {

// One table cell as read. value is empty when the cell is absent or unreadable
// (never filled in from the arithmetic).
struct Cell {
  std::optional<double> value;
  std::string raw;      // the cell's text as found (normalised)
  Span span;            // where it is in the original
  bool blank = false;   // the row is there but this cell is empty: counts as 0
  // One of the parts of a row printed without its blank cells (placed by order): the parts' sum is
  // the row's, but which column each stands in is a guess, so no column's arithmetic uses it.
  bool column_guessed = false;
};

struct Row {
  std::string key;
  bool found = false;   // the row was found in the text
  Span label_span;
  std::vector<Cell> cells;
};

struct Table {
  std::string id;       // "active" | "requests" | "review_litigation"
  const FormatModel* format = nullptr;  // the format this table's own labels follow
  std::vector<Row> rows;  // data rows in the format's order (active: "article20_1.regulations")
  Span span;

  const Row* row(const std::string& key) const;
  Row* row(const std::string& key);
  const Cell* cell(const std::string& key, int column) const;
  std::optional<double> value(const std::string& key, int column) const;
  bool any_found() const;
};

struct Meta {
  std::optional<std::string> title, agency, published;  // published: YYYY-MM-DD
  std::optional<int> year;
  std::optional<std::string> script;   // "simplified" | "traditional"
  std::optional<std::string> format;   // "2019" | "2021"
  Span title_span, agency_span, year_span, published_span;
};

struct Section {
  int number = 0;          // 1..6 (statutory position)
  std::string title;       // as printed (normalised), without the numbering
  Span span;               // heading + body
  Span heading_span;
  size_t norm_begin = 0, norm_end = 0;   // heading start .. body end in Text::norm
  size_t body_begin = 0;                 // first byte after the heading line in Text::norm
};

// A fact reading found that the user should know: the reading rules (cell.*, table.*, input.*)
// turn each into one finding. Readers never make findings themselves.
struct ReadingNote {
  enum class Kind {
    table_absent,          // a table was not found (span: its caption when that is there)
    rows_missing,          // rows of a table not found (cells: the rows, column -1)
    row_unreadable,        // a row's label found, its numbers not (raw: the text after it)
    cell_blank,            // an empty cell of a row that is there: counts as 0
    cell_leading_zero,     // "00"
    cell_negative,         // a negative number where the model allows none
    cell_non_integer,      // a decimal where the model wants a count
    cell_not_a_number,     // "四十九", "NaN", "∞", a 10,000-digit run
    cell_unit_converted,   // an amount in 元 where the model wants 万元 (value: in 万元)
    digits_ambiguous,      // glued digits with several readings; one chosen
    digits_unsplittable,   // glued digits that no reading explains; cells left unread
    cells_placed_by_order, // fewer numbers than cells and nothing telling where: placed by the relation
    text_repaired,         // the document reader changed the text here (raw: what it did)
    column_set_aside,      // the header prints a column the format does not have (raw: its label):
                           // read and set aside; cells: rows where it is not the sum it stands for
  };
  Kind kind;
  std::string table;               // "requests", … or "" (text_repaired)
  std::vector<CellRef> cells;
  Span span;
  std::string raw;                 // the text concerned, as printed (normalised)
  double value = 0;                // cell_*: the value read
  size_t found = 0, expected = 0;  // row_unreadable: numbers read, cells wanted
  bool exhausted = false;          // digits_unsplittable: the search hit its bound
  std::vector<std::vector<double>> alternatives;  // digits_ambiguous: the readings that fit
  std::vector<double> chosen;                     // digits_ambiguous: the reading taken
  std::vector<std::pair<double, double>> printed_and_sum;  // column_set_aside: per row of `cells`
};

// What reading could not do, per table: cells read of those the format has, and the relations
// that therefore could not be checked.
struct TableCoverage {
  std::string table;
  size_t cells_read = 0, cells_expected = 0;
  struct Unchecked {
    std::string rule;   // the relation's rule id
    std::string where;  // "自然人列", "（一）予以公开行", "行政复议"
  };
  std::vector<Unchecked> unchecked;
  std::vector<CellRef> columns_guessed;  // cells placed by order: read, but their column is a guess
  bool complete() const { return cells_read == cells_expected; }
};

struct Report {
  Text text;
  Meta meta;
  std::vector<Section> sections;
  const FormatModel* format = nullptr;   // table 三's format (else table 二's); nullptr when no table
  std::optional<Table> active, requests, review;  // absent table => null
  std::vector<ReadingNote> notes;        // what reading found (cells, digits, tables, repairs)
  std::vector<TableCoverage> coverage;   // tables 二, 三, 四 in that order

  const Table* table(const std::string& id) const;
};

// Reads the whole report: normalisation, meta, sections, tables, coverage. The second form keeps
// the document's text as the report's original instead of copying it.
Report read_report(const Document& document);
Report read_report(Document&& document);

}  // namespace xxgk
