#pragma once
// Readers of the three statutory tables. Each finds its rows with the format model's labels
// (never by position alone), reads the cells and records, as findings, what it could not read.
#include <optional>
#include <vector>

#include "text/compact.h"
#include "read/label_chain.h"
#include "xxgk/report.h"

namespace xxgk {

// The label chains of tables 二 and 三 for one format: found once, used to choose the format
// and then to read the tables.
struct TableChains {
  Chain requests, active;
  // How well each table fits the format: its chain and the format's distinctive labels found.
  double requests_fit = 0, active_fit = 0;
};
// The labels and the header words of tables 二 and 三 of these formats, for one ChainText.
std::vector<std::string> table_labels(const std::vector<const FormatModel*>& models);
std::vector<std::string> table_header_words(const std::vector<const FormatModel*>& models);
TableChains find_table_chains(const ChainText& text, const FormatModel& model);

struct ReadContext {
  const Text& text;
  const CompactText& compact;
  const FormatModel& model;
  const TableChains& chains;
  const std::vector<Section>& sections;   // read before the tables: where a table must end
  std::vector<ReadingNote>& notes;
};

// Chains used both to detect the format and to read the tables.
const std::vector<ChainRow>& request_chain_rows(const FormatModel& model);
const std::vector<ChainRow>& active_chain_rows(const FormatModel& model);


std::optional<Table> read_requests(const ReadContext& ctx, size_t& table_end);
std::optional<Table> read_review(const ReadContext& ctx, size_t search_from);
// Where table 四's header starts at or after `from` (normalised position), or npos: the numbers
// after it are table 四's.
size_t review_header_start(const ReadContext& ctx, size_t from);
std::optional<Table> read_active(const ReadContext& ctx);

}  // namespace xxgk
