#pragma once
// The format model's relations expanded into concrete equations over cells
// ("自然人列: new_received + carried_over = total + carried_forward"). The arithmetic rules,
// the choice among readings and the smallest-fix search all evaluate these.
#include <optional>
#include <string>
#include <vector>

#include "xxgk/report.h"

namespace xxgk {

struct Equation {
  const RelationSpec* spec = nullptr;
  std::string where;             // "自然人列", "（一）予以公开行", "行政复议"
  std::vector<CellRef> lhs, rhs;
};

// Equations of one table ("requests", "review_litigation" or "active"), expanded once per format.
const std::vector<Equation>& expand_relations(const FormatModel& model, const std::string& table);

// A cell's number for arithmetic in its column: its value, 0 when blank, empty when absent or
// when its column is a guess (a row placed by order; only the row's own sum counts it).
std::optional<double> arithmetic_value(const Table& table, const CellRef& cell);

struct Evaluation {
  bool complete = false;   // every cell has a number (a guessed column's only in its row's own sum)
  double lhs = 0, rhs = 0;
  RelationSpec::Op op = RelationSpec::Op::equal;
  bool holds() const { return complete && (op == RelationSpec::Op::equal ? lhs == rhs : lhs <= rhs); }
  bool fails() const { return complete && !holds(); }
};
Evaluation evaluate(const Equation& eq, const Table& table);
bool involves(const Equation& eq, const CellRef& cell);
bool involves_on(const std::vector<CellRef>& side, const CellRef& cell);

}  // namespace xxgk
