// The indicators of a report (metric_specs()), computed from its tables and, for text_reuse and
// the change against last year, from last year's report.
#include "xxgk/metrics.h"

#include <cmath>

#include "compare/text_reuse.h"
#include "format/cell_terms.h"

namespace xxgk {
namespace {

// Rates are kept to four decimals (0.01 %): what a table of indicators shows, and stable in JSON.
double rounded(double v) { return std::round(v * 10000) / 10000; }

void set_ratio(MetricValue& m, std::optional<double> numerator, std::optional<double> denominator) {
  m.numerator = numerator;
  m.denominator = denominator;
  if (numerator && denominator && *denominator != 0) m.value = rounded(*numerator / *denominator);
}

MetricValue table_metric(const MetricSpec& spec, const Report& report) {
  MetricValue m;
  m.spec = &spec;
  if (const Table* table = report.table(spec.table))
    set_ratio(m, sum_of(*table, spec.numerator), sum_of(*table, spec.denominator));
  return m;
}

// Unknown years do not block the comparison (as the cross-year rules).
bool consecutive(const Report& now, const Report& before) {
  return !(now.meta.year && before.meta.year) || *before.meta.year + 1 == *now.meta.year;
}

}  // namespace

std::vector<MetricValue> compute_metrics(const Report& report, const Report* previous) {
  if (previous && !consecutive(report, *previous)) previous = nullptr;
  std::vector<MetricValue> out;
  for (const auto& spec : metric_specs()) {
    if (!spec.table.empty()) {
      MetricValue m = table_metric(spec, report);
      if (previous) {
        m.previous = table_metric(spec, *previous).value;
        if (m.value && m.previous) m.change = rounded(*m.value - *m.previous);
      }
      out.push_back(m);
      continue;
    }
    MetricValue m;
    m.spec = &spec;
    if (previous) {
      const TextReuse reuse = measure_text_reuse(report, *previous, spec.sections);
      set_ratio(m, static_cast<double>(reuse.repeated), static_cast<double>(reuse.total));
      m.passage = reuse.passage;
      m.passage_text = reuse.passage_text;
    }
    out.push_back(m);
  }
  return out;
}

}  // namespace xxgk
