#pragma once
// JSON for the front ends that cross a language boundary (wasm, the page's Worker): a read
// document with its status, text, tables and repairs (the readers module writes it, the checker
// module reads it back), what the page's libraries found in a PDF or an HTML page, and contract
// results read back for the evaluators' functions (year pairs, roll-up, the CSV summary).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/check.h"
#include "xxgk/document.h"
#include "xxgk/summary.h"

namespace xxgk {

// {"status": "ok"|…, "message": "", "kind": "docx", "encoding": "UTF-8", "text": "…",
//  "tables": [{"origin": "markup"|"geometry", "rows": n, "columns": n, "begin": b, "end": e,
//              "cells": [[row, column, rowspan, colspan, begin, end], …]}],
//  "repairs": [{"kind": "invalid_bytes_replaced", "begin": b, "end": e, "detail": "…"}]}
// Byte offsets are of the UTF-8 text. For needs_html_tree, "text" is the page's markup to parse
// and "html_attributes" lists the attributes the parser's tree keeps (kHtmlTreeAttributes).
std::string document_json(const ReadResult& read);
// The reverse. JSON that is no document gives status damaged.
ReadResult document_from_json(std::string_view json);

// {"pages": [[width, height], …], "runs": [[page, x, y, width, height, font_size, "text"], …],
//  "failure": null | "encrypted" | "damaged"}: what pdf.js found, for document_from_pdf_runs.
struct PdfText {
  std::vector<PdfPage> pages;
  std::vector<TextRun> runs;
  ReadStatus failure = ReadStatus::ok;  // a file pdf.js could not open
};
// Malformed JSON gives failure == damaged.
PdfText pdf_text_from_json(std::string_view json);
// document_from_pdf_runs, or the failure's message.
ReadResult read_pdf_text(const PdfText& pdf, const ReadLimits& limits = {});

// A result back from its contract JSON (to_json): meta, sections, tables with their cell spans
// (a null cell is blank when a cell.blank finding names it, else unread), coverage, findings and
// metrics; not the text. Empty when the JSON is not a contract result.
std::optional<Result> result_from_json(std::string_view contract_json);

// [contract, …] → [index of the same agency's previous year, or -1, …] (pair_previous_years).
std::string year_pairs_json(std::string_view results_json);
// {"name", "file", "result": contract | null, "problem", "message", "units": [same, …]} → rollup_json
// ("message": why the file could not be read, when it could not).
std::string rollup_tree_json(std::string_view tree_json);
// [{"file", "result": contract | null, "message", "sha256", "previous_file"}, …] → summary rows.
std::vector<std::vector<SummaryValue>> summary_rows_from_json(std::string_view records_json);

// [[parent, "tag", {"rowspan": "2", …}], [parent, "#text", "text"], …]: an HtmlTree (pre-order,
// the root's parent -1) as the page's DOMParser walker gives it. Malformed JSON gives an empty
// tree, which document_from_html_tree refuses.
HtmlTree html_tree_from_json(std::string_view json);

}  // namespace xxgk
