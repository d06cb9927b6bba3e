// The reading pipeline: normalise, meta and sections, detect the format, read the tables,
// note what could not be read and what the document reader repaired, coverage.
#include <algorithm>

#include "read/coverage.h"
#include "read/report_reader.h"
#include "read/table_reader.h"

namespace xxgk {
namespace {

// Occurrences kept per label: a real table has each label once; the narrative quotes a few.
constexpr size_t kMaxLabelOccurrences = 400;

// The format a table's labels fit better, or nullptr on a tie (the table is absent or shared).
const FormatModel* better_fit(const std::vector<std::pair<const FormatModel*, double>>& fits) {
  const FormatModel* best = nullptr;
  double best_fit = 0;
  bool tie = false;
  for (const auto& [model, fit] : fits) {
    if (!best || fit > best_fit) { best = model; best_fit = fit; tie = false; }
    else if (fit == best_fit) tie = true;
  }
  return tie ? nullptr : best;
}

// table_absent: where the table's caption (its section's title or a variant) is, if anywhere.
void note_absent_table(Report& report, const CompactText& compact, const FormatModel& model, const char* id) {
  ReadingNote n;
  n.kind = ReadingNote::Kind::table_absent;
  n.table = id;
  const TableSpec& spec = model.table(id);
  // The last place a caption stands (its section's title or a variant), the longest caption there.
  size_t at = std::string::npos, len = 0;
  std::vector<std::string> captions = {spec.name};
  if (const SectionSpec* s = model.section(spec.section)) captions.insert(captions.end(), s->variants.begin(), s->variants.end());
  for (const auto& c : captions) {
    const std::string needle = compact_label(c);
    const size_t p = compact.str().rfind(needle);
    if (p == std::string::npos) continue;
    const bool later = at == std::string::npos || p + needle.size() > at + len ||
                       (p + needle.size() == at + len && needle.size() > len);
    if (later) { at = p; len = needle.size(); }
  }
  if (at != std::string::npos) n.span = report.text.span(compact.to_norm(at), compact.end_in_norm(at + len));
  report.notes.push_back(std::move(n));
}

void note_repairs(Report& report, const Document& document) {
  for (const auto& r : document.repairs) {
    ReadingNote n;
    n.kind = ReadingNote::Kind::text_repaired;
    n.raw = r.detail;
    n.span = report.text.span_of_original(r.begin, r.end);
    report.notes.push_back(std::move(n));
  }
}

}  // namespace

const Table* Report::table(const std::string& id) const {
  if (id == "active") return active ? &*active : nullptr;
  if (id == "requests") return requests ? &*requests : nullptr;
  if (id == "review_litigation") return review ? &*review : nullptr;
  return nullptr;
}

Report read_report(const Document& document) { return read_report(Document(document)); }

Report read_report(Document&& document) {
  Report report;
  report.text = normalize(std::move(document.text));
  report.meta.script = report.text.traditional ? "traditional" : "simplified";
  note_repairs(report, document);
  read_meta(report);
  read_sections(report);

  const CompactText compact(report.text.norm);
  static const std::vector<std::string> header_words = table_header_words(all_formats());
  static const NeedleIndex needles = [] {
    std::vector<std::string> all = table_labels(all_formats());
    all.insert(all.end(), header_words.begin(), header_words.end());
    return NeedleIndex(std::move(all));
  }();
  const ChainText chain_text(report.text.norm, compact, needles, header_words, kMaxLabelOccurrences);
  std::vector<std::pair<const FormatModel*, TableChains>> chains;
  std::vector<std::pair<const FormatModel*, double>> requests_fit, active_fit;
  for (const auto* f : all_formats()) {
    chains.emplace_back(f, find_table_chains(chain_text, *f));
    requests_fit.emplace_back(f, chains.back().second.requests_fit);
    active_fit.emplace_back(f, chains.back().second.active_fit);
  }
  // Each table is read with the format its own labels fit: drafters mix them.
  // A tie for one table is decided by the other, then by the report year.
  const FormatModel* by_requests = better_fit(requests_fit);
  const FormatModel* by_active = better_fit(active_fit);
  const FormatModel& model = by_requests ? *by_requests
                             : by_active ? *by_active
                                         : format_for_year(report.meta.year.value_or(0));
  const FormatModel& active_model = by_active ? *by_active : model;
  auto chains_of = [&](const FormatModel& m) -> const TableChains& {
    for (const auto& c : chains)
      if (c.first == &m) return c.second;
    return chains.front().second;
  };
  const ReadContext ctx{report.text, compact, model, chains_of(model), report.sections, report.notes};
  const ReadContext active_ctx{report.text, compact, active_model, chains_of(active_model), report.sections,
                               report.notes};
  report.active = read_active(active_ctx);
  size_t requests_end = 0;
  report.requests = read_requests(ctx, requests_end);
  report.review = read_review(ctx, report.requests ? requests_end : 0);
  if (report.active) report.active->format = &active_model;
  if (report.requests) report.requests->format = &model;
  if (report.review) report.review->format = &model;

  if (report.active || report.requests || report.review) {
    report.format = report.requests || !report.active ? &model : &active_model;
    report.meta.format = report.format->id;
  }
  for (const char* id : {"active", "requests", "review_litigation"})
    if (!report.table(id)) note_absent_table(report, compact, report.format ? *report.format : model, id);
  report.coverage = table_coverage(report);
  return report;
}

}  // namespace xxgk
