#pragma once
// Reads the cells that follow a row label: numbers with their place in the text, blank cells
// of tab/pipe rows, and the plain digit runs that PDF and web copies glue together.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk {

struct NumberToken {
  std::string raw;                 // normalised text of the cell (unit included)
  size_t nb = 0, ne = 0;           // normalised byte range
  std::optional<double> value;     // empty for a blank cell
  bool blank = false;              // "", "/", "-" cell of a row that is there
  bool not_a_number = false;       // a cell that holds no number ("四十九", "NaN", "∞", text)
  bool negative = false;
  bool decimal = false;
  bool grouped = false;            // thousands separators: 14,358
  std::string unit;                // "万元", "元", "件", ... or ""
  std::vector<size_t> digit_pos;   // normalised position of each digit, for splitting runs

  bool plain_digits() const { return !blank && !not_a_number && !negative && !decimal && !grouped && unit.empty(); }
  bool leading_zero() const { return plain_digits() && raw.size() > 1 && raw[0] == '0'; }
};

struct RegionTokens {
  std::vector<NumberToken> tokens;
  bool positional = false;         // a tab/pipe row: every field is a cell, empty ones blank
  bool whole_line = false;         // the numbers are one line, right after their row's label
  bool below_label = false;        // the numbers start on a line after their row's label's
  size_t table_prints = 0;         // the count of numbers the table's other rows print without their
                                   // blanks (placed by their sums); 0: not such a table
  bool row_whatever_its_sums = false;  // the table says these numbers are its row's, whether or not
                                       // they add up (placed by order, the broken sum reported)
};

// `count` blank cells standing at normalised position `at` (a row's cells, nothing printed in them).
std::vector<NumberToken> blank_cells(size_t count, size_t at);

// Reads one number starting at s[i] (a digit, or '-' before a digit) within [i, end).
bool read_number_at(std::string_view s, size_t i, size_t end, NumberToken& out);

// Whether every token holds a number (no blank cell, no text).
bool all_numbers(const std::vector<NumberToken>& tokens);

// Whether norm[b, e) is only spaces, tabs and line breaks.
bool blank_between(std::string_view norm, size_t b, size_t e);

// Whether s is only white space, form feeds (a page break) included.
inline bool only_white_space(std::string_view s) { return s.find_first_not_of(" \t\r\n\f") == std::string_view::npos; }
// Whether norm[b, e) holds no empty line (text set apart by one starts a new paragraph).
bool same_paragraph(std::string_view norm, size_t b, size_t e);

// Tokens of the normalised range [nb, ne). Reading stops at running text (two or more Han
// characters that are not a unit) once a number has been read.
// `expected` cells (0: unknown): a first line with at least expected-1 tabs or pipes is a
// positional row.
RegionTokens read_cells(std::string_view norm, size_t nb, size_t ne, size_t expected = 0);

}  // namespace xxgk
