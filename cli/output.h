#pragma once
// Formats one checked report for each output format. Reads the tables from the contract JSON
// (the stable shape) and the labels from the report's format model.
#include <string>

#include "xxgk/check.h"

namespace xxgk_cli {

struct Formatted {
  std::string out;       // what goes to stdout for this report
  bool has_error = false;
};

// Exactly to_json(result) + "\n" (the single-file --format json output).
std::string format_json(const xxgk::Result& r);
// The contract result with "file" first, indented like to_json (elements of the JSON array).
std::string format_json_with_file(const std::string& file, const xxgk::Result& r);
// One compact line with "file" first.
std::string format_jsonl(const std::string& file, const xxgk::Result& r);
std::string csv_header();
std::string format_csv(const std::string& file, const xxgk::Result& r);
// For people: meta, tables, then FILE:LINE:COL: severity: message [rule].
std::string format_text(const std::string& file, const xxgk::Result& r, bool quiet);

bool has_error(const xxgk::Result& r);
// RFC 4180 field.
std::string csv_field(const std::string& s);
// Terminal columns of a UTF-8 string (CJK wide characters count 2).
size_t display_width(const std::string& s);

}  // namespace xxgk_cli
