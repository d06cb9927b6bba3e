#include "format/names.h"

namespace xxgk {
namespace {

// "article20_1.regulations" → the block and the row of table 二.
std::pair<const ActiveBlock*, const RowSpec*> active_row(const FormatModel& m, const std::string& key) {
  const size_t dot = key.find('.');
  const ActiveBlock* block = m.active_block(key.substr(0, dot));
  if (!block || dot == std::string::npos) return {block, nullptr};
  for (const auto& r : block->rows)
    if (r.key == key.substr(dot + 1)) return {block, &r};
  return {block, nullptr};
}

}  // namespace

const std::vector<ColumnSpec>& row_columns(const FormatModel& m, const std::string& table, const std::string& row) {
  static const std::vector<ColumnSpec> none;
  if (table == "review_litigation") return m.review_columns;
  if (table == "active") {
    const ActiveBlock* block = active_row(m, row).first;
    return block ? block->columns : none;
  }
  return m.request_columns;
}

std::string column_name(const FormatModel& m, const std::string& table, const CellRef& cell) {
  const auto& cols = row_columns(m, table, cell.row);
  if (cell.column < 0 || cell.column >= static_cast<int>(cols.size())) return std::to_string(cell.column + 1);
  return cols[static_cast<size_t>(cell.column)].display_name();
}

std::string row_name(const FormatModel& m, const std::string& table, const std::string& row) {
  if (table == "review_litigation") {
    for (const auto& g : m.review_groups)
      if (g.key == row) return g.name;
    return row;
  }
  if (table == "active") {
    auto [block, spec] = active_row(m, row);
    if (!block || !spec) return row;
    return block->display_caption() + "“" + spec->label() + "”";
  }
  if (const RowSpec* r = m.request_row(row)) return r->display();
  return row;
}

std::string cell_name(const FormatModel& m, const std::string& table, const CellRef& cell) {
  return row_name(m, table, cell.row) + "「" + column_name(m, table, cell) + "」";
}

}  // namespace xxgk
