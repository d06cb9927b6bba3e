// The format models as JSON (docs/architecture.md, "Model JSON"): the page renders its table
// headers and labels from this, and the test tools build documents from it.
#include <nlohmann/json.hpp>

#include "xxgk/format_model.h"

namespace xxgk {
namespace {

using json = nlohmann::ordered_json;

json columns_json(const std::vector<ColumnSpec>& columns) {
  json out = json::array();
  for (const auto& c : columns)
    out.push_back(json{{"key", c.key}, {"label", c.label}, {"name", c.display_name()}, {"unit", c.unit},
                       {"negative", c.may_be_negative}, {"decimal", c.decimal}});
  return out;
}

json header_json(const HeaderBands& bands) {
  json out = json::array();
  for (const auto& band : bands) {
    json b = json::array();
    for (const auto& cell : band) {
      json c{{"label", cell.label}};
      if (cell.colspan > 1) c["colspan"] = cell.colspan;
      if (cell.rowspan > 1) c["rowspan"] = cell.rowspan;
      if (!cell.group.empty()) c["group"] = cell.group;
      if (!cell.column.empty()) c["column"] = cell.column;
      b.push_back(c);
    }
    out.push_back(b);
  }
  return out;
}

json table_head(const TableSpec& t) {
  return json{{"section", t.section}, {"short", t.short_name}, {"name", t.name}, {"title", t.title()}};
}

json active_json(const FormatModel& m) {
  json t = table_head(m.table("active"));
  json blocks = json::array();
  for (const auto& b : m.active) {
    json rows = json::array();
    for (const auto& r : b.rows) rows.push_back(json{{"key", r.key}, {"label", r.label()}});
    blocks.push_back(json{{"key", b.key}, {"caption", b.display_caption()}, {"label_header", b.label_header},
                          {"columns", columns_json(b.columns)}, {"rows", rows}});
  }
  t["blocks"] = blocks;
  return t;
}

json requests_json(const FormatModel& m) {
  const TableSpec& spec = m.table("requests");
  json t = table_head(spec);
  t["corner"] = spec.corner;
  t["label_columns"] = spec.label_columns;
  t["header"] = header_json(spec.header);
  t["columns"] = columns_json(m.request_columns);
  t["nonstatutory_columns"] = columns_json({m.request_subtotal});
  json rows = json::array();
  for (const auto& r : m.request_rows)
    rows.push_back(json{{"key", r.key}, {"number", r.number}, {"label", r.label()}, {"display", r.display()},
                        {"data", r.data}, {"parent", r.parent.empty() ? json(nullptr) : json(r.parent)}});
  t["rows"] = rows;
  return t;
}

json review_json(const FormatModel& m) {
  const TableSpec& spec = m.table("review_litigation");
  json t = table_head(spec);
  t["header"] = header_json(spec.header);
  json groups = json::array();
  for (const auto& g : m.review_groups) groups.push_back(json{{"key", g.key}, {"label", g.label}, {"name", g.name}});
  t["groups"] = groups;
  t["columns"] = columns_json(m.review_columns);
  return t;
}

const char* scope_name(RelationSpec::Scope s) {
  switch (s) {
    case RelationSpec::Scope::each_column: return "each_column";
    case RelationSpec::Scope::each_row: return "each_row";
    default: return "each_group";
  }
}

json format_json(const FormatModel& m) {
  json sections = json::array();
  static const char* numerals[] = {"", "一", "二", "三", "四", "五", "六"};
  for (const auto& s : m.sections)
    sections.push_back(json{{"number", s.number}, {"numeral", numerals[s.number]}, {"title", s.title},
                            {"variants", s.variants}});
  json relations = json::array();
  for (const auto& r : m.relations) {
    json j{{"rule", r.rule}, {"table", r.table}, {"scope", scope_name(r.scope)}};
    if (!r.block.empty()) j["block"] = r.block;
    j["lhs"] = r.lhs;
    j["op"] = r.op == RelationSpec::Op::equal ? "=" : "<=";
    j["rhs"] = r.rhs;
    j["description"] = r.description;
    relations.push_back(j);
  }
  return json{{"id", m.id},
              {"notice", m.notice},
              {"first_year", m.first_year},
              {"last_year", m.last_year ? json(m.last_year) : json(nullptr)},
              {"sections", sections},
              {"tables", json{{"active", active_json(m)}, {"requests", requests_json(m)},
                              {"review_litigation", review_json(m)}}},
              {"relations", relations}};
}

}  // namespace

std::string model_json() {
  json formats = json::array();
  for (const auto* f : all_formats()) formats.push_back(format_json(*f));
  return json{{"formats", formats}}.dump(1);
}

}  // namespace xxgk
