// The document JSON (xxgk/document_json.h) both ways: written by the readers, read back by the
// checker. No exceptions: the wasm build has none.
#include "xxgk/document_json.h"

#include <nlohmann/json.hpp>

namespace xxgk {
namespace {

using nlohmann::json;

bool is_offset(const json& j) { return j.is_number_unsigned(); }

std::string string_at(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Offsets and sizes that fit the text: anything else is not a document this module wrote.
bool read_table(const json& j, size_t text_size, DocTable& t) {
  if (!j.is_object() || !j.contains("cells") || !j["cells"].is_array()) return false;
  t.origin = string_at(j, "origin") == "geometry" ? DocTable::Origin::geometry : DocTable::Origin::markup;
  if (!j.value("rows", json()).is_number_unsigned() || !j.value("columns", json()).is_number_unsigned() ||
      !is_offset(j.value("begin", json())) || !is_offset(j.value("end", json())))
    return false;
  t.rows = j["rows"].get<int>();
  t.columns = j["columns"].get<int>();
  t.begin = j["begin"].get<size_t>();
  t.end = j["end"].get<size_t>();
  if (t.begin > t.end || t.end > text_size) return false;
  for (const json& c : j["cells"]) {
    if (!c.is_array() || c.size() != 6) return false;
    for (const json& v : c)
      if (!v.is_number_unsigned()) return false;
    DocCell cell{c[4].get<size_t>(), c[5].get<size_t>(), c[0].get<int>(), c[1].get<int>(), c[2].get<int>(), c[3].get<int>()};
    if (cell.begin > cell.end || cell.end > text_size || cell.row >= t.rows || cell.column >= t.columns) return false;
    t.cells.push_back(cell);
  }
  return true;
}

bool read_repair(const json& j, size_t text_size, ReadingRepair& r) {
  if (!j.is_object() || !j.value("kind", json()).is_string() || !is_offset(j.value("begin", json())) ||
      !is_offset(j.value("end", json())) || !j.value("detail", json()).is_string())
    return false;
  const std::string kind = j["kind"];
  bool known = false;
  for (auto k : {ReadingRepair::Kind::invalid_bytes_replaced, ReadingRepair::Kind::mixed_encoding,
                 ReadingRepair::Kind::hidden_text_dropped, ReadingRepair::Kind::page_furniture_dropped})
    if (kind == repair_kind_name(k)) r.kind = k, known = true;
  r.begin = j["begin"].get<size_t>();
  r.end = j["end"].get<size_t>();
  r.detail = j["detail"].get<std::string>();
  return known && r.begin <= r.end && r.end <= text_size;
}

}  // namespace

std::string document_json(const ReadResult& read) {
  const Document& d = read.document;
  json tables = json::array();
  for (const DocTable& t : d.tables) {
    json cells = json::array();
    for (const DocCell& c : t.cells) cells.push_back({c.row, c.column, c.rowspan, c.colspan, c.begin, c.end});
    tables.push_back({{"origin", t.origin == DocTable::Origin::markup ? "markup" : "geometry"},
                      {"rows", t.rows}, {"columns", t.columns}, {"begin", t.begin}, {"end", t.end},
                      {"cells", std::move(cells)}});
  }
  json repairs = json::array();
  for (const ReadingRepair& r : d.repairs)
    repairs.push_back({{"kind", repair_kind_name(r.kind)}, {"begin", r.begin}, {"end", r.end}, {"detail", r.detail}});
  const bool has_document = read.ok() || read.status == ReadStatus::needs_html_tree;
  json out = {{"status", read_status_name(read.status)},
              {"message", read.message},
              {"kind", has_document ? source_kind_name(d.kind) : ""},
              {"encoding", d.encoding},
              {"text", d.text},
              {"tables", std::move(tables)},
              {"repairs", std::move(repairs)}};
  if (read.status == ReadStatus::needs_html_tree) out["html_attributes"] = kHtmlTreeAttributes;
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

ReadResult document_from_json(std::string_view text) {
  ReadResult r;
  r.status = ReadStatus::damaged;
  r.message = "文档数据无效";
  const json j = json::parse(text, nullptr, false);
  if (!j.is_object() || !j.value("status", json()).is_string() || !j.value("text", json()).is_string() ||
      !j.value("tables", json()).is_array() || !j.value("repairs", json()).is_array())
    return r;
  ReadResult out;
  const std::string status = j["status"];
  bool known = false;
  for (auto s : {ReadStatus::ok, ReadStatus::empty, ReadStatus::unsupported, ReadStatus::too_large,
                 ReadStatus::undecodable, ReadStatus::damaged, ReadStatus::no_text_layer, ReadStatus::encrypted,
                 ReadStatus::needs_pdf_runs, ReadStatus::needs_html_tree})
    if (status == read_status_name(s)) out.status = s, known = true;
  if (!known) return r;
  out.message = string_at(j, "message");
  Document& d = out.document;
  const std::string kind = string_at(j, "kind");
  for (auto k : {SourceKind::text, SourceKind::docx, SourceKind::html, SourceKind::pdf})
    if (kind == source_kind_name(k)) d.kind = k;
  d.encoding = string_at(j, "encoding");
  d.text = j["text"].get<std::string>();
  for (const json& t : j["tables"]) {
    if (!read_table(t, d.text.size(), d.tables.emplace_back())) return r;
  }
  for (const json& rep : j["repairs"]) {
    if (!read_repair(rep, d.text.size(), d.repairs.emplace_back())) return r;
  }
  return out;
}

}  // namespace xxgk
