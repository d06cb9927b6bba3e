#include "read/coverage.h"

#include "format/relations.h"

namespace xxgk {
namespace {

size_t expected_cells(const FormatModel& m, const std::string& table) {
  size_t n = 0;
  if (table == "active") {
    for (const auto& b : m.active) n += b.rows.size() * b.columns.size();
  } else if (table == "requests") {
    n = m.request_data_rows().size() * m.request_columns.size();
  } else {
    n = m.review_groups.size() * m.review_columns.size();
  }
  return n;
}

}  // namespace

std::vector<TableCoverage> table_coverage(const Report& report) {
  std::vector<TableCoverage> out;
  for (const char* id : {"active", "requests", "review_litigation"}) {
    TableCoverage c;
    c.table = id;
    const Table* table = report.table(id);
    const FormatModel* model = table ? table->format : report.format;
    if (!model) model = &format_for_year(report.meta.year.value_or(0));
    c.cells_expected = expected_cells(*model, id);
    if (table) {
      for (const auto& row : table->rows)
        for (size_t k = 0; k < row.cells.size(); ++k) {
          const Cell& cell = row.cells[k];
          if (cell.column_guessed) c.columns_guessed.push_back({row.key, static_cast<int>(k)});
          else if (cell.value || cell.blank) ++c.cells_read;
        }
    }
    for (const auto& eq : expand_relations(*model, id)) {
      if (table && evaluate(eq, *table).complete) continue;
      c.unchecked.push_back({eq.spec->rule, eq.where});
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace xxgk
