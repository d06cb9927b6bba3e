#include "xxgk/check.h"

#include <algorithm>

#include "rules/rule.h"

namespace xxgk {

const char* version() { return XXGK_VERSION; }

const std::vector<RuleInfo>& rules() {
  static const std::vector<RuleInfo> list = [] {
    std::vector<RuleInfo> out;
    for (const Rule* r : all_rules()) out.push_back({r->id, r->severity, r->title, r->doc, rule_source(*r), r->role, r->needs_previous});
    return out;
  }();
  return list;
}

Result check(const Document& document, const Options& options) {
  Result result{read_report(document), std::nullopt, {}, {}};
  if (options.previous) result.previous = read_report(*options.previous);
  const RuleContext ctx(result.report, result.previous ? &*result.previous : nullptr, options, result.findings);
  // Rules without a check of their own (narrative.scope) are emitted by the others: asking for one
  // of them alone runs every check, and the filter below keeps only what was asked for.
  bool run_all = options.only_rules.empty();
  for (const Rule* rule : all_rules()) run_all = run_all || (!rule->check && options.only_rules.count(rule->id));
  for (const Rule* rule : all_rules())
    if (rule->check && (run_all || options.only_rules.count(rule->id))) rule->check(ctx, *rule);
  // A rule emitted by another's check (narrative.scope) obeys the same filter.
  if (!options.only_rules.empty())
    result.findings.erase(std::remove_if(result.findings.begin(), result.findings.end(),
                                         [&](const Finding& f) { return !options.only_rules.count(f.rule); }),
                          result.findings.end());
  // Text order, so the CLI reads like a compiler's diagnostics; findings without a place last.
  std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
    const int32_t pa = a.span.valid() ? a.span.begin : INT32_MAX;
    const int32_t pb = b.span.valid() ? b.span.begin : INT32_MAX;
    return pa < pb;
  });
  result.metrics = compute_metrics(result.report, result.previous ? &*result.previous : nullptr);
  return result;
}

Result check(std::string_view text, const Options& options) { return check(text_document(std::string(text)), options); }

}  // namespace xxgk
