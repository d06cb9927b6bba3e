#include "xxgk/summary.h"

#include "format/cell_terms.h"
#include "text/numbers.h"

namespace xxgk {
namespace {

// The change of an indicator against last year: a column of its own after the indicators.
const char* kChangeSuffix = "较上年";

std::vector<SummaryColumn> build_columns() {
  std::vector<SummaryColumn> out = {{"file", "file"},         {"agency", "agency"}, {"year", "year"},
                                    {"format", "format"},     {"errors", "errors"}, {"warnings", "warnings"}};
  for (const auto& f : summary_figures()) out.push_back({f.key, f.label});
  for (const char* key : {"first_error", "status", "message", "sha256", "previous_file"}) out.push_back({key, key});
  for (const auto& m : metric_specs()) {
    out.push_back({m.key, m.name});
    if (!m.table.empty()) out.push_back({m.key + ".change", m.name + kChangeSuffix});
  }
  return out;
}

SummaryValue text_value(std::string s) { return SummaryValue{std::move(s), std::nullopt, false}; }
SummaryValue number(std::optional<double> v, bool percent = false) { return SummaryValue{{}, v, percent}; }

}  // namespace

const std::vector<SummaryColumn>& summary_columns() {
  static const std::vector<SummaryColumn> columns = build_columns();
  return columns;
}

std::vector<SummaryValue> summary_row(const SummaryRecord& record) {
  std::vector<SummaryValue> row;
  const Result* r = record.result;
  row.push_back(text_value(record.file));
  if (!r) {
    row.resize(6 + summary_figures().size() + 1);
    row.push_back(text_value("unreadable"));
    row.push_back(text_value(record.message));
    row.push_back(text_value(record.sha256));
    row.push_back(text_value(record.previous_file));
    row.resize(summary_columns().size());
    return row;
  }
  const Meta& meta = r->report.meta;
  row.push_back(text_value(meta.agency.value_or("")));
  row.push_back(meta.year ? number(*meta.year) : text_value(""));
  row.push_back(text_value(meta.format.value_or("")));
  size_t errors = 0, warnings = 0;
  std::string first_error;
  for (const auto& f : r->findings) {
    if (f.severity == Severity::error && errors++ == 0) first_error = f.message + " [" + f.rule + "]";
    if (f.severity == Severity::warning) ++warnings;
  }
  row.push_back(number(static_cast<double>(errors)));
  row.push_back(number(static_cast<double>(warnings)));
  for (const auto& figure : summary_figures()) {
    const Table* table = r->report.table(figure.table);
    // A figure is the cell as read: a blank cell is shown empty, as the report prints it.
    const auto cells = table && table->format ? cells_of(*table->format, figure.table, figure.cell)
                                              : std::vector<CellRef>{};
    const Cell* cell = cells.size() == 1 ? table->cell(cells[0].row, cells[0].column) : nullptr;
    row.push_back(number(cell ? cell->value : std::nullopt));
  }
  row.push_back(text_value(first_error));
  row.push_back(text_value("ok"));
  row.push_back(text_value(record.message));
  row.push_back(text_value(record.sha256));
  row.push_back(text_value(record.previous_file));
  for (const auto& m : r->metrics) {
    row.push_back(number(m.value, true));
    if (!m.spec->table.empty()) row.push_back(number(m.change, true));
  }
  return row;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

std::string summary_csv_header() {
  std::string o;
  for (const auto& c : summary_columns()) o += (o.empty() ? "" : ",") + csv_field(c.header);
  return "\xEF\xBB\xBF" + o + "\r\n";
}

std::string summary_csv_row(const std::vector<SummaryValue>& row) {
  std::string o;
  for (size_t i = 0; i < row.size(); ++i) o += (i ? "," : "") + csv_field(summary_text(row[i]));
  return o + "\r\n";
}

std::string summary_csv(const std::vector<std::vector<SummaryValue>>& rows) {
  std::string o = summary_csv_header();
  for (const auto& row : rows) o += summary_csv_row(row);
  return o;
}

std::string summary_text(const SummaryValue& value) {
  if (!value.number) return value.text;
  return value.percent ? text::format_percent(*value.number) : text::format_number(*value.number);
}

}  // namespace xxgk
