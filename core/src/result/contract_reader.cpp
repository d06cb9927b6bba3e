// The contract JSON read back into a typed Result, and the JSON entry points built on it: what a
// front end across a language boundary (wasm, the page) passes for results it has already read.
#include <nlohmann/json.hpp>

#include "xxgk/document_json.h"
#include "xxgk/pairing.h"
#include "xxgk/rollup.h"
#include "xxgk/rollup_layout.h"
#include "xxgk/sheets.h"

namespace xxgk {
namespace {

using json = nlohmann::json;

// j[key] when j is an object that has it, else null: the contract has nulls where a thing is absent.
const json& at(const json& j, const std::string& key) {
  static const json none;
  if (!j.is_object()) return none;
  auto it = j.find(key);
  return it == j.end() ? none : *it;
}

std::optional<std::string> opt_string(const json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? std::optional<std::string>(j[key].get<std::string>()) : std::nullopt;
}
std::optional<double> opt_number(const json& j) { return j.is_number() ? std::optional<double>(j.get<double>()) : std::nullopt; }
Span span_of(const json& j) {
  return j.is_array() && j.size() == 2 ? Span{j[0].get<int32_t>(), j[1].get<int32_t>()} : Span{};
}

Meta meta_of(const json& j) {
  Meta m;
  if (!j.is_object()) return m;
  m.title = opt_string(j, "title");
  m.agency = opt_string(j, "agency");
  m.published = opt_string(j, "published");
  m.script = opt_string(j, "script");
  m.format = opt_string(j, "format");
  if (j.contains("year") && j["year"].is_number_integer()) m.year = j["year"].get<int>();
  return m;
}

// A row's values and spans; null values are unread unless a cell.blank finding names them.
Row row_of(const std::string& key, const json& values, const json& spans) {
  Row row;
  row.key = key;
  row.found = values.is_array();
  if (!row.found) return row;
  for (size_t i = 0; i < values.size(); ++i) {
    Cell c;
    c.value = opt_number(values[i]);
    if (spans.is_array() && i < spans.size()) c.span = span_of(spans[i]);
    row.cells.push_back(c);
  }
  return row;
}

const json& spans_of(const json& contract, const char* table, const std::string& row) {
  return at(at(at(contract, "cell_spans"), table), row);
}

std::optional<Table> table_of(const json& contract, const char* id) {
  const json& j = at(at(contract, "tables"), id);
  if (!j.is_object()) return std::nullopt;
  Table t;
  t.id = id;
  t.format = format_by_id(j.value("format", ""));
  if (!t.format) return std::nullopt;
  const FormatModel& m = *t.format;
  if (t.id == "active") {
    for (const auto& block : m.active)
      for (const auto& spec : block.rows) {
        const std::string key = block.key + "." + spec.key;
        const json& values = at(at(j, block.key), spec.key);
        t.rows.push_back(row_of(key, values, spans_of(contract, id, key)));
      }
  } else if (t.id == "requests") {
    for (const RowSpec* spec : m.request_data_rows())
      t.rows.push_back(row_of(spec->key, at(at(j, "rows"), spec->key), spans_of(contract, id, spec->key)));
  } else {
    for (const auto& group : m.review_groups) {
      json values;
      if (at(j, group.key).is_object()) {
        values = json::array();
        for (const auto& c : m.review_columns) values.push_back(at(at(j, group.key), c.key));
      }
      t.rows.push_back(row_of(group.key, values, spans_of(contract, id, group.key)));
    }
  }
  return t;
}

Table* table_in(Report& r, const std::string& id) {
  std::optional<Table>* t = id == "active" ? &r.active : id == "requests" ? &r.requests : id == "review_litigation" ? &r.review : nullptr;
  return t && *t ? &**t : nullptr;
}

Severity severity_of(const std::string& s) {
  return s == "error" ? Severity::error : s == "warning" ? Severity::warning : Severity::info;
}

// [row, column]: a column index, or table 四's column key. The caller checks the shape.
CellRef cell_ref_of(const json& c, const Report& report, const std::string& table) {
  int column = -1;
  if (c[1].is_number_integer()) column = c[1].get<int>();
  else if (c[1].is_string())
    if (const Table* t = report.table(table); t && t->format) column = t->format->review_column(c[1].get<std::string>());
  return {c[0].get<std::string>(), column};
}

Finding finding_of(const json& j, const Report& report) {
  Finding f;
  f.rule = j.value("rule", "");
  f.severity = severity_of(j.value("severity", ""));
  f.message = j.value("message", "");
  f.table = at(j, "table").is_string() ? at(j, "table").get<std::string>() : "";
  f.span = span_of(at(j, "span"));
  for (const auto& c : at(j, "cells"))
    if (c.is_array() && c.size() == 2 && c[0].is_string()) f.cells.push_back(cell_ref_of(c, report, f.table));
  return f;
}

std::optional<Result> result_of(const json& j) {
  if (!j.is_object() || !j.contains("tables") || !j["tables"].is_object()) return std::nullopt;
  try {
    Result r;
    Report& report = r.report;
    report.meta = meta_of(at(j, "meta"));
    const json& spans = at(j, "meta_spans");
    report.meta.title_span = span_of(at(spans, "title"));
    report.meta.agency_span = span_of(at(spans, "agency"));
    report.meta.year_span = span_of(at(spans, "year"));
    report.meta.published_span = span_of(at(spans, "published"));
    report.active = table_of(j, "active");
    report.requests = table_of(j, "requests");
    report.review = table_of(j, "review_litigation");
    report.format = report.requests ? report.requests->format : report.active ? report.active->format : nullptr;
    for (const auto& s : at(j, "sections"))
      report.sections.push_back({s.value("number", 0), s.value("title", ""), span_of(at(s, "span")), {}, 0, 0, 0});
    for (const auto& [table, c] : at(j, "coverage").items()) {
      TableCoverage cov;
      cov.table = table;
      cov.cells_read = c.value("cells_read", 0u);
      cov.cells_expected = c.value("cells_expected", 0u);
      for (const auto& u : at(c, "unchecked")) cov.unchecked.push_back({u.value("rule", ""), u.value("where", "")});
      for (const auto& k : at(c, "columns_guessed"))
        if (k.is_array() && k.size() == 2 && k[0].is_string()) cov.columns_guessed.push_back(cell_ref_of(k, report, table));
      report.coverage.push_back(cov);
    }
    for (const auto& f : at(j, "findings")) r.findings.push_back(finding_of(f, report));
    // The contract writes a blank cell as null, as an unread one; cell.blank names the blank ones.
    for (const auto& f : r.findings)
      if (f.rule == "cell.blank")
        for (const auto& c : f.cells)
          if (Table* t = table_in(report, f.table))
            if (Row* row = t->row(c.row); row && c.column >= 0 && c.column < static_cast<int>(row->cells.size()))
              row->cells[static_cast<size_t>(c.column)].blank = true;
    for (const auto& cov : report.coverage)
      if (Table* t = table_in(report, cov.table))
        for (const auto& k : cov.columns_guessed)
          if (Row* row = t->row(k.row); row && k.column >= 0 && k.column < static_cast<int>(row->cells.size()))
            row->cells[static_cast<size_t>(k.column)].column_guessed = true;
    // In the indicators' own order (a JSON object's keys are not ordered).
    for (const auto& spec : metric_specs()) {
      const json& m = at(at(j, "metrics"), spec.key);
      if (!m.is_object()) continue;
      MetricValue v;
      v.spec = &spec;
      v.numerator = opt_number(at(m, "numerator"));
      v.denominator = opt_number(at(m, "denominator"));
      v.value = opt_number(at(m, "value"));
      v.previous = opt_number(at(m, "previous"));
      v.change = opt_number(at(m, "change"));
      r.metrics.push_back(v);
    }
    return r;
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

}  // namespace

std::optional<Result> result_from_json(std::string_view contract_json) {
  return result_of(json::parse(contract_json, nullptr, false));
}

std::string year_pairs_json(std::string_view results_json) {
  const json j = json::parse(results_json, nullptr, false);
  std::vector<ReportIdentity> ids;
  if (j.is_array())
    for (const auto& r : j) ids.push_back(identity_of(meta_of(at(r, "meta"))));
  return json(pair_previous_years(ids)).dump();
}

namespace {

// The results of a JSON tree or list, kept alive while what is built on them reads them.
struct KeptResults {
  std::vector<std::unique_ptr<Result>> results;

  const Result* keep(const json& contract) {
    auto r = result_of(contract);
    if (!r) return nullptr;
    results.push_back(std::make_unique<Result>(std::move(*r)));
    return results.back().get();
  }

  RollupUnit unit_of(const json& j) {
    RollupUnit u{j.value("name", ""), j.value("file", ""), nullptr, j.value("problem", ""), {}};
    if (const Result* r = keep(at(j, "result"))) u.report = &r->report;
    else if (u.problem.empty() && !j.value("message", "").empty()) u.problem = unreadable_unit_problem(j.value("message", ""));
    for (const auto& child : at(j, "units")) u.units.push_back(unit_of(child));
    return u;
  }

  SummaryRecord record_of(const json& j) {
    return {j.value("file", ""), keep(at(j, "result")), j.value("message", ""), j.value("sha256", ""),
            j.value("previous_file", "")};
  }
};

}  // namespace

std::string rollup_tree_json(std::string_view tree_json) {
  const json j = json::parse(tree_json, nullptr, false);
  if (!j.is_object()) return "[]";
  KeptResults kept;
  const RollupUnit root = kept.unit_of(j);
  return rollup_json(check_rollup(root));
}

std::vector<std::vector<SummaryValue>> summary_rows_from_json(std::string_view records_json) {
  const json j = json::parse(records_json, nullptr, false);
  std::vector<std::vector<SummaryValue>> rows;
  KeptResults kept;
  if (j.is_array())
    for (const auto& record : j) rows.push_back(summary_row(kept.record_of(record)));
  return rows;
}

}  // namespace xxgk
