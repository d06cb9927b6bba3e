#pragma once
#include <optional>
#include <string>
#include <vector>

#include "xxgk/span.h"

namespace xxgk {

enum class Severity { info, warning, error };
const char* severity_name(Severity s);

// One cell a finding points at: a row (for table 四, a group) and a column index. The JSON
// writer turns the column into the format's key where the contract wants one (table 四), the
// same way for `cells` and for the cells of `details.fixes`.
struct CellRef {
  std::string row;
  int column = -1;   // -1: the whole row
  bool operator==(const CellRef& o) const { return row == o.row && column == o.column; }
};

struct CellChange {
  CellRef cell;
  double from = 0, to = 0;
};

// One way to make a table's relations hold: change these cells.
struct FixOption {
  std::vector<CellChange> changes;
  // Why this option ranks where it does (Chinese), e.g. it makes the narrative agree.
  std::string reason;
  bool agrees_with_narrative = false;
};

// A value of one of several reports (rollup: a unit's cell); empty when unread.
struct NamedValue {
  std::string name;
  std::optional<double> value;
};

// Machine-readable facts of a finding, written to JSON as "details" when not empty.
struct FindingDetails {
  std::string raw;                                // the text concerned, as printed
  std::vector<std::vector<double>> alternatives;  // the readings that fit (glued digits)
  std::vector<double> chosen;                     // the reading taken
  std::vector<FixOption> fixes;                   // best first
  std::vector<std::string> unchecked;             // relations that could not be checked
  std::vector<NamedValue> units;                  // rollup: each unit's value of the cell
  bool empty() const {
    return raw.empty() && alternatives.empty() && chosen.empty() && fixes.empty() && unchecked.empty() &&
           units.empty();
  }
};

struct Finding {
  std::string rule;
  Severity severity = Severity::info;
  std::string message;      // Chinese, quotes the numbers involved
  std::string table;        // "requests", "review_litigation", "active" or empty
  std::vector<CellRef> cells;
  Span span;
  FindingDetails details;
};

}  // namespace xxgk
