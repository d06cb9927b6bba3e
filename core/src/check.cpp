#include "xxgk/check.h"

#include <algorithm>

#include "rules/reading_repairs.h"
#include "rules/rule.h"

namespace xxgk {

const char* version() { return XXGK_VERSION; }

const std::vector<RuleInfo>& rules() {
  static const std::vector<RuleInfo> list = [] {
    std::vector<RuleInfo> out;
    for (const auto& r : all_rules()) out.push_back(r.info);
    return out;
  }();
  return list;
}

namespace {

// Text order, so the CLI reads like a compiler's diagnostics; findings without a place last.
void sort_by_place(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    const int32_t pa = a.span.valid() ? a.span.begin : INT32_MAX;
    const int32_t pb = b.span.valid() ? b.span.begin : INT32_MAX;
    return pa < pb;
  });
}

}  // namespace

Result check(std::string_view text, const Options& options) {
  Result result{read_report(text), std::nullopt, {}};
  if (options.previous_text) result.previous = read_report(*options.previous_text);
  result.findings = result.report.reading_findings;
  RuleContext ctx{result.report, result.previous ? &*result.previous : nullptr, result.findings};
  for (const auto& rule : all_rules())
    if (rule.run) rule.run(ctx);
  sort_by_place(result.findings);
  return result;
}

Result check(const Document& document, const Options& options) {
  // The explicit tables are for the table engine (docs/architecture.md); today's reader takes
  // the text, where every table row is a line of TAB-separated cells.
  Result result = check(std::string_view(document.text), options);
  std::vector<Finding> repairs = repair_findings(document);
  if (!repairs.empty()) {
    result.findings.insert(result.findings.end(), repairs.begin(), repairs.end());
    sort_by_place(result.findings);
  }
  return result;
}

}  // namespace xxgk
