#pragma once
#include <string>
#include <vector>

#include "xxgk/span.h"

namespace xxgk {

enum class Severity { info, warning, error };
const char* severity_name(Severity s);

// One cell a finding points at: a row (for table 四, a group) and a column index.
// The JSON writer turns the column into the format's key where the contract wants one.
struct CellRef {
  std::string row;
  int column = -1;
  bool operator==(const CellRef& o) const { return row == o.row && column == o.column; }
};

struct Finding {
  std::string rule;
  Severity severity = Severity::info;
  std::string message;      // Chinese, quotes the numbers involved
  std::string table;        // "requests", "review_litigation", "active" or empty
  std::vector<CellRef> cells;
  Span span;
  // Extra machine-readable facts (alternatives of a digit run, the suggested value, ...),
  // written to JSON as "details" when not empty. A JSON text, to keep this header light.
  std::string details_json;
};

}  // namespace xxgk
