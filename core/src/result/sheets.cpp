// The spreadsheets of xxgk/sheets.h: header bands laid out slot by slot (a cell skips the slots
// that a cell of a band above still covers), row labels placed by their depth in the row groups.
#include "xxgk/sheets.h"

#include <algorithm>

namespace xxgk {
namespace {

SheetCell label(int row, int column, std::string text, int rowspan = 1, int colspan = 1) {
  SheetCell c;
  c.row = row;
  c.column = column;
  c.rowspan = rowspan;
  c.colspan = colspan;
  c.text = std::move(text);
  c.header = true;
  return c;
}

SheetCell row_label(int row, int column, std::string text, int rowspan = 1, int colspan = 1) {
  SheetCell c = label(row, column, std::move(text), rowspan, colspan);
  c.row_label = true;
  return c;
}

SheetCell value(int row, int column, const Cell* cell, int colspan = 1) {
  SheetCell c;
  c.row = row;
  c.column = column;
  c.colspan = colspan;
  if (cell) c.number = cell->value;  // a blank or unread cell stays empty
  return c;
}

// Places the bands from column `first` on, and returns, for each leaf cell, its sheet column.
std::vector<std::pair<const HeaderCell*, int>> place_header(Sheet& sheet, const HeaderBands& bands, int first) {
  std::vector<std::vector<bool>> taken(bands.size());
  std::vector<std::pair<const HeaderCell*, int>> leaves;
  for (size_t b = 0; b < bands.size(); ++b) {
    int column = first;
    for (const auto& cell : bands[b]) {
      auto busy = [&](int c) { return c < static_cast<int>(taken[b].size()) && taken[b][static_cast<size_t>(c)]; };
      while (busy(column)) ++column;
      sheet.cells.push_back(label(static_cast<int>(b), column, cell.label, cell.rowspan, cell.colspan));
      for (int r = 0; r < cell.rowspan && b + static_cast<size_t>(r) < bands.size(); ++r) {
        auto& row = taken[b + static_cast<size_t>(r)];
        if (row.size() < static_cast<size_t>(column + cell.colspan)) row.resize(static_cast<size_t>(column + cell.colspan));
        for (int c = 0; c < cell.colspan; ++c) row[static_cast<size_t>(column + c)] = true;
      }
      if (!cell.column.empty()) leaves.push_back({&cell, column});
      column += cell.colspan;
    }
  }
  return leaves;
}

Sheet absent(const TableSpec& spec) {
  Sheet s;
  s.name = spec.short_name;
  s.cells.push_back(label(0, 0, spec.title() + "：未读出"));
  s.column_widths = {60};
  return s;
}

Sheet active_sheet(const Table& t) {
  const FormatModel& m = *t.format;
  Sheet s;
  s.name = m.table("active").short_name;
  size_t width = 0;
  for (const auto& b : m.active) width = std::max(width, b.columns.size());
  const int columns = static_cast<int>(width) + 1;
  int row = 0;
  for (const auto& block : m.active) {
    s.cells.push_back(label(row++, 0, block.display_caption(), 1, columns));
    s.cells.push_back(label(row, 0, block.label_header));
    const int n = static_cast<int>(block.columns.size());
    // A block with fewer columns stretches its last one to the table's width.
    auto span_of = [&](int k) { return k + 1 == n ? columns - n : 1; };
    for (int k = 0; k < n; ++k) s.cells.push_back(label(row, 1 + k, block.columns[static_cast<size_t>(k)].label, 1, span_of(k)));
    ++row;
    for (const auto& spec : block.rows) {
      s.cells.push_back(row_label(row, 0, spec.label()));
      const Row* r = t.row(block.key + "." + spec.key);
      for (int k = 0; k < n; ++k)
        s.cells.push_back(value(row, 1 + k, r && r->found ? &r->cells[static_cast<size_t>(k)] : nullptr, span_of(k)));
      ++row;
    }
  }
  s.column_widths = {22, 16, 16, 16};
  return s;
}

int depth(const FormatModel& m, const RowSpec& r) {
  int d = 0;
  for (const RowSpec* p = &r; p && !p->parent.empty(); p = m.request_row(p->parent)) ++d;
  return d;
}

Sheet requests_sheet(const Table& t) {
  const FormatModel& m = *t.format;
  const TableSpec& spec = m.table("requests");
  Sheet s;
  s.name = spec.short_name;
  const int labels = spec.label_columns;
  const int top = static_cast<int>(spec.header.size());
  s.cells.push_back(label(0, 0, spec.corner, top, labels));
  place_header(s, spec.header, labels);
  // Each data row is a sheet row; a group's label spans its rows in the column of its depth.
  std::vector<const RowSpec*> data = m.request_data_rows();
  auto row_of = [&](const std::string& key) {
    for (size_t i = 0; i < data.size(); ++i)
      if (data[i]->key == key) return top + static_cast<int>(i);
    return -1;
  };
  for (const auto& spec_row : m.request_rows) {
    const int d = depth(m, spec_row);
    if (!spec_row.data) {
      const auto under = m.rows_under(spec_row.key);
      if (under.empty()) continue;
      s.cells.push_back(label(row_of(under.front()->key), d, spec_row.display(), static_cast<int>(under.size()), 1));
      continue;
    }
    const int row = row_of(spec_row.key);
    s.cells.push_back(row_label(row, d, spec_row.display(), 1, labels - d));
    const Row* r = t.row(spec_row.key);
    for (size_t k = 0; k < m.request_columns.size(); ++k)
      s.cells.push_back(value(row, labels + static_cast<int>(k), r && r->found ? &r->cells[k] : nullptr));
  }
  // The longest sub-row labels ((六)1 and 2 of the 2021 format) are about 36 characters.
  s.column_widths = {8, 10, 72};
  s.column_widths.resize(static_cast<size_t>(labels) + m.request_columns.size(), 9);
  s.frozen_rows = top;
  return s;
}

Sheet review_sheet(const Table& t) {
  const FormatModel& m = *t.format;
  const TableSpec& spec = m.table("review_litigation");
  Sheet s;
  s.name = spec.short_name;
  const int top = static_cast<int>(spec.header.size());
  for (const auto& [leaf, column] : place_header(s, spec.header, 0)) {
    const Row* r = t.row(leaf->group);
    const int k = m.review_column(leaf->column);
    s.cells.push_back(value(top, column, r && r->found && k >= 0 ? &r->cells[static_cast<size_t>(k)] : nullptr));
  }
  s.column_widths.assign(m.review_groups.size() * m.review_columns.size(), 9);
  return s;
}

}  // namespace

Sheet summary_sheet(const std::vector<std::vector<SummaryValue>>& rows) {
  Sheet s;
  s.name = "汇总";
  const auto& columns = summary_columns();
  for (size_t c = 0; c < columns.size(); ++c) s.cells.push_back(label(0, static_cast<int>(c), columns[c].header));
  for (size_t r = 0; r < rows.size(); ++r) {
    const auto& values = rows[r];
    for (size_t c = 0; c < values.size(); ++c) {
      SheetCell cell;
      cell.row = static_cast<int>(r + 1);
      cell.column = static_cast<int>(c);
      cell.text = values[c].text;
      cell.number = values[c].number;
      cell.percent = values[c].percent;
      s.cells.push_back(cell);
    }
  }
  s.column_widths.assign(columns.size(), 12);
  s.column_widths[0] = 40;
  s.column_widths[1] = 28;
  s.frozen_rows = 1;
  return s;
}

std::vector<Sheet> workbook_sheets(const std::vector<std::vector<SummaryValue>>& rows, std::vector<Sheet> tables) {
  std::vector<Sheet> out = {summary_sheet(rows)};
  for (auto& sheet : tables) out.push_back(std::move(sheet));
  return out;
}

std::vector<Sheet> table_sheets(const Result& result) {
  const Report& r = result.report;
  const FormatModel& fallback = r.format ? *r.format : format_for_year(r.meta.year.value_or(0));
  std::vector<Sheet> out;
  const Table* active = r.table("active");
  out.push_back(active && active->format ? active_sheet(*active) : absent(fallback.table("active")));
  const Table* requests = r.table("requests");
  out.push_back(requests && requests->format ? requests_sheet(*requests) : absent(fallback.table("requests")));
  const Table* review = r.table("review_litigation");
  out.push_back(review && review->format ? review_sheet(*review) : absent(fallback.table("review_litigation")));
  return out;
}

}  // namespace xxgk
