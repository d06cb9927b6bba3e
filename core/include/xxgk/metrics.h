#pragma once
// The indicators of one report (format_model.h, metric_specs()): each rate with its numerator and
// denominator, and with last year's report the same rate of last year and the change.
#include <optional>
#include <string>
#include <vector>

#include "xxgk/report.h"

namespace xxgk {

struct MetricValue {
  const MetricSpec* spec = nullptr;
  // Empty when a cell is unread (or, for text_reuse, without last year's report); value is also
  // empty when the denominator is 0.
  std::optional<double> numerator, denominator, value;
  std::optional<double> previous;   // the same rate in last year's report
  std::optional<double> change;     // value − previous
  Span passage;                     // text_reuse: the longest repeated passage
  std::string passage_text;
};

// Every metric of metric_specs(), in that order. `previous`: last year's report of the same
// agency, or nullptr (then no previous, change or text_reuse).
std::vector<MetricValue> compute_metrics(const Report& report, const Report* previous);

}  // namespace xxgk
