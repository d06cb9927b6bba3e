// The one JSON writer (../shared/spec/contract.md): CLI, wasm and page all print this.
#include <cmath>
#include <nlohmann/json.hpp>

#include "rules/rule.h"
#include "xxgk/check.h"
#include "xxgk/rollup.h"

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

json meta_spans_json(const Meta& m) {
  return json{{"title", span(m.title_span)}, {"agency", span(m.agency_span)}, {"year", span(m.year_span)},
              {"published", span(m.published_span)}};
}

json active_json(const Report& r) {
  if (!r.active || !r.active->format) return nullptr;
  json out = json::object();
  out["format"] = r.active->format->id;
  for (const auto& block : r.active->format->active) {
    json b = json::object();
    for (const auto& spec : block.rows) b[spec.key] = row_values(*r.active->row(block.key + "." + spec.key));
    out[block.key] = b;
  }
  return out;
}

json requests_json(const Report& r) {
  if (!r.requests || !r.requests->format) return nullptr;
  json cols = json::array();
  for (const auto& c : r.requests->format->request_columns) cols.push_back(c.key);
  json rows = json::object();
  for (const auto& row : r.requests->rows) rows[row.key] = row_values(row);
  return json{{"format", r.requests->format->id}, {"columns", cols}, {"rows", rows}};
}

