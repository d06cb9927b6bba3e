#pragma once
// Formats one checked report for each output format: JSON from the core's one writer, text and
// CSV from the typed Result, every label from the format model.
#include <string>

#include "xxgk/check.h"
#include "xxgk/summary.h"

namespace xxgk_cli {

// What a run knows of one input: its checked result, or why it could not be read. Every input has
// one, so the JSON, JSONL and CSV outputs list every input, readable or not.
using Record = xxgk::SummaryRecord;

// Exactly to_json(result) + "\n" (the single-file --format json output of a readable input).
std::string format_json(const xxgk::Result& r);
// "file", "status" ("ok" | "unreadable"), "message" (unreadable only), "sha256" (when the bytes
// were read), "previous_file" (a year pair), then the contract result, indented like to_json; no
// trailing newline (an element of the JSON array).
std::string format_json_record(const Record& record);
// The same object on one compact line, with a newline.
std::string format_jsonl(const Record& record);
// UTF-8 with BOM; the columns of xxgk::summary_columns().
std::string csv_header();
std::string format_csv(const Record& record);
// For people: meta, tables, then FILE:LINE:COL: severity: message [rule]. Unreadable inputs print
// nothing here (their message goes to stderr).
std::string format_text(const Record& record, bool quiet);

// FILE:LINE:COL: severity: message [rule]
std::string finding_line(const std::string& file, const xxgk::Report& report, const xxgk::Finding& f);

bool has_error(const xxgk::Result& r);
// Terminal columns of a UTF-8 string (CJK wide characters count 2).
size_t display_width(const std::string& s);

}  // namespace xxgk_cli
