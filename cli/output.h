#pragma once
// Formats one checked report for each output format. Reads the tables from the contract JSON
// (the stable shape) and the labels from the report's format model.
#include <string>

#include "xxgk/check.h"

namespace xxgk_cli {

// What a run knows of one input: its checked result, or why it could not be read. Every input has
// one, so the JSON, JSONL and CSV outputs list every input, readable or not.
struct Record {
  std::string file;                        // as shown to the user ("<stdin>" for -)
  const xxgk::Result* result = nullptr;    // null: the input could not be read
  std::string message;                     // Chinese: why it could not be read
};

// Exactly to_json(result) + "\n" (the single-file --format json output of a readable input).
std::string format_json(const xxgk::Result& r);
// "file", "status" ("ok" | "unreadable"), "message" (unreadable only), then the contract result,
// indented like to_json; no trailing newline (an element of the JSON array).
std::string format_json_record(const Record& record);
// The same object on one compact line, with a newline.
std::string format_jsonl(const Record& record);
std::string csv_header();
std::string format_csv(const Record& record);
// For people: meta, tables, then FILE:LINE:COL: severity: message [rule]. Unreadable inputs print
// nothing here (their message goes to stderr).
std::string format_text(const Record& record, bool quiet);

bool has_error(const xxgk::Result& r);
// RFC 4180 field.
std::string csv_field(const std::string& s);
// Terminal columns of a UTF-8 string (CJK wide characters count 2).
size_t display_width(const std::string& s);

}  // namespace xxgk_cli
