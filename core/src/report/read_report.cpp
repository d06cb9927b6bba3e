// The reading pipeline: normalise, meta and sections, detect the format, read the tables.
#include <algorithm>

#include "parse/table_reader.h"
#include "report/report_reader.h"
#include "report/table_findings.h"

namespace xxgk {
namespace {

// Occurrences kept per label: a real table has each label once; the narrative quotes a few.
constexpr size_t kMaxLabelOccurrences = 400;

// The format a table's labels fit best; on a tie, what the other table says, then the year.
const FormatModel& pick(double fit2019, double fit2021, const FormatModel* other, const std::optional<int>& year) {
  if (fit2019 != fit2021) return fit2019 > fit2021 ? format_2019() : format_2021();
  if (other) return *other;
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
  const bool active_decides = chains2019.active_fit != chains2021.active_fit;
  const FormatModel& active_model =
      active_decides ? pick(chains2019.active_fit, chains2021.active_fit, nullptr, report.meta.year)
                     : pick(chains2019.requests_fit, chains2021.requests_fit, nullptr, report.meta.year);
  const FormatModel& model = pick(chains2019.requests_fit, chains2021.requests_fit, &active_model, report.meta.year);
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
