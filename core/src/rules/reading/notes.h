#pragma once
// Helpers for the reading rules, which turn the reader's notes into findings.
#include <string>

#include "format/names.h"
#include "rules/rule.h"
#include "text/numbers.h"

namespace xxgk::reading {

// The format of the table a note is about (the report's format when the table is absent).
inline const FormatModel& model_of(const Report& r, const std::string& table) {
  const Table* t = r.table(table);
  if (t && t->format) return *t->format;
  return r.format ? *r.format : format_for_year(r.meta.year.value_or(0));
}

template <class F>
void each_note(const RuleContext& c, ReadingNote::Kind kind, F f) {
  for (const auto& n : c.report.notes)
    if (n.kind == kind) f(n);
}

// "（一）予以公开「自然人」" for the first cell of a note.
inline std::string first_cell_name(const Report& r, const ReadingNote& n) {
  return n.cells.empty() ? std::string() : cell_name(model_of(r, n.table), n.table, n.cells.front());
}

// "（一）予以公开" for the row of a note's first cell.
inline std::string first_row_name(const Report& r, const ReadingNote& n) {
  return n.cells.empty() ? std::string() : row_name(model_of(r, n.table), n.table, n.cells.front().row);
}

// Text read from the report, fit for quoting in a one-line message: runs of white space as one
// space, at most `max_chars` characters.
std::string one_line(const std::string& raw, size_t max_chars = 30);

}  // namespace xxgk::reading
