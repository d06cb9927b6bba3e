#include "format/relations.h"

#include <algorithm>

#include "format/names.h"
#include "format/per_format.h"

namespace xxgk {
namespace {

int column_index(const std::vector<ColumnSpec>& cols, const std::string& key) {
  for (size_t i = 0; i < cols.size(); ++i)
    if (cols[i].key == key) return static_cast<int>(i);
  return -1;
}

// One equation over the columns of a row: the relation's lhs and rhs name columns.
bool row_equation(const RelationSpec& rel, const std::vector<ColumnSpec>& cols, const std::string& row,
                  std::string where, Equation& eq) {
  eq.spec = &rel;
  eq.where = std::move(where);
  for (const auto* side : {&rel.lhs, &rel.rhs}) {
    for (const auto& k : *side) {
      const int c = column_index(cols, k);
      if (c < 0) return false;
      (side == &rel.lhs ? eq.lhs : eq.rhs).push_back({row, c});
    }
  }
  return true;
}

std::vector<Equation> expand(const FormatModel& m, const std::string& table) {
  using Scope = RelationSpec::Scope;
  std::vector<Equation> out;
  for (const auto& rel : m.relations) {
    if (rel.table != table) continue;
    if (rel.scope == Scope::each_column) {
      for (int c = 0; c < static_cast<int>(m.request_columns.size()); ++c) {
        Equation eq;
        eq.spec = &rel;
        eq.where = column_name(m, table, {"", c}) + "列";
        for (const auto& r : rel.lhs) eq.lhs.push_back({r, c});
        for (const auto& r : rel.rhs) eq.rhs.push_back({r, c});
        out.push_back(eq);
      }
    } else if (rel.scope == Scope::each_group) {
      for (const auto& g : m.review_groups) {
        Equation eq;
        if (row_equation(rel, m.review_columns, g.key, g.name, eq)) out.push_back(eq);
      }
    } else if (table == "active") {
      // Every row of the named block, or of every block that has the relation's columns.
      for (const auto& block : m.active) {
        if (!rel.block.empty() && block.key != rel.block) continue;
        for (const auto& row : block.rows) {
          const std::string key = block.key + "." + row.key;
          Equation eq;
          if (row_equation(rel, block.columns, key, row_name(m, table, key), eq)) out.push_back(eq);
        }
      }
    } else {
      for (const auto* row : m.request_data_rows()) {
        Equation eq;
        if (row_equation(rel, m.request_columns, row->key, row->display() + "行", eq)) out.push_back(eq);
      }
    }
  }
  return out;
}

struct TableEquations {
  std::vector<Equation> active, requests, review;
};

TableEquations expand_tables(const FormatModel& m) {
  return {expand(m, "active"), expand(m, "requests"), expand(m, "review_litigation")};
}

}  // namespace

const std::vector<Equation>& expand_relations(const FormatModel& m, const std::string& table) {
  static const PerFormat<TableEquations> equations(expand_tables);
  static const std::vector<Equation> none;
  if (table == "requests") return equations[m].requests;
  if (table == "review_litigation") return equations[m].review;
  if (table == "active") return equations[m].active;
  return none;
}

bool involves_on(const std::vector<CellRef>& side, const CellRef& k) {
  return std::find(side.begin(), side.end(), k) != side.end();
}

namespace {

// The number a cell holds (0 when blank), wherever its column is.
std::optional<double> printed_value(const Table& table, const CellRef& key) {
  const Cell* c = table.cell(key.row, key.column);
  if (!c) return std::nullopt;
  if (c->value) return c->value;
  if (c->blank) return 0.0;
  return std::nullopt;
}

}  // namespace

std::optional<double> arithmetic_value(const Table& table, const CellRef& key) {
  const Cell* c = table.cell(key.row, key.column);
  if (c && c->column_guessed) return std::nullopt;  // placed by order: its column's number is not known
  return printed_value(table, key);
}

namespace {

// A cell whose column is a guess counts only where the side holding it holds every guessed cell of
// its row (the row's own sum of parts); anywhere else its column decides, and that is not known.
bool guesses_count(const std::vector<CellRef>& side, const Table& table) {
  for (const auto& k : side) {
    const Cell* c = table.cell(k.row, k.column);
    if (!c || !c->column_guessed) continue;
    const Row* row = table.row(k.row);
    for (size_t i = 0; i < row->cells.size(); ++i)
      if (row->cells[i].column_guessed && !involves_on(side, {k.row, static_cast<int>(i)})) return false;
  }
  return true;
}

}  // namespace

Evaluation evaluate(const Equation& eq, const Table& table) {
  Evaluation e;
  e.op = eq.spec->op;
  if (!guesses_count(eq.lhs, table) || !guesses_count(eq.rhs, table)) return e;
  e.complete = true;
  for (const auto* side : {&eq.lhs, &eq.rhs}) {
    for (const auto& k : *side) {
      auto v = printed_value(table, k);
      if (!v) { e.complete = false; return e; }
      (side == &eq.lhs ? e.lhs : e.rhs) += *v;
    }
  }
  return e;
}

bool involves(const Equation& eq, const CellRef& k) { return involves_on(eq.lhs, k) || involves_on(eq.rhs, k); }

}  // namespace xxgk
