#include "read/cell_builder.h"

#include <cmath>

#include "text/utf8.h"

namespace xxgk {
namespace {

void note(const CellTarget& t, size_t column, ReadingNote::Kind kind, const NumberToken& tok, const Cell& cell) {
  ReadingNote n;
  n.kind = kind;
  n.table = t.table;
  n.cells = {{t.row_key, static_cast<int>(column)}};
  n.span = cell.span;
  n.raw = tok.raw;
  n.value = cell.value.value_or(0);
  t.notes.push_back(std::move(n));
}

// More significant digits than a count can have: no number to calculate with.
constexpr size_t kMaxDigits = 15;

void check_cell(const CellTarget& t, size_t column, const NumberToken& tok, Cell& cell) {
  using Kind = ReadingNote::Kind;
  if (tok.blank) {
    note(t, column, Kind::cell_blank, tok, cell);
    return;
  }
  if (tok.not_a_number || tok.digit_pos.size() > kMaxDigits) {
    cell.value.reset();
    note(t, column, Kind::cell_not_a_number, tok, cell);
    return;
  }
  if (!cell.value) return;
  const ColumnSpec* spec = column < t.columns.size() ? &t.columns[column] : nullptr;
  if (tok.leading_zero()) note(t, column, Kind::cell_leading_zero, tok, cell);
  if (*cell.value < 0 && !(spec && spec->may_be_negative)) note(t, column, Kind::cell_negative, tok, cell);
  const bool decimal_ok = spec && spec->decimal;
  // An amount written in 元 where the column counts 万元.
  if (decimal_ok && tok.unit == "元" && spec->unit == "万元") {
    cell.value = *cell.value / 10000.0;
    note(t, column, Kind::cell_unit_converted, tok, cell);
  } else if (!decimal_ok && std::floor(*cell.value) != *cell.value) {
    note(t, column, Kind::cell_non_integer, tok, cell);
  }
}

}  // namespace

std::vector<Cell> cells_from_tokens(const CellTarget& t, const std::vector<NumberToken>& tokens) {
  std::vector<Cell> cells;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Cell c;
    c.raw = tokens[i].raw;
    c.span = t.text.span(tokens[i].nb, tokens[i].ne);
    c.blank = tokens[i].blank;
    c.value = tokens[i].blank || tokens[i].not_a_number ? std::nullopt : tokens[i].value;
    check_cell(t, i, tokens[i], c);
    cells.push_back(c);
  }
  return cells;
}

std::vector<Cell> cells_from_pieces(const CellTarget& t, const std::vector<NumberToken>& tokens,
                                    const std::vector<DigitPiece>& pieces) {
  std::vector<Cell> cells;
  for (const auto& p : pieces) {
    const NumberToken& tok = tokens[p.token];
    Cell c;
    c.value = static_cast<double>(p.value);
    c.raw = std::to_string(p.value);
    const size_t nb = tok.digit_pos[p.first];
    const size_t ne = tok.digit_pos[p.first + p.count - 1] + 1;
    c.span = t.text.span(nb, ne);
    cells.push_back(c);
  }
  return cells;
}

ReadingNote placed_by_order_note(const Text& text, const std::string& table, size_t nb, size_t ne,
                                 std::vector<CellRef> cells) {
  ReadingNote n;
  n.kind = ReadingNote::Kind::cells_placed_by_order;
  n.table = table;
  n.span = text.span(nb, ne);
  n.raw = std::string(utf8::prefix(std::string_view(text.norm).substr(nb, ne - nb), 60));
  n.cells = std::move(cells);
  return n;
}

}  // namespace xxgk
