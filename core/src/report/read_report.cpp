// The reading pipeline: normalise, meta and sections, detect the format, read the tables.
#include <algorithm>

#include "parse/table_reader.h"
#include "report/report_reader.h"
#include "report/table_findings.h"

namespace xxgk {
namespace {

// Occurrences kept per label: a real table has each label once; the narrative quotes a few.
constexpr size_t kMaxLabelOccurrences = 400;

// The format a table's labels fit better, or nullptr on a tie (the table is absent or shared).
const FormatModel* better_fit(double fit2019, double fit2021) {
  if (fit2019 == fit2021) return nullptr;
  return fit2019 > fit2021 ? &format_2019() : &format_2021();
}

const FormatModel& format_of_year(const std::optional<int>& year) {
  return year && *year <= format_2019().last_year ? format_2019() : format_2021();
}

}  // namespace

Report read_report(std::string_view utf8) {
  Report report;
  report.text = normalize(utf8);
  report.meta.script = report.text.traditional ? "traditional" : "simplified";
  read_meta(report);
  read_sections(report);

  const CompactText compact(report.text.norm);
  static const std::vector<std::string> header_words = table_header_words(all_formats());
  static const NeedleIndex needles = [] {
    std::vector<std::string> all = table_labels(all_formats());
    all.insert(all.end(), header_words.begin(), header_words.end());
    return NeedleIndex(std::move(all));
  }();
  const ChainText chain_text(compact, needles, header_words, kMaxLabelOccurrences);
  const TableChains chains2019 = find_table_chains(chain_text, format_2019());
  const TableChains chains2021 = find_table_chains(chain_text, format_2021());
  // Each table is read with the format its own labels fit: drafters mix them.
  // A tie for one table is decided by the other, then by the report year.
  const FormatModel* by_requests = better_fit(chains2019.requests_fit, chains2021.requests_fit);
  const FormatModel* by_active = better_fit(chains2019.active_fit, chains2021.active_fit);
  const FormatModel& model = by_requests ? *by_requests : by_active ? *by_active : format_of_year(report.meta.year);
  const FormatModel& active_model = by_active ? *by_active : model;
  auto chains_of = [&](const FormatModel& m) -> const TableChains& { return &m == &format_2019() ? chains2019 : chains2021; };
  const ReadContext ctx{report.text, compact, model, chains_of(model), report.reading_findings};
  const ReadContext active_ctx{report.text, compact, active_model, chains_of(active_model), report.reading_findings};
  report.active = read_active(active_ctx);
  size_t requests_end = 0;
  report.requests = read_requests(ctx, requests_end);
  report.review = read_review(ctx, report.requests ? requests_end : 0);

  if (report.active || report.requests || report.review) {
    report.format = report.requests || !report.active ? &model : &active_model;
    report.meta.format = report.format->id;
  }
  if (report.active) report.active_format = &active_model;
  report_missing_tables(report, compact);
  check_format_year(report);
  merge_blank_findings(report.reading_findings);
  return report;
}

}  // namespace xxgk
