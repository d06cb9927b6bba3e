// What the front ends' libraries found, as JSON (xxgk/document_json.h): pdf.js's text runs and
// the page's HTML tree. No exceptions: the wasm build has none.
#include <nlohmann/json.hpp>

#include "xxgk/document_json.h"

namespace xxgk {
namespace {

using nlohmann::json;

bool all_numbers(const json& a, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i)
    if (!a[i].is_number()) return false;
  return true;
}

}  // namespace

PdfText pdf_text_from_json(std::string_view text) {
  PdfText pdf;
  const json j = json::parse(text, nullptr, false);
  auto damaged = [] {
    PdfText p;
    p.failure = ReadStatus::damaged;
    return p;
  };
  if (!j.is_object()) return damaged();
  if (j.contains("failure") && j["failure"].is_string()) {
    pdf.failure = j["failure"] == "encrypted" ? ReadStatus::encrypted : ReadStatus::damaged;
    return pdf;
  }
  if (j.contains("pages") && j["pages"].is_array())
    for (const json& p : j["pages"]) {
      if (!p.is_array() || p.size() < 2 || !all_numbers(p, 0, 2)) return damaged();
      pdf.pages.push_back({p[0].get<double>(), p[1].get<double>()});
    }
  if (j.contains("runs") && j["runs"].is_array())
    for (const json& r : j["runs"]) {
      if (!r.is_array() || r.size() < 7 || !r[0].is_number_integer() || !all_numbers(r, 1, 6) || !r[6].is_string())
        return damaged();
      pdf.runs.push_back({r[0].get<int>(), r[1].get<double>(), r[2].get<double>(), r[3].get<double>(),
                          r[4].get<double>(), r[5].get<double>(), r[6].get<std::string>()});
    }
  return pdf;
}

ReadResult read_pdf_text(const PdfText& pdf, const ReadLimits& limits) {
  if (pdf.failure != ReadStatus::ok) return read_failure(pdf.failure);
  return document_from_pdf_runs(pdf.runs, pdf.pages, limits);
}

HtmlTree html_tree_from_json(std::string_view text) {
  const json j = json::parse(text, nullptr, false);
  HtmlTree tree;
  if (!j.is_array()) return tree;
  tree.reserve(j.size());
  for (const json& n : j) {
    if (!n.is_array() || n.size() < 2 || !n[0].is_number_integer() || !n[1].is_string()) return {};
    HtmlNode& node = tree.emplace_back();
    node.parent = n[0].get<int>();
    node.tag = n[1].get<std::string>();
    if (n.size() < 3) continue;
    if (node.tag == "#text") {
      if (!n[2].is_string()) return {};
      node.text = n[2].get<std::string>();
    } else if (n[2].is_object()) {
      for (const auto& [name, value] : n[2].items())
        if (value.is_string()) node.attributes.emplace_back(name, value.get<std::string>());
    }
  }
  return tree;
}

}  // namespace xxgk
