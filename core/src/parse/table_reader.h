#pragma once
// Readers of the three statutory tables. Each finds its rows with the format model's labels
// (never by position alone), reads the cells and records, as findings, what it could not read.
#include <optional>
#include <vector>

#include "parse/compact.h"
#include "parse/label_chain.h"
#include "xxgk/report.h"

namespace xxgk {

struct ReadContext {
  const Text& text;
  const CompactText& compact;
  const FormatModel& model;
  std::vector<Finding>& findings;
};

// Chains used both to detect the format and to read the tables.
std::vector<ChainRow> request_chain_rows(const FormatModel& model);
std::vector<ChainRow> active_chain_rows(const FormatModel& model);
// Header texts printed between a table's labels (column headers, notes).
std::vector<std::string> request_header_words(const FormatModel& model);
std::vector<std::string> active_header_words(const FormatModel& model);

// How well the text fits a format (label chains of tables 二 and 三, distinctive labels).
double format_fit(const CompactText& compact, const FormatModel& model);

std::optional<Table> read_requests(const ReadContext& ctx, size_t& table_end);
std::optional<Table> read_review(const ReadContext& ctx, size_t search_from);
std::optional<Table> read_active(const ReadContext& ctx);

}  // namespace xxgk
