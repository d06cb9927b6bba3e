#pragma once
#include <optional>
#include <string>
#include <vector>

#include "xxgk/finding.h"
#include "xxgk/format_model.h"
#include "xxgk/text.h"

namespace xxgk {

// One table cell as read. value is empty when the cell is absent or unreadable
// (never filled in from the arithmetic).
struct Cell {
  std::optional<double> value;
  std::string raw;      // the cell's text as found (normalised)
  Span span;            // where it is in the original
  bool blank = false;   // the row is there but this cell is empty: counts as 0
};

struct Row {
  std::string key;
  bool found = false;   // the row's label was found in the text
  Span label_span;
  std::vector<Cell> cells;
};

struct Table {
  std::string id;       // "active" | "requests" | "review_litigation"
  std::vector<Row> rows;  // data rows in the format's order (active: "article20_1.regulations")
  Span span;

  const Row* row(const std::string& key) const;
  Row* row(const std::string& key);
  const Cell* cell(const std::string& key, int column) const;
  std::optional<double> value(const std::string& key, int column) const;
  bool any_found() const;
};

struct Meta {
  std::optional<std::string> title, agency, published;  // published: YYYY-MM-DD
  std::optional<int> year;
  std::optional<std::string> script;   // "simplified" | "traditional"
  std::optional<std::string> format;   // "2019" | "2021"
  Span title_span, agency_span, year_span, published_span;
};

struct Section {
  int number = 0;          // 1..6 (statutory position)
  std::string title;       // as printed (normalised), without the numbering
  Span span;               // heading + body
  Span heading_span;
  size_t norm_begin = 0, norm_end = 0;   // heading start .. body end in Text::norm
  size_t body_begin = 0;                 // first byte after the heading line in Text::norm
};

struct Report {
  Text text;
  Meta meta;
  std::vector<Section> sections;
  const FormatModel* format = nullptr;   // table 三's format (else table 二's); nullptr when no table
  const FormatModel* active_format = nullptr;  // table 二's format: a report may mix the two
  std::optional<Table> active, requests, review;  // absent table => null
  std::vector<Finding> reading_findings;  // what reading the text found (cells, digits, tables)
};

// Reads the whole report: normalisation, meta, sections, tables.
Report read_report(std::string_view utf8);

}  // namespace xxgk