json review_json(const Report& r) {
  if (!r.review || !r.review->format) return nullptr;
  json out = json::object();
  out["format"] = r.review->format->id;
  for (const auto& row : r.review->rows) {
    if (!row.found) { out[row.key] = nullptr; continue; }
    json g = json::object();
    for (size_t i = 0; i < row.cells.size(); ++i) g[r.review->format->review_columns[i].key] = number(row.cells[i].value);
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

// [row, column]: table 四's columns by key, the others by index (the contract), for `cells` and
// for the cells of `details.fixes` alike.
json cell_ref(const Report& r, const std::string& table, const CellRef& c) {
  json col = nullptr;
  if (c.column >= 0) {
    const Table* t = r.table(table);
    if (table == "review_litigation" && t && t->format && c.column < static_cast<int>(t->format->review_columns.size()))
      col = t->format->review_columns[static_cast<size_t>(c.column)].key;
    else
      col = c.column;
  }
  return json::array({c.row, col});
}

json numbers_json(const std::vector<double>& values) {
  json a = json::array();
  for (double v : values) a.push_back(number(v));
  return a;
}

json details_json(const Report& r, const Finding& f) {
  const FindingDetails& d = f.details;
  json out = json::object();
  if (!d.raw.empty()) out["raw"] = d.raw;
  if (!d.alternatives.empty()) {
    json alts = json::array();
    for (const auto& a : d.alternatives) alts.push_back(numbers_json(a));
    out["alternatives"] = alts;
  }
  if (!d.chosen.empty()) out["chosen"] = numbers_json(d.chosen);
  if (!d.fixes.empty()) {
    json fixes = json::array();
    for (const auto& option : d.fixes) {
      json changes = json::array();
      for (const auto& c : option.changes) {
        const json ref = cell_ref(r, f.table, c.cell);
        changes.push_back(json{{"row", ref[0]}, {"column", ref[1]}, {"from", number(c.from)}, {"to", number(c.to)}});
      }
      fixes.push_back(changes);
    }
    out["fixes"] = fixes;
    json reasons = json::array(), agrees = json::array();
    bool any_reason = false;
    for (const auto& option : d.fixes) {
      reasons.push_back(option.reason);
      agrees.push_back(option.agrees_with_narrative);
      any_reason = any_reason || !option.reason.empty();
    }
    if (any_reason) {
      out["fix_reasons"] = reasons;
      out["fix_agrees_with_narrative"] = agrees;
    }
  }
  if (!d.unchecked.empty()) out["unchecked"] = d.unchecked;
  if (!d.units.empty()) {
    json units = json::array();
    for (const auto& u : d.units) units.push_back(json{{"name", u.name}, {"value", number(u.value)}});
    out["units"] = units;
  }
  return out;
}

json finding_json(const Report& r, const Finding& f) {
  json cells = json::array();
  for (const auto& c : f.cells) cells.push_back(cell_ref(r, f.table, c));
  json out{{"rule", f.rule}, {"severity", severity_name(f.severity)}, {"message", f.message},
           {"table", f.table.empty() ? json(nullptr) : json(f.table)}, {"cells", cells}, {"span", span(f.span)}};
  if (!f.details.empty()) out["details"] = details_json(r, f);
  return out;
}

json coverage_json(const Report& r) {
  json out = json::object();
  for (const auto& c : r.coverage) {
    json unchecked = json::array();
    for (const auto& u : c.unchecked) unchecked.push_back(json{{"rule", u.rule}, {"where", u.where}});
    out[c.table] = json{{"cells_read", c.cells_read}, {"cells_expected", c.cells_expected}, {"unchecked", unchecked}};
  }
  return out;
}

json metrics_json(const Result& result) {
  json out = json::object();
  for (const auto& m : result.metrics) {
    json j{{"name", m.spec->name},          {"numerator", number(m.numerator)}, {"denominator", number(m.denominator)},
           {"value", number(m.value)},      {"previous", number(m.previous)},   {"change", number(m.change)}};
    if (m.passage.valid()) j["passage"] = json{{"text", m.passage_text}, {"span", span(m.passage)}};
    out[m.spec->key] = j;
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
           {"meta_spans", meta_spans_json(r.meta)},
           {"coverage", coverage_json(r)},
           {"metrics", metrics_json(result)},
           {"findings", findings}};
  if (result.previous) out["previous"] = json{{"meta", meta_json(result.previous->meta)}};
  return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string rollup_json(const std::vector<RollupLevel>& levels, int indent) {
  json out = json::array();
  for (const auto& level : levels) {
    const RollupUnit& node = *level.node;
    json units = json::array();
    for (const auto& unit : node.units) {
      json u{{"name", unit.name},
             {"file", unit.file.empty() ? json(nullptr) : json(unit.file)},
             {"status", unit.report ? "ok" : "missing"},
             {"year", unit.report ? optional_value(unit.report->meta.year) : json(nullptr)}};
      if (!unit.problem.empty()) u["message"] = unit.problem;
      units.push_back(u);
    }
    json findings = json::array();
    if (node.report)
      for (const auto& f : level.findings) findings.push_back(finding_json(*node.report, f));
    out.push_back(json{{"file", node.file.empty() ? json(nullptr) : json(node.file)},
                       {"name", node.name},
                       {"agency", node.report ? optional_value(node.report->meta.agency) : json(nullptr)},
                       {"year", node.report ? optional_value(node.report->meta.year) : json(nullptr)},
                       {"units", units},
                       {"findings", findings}});
  }
  return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string rules_json() {
  json out = json::array();
  for (const auto& rule : rules())
    out.push_back(json{{"id", rule.id}, {"severity", severity_name(rule.severity)}, {"title", rule.title},
                       {"source", rule.source}, {"advice", rule.role == RuleRole::advice},
                       {"needs_previous", rule.needs_previous}});
  return out.dump(1, ' ', false, json::error_handler_t::replace);
}

Options options_from_json(std::string_view text) {
  Options o;
  const json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_object() && j.contains("previous") && j["previous"].is_string()) {
    std::string prev = j["previous"].get<std::string>();
    if (!prev.empty()) o.previous = text_document(std::move(prev));
  }
  if (j.is_object() && j.contains("only_rules") && j["only_rules"].is_array())
    for (const auto& id : j["only_rules"])
      if (id.is_string()) o.only_rules.insert(id.get<std::string>());
  return o;
}

}  // namespace xxgk
