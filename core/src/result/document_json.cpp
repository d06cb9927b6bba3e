#include "xxgk/document_json.h"

#include <nlohmann/json.hpp>

namespace xxgk {

std::string document_json(const ReadResult& read, const Result* checked) {
  using nlohmann::json;
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
  json out = {{"status", read_status_name(read.status)},
              {"message", read.message},
              {"kind", read.ok() ? source_kind_name(d.kind) : ""},
              {"encoding", d.encoding},
              {"text", d.text},
              {"tables", std::move(tables)},
              {"repairs", std::move(repairs)},
              {"contract", checked ? json(to_json(*checked)) : json(nullptr)}};
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

PdfText pdf_text_from_json(std::string_view text) {
  using nlohmann::json;
  PdfText pdf;
  const json j = json::parse(text, nullptr, false);
  if (!j.is_object()) {
    pdf.failure = ReadStatus::damaged;
    return pdf;
  }
  try {
    if (j.contains("failure") && j["failure"].is_string()) {
      const std::string f = j["failure"];
      pdf.failure = f == "encrypted" ? ReadStatus::encrypted : ReadStatus::damaged;
      return pdf;
    }
    if (j.contains("pages") && j["pages"].is_array())
      for (const json& p : j["pages"]) pdf.pages.push_back({p.at(0).get<double>(), p.at(1).get<double>()});
    if (j.contains("runs") && j["runs"].is_array())
      for (const json& r : j["runs"])
        pdf.runs.push_back({r.at(0).get<int>(), r.at(1).get<double>(), r.at(2).get<double>(), r.at(3).get<double>(),
                            r.at(4).get<double>(), r.at(5).get<double>(), r.at(6).get<std::string>()});
  } catch (const json::exception&) {
    pdf = PdfText{};
    pdf.failure = ReadStatus::damaged;
  }
  return pdf;
}

ReadResult read_pdf_text(const PdfText& pdf, const ReadLimits& limits) {
  if (pdf.failure != ReadStatus::ok) return read_failure(pdf.failure);
  return document_from_pdf_runs(pdf.runs, pdf.pages, limits);
}

}  // namespace xxgk
