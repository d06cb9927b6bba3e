// requests.row_total, requests.balance, requests.results_total, review_litigation.group_total:
// every relation of the format model, evaluated on the cells read.
#include "rules/messages.h"
#include "rules/relations.h"
#include "rules/rule.h"
#include "rules/suggested_fix.h"

namespace xxgk {
namespace {

const Table* table_of(const Report& r, const std::string& id) {
  if (id == "requests") return r.requests ? &*r.requests : nullptr;
  if (id == "review_litigation") return r.review ? &*r.review : nullptr;
  return nullptr;
}

Span equation_span(const Table& table, const Equation& eq) {
  Span s;
  for (const auto* side : {&eq.lhs, &eq.rhs})
    for (const auto& k : *side)
      if (const Cell* c = table.cell(k.row, k.column)) s = cover(s, c->span);
  return s;
}

void check_relation(const RuleContext& ctx, const char* rule_id) {
  const Report& r = ctx.report;
  if (!r.format) return;
  for (const auto& rel : r.format->relations) {
    if (rel.rule != rule_id) continue;
    const Table* table = table_of(r, rel.table);
    if (!table) continue;
    for (const auto& eq : expand_relations(*r.format, rel.table)) {
      if (eq.spec != &rel) continue;
      const Evaluation e = evaluate(eq, *table);
      if (!e.fails()) continue;
      Finding f;
      f.rule = rule_id;
      f.severity = Severity::error;
      f.table = rel.table;
      f.message = eq.where + "：" + rel.lhs_name + "（" + format_number(e.lhs) + "）不等于" + rel.rhs_name + "（" +
                  format_number(e.rhs) + "）";
      for (const auto* side : {&eq.lhs, &eq.rhs})
        for (const auto& k : *side) f.cells.push_back({k.row, k.column});
      f.span = equation_span(*table, eq);
      ctx.out.push_back(f);
    }
  }
}

}  // namespace

std::vector<Rule> arithmetic_rules() {
  return {
      {{"requests.row_total", Severity::error, "表三每行：六类申请人之和等于总计"},
       [](const RuleContext& c) { check_relation(c, "requests.row_total"); }},
      {{"requests.balance", Severity::error, "表三每列：第一项加第二项之和等于第三项加第四项之和"},
       [](const RuleContext& c) { check_relation(c, "requests.balance"); }},
      {{"requests.results_total", Severity::error, "表三每列：（七）总计等于各项办理结果之和"},
       [](const RuleContext& c) { check_relation(c, "requests.results_total"); }},
      {{"review_litigation.group_total", Severity::error, "表四每组：四项结果之和等于总计"},
       [](const RuleContext& c) { check_relation(c, "review_litigation.group_total"); }},
      {{"requests.suggested_fix", Severity::info, "勾稽关系不成立时，给出改动最少的修正建议"}, suggest_fix},
  };
}

}  // namespace xxgk
