#include "rules/relations.h"

#include <algorithm>

#include "format/per_format.h"
#include "parse/cell_builder.h"

namespace xxgk {
namespace {

int column_index(const std::vector<ColumnSpec>& cols, const std::string& key) {
  for (size_t i = 0; i < cols.size(); ++i)
    if (cols[i].key == key) return static_cast<int>(i);
  return -1;
}

}  // namespace

std::string column_name(const FormatModel& m, const std::string& table, int column) {
  const auto& cols = table == "review_litigation" ? m.review_columns : m.request_columns;
  if (column < 0 || column >= static_cast<int>(cols.size())) return std::to_string(column);
  if (table == "requests" && cols[column].key == "other_org") return "法人或其他组织·其他";
  return cols[column].label;
}

std::string row_name(const FormatModel& m, const std::string& table, const std::string& row) {
  if (table == "review_litigation") {
    for (const auto& g : m.review_groups)
      if (g.key == row) return g.key == "review" ? g.label : "行政诉讼·" + g.label;
    return row;
  }
  if (const RowSpec* r = m.request_row(row)) return row_display_name(*r);
  return row;
}

namespace {

std::vector<Equation> expand(const FormatModel& m, const std::string& table) {
  std::vector<Equation> out;
  for (const auto& rel : m.relations) {
    if (rel.table != table) continue;
    using Scope = RelationSpec::Scope;
    if (rel.scope == Scope::each_column) {
      for (int c = 0; c < static_cast<int>(m.request_columns.size()); ++c) {
        Equation eq;
        eq.spec = &rel;
        eq.where = column_name(m, table, c) + "列";
        for (const auto& r : rel.lhs) eq.lhs.push_back({r, c});
        for (const auto& r : rel.rhs) eq.rhs.push_back({r, c});
        out.push_back(eq);
      }
    } else if (rel.scope == Scope::each_row) {
      for (const auto* row : m.request_data_rows()) {
        Equation eq;
        eq.spec = &rel;
        eq.where = row_display_name(*row) + "行";
        for (const auto& k : rel.lhs) eq.lhs.push_back({row->key, column_index(m.request_columns, k)});
        for (const auto& k : rel.rhs) eq.rhs.push_back({row->key, column_index(m.request_columns, k)});
        out.push_back(eq);
      }
    } else {
      for (const auto& g : m.review_groups) {
        Equation eq;
        eq.spec = &rel;
        eq.where = row_name(m, table, g.key);
        for (const auto& k : rel.lhs) eq.lhs.push_back({g.key, column_index(m.review_columns, k)});
        for (const auto& k : rel.rhs) eq.rhs.push_back({g.key, column_index(m.review_columns, k)});
        out.push_back(eq);
      }
    }
  }
  return out;
}

struct TableEquations {
  std::vector<Equation> requests, review;
};

TableEquations expand_tables(const FormatModel& m) { return {expand(m, "requests"), expand(m, "review_litigation")}; }

}  // namespace

const std::vector<Equation>& expand_relations(const FormatModel& m, const std::string& table) {
  static const PerFormat<TableEquations> equations(expand_tables);
  static const std::vector<Equation> none;
  if (table == "requests") return equations[m].requests;
  if (table == "review_litigation") return equations[m].review;
  return none;
}

std::optional<double> arithmetic_value(const Table& table, const CellKey& key) {
  const Cell* c = table.cell(key.row, key.column);
  if (!c) return std::nullopt;
  if (c->value) return c->value;
  if (c->blank) return 0.0;
  return std::nullopt;
}

Evaluation evaluate(const Equation& eq, const Table& table) {
  Evaluation e;
  e.complete = true;
  for (const auto& k : eq.lhs) {
    auto v = arithmetic_value(table, k);
    if (!v) { e.complete = false; return e; }
    e.lhs += *v;
  }
  for (const auto& k : eq.rhs) {
    auto v = arithmetic_value(table, k);
    if (!v) { e.complete = false; return e; }
    e.rhs += *v;
  }
  return e;
}

}  // namespace xxgk
