// The one JSON writer (../shared/spec/contract.md): CLI, wasm and page all print this. It streams
// from the Result, one function per block: a new block is a new function called from to_json.
#include <nlohmann/json.hpp>

#include "result/json_writer.h"
#include "rules/rule.h"
#include "xxgk/check.h"
#include "xxgk/rollup.h"

namespace xxgk {
namespace {

void write_span(JsonWriter& w, const Span& s) {
  if (!s.valid()) return w.null();
  w.begin_array();
  w.integer(s.begin);
  w.integer(s.end);
  w.end_array();
}

void write_meta(JsonWriter& w, const Meta& m) {
  w.begin_object();
  w.member("title", m.title);
  w.member("agency", m.agency);
  w.member("year", m.year);
  w.member("published", m.published);
  w.member("script", m.script);
  w.member("format", m.format);
  w.end_object();
}

void write_sections(JsonWriter& w, const Report& r) {
  w.begin_array();
  for (const auto& s : r.sections) {
    w.begin_object();
    w.member("number", s.number);
    w.member("title", s.title);
    w.key("span");
    write_span(w, s.span);
    w.end_object();
  }
  w.end_array();
}

void write_row_values(JsonWriter& w, const Row* row) {
  if (!row || !row->found) return w.null();
  w.begin_array();
  for (const auto& c : row->cells) w.number(c.value);
  w.end_array();
}

void write_meta_spans(JsonWriter& w, const Meta& m) {
  w.begin_object();
  w.key("title");
  write_span(w, m.title_span);
  w.key("agency");
  write_span(w, m.agency_span);
  w.key("year");
  write_span(w, m.year_span);
  w.key("published");
  write_span(w, m.published_span);
  w.end_object();
}

void write_active(JsonWriter& w, const Report& r) {
  if (!r.active || !r.active->format) return w.null();
  w.begin_object();
  w.member("format", r.active->format->id);
  for (const auto& block : r.active->format->active) {
    w.key(block.key);
    w.begin_object();
    for (const auto& spec : block.rows) {
      w.key(spec.key);
      write_row_values(w, r.active->row(block.key + "." + spec.key));
    }
    w.end_object();
  }
  w.end_object();
}

void write_requests(JsonWriter& w, const Report& r) {
  if (!r.requests || !r.requests->format) return w.null();
  w.begin_object();
  w.member("format", r.requests->format->id);
  w.key("columns");
  w.begin_array();
  for (const auto& c : r.requests->format->request_columns) w.string(c.key);
  w.end_array();
  w.key("rows");
  w.begin_object();
  for (const auto& row : r.requests->rows) {
    w.key(row.key);
    write_row_values(w, &row);
  }
  w.end_object();
  w.end_object();
}

void write_review(JsonWriter& w, const Report& r) {
  if (!r.review || !r.review->format) return w.null();
  w.begin_object();
  w.member("format", r.review->format->id);
  for (const auto& row : r.review->rows) {
    w.key(row.key);
    if (!row.found) { w.null(); continue; }
    w.begin_object();
    for (size_t i = 0; i < row.cells.size(); ++i) w.member(r.review->format->review_columns[i].key, row.cells[i].value);
    w.end_object();
  }
  w.end_object();
}

void write_tables(JsonWriter& w, const Report& r) {
  w.begin_object();
  w.key("active");
  write_active(w, r);
  w.key("requests");
  write_requests(w, r);
  w.key("review_litigation");
  write_review(w, r);
  w.end_object();
}

void write_cell_spans(JsonWriter& w, const Report& r) {
  w.begin_object();
  for (const auto* t : {&r.active, &r.requests, &r.review}) {
    if (!*t) continue;
    w.key((*t)->id);
    w.begin_object();
    for (const auto& row : (*t)->rows) {
      if (!row.found) continue;
      w.key(row.key);
      w.begin_array();
      for (const auto& c : row.cells) write_span(w, c.span);
      w.end_array();
    }
    w.end_object();
  }
  w.end_object();
}

void write_cell_ref(JsonWriter& w, const Report& r, const std::string& table, const CellRef& c);

void write_coverage(JsonWriter& w, const Report& r) {
  w.begin_object();
  for (const auto& c : r.coverage) {
    w.key(c.table);
    w.begin_object();
    w.member("cells_read", c.cells_read);
    w.member("cells_expected", c.cells_expected);
    w.key("unchecked");
    w.begin_array();
    for (const auto& u : c.unchecked) {
      w.begin_object();
      w.member("rule", u.rule);
      w.member("where", u.where);
      w.end_object();
    }
    w.end_array();
    w.key("columns_guessed");
    w.begin_array();
    for (const auto& k : c.columns_guessed) write_cell_ref(w, r, c.table, k);
    w.end_array();
    w.end_object();
  }
  w.end_object();
}

// [row, column]: table 四's columns by key, the others by index (the contract), for `cells` and
// for the cells of `details.fixes` alike.
void write_cell_column(JsonWriter& w, const Report& r, const std::string& table, const CellRef& c) {
  if (c.column < 0) return w.null();
  const Table* t = r.table(table);
  if (table == "review_litigation" && t && t->format && c.column < static_cast<int>(t->format->review_columns.size()))
    return w.string(t->format->review_columns[static_cast<size_t>(c.column)].key);
  w.integer(c.column);
}

void write_cell_ref(JsonWriter& w, const Report& r, const std::string& table, const CellRef& c) {
  w.begin_array();
  w.string(c.row);
  write_cell_column(w, r, table, c);
  w.end_array();
}

void write_numbers(JsonWriter& w, const std::vector<double>& values) {
  w.begin_array();
  for (double v : values) w.number(v);
  w.end_array();
}

void write_fixes(JsonWriter& w, const Report& r, const Finding& f) {
  const auto& fixes = f.details.fixes;
  w.key("fixes");
  w.begin_array();
  for (const auto& option : fixes) {
    w.begin_array();
    for (const auto& c : option.changes) {
      w.begin_object();
      w.member("row", c.cell.row);
      w.key("column");
      write_cell_column(w, r, f.table, c.cell);
      w.member("from", c.from);
      w.member("to", c.to);
      w.end_object();
    }
    w.end_array();
  }
  w.end_array();
  bool any_reason = false;
  for (const auto& option : fixes) any_reason = any_reason || !option.reason.empty();
  if (!any_reason) return;
  w.key("fix_reasons");
  w.begin_array();
  for (const auto& option : fixes) w.string(option.reason);
  w.end_array();
  w.key("fix_agrees_with_narrative");
  w.begin_array();
  for (const auto& option : fixes) w.boolean(option.agrees_with_narrative);
  w.end_array();
}

void write_details(JsonWriter& w, const Report& r, const Finding& f) {
  const FindingDetails& d = f.details;
  w.begin_object();
  if (!d.raw.empty()) w.member("raw", d.raw);
  if (!d.alternatives.empty()) {
    w.key("alternatives");
    w.begin_array();
    for (const auto& a : d.alternatives) write_numbers(w, a);
    w.end_array();
  }
  if (!d.chosen.empty()) {
    w.key("chosen");
    write_numbers(w, d.chosen);
  }
  if (!d.fixes.empty()) write_fixes(w, r, f);
  if (!d.unchecked.empty()) {
    w.key("unchecked");
    w.begin_array();
    for (const auto& u : d.unchecked) w.string(u);
    w.end_array();
  }
  if (!d.units.empty()) {
    w.key("units");
    w.begin_array();
    for (const auto& u : d.units) {
      w.begin_object();
      w.member("name", u.name);
      w.member("value", u.value);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
}

void write_finding(JsonWriter& w, const Report& r, const Finding& f) {
  w.begin_object();
  w.member("rule", f.rule);
  w.member("severity", severity_name(f.severity));
  w.member("message", f.message);
  w.key("table");
  if (f.table.empty()) w.null();
  else w.string(f.table);
  w.key("cells");
  w.begin_array();
  for (const auto& c : f.cells) write_cell_ref(w, r, f.table, c);
  w.end_array();
  w.key("span");
  write_span(w, f.span);
  if (!f.details.empty()) {
    w.key("details");
    write_details(w, r, f);
  }
  w.end_object();
}

void write_findings(JsonWriter& w, const Result& result) {
  w.begin_array();
  for (const auto& f : result.findings) write_finding(w, result.report, f);
  w.end_array();
}

void write_previous(JsonWriter& w, const Report& previous) {
  w.begin_object();
  w.key("meta");
  write_meta(w, previous.meta);
  w.end_object();
}

void write_metrics(JsonWriter& w, const Result& result) {
  w.begin_object();
  for (const auto& m : result.metrics) {
    w.key(m.spec->key);
    w.begin_object();
    w.member("name", m.spec->name);
    w.member("numerator", m.numerator);
    w.member("denominator", m.denominator);
    w.member("value", m.value);
    w.member("previous", m.previous);
    w.member("change", m.change);
    if (m.passage.valid()) {
      w.key("passage");
      w.begin_object();
      w.member("text", m.passage_text);
      w.key("span");
      write_span(w, m.passage);
      w.end_object();
    }
    w.end_object();
  }
  w.end_object();
}

// A string member, or null when the string is empty.
void member_or_null(JsonWriter& w, std::string_view k, const std::string& v) {
  w.key(k);
  if (v.empty()) w.null();
  else w.string(v);
}

}  // namespace

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    default: return "info";
  }
}

std::string to_json(const Result& result, int indent, const JsonLead& lead) {
  const Report& r = result.report;
  std::string out;
  out.reserve(4096 + 160 * result.findings.size());
  JsonWriter w(out, indent);
  w.begin_object();
  for (const auto& [k, v] : lead) w.member(k, v);
  w.member("version", version());
  w.key("meta");
  write_meta(w, r.meta);
  w.key("sections");
  write_sections(w, r);
  w.key("tables");
  write_tables(w, r);
  w.key("cell_spans");
  write_cell_spans(w, r);
  w.key("meta_spans");
  write_meta_spans(w, r.meta);
  w.key("coverage");
  write_coverage(w, r);
  w.key("metrics");
  write_metrics(w, result);
  w.key("findings");
  write_findings(w, result);
  if (result.previous) {
    w.key("previous");
    write_previous(w, *result.previous);
  }
  w.end_object();
  return out;
}

std::string rollup_json(const std::vector<RollupLevel>& levels, int indent) {
  std::string out;
  JsonWriter w(out, indent);
  w.begin_array();
  for (const auto& level : levels) {
    const RollupUnit& node = *level.node;
    const Meta* meta = node.report ? &node.report->meta : nullptr;
    w.begin_object();
    member_or_null(w, "file", node.file);
    w.member("name", node.name);
    w.key("agency");
    if (meta) w.value(meta->agency);
    else w.null();
    w.key("year");
    if (meta) w.value(meta->year);
    else w.null();
    w.key("units");
    w.begin_array();
    for (const auto& unit : node.units) {
      w.begin_object();
      w.member("name", unit.name);
      member_or_null(w, "file", unit.file);
      w.member("status", unit.report ? "ok" : "missing");
      w.key("year");
      if (unit.report) w.value(unit.report->meta.year);
      else w.null();
      if (!unit.problem.empty()) w.member("message", unit.problem);
      w.end_object();
    }
    w.end_array();
    w.key("findings");
    w.begin_array();
    if (node.report)
      for (const auto& f : level.findings) write_finding(w, *node.report, f);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  return out;
}

std::string rules_json() {
  std::string out;
  JsonWriter w(out, 1);
  w.begin_array();
  for (const auto& rule : rules()) {
    w.begin_object();
    w.member("id", rule.id);
    w.member("severity", severity_name(rule.severity));
    w.member("title", rule.title);
    w.member("source", rule.source);
    w.member("advice", rule.role == RuleRole::advice);
    w.member("needs_previous", rule.needs_previous);
    w.end_object();
  }
  w.end_array();
  return out;
}

Options options_from_json(std::string_view text) {
  using json = nlohmann::json;
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
