// The one JSON writer (../shared/spec/contract.md): CLI, wasm and page all print this.
#include <cmath>
#include <nlohmann/json.hpp>

#include "rules/rule.h"

namespace xxgk {
namespace {

using json = nlohmann::ordered_json;

json number(const std::optional<double>& v) {
  if (!v) return nullptr;
  if (std::floor(*v) == *v && std::fabs(*v) < 9e15) return static_cast<int64_t>(*v);
  return *v;
}

json span(const Span& s) { return s.valid() ? json::array({s.begin, s.end}) : json(nullptr); }

template <class T>
json optional_value(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json row_values(const Row& row) {
  if (!row.found) return nullptr;
  json a = json::array();
  for (const auto& c : row.cells) a.push_back(number(c.value));
  return a;
}

json row_spans(const Row& row) {
  json a = json::array();
  for (const auto& c : row.cells) a.push_back(span(c.span));
  return a;
}

json meta_json(const Meta& m) {
  return json{{"title", optional_value(m.title)},   {"agency", optional_value(m.agency)},
              {"year", optional_value(m.year)},     {"published", optional_value(m.published)},
              {"script", optional_value(m.script)}, {"format", optional_value(m.format)}};
}

json active_json(const Report& r) {
  if (!r.active || !r.active_format) return nullptr;
  json out = json::object();
  for (const auto& block : r.active_format->active) {
    json b = json::object();
    for (const auto& spec : block.rows) b[spec.key] = row_values(*r.active->row(block.key + "." + spec.key));
    out[block.key] = b;
  }
  return out;
}

json requests_json(const Report& r) {
  if (!r.requests || !r.format) return nullptr;
  json cols = json::array();
  for (const auto& c : r.format->request_columns) cols.push_back(c.key);
  json rows = json::object();
  for (const auto& row : r.requests->rows) rows[row.key] = row_values(row);
  return json{{"columns", cols}, {"rows", rows}};
}

json review_json(const Report& r) {
  if (!r.review || !r.format) return nullptr;
  json out = json::object();
  for (const auto& row : r.review->rows) {
    if (!row.found) { out[row.key] = nullptr; continue; }
    json g = json::object();
    for (size_t i = 0; i < row.cells.size(); ++i) g[r.format->review_columns[i].key] = number(row.cells[i].value);
    out[row.key] = g;
  }
  return out;
}

json cell_spans_json(const Report& r) {
  json out = json::object();
  for (const auto* t : {&r.active, &r.requests, &r.review}) {
    if (!*t) continue;
    json rows = json::object();
    for (const auto& row : (*t)->rows)
      if (row.found) rows[row.key] = row_spans(row);
    out[(*t)->id] = rows;
  }
  return out;
}

json cell_ref(const Report& r, const Finding& f, const CellRef& c) {
  json col = nullptr;
  if (c.column >= 0) {
    if (f.table == "review_litigation" && r.format && c.column < static_cast<int>(r.format->review_columns.size()))
      col = r.format->review_columns[static_cast<size_t>(c.column)].key;
    else
      col = c.column;
  }
  return json::array({c.row, col});
}

json finding_json(const Report& r, const Finding& f) {
  json cells = json::array();
  for (const auto& c : f.cells) cells.push_back(cell_ref(r, f, c));
  json out{{"rule", f.rule}, {"severity", severity_name(f.severity)}, {"message", f.message},
           {"table", f.table.empty() ? json(nullptr) : json(f.table)}, {"cells", cells}, {"span", span(f.span)}};
  if (!f.details_json.empty()) {
    json details = json::parse(f.details_json, nullptr, false);
    if (!details.is_discarded()) out["details"] = details;
  }
  return out;
}

}  // namespace

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    default: return "info";
  }
}

std::string to_json(const Result& result, int indent) {
  const Report& r = result.report;
  json sections = json::array();
  for (const auto& s : r.sections)
    sections.push_back(json{{"number", s.number}, {"title", s.title}, {"span", span(s.span)}});
  json findings = json::array();
  for (const auto& f : result.findings) findings.push_back(finding_json(r, f));
  json out{{"version", version()},
           {"meta", meta_json(r.meta)},
           {"sections", sections},
           {"tables", json{{"active", active_json(r)}, {"requests", requests_json(r)}, {"review_litigation", review_json(r)}}},
           {"cell_spans", cell_spans_json(r)},
           {"findings", findings}};
  if (result.previous) out["previous"] = json{{"meta", meta_json(result.previous->meta)}};
  return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string rules_json() {
  json out = json::array();
  for (const auto& rule : rules())
    out.push_back(json{{"id", rule.id}, {"severity", severity_name(rule.severity)}, {"title", rule.title}});
  return out.dump(1, ' ', false, json::error_handler_t::replace);
}

Options options_from_json(std::string_view text) {
  Options o;
  const json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_object() && j.contains("previous") && j["previous"].is_string()) {
    std::string prev = j["previous"].get<std::string>();
    if (!prev.empty()) o.previous_text = std::move(prev);
  }
  return o;
}

}  // namespace xxgk
