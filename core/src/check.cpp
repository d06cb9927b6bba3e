#include "xxgk/check.h"

#include <algorithm>

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

Result check(std::string_view text, const Options& options) {
  Result result{read_report(text), std::nullopt, {}};
  if (options.previous_text) result.previous = read_report(*options.previous_text);
  result.findings = result.report.reading_findings;
  RuleContext ctx{result.report, result.previous ? &*result.previous : nullptr, result.findings};
  for (const auto& rule : all_rules())
    if (rule.run) rule.run(ctx);
  // Text order, so the CLI reads like a compiler's diagnostics; findings without a place last.
  std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
    const int32_t pa = a.span.valid() ? a.span.begin : INT32_MAX;
    const int32_t pb = b.span.valid() ? b.span.begin : INT32_MAX;
    return pa < pb;
  });
  return result;
}

Result check(const Document& document, const Options& options) {
  // The explicit tables and the repairs are read by the table engine and the reading rules
  // (docs/architecture.md); the text alone is what today's reader takes.
  return check(std::string_view(document.text), options);
}

}  // namespace xxgk
