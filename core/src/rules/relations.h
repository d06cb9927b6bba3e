#pragma once
// The format model's relations expanded into concrete equations over cells
// ("自然人列: new_received + carried_over = total + carried_forward"). The arithmetic rules,
// the choice among digit-run splits and the smallest-fix search all evaluate these.
#include <optional>
#include <string>
#include <vector>

#include "xxgk/report.h"

namespace xxgk {

struct CellKey {
  std::string row;   // table 三 row key, or table 四 group key
  int column = 0;
  bool operator==(const CellKey& o) const { return row == o.row && column == o.column; }
};

struct Equation {
  const RelationSpec* spec = nullptr;
  std::string where;             // "自然人列", "（一）予以公开行", "行政复议"
  std::vector<CellKey> lhs, rhs;
};

// Equations of one table ("requests" or "review_litigation"), expanded once per format.
const std::vector<Equation>& expand_relations(const FormatModel& model, const std::string& table);

// A cell's number for arithmetic: its value, 0 when blank, empty when absent.
std::optional<double> arithmetic_value(const Table& table, const CellKey& cell);

struct Evaluation {
  bool complete = false;   // every cell has a number
  double lhs = 0, rhs = 0;
  bool holds() const { return complete && lhs == rhs; }
  bool fails() const { return complete && lhs != rhs; }
};
Evaluation evaluate(const Equation& eq, const Table& table);

// Chinese column / row / group names.
std::string column_name(const FormatModel& model, const std::string& table, int column);
std::string row_name(const FormatModel& model, const std::string& table, const std::string& row);

}  // namespace xxgk
