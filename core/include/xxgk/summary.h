#pragma once
// The summary of a batch, one row per input (CSV, xlsx, the page): the columns and each input's
// values, from the typed Result. Figure and indicator columns are named by the format model.
#include <optional>
#include <string>
#include <vector>

#include "xxgk/check.h"

namespace xxgk {

// What a front end knows of one input besides its result.
struct SummaryRecord {
  std::string file;
  const Result* result = nullptr;   // null: the input could not be read
  std::string message;              // Chinese: why it could not be read
  std::string sha256;               // of the file's bytes, "" when unknown
  std::string previous_file;        // last year's report it was checked against, "" when none
};

struct SummaryColumn {
  std::string key;      // "agency", "new_received_total", "substantive_disclosure_rate", …
  std::string header;   // as printed in the first row
};

// A value: text, or a number (percent: a ratio shown as a percentage). Empty text and no number:
// unknown.
struct SummaryValue {
  std::string text;
  std::optional<double> number;
  bool percent = false;
};

// file, agency, year, format, errors, warnings, the model's summary figures, first_error, status,
// message, sha256, previous_file, then each indicator and (table indicators) its change against
// last year. Existing columns keep their place; new ones are added at the end.
const std::vector<SummaryColumn>& summary_columns();
std::vector<SummaryValue> summary_row(const SummaryRecord& record);
// The CSV summary: UTF-8 with a byte order mark (Excel then keeps the Chinese), RFC 4180 fields,
// CRLF line ends.
std::string summary_csv_header();
std::string summary_csv_row(const std::vector<SummaryValue>& row);
// The header and every row.
std::string summary_csv(const std::vector<std::vector<SummaryValue>>& rows);
// An RFC 4180 field.
std::string csv_field(const std::string& s);
// As printed in CSV: the text, or the number ("154", "12.5", a percent "47.97%"), or "".
std::string summary_text(const SummaryValue& value);

}  // namespace xxgk
