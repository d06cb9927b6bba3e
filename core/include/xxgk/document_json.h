#pragma once
// JSON for the front ends that cross a language boundary (wasm): a read document with its
// status, text, tables and repairs, and the contract JSON of its check; PDF runs coming in.
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/check.h"
#include "xxgk/document.h"

namespace xxgk {

// {"status": "ok"|…, "message": "", "kind": "docx", "encoding": "UTF-8", "text": "…",
//  "tables": [{"origin": "markup"|"geometry", "rows": n, "columns": n, "begin": b, "end": e,
//              "cells": [[row, column, rowspan, colspan, begin, end], …]}],
//  "repairs": [{"kind": "invalid_bytes_replaced", "begin": b, "end": e, "detail": "…"}],
//  "contract": "<to_json(result): the bytes `xxgk-lint --format json` prints>" | null}
// Byte offsets are of the UTF-8 text. `checked` is null when the document was only read.
std::string document_json(const ReadResult& read, const Result* checked);

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

}  // namespace xxgk
