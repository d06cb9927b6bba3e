#include "format/cell_terms.h"

#include "format/relations.h"

namespace xxgk {

std::vector<CellRef> cells_of(const FormatModel& model, const std::string& table, const CellTerm& term) {
  std::vector<CellRef> out;
  if (table == "requests") {
    const int column = model.request_column(term.column);
    if (column < 0) return out;
    for (const RowSpec* row : model.rows_under(term.row)) out.push_back({row->key, column});
  } else if (table == "review_litigation") {
    const int column = model.review_column(term.column);
    if (column < 0) return out;
    for (const auto& group : model.review_groups)
      if (group.key == term.row) out.push_back({group.key, column});
  }
  return out;
}

std::optional<double> sum_of(const Table& table, const std::vector<CellTerm>& terms) {
  if (!table.format) return std::nullopt;
  double sum = 0;
  for (const auto& term : terms) {
    const auto cells = cells_of(*table.format, table.id, term);
    if (cells.empty()) return std::nullopt;
    for (const auto& cell : cells) {
      const auto v = arithmetic_value(table, cell);
      if (!v) return std::nullopt;
      sum += *v;
    }
  }
  return sum;
}

}  // namespace xxgk
