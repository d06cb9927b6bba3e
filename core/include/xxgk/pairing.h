#pragma once
// Year pairs in a batch: each report with the same agency's report of the year before, from the
// meta alone, so a folder of several years runs the cross-year checks without pairing files by hand.
#include <optional>
#include <string>
#include <vector>

#include "xxgk/document.h"
#include "xxgk/report.h"

namespace xxgk {

struct ReportIdentity {
  std::optional<std::string> agency;
  std::optional<int> year;
};

// The agency and year of a document (its title and opening lines), without reading the tables.
ReportIdentity read_identity(const Document& document);
ReportIdentity identity_of(const Meta& meta);

// For each report, the index of the same agency's report of the year before, or -1. Agencies are
// the same when their names are equal without 人民政府/政府/办公室/办公厅. No pair when the agency
// or year is unknown, or when that agency has two reports of either year (which one is meant
// would be a guess): a pair that cannot be made is not an error.
std::vector<int> pair_previous_years(const std::vector<ReportIdentity>& reports);

}  // namespace xxgk
