#include "xxgk/pairing.h"

#include <map>
#include <utility>

#include "compare/agency.h"
#include "read/report_reader.h"

namespace xxgk {

ReportIdentity identity_of(const Meta& meta) { return {meta.agency, meta.year}; }

ReportIdentity read_identity(const Document& document) {
  Report report;
  report.text = normalize(document.text);
  read_meta(report);
  return identity_of(report.meta);
}

std::vector<int> pair_previous_years(const std::vector<ReportIdentity>& reports) {
  // (agency key, year) → the one report of it, or -2 when there are several.
  std::map<std::pair<std::string, int>, int> index;
  for (size_t i = 0; i < reports.size(); ++i) {
    const auto& r = reports[i];
    if (!r.agency || !r.year) continue;
    auto [it, added] = index.emplace(std::make_pair(agency_key(*r.agency), *r.year), static_cast<int>(i));
    if (!added) it->second = -2;
  }
  std::vector<int> out(reports.size(), -1);
  for (size_t i = 0; i < reports.size(); ++i) {
    const auto& r = reports[i];
    if (!r.agency || !r.year) continue;
    const std::string key = agency_key(*r.agency);
    if (index.at({key, *r.year}) < 0) continue;
    auto before = index.find({key, *r.year - 1});
    if (before != index.end() && before->second >= 0) out[i] = before->second;
  }
  return out;
}

}  // namespace xxgk
